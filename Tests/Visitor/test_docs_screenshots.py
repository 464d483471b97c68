"""Screenshots of the sample portal for the documentation, on a phone (390 px) and a desktop (1280 px).

They are written to Tests/Visitor/screenshots/docs-<page>-<width>.png; `bash Scripts/docs-images` runs this file
and copies them, made small, into docs/images/.
"""
import struct

import pytest

from conftest import SCREENSHOTS
from visitor_checks import DEMO, SEED, horizontal_overflow, open_page

PAGES = {
    "home": "index.html",
    "overview": DEMO + "index.html",
    "agenda": DEMO + "agenda/index.html",
    "proceedings": DEMO + "proceedings/index.html",
    "paper": DEMO + "proceedings/qr-code-traceability-lychee/index.html",
    "seed-overview": SEED + "index.html",
}
SIZES = {390: 844, 1280: 800}


def png_size(path):
    """The width and height a PNG file says it has."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("width", sorted(SIZES))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot_of_the_sample_portal(site, browser, name, width):
    _, base = site
    open_page(browser, base + PAGES[name], width, SIZES[width])
    assert browser.find_element("css selector", "main h1").text, f"{name} has no heading"
    assert horizontal_overflow(browser, width) == 0
    path = SCREENSHOTS / f"docs-{name}-{width}.png"
    assert browser.save_screenshot(str(path))
    assert png_size(path) == (width, SIZES[width])
