// Swaps two paths in one step, so a reader always finds one of them complete: Linux's renameat2 with
// RENAME_EXCHANGE, called through syscall(2) because glibc before 2.28 has no wrapper and Swift cannot call
// the variadic syscall itself. Returns 0, or -1 with errno set (ENOSYS where there is no such call).
#ifndef HOITHAO_ATOMIC_SWAP_H
#define HOITHAO_ATOMIC_SWAP_H

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

static inline int hoithao_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 2 /* RENAME_EXCHANGE */);
#else
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
#endif
}

#endif
