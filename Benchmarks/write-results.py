"""Puts a section into Benchmarks/results.md: `python3 Benchmarks/write-results.py "Title" < body`.

The section `## Title` is replaced (or added at the end), so each benchmark script keeps its own
results and leaves the others' as they are.
"""
import pathlib
import re
import sys

RESULTS = pathlib.Path(__file__).resolve().parent / "results.md"
HEADER = "# Benchmark results\n\nEach section says the command that reproduces it; docs/benchmarks.md explains them.\n"


def main():
    title, body = sys.argv[1], sys.stdin.read().strip()
    text = RESULTS.read_text() if RESULTS.exists() else HEADER
    sections = re.split(r"(?m)^(?=## )", text)
    section = f"## {title}\n\n{body}\n\n"
    for index, existing in enumerate(sections):
        if existing.startswith(f"## {title}\n"):
            sections[index] = section
            break
    else:
        sections.append(section if sections[-1].endswith("\n\n") else "\n" + section)
    RESULTS.write_text("".join(sections).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
