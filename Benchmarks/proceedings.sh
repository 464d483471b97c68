#!/usr/bin/env bash
# Typesets a 100-paper proceedings book (about 300 pages) with Hoithao, prints the same papers to
# PDF with headless Chromium, compares the times and writes its section of Benchmarks/results.md.
# Not part of the test suite.
#   bash Benchmarks/proceedings.sh [PAPERS]
set -euo pipefail
cd "$(dirname "$0")/.."
papers="${1:-100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/make-proceedings-fixture.py "$work/Content" "$papers"
swift build -c release --product proceedings-benchmark >/dev/null
binary="$(swift build -c release --show-bin-path)/proceedings-benchmark"

# "WALL CPU": the run's elapsed seconds and the processor seconds it and its child processes used. CPU time
# hardly changes with the machine's load, which on a shared machine inflates the elapsed time.
seconds() { python3 -c 'import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{time.monotonic() - start:.3f} {usage.ru_utime + usage.ru_stime:.3f}")' "$@"; }

before="$(uptime)"
# One run to warm the caches (fonts, binaries), then the measured runs.
"$binary" "$work/Content" ky-yeu-100 Themes/default "$work/hoithao.pdf" "$work/book.html"
hoithao_times=()
for _ in 1 2 3 4 5; do
    hoithao_times+=("$(seconds "$binary" "$work/Content" ky-yeu-100 Themes/default "$work/hoithao.pdf")")
done
chromium_times=()
for _ in 1 2 3 4 5; do
    chromium_times+=("$(seconds chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$work/chromium.pdf" "file://$work/book.html")")
done

best() { printf '%s\n' "$@" | sort -n | head -1 | cut -d' ' -f1; }
best_cpu() { printf '%s\n' "$@" | sort -n -k2 | head -1 | cut -d' ' -f2; }
hoithao="$(best "${hoithao_times[@]}")"
chromium="$(best "${chromium_times[@]}")"
hoithao_cpu="$(best_cpu "${hoithao_times[@]}")"
chromium_cpu="$(best_cpu "${chromium_times[@]}")"
pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
size() { stat -c %s "$1"; }

table="$(
    printf '| proceedings of %s papers | pages | seconds | CPU seconds | bytes |\n|---|---:|---:|---:|---:|\n' "$papers"
    printf '| Hoithao (Pango/Cairo) | %s | %s | %s | %s |\n' "$(pages "$work/hoithao.pdf")" "$hoithao" "$hoithao_cpu" \
        "$(size "$work/hoithao.pdf")"
    printf '| Chromium --print-to-pdf | %s | %s | %s | %s |\n' "$(pages "$work/chromium.pdf")" "$chromium" "$chromium_cpu" \
        "$(size "$work/chromium.pdf")"
)"
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[2]) / float(sys.argv[1]):.1f}")' "$1" "$2"; }
cpu_ratio="$(ratio "$hoithao_cpu" "$chromium_cpu")"
ratio="$(ratio "$hoithao" "$chromium")"
{
    echo "Reproduce with \`bash Benchmarks/proceedings.sh $papers\` (the papers are \`Benchmarks/make-proceedings-fixture.py\`)."
    echo
    echo "$table"
    echo
    echo "Hoithao is $ratio times as fast; Chromium uses $cpu_ratio times Hoithao's processor time (counting the"
    echo "child processes it waited for). Best of 5 runs each; each time is a whole process run: Hoithao loads"
    echo "the Markdown too, Chromium gets ready-made HTML."
    echo
    echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)). Load (\`uptime\`)"
    echo "before: \`$before\`; after: \`$(uptime)\`. Versions:"
    echo "Hoithao $(git describe --always --dirty 2>/dev/null || echo unknown), $(chromium --version)."
} | python3 Benchmarks/write-results.py "The proceedings book"
echo "$table"
echo "Hoithao is $ratio times as fast ($cpu_ratio in CPU time); written to Benchmarks/results.md"
