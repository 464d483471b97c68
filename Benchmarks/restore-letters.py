#!/usr/bin/env python3
"""Damages clean Vietnamese plans and papers the way real PDFs do, imports them, and measures letter restoration.

Each document is damaged with a seed: a fixed set of glyphs dropped to a space everywhere (seed 0: the set of
issue #19's real PDF, đ ả ợ ữ ớ ậ â L K; other seeds: seven lowercase letters with diacritics and two capitals
drawn at random), Markdown markup lost, paragraphs wrapped at 72 columns, a blank line after every line
(double spacing) and trailing spaces trimmed. It prints, per document and in total: the plan's fields that
come out as from the clean original, the damaged words restored exactly, restored wrongly (or undamaged words
changed), and left flagged; a damaged word in neither list was left silently.

    python3 Benchmarks/restore-letters.py [--binary .build/release/hoithao] [--seeds 0,1,2,3,4] [--verbose]
Builds the release binary first when it is missing. Not part of the test suite.
"""
import argparse
import glob
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERBOSE = False
ISSUE_GLYPHS = "đảợữớậâLK"
MARKED_LOWER = [c for c in "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"]


def documents():
    plans = sorted(glob.glob(os.path.join(ROOT, "Tests/Fixtures/import/ke-hoach-*")))
    others = sorted(glob.glob(os.path.join(ROOT, "Content/**/*.md"), recursive=True))
    others.append(os.path.join(ROOT, "docs/vi/huong-dan.md"))
    return [(path, True) for path in plans] + [(path, False) for path in others if is_vietnamese(path)]


def is_vietnamese(path):
    """Whether a text is Vietnamese prose: one letter in ten or more carries a diacritic."""
    letters = [c for c in unicodedata.normalize("NFC", open(path, encoding="utf-8").read()) if c.isalpha()]
    return len(letters) > 500 and sum(c in MARKED_LOWER for c in letters) * 10 >= len(letters)


def glyphs_for(seed, text):
    if seed == 0:
        return set(ISSUE_GLYPHS)
    generator = random.Random(seed)
    present = [c for c in MARKED_LOWER if c in text]
    capitals = sorted({c for c in text if c.isupper() and c.isalpha()})
    return set(generator.sample(present, min(7, len(present)))) | set(generator.sample(capitals, min(2, len(capitals))))


def plain(markdown):
    """The text as pdftotext gives it: no front matter, headings and emphasis as plain lines, paragraphs wrapped."""
    text = unicodedata.normalize("NFC", markdown)
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        text = text[end + 4:] if end > 0 else text
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^#+\s*", "", line)
        line = line.replace("**", "").replace("*", "") if not line.lstrip().startswith("* ") else line
        lines += textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False) or [""]
    return lines


def damage(lines, glyphs):
    damaged = ["".join(" " if c in glyphs else c for c in line).rstrip() for line in lines]
    out_clean, out_damaged = [], []
    for clean, broken in zip(lines, damaged):
        out_clean += [clean, ""]
        out_damaged += [broken, ""]
    return out_clean, out_damaged


def damaged_words(clean_lines, glyphs):
    """(line number, clean word, its damaged form) for every word that lost a glyph."""
    result = []
    for number, line in enumerate(clean_lines, start=1):
        for match in re.finditer(r"\w+", line):
            word = match.group()
            if any(c in glyphs for c in word) and any(c.isalpha() for c in word):
                result.append((number, word, "".join(" " if c in glyphs else c for c in word).strip()))
    return result


def run_import(binary, path):
    result = subprocess.run([binary, "import", path, "--dry-run"], capture_output=True, text=True)
    return result.stdout


def report_words(output):
    restored, flagged = [], []
    section = None
    for line in output.split("\n"):
        if line.startswith("Letters restored"):
            section = restored
        elif line.startswith("Letters missing, left as written"):
            section = flagged
        elif not line.startswith("  line "):
            section = None if not line.startswith("  ") else section
        elif section is not None:
            match = re.match(r"  line (\d+): “(.*?)”(?: → “(.*?)”)?", line)
            if match:
                section.append((int(match.group(1)), match.group(2), match.group(3)))
    return restored, flagged


def plan_fields(output):
    match = re.search(r"^== .*?/plan.yaml\n(.*?)\n== ", output, re.S | re.M)
    if not match:
        return {}
    fields = {}

    def walk(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")
        else:
            fields[path] = value

    walk(yaml.safe_load(match.group(1)) or {}, "")
    return fields


def measure(binary, path, is_plan, seed, work):
    source = open(path, encoding="utf-8").read()
    clean_lines, damaged_lines = damage(plain(source), glyphs_for(seed, source))
    glyphs = glyphs_for(seed, source)
    damaged_path = os.path.join(work, "damaged.txt")
    with open(damaged_path, "w", encoding="utf-8") as out:
        out.write("\n".join(damaged_lines) + "\n")
    output = run_import(binary, damaged_path)
    restored, flagged = report_words(output)
    expected = damaged_words(clean_lines, glyphs)
    pending = {}
    for number, word, form in expected:
        pending.setdefault((number, form), []).append(word)
    exact = wrong = left = 0
    for number, written, word in restored:
        words = pending.get((number, written.strip()))
        if words:
            truth = words.pop(0)
            exact += word == truth
            wrong += word != truth
            if word != truth and VERBOSE:
                print(f"  wrong: {os.path.basename(path)} line {number}: “{written}” → “{word}”, was “{truth}”")
        elif written.strip() in clean_lines[number - 1]:
            continue  # damage the clean text itself shows (the guide's examples), restored: not the benchmark's
        else:
            wrong += 1
            if VERBOSE:
                print(f"  changed: {os.path.basename(path)} line {number}: “{written}” → “{word}”")
    for number, written, _ in flagged:
        words = pending.get((number, written.strip()))
        if words:
            words.pop(0)
            left += 1
    if VERBOSE:
        for (number, form), words in sorted(pending.items()):
            for word in words:
                print(f"  left: {os.path.basename(path)} line {number}: “{form}” ({word})")
    fields_right = fields_total = 0
    if is_plan:
        truth = plan_fields(run_import(binary, path))
        got = plan_fields(output)
        fields_total = len(truth)
        fields_right = sum(1 for key, value in truth.items() if got.get(key) == value)
    return {"damaged": len(expected), "exact": exact, "wrong": wrong, "flagged": left,
            "fields": fields_right, "fields_total": fields_total}


def percent(part, whole):
    return f"{100 * part / whole:5.1f} %" if whole else "    -"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/hoithao"))
    parser.add_argument("--seeds", default="0,1,2,3,4")
    parser.add_argument("--verbose", action="store_true", help="print each word not restored exactly")
    arguments = parser.parse_args()
    global VERBOSE
    VERBOSE = arguments.verbose
    if not os.path.exists(arguments.binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "hoithao"], cwd=ROOT, check=True)
    seeds = [int(s) for s in arguments.seeds.split(",")]
    total = {"damaged": 0, "exact": 0, "wrong": 0, "flagged": 0, "fields": 0, "fields_total": 0}
    print(f"{'document':44} seed  fields   damaged  exact     wrong     flagged")
    with tempfile.TemporaryDirectory() as work:
        for path, is_plan in documents():
            for seed in seeds:
                row = measure(arguments.binary, path, is_plan, seed, work)
                for key in total:
                    total[key] += row[key]
                fields = f"{row['fields']}/{row['fields_total']}" if is_plan else "-"
                print(f"{os.path.basename(path)[:44]:44} {seed:4}  {fields:7} {row['damaged']:7}  "
                      f"{percent(row['exact'], row['damaged'])}  {percent(row['wrong'], row['damaged'])}  "
                      f"{percent(row['flagged'], row['damaged'])}")
    print(f"{'total':44}       {total['fields']}/{total['fields_total']:<4} {total['damaged']:6}  "
          f"{percent(total['exact'], total['damaged'])}  {percent(total['wrong'], total['damaged'])}  "
          f"{percent(total['flagged'], total['damaged'])}")
    print(f"damaged words: {total['exact']} restored exactly, {total['wrong']} wrongly, {total['flagged']} flagged, "
          f"{total['damaged'] - total['exact'] - total['flagged'] - (total['wrong'])} otherwise left")


if __name__ == "__main__":
    sys.exit(main())
