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

seconds() { python3 -c 'import sys, time; start = time.monotonic(); import subprocess; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(f"{time.monotonic() - start:.3f}")' "$@"; }

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

best() { printf '%s\n' "$@" | sort -n | head -1; }
hoithao="$(best "${hoithao_times[@]}")"
chromium="$(best "${chromium_times[@]}")"
pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
size() { stat -c %s "$1"; }

table="$(
    printf '| proceedings of %s papers | pages | seconds | bytes |\n|---|---:|---:|---:|\n' "$papers"
    printf '| Hoithao (Pango/Cairo) | %s | %s | %s |\n' "$(pages "$work/hoithao.pdf")" "$hoithao" "$(size "$work/hoithao.pdf")"
    printf '| Chromium --print-to-pdf | %s | %s | %s |\n' "$(pages "$work/chromium.pdf")" "$chromium" "$(size "$work/chromium.pdf")"
)"
ratio="$(python3 -c 'import sys; print(f"{float(sys.argv[2]) / float(sys.argv[1]):.1f}")' "$hoithao" "$chromium")"
{
    echo "Reproduce with \`bash Benchmarks/proceedings.sh $papers\` (the papers are \`Benchmarks/make-proceedings-fixture.py\`)."
    echo
    echo "$table"
    echo
    echo "Hoithao is $ratio times as fast (best of 5 runs each; each time is a whole process run: Hoithao"
    echo "loads the Markdown too, Chromium gets ready-made HTML)."
    echo
    echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)). Load (\`uptime\`)"
    echo "before: \`$before\`; after: \`$(uptime)\`. Versions:"
    echo "Hoithao $(git describe --always --dirty 2>/dev/null || echo unknown), $(chromium --version)."
} | python3 Benchmarks/write-results.py "The proceedings book"
echo "$table"
echo "Hoithao is $ratio times as fast; written to Benchmarks/results.md"
