"""Calendars read back by python icalendar, and the agenda printed to PDF by Chromium."""
import datetime
import pathlib
import re
import shutil
import subprocess
import tempfile
import zoneinfo

import icalendar

from visitor_checks import DEMO, SEED
HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def events(path):
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [component for component in calendar.walk("VEVENT")]


def test_seed_calendar_holds_one_event_at_0730_gmt7_on_friday_22_may_2020(site):
    output, _ = site
    found = events(output / SEED / "calendar.ics")
    assert len(found) == 1
    start = found[0].decoded("DTSTART")
    assert start.astimezone(HANOI) == datetime.datetime(2020, 5, 22, 7, 30, tzinfo=HANOI)
    assert start.utcoffset() == datetime.timedelta(hours=7)
    assert start.weekday() == 4  # Friday, Thứ Sáu
    assert "Phòng họp Hội trường tầng 5" in str(found[0]["LOCATION"])


def test_demo_calendar_has_the_workshop_and_every_item_at_local_time(site):
    output, base = site
    found = events(output / DEMO / "calendar.ics")
    items = [event for event in found if "-ngay-" in str(event["UID"])]
    assert len(found) == len(items) + 1
    assert len({str(event["UID"]) for event in found}) == len(found)
    for event in items:
        start = event.decoded("DTSTART").astimezone(HANOI)
        assert 7 <= start.hour <= 18, (event["SUMMARY"], start)
        assert str(event["URL"]).startswith(base + DEMO + "agenda/#ngay-")
    per_item = sorted((output / DEMO / "agenda").glob("ngay-*-*.ics"))  # ngay-1.ics is the day's
    assert len(per_item) == len(items)
    assert [str(e["UID"]) for e in events(per_item[0])][0] in {str(e["UID"]) for e in items}


def print_to_pdf(url, pdf):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url],
                       check=True, capture_output=True, timeout=120)


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")


def test_printed_agenda_has_no_navigation_and_starts_each_day_on_a_new_page(site, tmp_path):
    _, base = site
    pdf = tmp_path / "agenda.pdf"
    print_to_pdf(base + DEMO + "agenda/index.html", pdf)
    pages = pdf_pages(pdf)
    text = "\n".join(pages)
    assert "Giới thiệu" not in text and "Trang chủ" not in text  # site navigation
    assert "Participants" not in text  # workshop navigation
    assert "My agenda" not in text and "Add this day" not in text  # the own-agenda panel and the calendar links
    assert "Happening now" not in text and "\u2606" not in text  # nor the stars
    def heading(day, page):  # the day's own heading, alone on its line
        return re.search(r"^\s*" + day + r"\s*$", page, re.MULTILINE)
    first = [index for index, page in enumerate(pages) if heading("Thursday, 14 October 2027", page)]
    second = [index for index, page in enumerate(pages) if heading("Friday, 15 October 2027", page)]
    assert first and second, "a day is missing from the printout"
    assert second[0] > first[0]
    assert pages[second[0]].lstrip().startswith("Friday, 15 October 2027"), "the second day does not start a page"


def test_printed_paper_has_no_navigation(site, tmp_path):
    _, base = site
    pdf = tmp_path / "paper.pdf"
    print_to_pdf(base + DEMO + "proceedings/cold-chain-temperature-logging/index.html", pdf)
    text = "\n".join(pdf_pages(pdf))
    assert "Cold" in text or "cold" in text
    assert "Trang chủ" not in text and "Proceedings" not in text.split("\n")[0]
