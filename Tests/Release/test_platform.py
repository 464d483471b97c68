"""Hoithao claims only Linux, where its tests run, and keeps what differs between platforms in one Swift file (and
the C shim it calls), so a port changes that file and nothing else."""
import pathlib
import re

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
PLATFORM_FILE = REPOSITORY / "Sources" / "HoithaoSystem" / "Platform.swift"
# Names that exist on one platform and not another: the C library's module, stat's time fields, Linux's folder
# events and its atomic exchange.
PLATFORM_NAMES = re.compile(r"\b(Glibc|Darwin|st_[amc]tim(espec)?|inotify_\w+|IN_[A-Z_]+|renameat2|hoithao_exchange_paths)\b")


def test_only_the_platform_file_names_the_platform():
    offenders = []
    for path in sorted((REPOSITORY / "Sources").rglob("*.swift")):
        if path == PLATFORM_FILE:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if not line.lstrip().startswith("//") and PLATFORM_NAMES.search(line):
                offenders.append(f"{path.relative_to(REPOSITORY)}:{number}: {line.strip()}")
    assert offenders == []
    assert PLATFORM_NAMES.search(PLATFORM_FILE.read_text())


def test_the_package_promises_no_platform_the_tests_do_not_run_on():
    manifest = (REPOSITORY / "Package.swift").read_text()
    assert "platforms:" not in manifest and ".macOS" not in manifest
