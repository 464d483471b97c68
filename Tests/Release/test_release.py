"""The release tarball works on its own: unpacked outside the checkout and installed, with no Swift toolchain on
PATH and HOITHAO_THEMES unset, it makes, builds, checks, packs and serves a new portal."""
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import tarfile
import tempfile
import urllib.request

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tarball():
    """Runs Scripts/release once; yields the tarball's path."""
    result = subprocess.run(["bash", "Scripts/release"], cwd=REPOSITORY, check=True, capture_output=True, text=True)
    path = REPOSITORY / result.stdout.strip().splitlines()[-2]
    assert re.fullmatch(r"hoithao-\d+\.\d+\.\d+-linux-x86_64\.tar\.gz", path.name), path.name
    return path


@pytest.fixture(scope="module")
def installed(tarball):
    """The tarball unpacked and installed in an empty folder outside the checkout; yields (prefix, environment)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-release-"))
    assert REPOSITORY not in folder.parents
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="data")
    unpacked = folder / tarball.name.removesuffix(".tar.gz")
    prefix = folder / "prefix"
    environment = {"PATH": f"{prefix}/bin:/usr/bin:/bin", "HOME": str(folder), "LANG": "C.UTF-8"}
    assert shutil.which("swift", path=environment["PATH"]) is None, "a Swift toolchain is on the test's PATH"
    subprocess.run(["sh", str(unpacked / "install.sh"), "--prefix", str(prefix)], env=environment, check=True,
                   capture_output=True)
    yield prefix, environment
    shutil.rmtree(folder, ignore_errors=True)


def test_tarball_holds_the_binary_theme_licence_and_install_text(tarball):
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    root = tarball.name.removesuffix(".tar.gz")
    for member in ["bin/hoithao", "share/hoithao/Themes/default/templates/base.mustache", "LICENSE", "INSTALL.md",
                   "install.sh"]:
        assert f"{root}/{member}" in names
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    assert (tarball.parent / (tarball.name + ".sha256")).read_text() == f"{digest}  {tarball.name}\n"


def test_binary_needs_no_swift_library(installed):
    prefix, _ = installed
    libraries = subprocess.run(["ldd", str(prefix / "bin" / "hoithao")], check=True, capture_output=True,
                               text=True).stdout
    assert "libcmark" in libraries
    assert "libswift" not in libraries and "libFoundation" not in libraries


def test_new_build_check_pack_serve_from_any_folder(installed):
    prefix, environment = installed
    work = prefix.parent / "work"
    work.mkdir()

    def hoithao(*arguments, cwd):
        return subprocess.run(["hoithao", *arguments], cwd=cwd, env=environment, capture_output=True, text=True,
                              timeout=300)

    made = hoithao("new", "site", "so-khcn", cwd=work)
    assert made.returncode == 0, made.stderr
    site = work / "so-khcn"
    built = hoithao("build", cwd=site)
    assert built.returncode == 0, built.stderr
    assert (site / "Output" / "index.html").is_file()
    assert list((site / "Output").glob("*/proceedings/*-ky-yeu.pdf")), "the example workshop's book is missing"
    checked = hoithao("check", "--links", cwd=site)
    assert checked.returncode == 0, checked.stderr
    packed = hoithao("pack", "--output", "../so-khcn.zip", cwd=site)
    assert packed.returncode == 0, packed.stderr
    assert (work / "so-khcn.zip").stat().st_size > 0

    server = subprocess.Popen(["hoithao", "serve", "--port", "0", "--no-live-reload"], cwd=site, env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = None
        while address is None:
            line = server.stdout.readline()
            assert line, "hoithao serve stopped before it printed its address"
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            address = found.group(0) if found else None
        with urllib.request.urlopen(address, timeout=30) as response:
            assert response.status == 200
            assert "<html" in response.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=10)
