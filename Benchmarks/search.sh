#!/usr/bin/env bash
# The search index on the 10,000-page corpus (issue #21): its size against the site's HTML, and the full build's
# time with search and with `search: false`, and writes its section of Benchmarks/results.md.
#   bash Benchmarks/search.sh [WORKSHOPS]      (default 200 workshops × 44 papers: 10,003 pages)
# Not part of the test suite. Needs hyperfine (Debian package). Work files go to Benchmarks/work/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
workshops="${1:-200}"
runs=5

command -v hyperfine >/dev/null || { echo "needs hyperfine: sudo apt-get install hyperfine" >&2; exit 2; }
echo "Building Hoithao in release mode…" >&2
swift build -c release --product hoithao >&2
hoithao="$(swift build -c release --show-bin-path)/hoithao"

corpus="$(pwd)/Benchmarks/work/search-$workshops"
python3 Benchmarks/make-corpus.py "$corpus" "$workshops" 44
with="$corpus/hoithao/Content"
without="$corpus/without-search/Content"
rm -rf "$corpus/without-search" && mkdir -p "$corpus/without-search"
cp -r "$with" "$without"
printf 'search: false\n' >> "$without/site.yaml"
uptime_before="$(uptime)"

time_build() {  # CONTENT OUTPUT JSON: the median of full builds (--clean, --no-books)
    hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$3" \
        "$hoithao build --no-books --clean --content $1 --output $2" >&2
    python3 -c 'import json, sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$3"
}
seconds_with="$(time_build "$with" "$corpus/out-with" "$corpus/with.json")"
seconds_without="$(time_build "$without" "$corpus/out-without" "$corpus/without.json")"
uptime_after="$(uptime)"

python3 - "$corpus/out-with" "$seconds_with" "$seconds_without" "$uptime_before" "$uptime_after" \
    "$(git rev-parse --short HEAD)" "$corpus/with.json" "$corpus/without.json" <<'PYTHON' | tee /dev/stderr | python3 Benchmarks/write-results.py "Search index"
import json, pathlib, re, statistics, sys
out, with_s, without_s, before, after, commit, with_json, without_json = sys.argv[1:]
def cpu(path):  # mean user + system seconds of the runs: less disturbed by a shared machine than the elapsed time
    result = json.load(open(path))["results"][0]
    return result["user"] + result["system"]
cpu_with, cpu_without = cpu(with_json), cpu(without_json)
out = pathlib.Path(out)
html = sum(p.stat().st_size for p in out.rglob("*.html"))
index = [p for p in (out / "search").glob("*.js")]
index_bytes = sum(p.stat().st_size for p in index)
shards = [p for p in index if p.name.startswith("t-")]
chunks = [p for p in index if p.name.startswith("d-")]
manifest = (out / "search" / "manifest.js").stat().st_size
# What the query "vai thieu luc ngan" loads: the manifest, the shard with the longest key that starts each word
# (the last word also every shard whose key it starts), and the document chunks of its first 20 results.
keys = dict(re.findall(r'"([^"]*)":"(t-[^"]*\.js)"', (out / "search" / "manifest.js").read_text()))
def needed(word, prefix):
    deepest = max((k for k in keys if word.startswith(k)), key=len, default=None)
    names = {keys[deepest]} if deepest else set()
    if prefix:
        names |= {keys[k] for k in keys if k.startswith(word)}
    return names
words = "vai thieu luc ngan".split()
names = set().union(*(needed(w, i == len(words) - 1) for i, w in enumerate(words)))
query_bytes = manifest + sum((out / "search" / n).stat().st_size for n in names)
pages = len(list(out.rglob("*.html")))
growth = (float(with_s) / float(without_s) - 1) * 100
print("Reproduce with `bash Benchmarks/search.sh` (the corpus of `Benchmarks/make-corpus.py`, 200 workshops × 44 papers).\n")
print("| measure | value | target |")
print("|---|---:|---|")
print(f"| HTML pages | {pages:,} | |")
print(f"| HTML bytes | {html:,} | |")
print(f"| index bytes (manifest, {len(shards):,} term shards, {len(chunks):,} document chunks) | {index_bytes:,} | |")
print(f"| index / HTML | {index_bytes / html * 100:.1f} % | ≤ 15 %: {'met' if index_bytes <= 0.15 * html else '**not met**'} |")
print(f"| largest shard; median shard | {max(p.stat().st_size for p in shards):,} B; {int(statistics.median(p.stat().st_size for p in shards)):,} B | |")
print(f"| manifest | {manifest:,} B | |")
print(f"| loaded for \"vai thieu luc ngan\" (manifest and {len(names)} shards, before its results' chunks) | {query_bytes:,} B | |")
print(f"| full build with search (s) | {with_s} | |")
print(f"| full build with `search: false` (s) | {without_s} | |")
print(f"| growth | {growth:.1f} % | ≤ 15 %: {'met' if growth <= 15 else '**not met**'} |")
print(f"| CPU seconds (user + system) with; without search | {cpu_with:.2f}; {cpu_without:.2f} | |")
print(f"| CPU growth | {(cpu_with / cpu_without - 1) * 100:.1f} % | ≤ 15 %: {'met' if cpu_with <= 1.15 * cpu_without else '**not met**'} |")
print()
print(f"Full builds are `hoithao build --no-books --clean`, hyperfine medians of 5 runs after 2 warm-ups. "
      f"Machine: 2 cores, shared. Load (`uptime`) before: `{before.strip()}`; after: `{after.strip()}`. Commit {commit}.")
PYTHON
