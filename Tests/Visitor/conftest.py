"""Builds the sample portal once and serves it on loopback for the visitor tests."""
import pathlib
import re
import shutil
import signal
import subprocess
import tempfile

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = REPOSITORY / "Tests" / "Visitor" / "screenshots"


@pytest.fixture(scope="session")
def site():
    """The sample portal served by Hoithao's own server (as built, no reload script) on 127.0.0.1, and also
    built into a temporary folder for the file checks; yields (folder, base URL)."""
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-visitor-"))
    output = workdir / "Output"
    hoithao = str(REPOSITORY / ".build" / "debug" / "hoithao")
    server = subprocess.Popen([hoithao, "serve", "--port", "0", "--no-live-reload"], cwd=REPOSITORY,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = None
    while base is None:
        line = server.stdout.readline()
        assert line, "hoithao serve stopped before it printed its address"
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        base = found.group(0) if found else None
    subprocess.run([hoithao, "build", "--output", str(output), "--base-url", base],
                   cwd=REPOSITORY, check=True, stdout=subprocess.DEVNULL)
    yield output, base
    server.send_signal(signal.SIGINT)
    server.wait(timeout=10)
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
