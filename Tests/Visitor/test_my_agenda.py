"""The visitor's own agenda on the agenda page, in a real Chromium: stars kept across a reload (from file:// and
from the server), the view of the starred items only, their calendar made in the browser and read back by python
icalendar, the now and next markers by a clock set through CDP, and the page's checks with the stars drawn."""
import pathlib
import tempfile
import time
import urllib.request

import icalendar
import pytest

from visitor_checks import DEMO, axe_violations, foreign_requests, horizontal_overflow, nu_errors_now, open_page

SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"
AGENDA = DEMO + "agenda/index.html"


def agenda_url(site, where):
    output, base = site
    return (output / AGENDA).as_uri() if where == "file" else base + AGENDA


def fresh(browser, url, width=1280):
    """The agenda page with nothing starred yet (the browser is shared by the whole suite)."""
    open_page(browser, url, width)
    browser.execute_script("localStorage.clear();")
    browser.refresh()


def stars(browser):
    """Each star button as (the item's id, its accessible text, whether it is pressed)."""
    return browser.execute_script(
        "return [...document.querySelectorAll('.agenda-item .star')].map(b => "
        "[b.closest('.agenda-item').id, b.textContent, b.getAttribute('aria-pressed')]);")


def visible_items(browser):
    return browser.execute_script(
        "return [...document.querySelectorAll('.agenda-item')].filter(li => li.offsetParent !== null).map(li => li.id);")


def star(browser, item_id):
    browser.find_element("css selector", f"#{item_id} .star").click()


def with_clock(browser, instant):
    """Makes the page's clock read `instant` (seconds since 1970, UTC) from the next load on; returns what undoes it."""
    script = ("(() => { const fixed = %d; const Real = Date;"
              " class Fixed extends Real { constructor(...a) { if (a.length) super(...a); else super(fixed); }"
              " static now() { return fixed; } } window.Date = Fixed; })();" % (instant * 1000))
    identifier = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": script})["identifier"]
    return lambda: browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})


@pytest.mark.parametrize("where", ["file", "server"])
def test_two_starred_items_stay_starred_after_a_reload_and_are_all_my_agenda_shows(site, browser, where):
    fresh(browser, agenda_url(site, where))
    found = stars(browser)
    assert len(found) == len(browser.find_elements("css selector", ".agenda-item")) > 4
    assert all(pressed == "false" for _, _, pressed in found)
    item_id, label, _ = found[1]
    title = browser.find_element("css selector", f"#{item_id} .agenda-title").text
    assert label.endswith(title), label
    chosen = [found[1][0], found[4][0]]
    for item_id in chosen:
        star(browser, item_id)
    browser.refresh()
    assert [item_id for item_id, _, pressed in stars(browser) if pressed == "true"] == chosen
    empty = browser.find_element("css selector", ".my-agenda-empty")
    assert not empty.is_displayed()
    assert browser.find_element("css selector", ".my-agenda-status").text.startswith("2 ")
    browser.find_element("css selector", ".my-agenda-toggle").click()
    assert visible_items(browser) == chosen
    star(browser, chosen[0])
    star(browser, chosen[1])
    assert visible_items(browser) == [] and empty.is_displayed()
    browser.find_element("css selector", ".my-agenda-toggle").click()
    assert len(visible_items(browser)) == len(found)


def test_the_stars_are_kept_per_workshop_by_its_slug(site, browser):
    fresh(browser, agenda_url(site, "server"))
    star(browser, stars(browser)[0][0])
    keys = browser.execute_script("return Object.keys(localStorage);")
    assert keys == ["hoithao:" + DEMO.rstrip("/") + ":starred"], keys


def test_the_downloaded_calendar_holds_exactly_the_starred_items_as_the_server_writes_them(site, browser):
    _, base = site
    fresh(browser, agenda_url(site, "server"))
    chosen = [stars(browser)[0][0], stars(browser)[3][0]]
    for item_id in chosen:
        star(browser, item_id)
    with tempfile.TemporaryDirectory() as folder:
        browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
        browser.find_element("css selector", ".my-agenda-download").click()
        path = pathlib.Path(folder) / (DEMO.rstrip("/") + ".ics")
        for _ in range(100):
            if path.exists() and path.stat().st_size > 0:
                break
            time.sleep(0.1)
        data = path.read_bytes()
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines) and all(len(line) <= 75 for line in lines), "not CRLF, or a line unfolded"
    calendar = icalendar.Calendar.from_ical(data)
    found = calendar.walk("VEVENT")
    assert len(found) == len(chosen)
    for event, item_id in zip(found, chosen):
        with urllib.request.urlopen(base + DEMO + f"agenda/{item_id}.ics") as response:
            own = icalendar.Calendar.from_ical(response.read()).walk("VEVENT")[0]
        assert str(event["UID"]) == str(own["UID"]) and str(own["UID"]).startswith(f"{DEMO.rstrip('/')}-{item_id}@")
        assert event.decoded("DTSTART") == own.decoded("DTSTART")
        assert event.decoded("DTEND") == own.decoded("DTEND")
        assert str(event["SUMMARY"]) == str(own["SUMMARY"]) and "DTSTAMP" in event
        start = browser.execute_script(f"return Number(document.getElementById('{item_id}').dataset.start);")
        assert event.decoded("DTSTART").timestamp() == start
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Ho_Chi_Minh"


def test_now_and_next_are_marked_during_the_event_and_not_before_it(site, browser):
    url = agenda_url(site, "server")
    open_page(browser, url)
    starts = browser.execute_script(
        "return [...document.querySelectorAll('.agenda-item')].map(li => [li.id, Number(li.dataset.start)]);")
    first, following = starts[0], next(item for item in starts if item[1] > starts[0][1])
    undo = with_clock(browser, first[1] + 60)
    try:
        open_page(browser, url)
        now = browser.find_elements("css selector", ".agenda-item.is-now")
        assert [item.get_attribute("id") for item in now] == [first[0]]
        assert "Happening now" in now[0].text
        upcoming = browser.find_elements("css selector", ".agenda-item.is-next")
        assert [item.get_attribute("id") for item in upcoming] == [i for i, start in starts if start == following[1]]
        assert "Up next" in upcoming[0].text
        for width in (390, 1280):
            fresh(browser, url, width)
            star(browser, starts[2][0])
            browser.execute_script("document.querySelector('.my-agenda').scrollIntoView();")
            browser.save_screenshot(str(SCREENSHOTS / f"my-agenda-now-{width}.png"))
    finally:
        undo()
    undo = with_clock(browser, first[1] - 86_400)
    try:
        open_page(browser, url)
        assert browser.find_elements("css selector", ".agenda-live, .is-now, .is-next") == []
    finally:
        undo()


@pytest.mark.parametrize("width", [360, 1280])
def test_the_agenda_with_stars_passes_axe_nu_fits_the_screen_and_asks_nothing_from_elsewhere(site, browser, width):
    _, base = site
    fresh(browser, base + AGENDA, width)
    star(browser, stars(browser)[0][0])
    assert horizontal_overflow(browser, width) == 0
    assert foreign_requests(browser, base) == []
    assert nu_errors_now(browser) == ""
    assert axe_violations(browser, base + AGENDA) == []


def test_without_javascript_the_agenda_shows_no_buttons_and_each_day_and_item_has_its_calendar(site, browser):
    output, base = site
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        open_page(browser, base + AGENDA)
        shown = browser.execute_script(
            "return [...document.querySelectorAll('main button')].filter(b => b.offsetParent !== null).length;")
        assert shown == 0 and browser.find_elements("css selector", ".star") == []
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    links = browser.execute_script("return [...document.querySelectorAll('a[href$=\".ics\"]')].map(a => a.href);")
    items = browser.execute_script("return [...document.querySelectorAll('.agenda-item')].map(li => li.id);")
    days = browser.execute_script("return [...document.querySelectorAll('.agenda-day')].map(d => d.id);")
    for name in items + days:
        assert any(link.endswith(f"/agenda/{name}.ics") for link in links), name
    assert browser.find_elements("css selector", ".agenda-item a[href$='.ics']") == []
    for day in days:
        day_events = icalendar.Calendar.from_ical((output / DEMO / "agenda" / f"{day}.ics").read_bytes()).walk("VEVENT")
        assert sorted(str(e["UID"]).split("@")[0] for e in day_events) == sorted(
            f"{DEMO.rstrip('/')}-{item}" for item in items if item.startswith(day + "-"))
