"""The search box as a visitor uses it: typing without diacritics, from file:// and from the server, in a real
Chromium; what it loads, and the checks every page passes, with the results open."""
import pathlib
import unicodedata

import pytest

from visitor_checks import (DEMO, SEED, axe_violations, console_errors, foreign_requests, horizontal_overflow,
                            nu_errors_now, open_page)

SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"
PAPER = "Temperature logging along the lychee cold chain"
SEED_TITLE = "vải thiều Bắc Giang"


def search(browser, query):
    """Types `query` into the search box and waits for the count; returns the results as (title, href, marked)."""
    from selenium.webdriver.support.ui import WebDriverWait
    box = browser.find_element("id", "site-search-query")
    box.clear()
    box.send_keys(query)
    WebDriverWait(browser, 10).until(
        lambda b: b.find_element("id", "site-search-status").text not in ("", "Đang tìm…", "Searching…"))
    return browser.execute_script(
        "return [...document.querySelectorAll('#site-search-list li')].map(li => ["
        "li.querySelector('.site-search-title').textContent, li.querySelector('a').href,"
        "[...li.querySelectorAll('mark')].map(m => m.textContent)]);")


def loaded_index_files(browser):
    """The index files the page has asked for: each is a <script> the search adds (file:// loads are not in the
    browser's resource timing, so the elements are counted)."""
    return browser.execute_script(
        "return [...document.querySelectorAll('script[src]')].map(s => s.src).filter(n => n.includes('/search/'));")


@pytest.mark.parametrize("where", ["file", "server"])
def test_an_unaccented_query_finds_the_paper_and_marks_the_words(site, browser, where):
    output, base = site
    page = (output / DEMO / "agenda" / "index.html").as_uri() if where == "file" else base + DEMO + "agenda/index.html"
    open_page(browser, page)
    assert loaded_index_files(browser) == [], "the index is loaded before the visitor types"
    results = search(browser, "dang thi mai")
    titles = [title for title, _, _ in results]
    assert PAPER in titles, titles
    # The speaker's own entry (her name is its title) comes before the paper, which has her name among its authors.
    assert titles.index("Đặng Thị Mai") < titles.index(PAPER)
    title, href, marks = next(result for result in results if result[0] == PAPER)
    assert marks[:3] == ["Đặng", "Thị", "Mai"], marks
    assert href.endswith(DEMO + "proceedings/cold-chain-temperature-logging/index.html")
    results = search(browser, "VAI THIEU luc ngan")
    assert any(SEED_TITLE in title for title, _, _ in results), results
    assert browser.find_element("id", "site-search-status").text.endswith(("kết quả", "results", "result"))
    assert console_errors_now(browser) == []
    browser.find_element("css selector", "#site-search-list a").click()
    assert browser.execute_script("return document.title;") != ""
    if where == "server":
        assert foreign_requests(browser, base) == []


def console_errors_now(browser):
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_a_query_loads_the_manifest_and_only_the_shards_its_words_need(site, browser):
    output, base = site
    open_page(browser, base + "index.html")
    search(browser, "nho giot")
    loaded = [name.split("/search/")[1] for name in loaded_index_files(browser)]
    shards = [name for name in loaded if name.startswith("t-")]
    assert "manifest.js" in loaded
    assert shards and all(name.startswith(("t-nh", "t-gi")) for name in shards), shards
    assert len(shards) < len(list((output / "search").glob("t-*.js"))) / 10
    assert foreign_requests(browser, base) == []


def test_decomposed_input_finds_what_composed_input_finds(site, browser):
    _, base = site
    open_page(browser, base + "index.html")
    composed = search(browser, "Đặng Thị Mai")
    decomposed = search(browser, unicodedata.normalize("NFD", "Đặng Thị Mai"))
    assert [title for title, _, _ in composed] == [title for title, _, _ in decomposed] != []


def test_the_keyboard_reaches_the_results_with_visible_focus_and_escape_closes_them(site, browser):
    from selenium.webdriver.common.keys import Keys
    _, base = site
    open_page(browser, base + SEED + "index.html")
    assert len(search(browser, "lychee")) > 2
    box = browser.find_element("id", "site-search-query")
    box.send_keys(Keys.ARROW_DOWN)
    first = browser.switch_to.active_element
    assert first.tag_name == "a" and first.find_element("xpath", "..").tag_name == "li"
    style = browser.execute_script("const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];",
                                   first)
    assert style[0] != "none" and style[1] != "0px"
    first.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element != first
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-query"
    assert browser.execute_script("return document.querySelector('.site-search-results').hidden;")


@pytest.mark.parametrize("width", [360, 390, 1280])
def test_a_page_with_results_open_passes_axe_nu_and_fits_the_screen(site, browser, width):
    _, base = site
    url = base + DEMO + "proceedings/index.html"
    open_page(browser, url, width)
    search(browser, "lychee orchard")
    assert horizontal_overflow(browser, width) == 0
    browser.save_screenshot(str(SCREENSHOTS / f"search-results-{width}.png"))
    assert axe_now(browser) == []
    assert nu_errors_now(browser) == ""


def axe_now(browser):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now (axe_violations reloads it)."""
    from visitor_checks import AXE, AXE_TAGS
    import json
    browser.execute_script(AXE)
    violations = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => done(r.violations));" % json.dumps(AXE_TAGS))
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


def test_the_search_page_lists_papers_and_authors_without_javascript_and_shows_results_with_it(site, browser):
    output, base = site
    html = (output / "search" / "index.html").read_text(encoding="utf-8")
    assert f'href="../{DEMO}proceedings/index.html"' in html and f'href="../{DEMO}speakers/index.html"' in html
    open_page(browser, base + "search/index.html?q=drip+irrigation")
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("css selector", "#site-search-list li"))
    assert "Drip irrigation for smallholder orchards" in browser.find_element("id", "site-search-list").text


def test_the_speakers_page_links_each_person_to_their_talks_and_papers(site, browser):
    _, base = site
    open_page(browser, base + DEMO + "speakers/index.html", 360)
    assert horizontal_overflow(browser, 360) == 0
    browser.save_screenshot(str(SCREENSHOTS / "speakers-360.png"))
    for width in (390, 1280):
        open_page(browser, base + DEMO + "speakers/index.html", width)
        browser.save_screenshot(str(SCREENSHOTS / f"speakers-{width}.png"))
    mai = browser.find_element("id", "dang-thi-mai")
    assert "Temperature logging" in mai.text
    open_page(browser, base + DEMO + "proceedings/cold-chain-temperature-logging/index.html")
    link = browser.find_element("link text", "Đặng Thị Mai")
    assert link.get_attribute("href").endswith(DEMO + "speakers/index.html#dang-thi-mai")


def test_two_processes_write_the_same_index(tmp_path):
    """Swift seeds its hashing per process, so only builds in two processes show an order taken from a hash table."""
    from visitor_checks import HOITHAO, REPOSITORY
    import subprocess
    for name in ("a", "b"):
        subprocess.run([str(HOITHAO), "build", "--no-books", "--output", str(tmp_path / name)], cwd=REPOSITORY,
                       check=True, capture_output=True)
    first = {p.name: p.read_bytes() for p in (tmp_path / "a" / "search").iterdir()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "b" / "search").iterdir()}
    assert len(first) > 20 and first == second
