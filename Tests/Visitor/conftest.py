"""Builds the sample portal once and serves it on loopback for the visitor tests."""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = REPOSITORY / "Tests" / "Visitor" / "screenshots"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site():
    """The sample portal built into a temporary folder and served on 127.0.0.1; yields (folder, base URL)."""
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-visitor-"))
    output = workdir / "Output"
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(output)))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    subprocess.run(
        [str(REPOSITORY / ".build" / "debug" / "hoithao"), "build", "--output", str(output), "--base-url", base],
        cwd=REPOSITORY, check=True, stdout=subprocess.DEVNULL)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield output, base
    server.shutdown()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium through chromedriver, with console logs kept."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=vi", "--allow-file-access-from-files"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()
