"""The built sample portal as a visitor and an auditor see it: a real browser, axe-core and the Nu checker."""
import pathlib
import xml.dom.minidom

import pytest

from visitor_checks import (DEMO, REPOSITORY, SEED, axe_violations, broken_links, console_errors, file_url_problems,
                            focus_walk, foreign_requests, horizontal_overflow, nu_errors, open_page)

# One page of every type.
PAGES = {
    "home": "index.html",
    "overview": SEED + "index.html",
    "agenda": DEMO + "agenda/index.html",
    "agenda-start-only": SEED + "agenda/index.html",
    "participants": DEMO + "participants/index.html",
    "venue": DEMO + "venue/index.html",
    "organization": SEED + "organization/index.html",
    "proceedings": DEMO + "proceedings/index.html",
    "paper": DEMO + "proceedings/cold-chain-temperature-logging/index.html",
    "documents": DEMO + "documents/index.html",
    "free-page": "gioi-thieu/index.html",
    "not-found": "404.html",
    "speakers": DEMO + "speakers/index.html",
    "search": "search/index.html",
}


def test_nu_checker_finds_no_errors(site):
    output, _ = site
    assert nu_errors(output) == ""


def test_every_internal_link_and_anchor_resolves():
    status, problems = broken_links(REPOSITORY / "Content")
    assert status == 0, problems


def test_sitemap_and_feed_are_well_formed_xml(site):
    output, base = site
    sitemap = xml.dom.minidom.parse(str(output / "sitemap.xml"))
    locations = [node.firstChild.data for node in sitemap.getElementsByTagName("loc")]
    assert base + SEED in locations
    feed = xml.dom.minidom.parse(str(output / "feed.xml"))
    assert len(feed.getElementsByTagName("entry")) == 2


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_has_no_axe_violations(site, browser, name):
    _, base = site
    assert axe_violations(browser, base + PAGES[name]) == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_loads_cleanly_on_a_phone_and_a_desktop(site, browser, name):
    _, base = site
    for width in (360, 1280):
        assert console_errors(browser, base + PAGES[name], width) == []
        assert foreign_requests(browser, base) == []
        assert horizontal_overflow(browser, width) == 0, f"{name} scrolls sideways at {width}px"
        browser.save_screenshot(str(pathlib.Path(__file__).parent / "screenshots" / f"{name}-{width}.png"))


def test_keyboard_reaches_skip_link_and_navigation_with_visible_focus(site, browser):
    from selenium.webdriver.common.keys import Keys
    _, base = site
    open_page(browser, base + PAGES["agenda"])
    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("class") == "skip-link"
    assert focused.is_displayed()
    focused.send_keys(Keys.ENTER)
    assert browser.execute_script("return location.hash;") == "#main"
    reached = focus_walk(browser, base + PAGES["agenda"])
    assert len(reached) > 12, reached
    assert [html for html, outlined in reached if not outlined] == []
    assert any(f'href="../../{DEMO}venue/index.html"' in html for html, _ in reached), reached


@pytest.mark.parametrize("name", ["home", "paper", "agenda"])
def test_page_opens_from_file_url_with_its_stylesheet(site, browser, name):
    output, _ = site
    assert file_url_problems(browser, (output / PAGES[name]).as_uri()) == []
    link = browser.find_element("css selector", ".site-name a").get_attribute("href")
    assert link.startswith("file://") and link.endswith("/index.html")


def test_a_papers_wide_table_scrolls_in_its_own_box_on_a_phone(site, browser):
    _, base = site
    open_page(browser, base + PAGES["paper"], 360)
    box = browser.execute_script(
        "const b = document.querySelector('.table-scroll');"
        "return [getComputedStyle(b).overflowX, b.clientWidth, b.querySelector('table').id, b.tabIndex];")
    assert box[0] == "auto" and box[1] <= 360 and box[2] == "tbl-log" and box[3] == 0
    assert horizontal_overflow(browser, 360) == 0
    # The cross-reference and each footnote reference lead to their targets, and each note leads back.
    for href in browser.execute_script(
            "return [...document.querySelectorAll('a[href^=\"#tbl-\"], a[role=doc-noteref], a[role=doc-backlink]')]"
            ".map(a => a.getAttribute('href'));"):
        assert browser.execute_script("return document.getElementById(arguments[0]) !== null;", href[1:]), href
