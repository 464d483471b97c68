"""Content that tries to inject records: the calendar, RIS and BibTeX files of a payload build, read with the
independent readers calendar and reference managers use (icalendar, rispy, pybtex)."""
import json
import pathlib
import subprocess
import tempfile

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
HOITHAO = REPOSITORY / ".build" / "debug" / "hoithao"

# Every kind of line break and control character, each followed by the start of a record of the format's own.
PAYLOAD = ("Tiêu đề {mở\rUID:evil\nBEGIN:VEVENT\r\nTY  - JOUR\u2028ER  - \u2029@misc{evil, title={x}}\x85}}"
           "\x1b[31m\x07\x0b\x9b2J\tcuối")
PLAIN = ("Tiêu đề {mở\nUID:evil\nBEGIN:VEVENT\nTY  - JOUR\nER  - \n@misc{evil, title={x}}\n}}[31m2J\tcuối")
ONE_LINE = PLAIN.replace("\n", " ").replace("\t", " ")
ITEMS = 3
PAPERS = 3


def quoted(text):
    """A YAML double-quoted scalar holding `text`, control characters as escapes."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append("\\x%02X" % code)
        elif code in (0x2028, 0x2029):
            out.append("\\L" if code == 0x2028 else "\\P")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


@pytest.fixture(scope="module")
def output():
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-injection-"))
    content = workdir / "Content"
    workshop = content / "workshops" / "thu"
    (workshop / "papers").mkdir(parents=True)
    (content / "site.yaml").write_text("name: Thử\nbase_url: https://example.org/\n")
    items = "\n".join(f'      - {{start: "{8 + n}:00", title: {quoted(PAYLOAD + str(n))}}}' for n in range(ITEMS))
    (workshop / "plan.yaml").write_text(
        f"title: {quoted(PAYLOAD)}\ndate: 22/5/2020\nvenue: {{name: Hội trường}}\n"
        f"agenda:\n  - date: 22/5/2020\n    items:\n{items}\n")
    (workshop / "index.md").write_text("Giới thiệu.\n")
    for n in range(PAPERS):
        (workshop / "papers" / f"bai-{n}.md").write_text(
            f"---\ntitle: {quoted(PAYLOAD + str(n))}\nauthors: [{{name: {quoted(PAYLOAD)}}}]\n---\nNội dung.\n")
    subprocess.run([str(HOITHAO), "build", "--content", str(content), "--theme", str(REPOSITORY / "Themes" / "default"),
                    "--output", str(workdir / "Output"), "--no-books"], check=True, capture_output=True, timeout=120)
    return workdir / "Output"


def test_calendar_has_one_event_per_item_with_its_title(output):
    import icalendar

    calendar = icalendar.Calendar.from_ical((output / "thu" / "calendar.ics").read_bytes())
    events = [component for component in calendar.walk() if component.name == "VEVENT"]
    assert len(events) == 1 + ITEMS
    assert [str(event["SUMMARY"]) for event in events] == [PLAIN] + [PLAIN + str(n) for n in range(ITEMS)]
    assert not any(str(event["UID"]).startswith("evil") for event in events)


def test_ris_has_one_record_per_paper_with_its_title(output):
    import rispy

    records = rispy.loads((output / "thu" / "proceedings" / "thu.ris").read_text(encoding="utf-8"))
    assert len(records) == PAPERS
    assert sorted(record["title"] for record in records) == [ONE_LINE + str(n) for n in range(PAPERS)]


def test_bibtex_has_one_entry_per_paper_with_its_title(output):
    from pybtex.database import parse_string

    entries = parse_string((output / "thu" / "proceedings" / "thu.bib").read_text(encoding="utf-8"), "bibtex").entries
    assert len(entries) == PAPERS
    titles = sorted(entry.fields["title"] for entry in entries.values())
    unescaped = [title.replace("\\textbraceleft{}", "{").replace("\\textbraceright{}", "}") for title in titles]
    # BibTeX reads any run of spaces as one.
    assert unescaped == [" ".join(ONE_LINE.split()) + str(n) for n in range(PAPERS)]


def test_schedule_json_keeps_each_title(output):
    schedule = json.loads((output / "thu" / "schedule.json").read_text(encoding="utf-8"))
    rooms = schedule["schedule"]["conference"]["days"][0]["rooms"]
    titles = sorted(event["title"] for talks in rooms.values() for event in talks)
    assert titles == [PLAIN + str(n) for n in range(ITEMS)]
