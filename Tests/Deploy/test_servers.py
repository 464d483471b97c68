"""Real web servers serve the built sample from a sub-folder with the configuration Hoithao writes or prints:
Debian's nginx (the `deploy-config` snippet) and Apache (the `.htaccess` the build writes), on loopback ports."""
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ElementTree

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
HOITHAO = str(REPOSITORY / ".build" / "debug" / "hoithao")
SUB_FOLDER = "/hoithao/"
# Each download's extension and the media type a browser or calendar app must receive.
MEDIA_TYPES = {
    ".ics": "text/calendar",
    ".epub": "application/epub+zip",
    ".json": "application/json",
    ".bib": "application/x-bibtex",
    ".ris": "application/x-research-info-systems",
    ".pdf": "application/pdf",
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def built_site(folder, server, port):
    """The sample portal with `server:` and a base URL in a sub-folder, built into folder/Output."""
    content = folder / "Content"
    shutil.copytree(REPOSITORY / "Content", content)
    with open(content / "site.yaml", "a", encoding="utf-8") as site:
        site.write(f"server: {server}\nbase_url: http://127.0.0.1:{port}{SUB_FOLDER}\n")
    subprocess.run([HOITHAO, "build", "--content", str(content), "--output", str(folder / "Output"),
                    "--theme", str(REPOSITORY / "Themes" / "default")], check=True, capture_output=True)
    return folder / "Output"


def wait_for(port, process, log):
    for _ in range(100):
        if process.poll() is not None:
            pytest.fail(f"the server stopped: {log.read_text() if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("the server did not start listening")


def fetch(url):
    """(status, headers, body) without raising for 404."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module", params=["nginx", "apache"])
def server(request):
    """A real server on a loopback port serving the site at /hoithao/; yields (base URL, output folder)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-deploy-"))
    folder.chmod(0o755)  # Apache's workers run as www-data
    port = free_port()
    output = built_site(folder, request.param, port)
    log = folder / "error.log"
    if request.param == "nginx":
        snippet = subprocess.run([HOITHAO, "deploy-config", "--server", "nginx", "--content", str(folder / "Content"),
                                  "--root", str(output)], check=True, capture_output=True, text=True).stdout
        (folder / "hoithao.conf").write_text(snippet)
        shutil.copy("/etc/nginx/mime.types", folder / "mime.types")
        temporary = " ".join(f"{name}_temp_path {folder}/{name};" for name in
                             ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
        (folder / "nginx.conf").write_text(
            f"daemon off; user root; worker_processes 1; pid {folder}/nginx.pid; error_log {log};\n"
            f"events {{}}\nhttp {{ access_log off; {temporary}\n"
            f"  server {{ listen 127.0.0.1:{port}; include {folder}/hoithao.conf; }}\n}}\n")
        command = ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")]
    else:
        snippet = subprocess.run([HOITHAO, "deploy-config", "--content", str(folder / "Content"), "--root",
                                  str(output)], check=True, capture_output=True, text=True).stdout
        modules = "\n".join(f"LoadModule {name}_module /usr/lib/apache2/modules/mod_{name}.so" for name in
                            ["mpm_event", "authz_core", "mime", "dir", "alias", "headers"])
        (folder / "empty").mkdir()
        (folder / "apache.conf").write_text(
            f"{modules}\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\nPidFile {folder}/apache.pid\n"
            f"ErrorLog {log}\nUser www-data\nGroup www-data\nTypesConfig /etc/mime.types\n"
            f"DocumentRoot {folder}/empty\n<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n"
            f"{snippet}")
        command = ["/usr/sbin/apache2", "-f", str(folder / "apache.conf"), "-DFOREGROUND"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_for(port, process, log)
        yield f"http://127.0.0.1:{port}{SUB_FOLDER}", output
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def test_pages_are_served_with_their_folder_index(server):
    base, output = server
    workshop = next(path.parent.parent.name for path in output.glob("*/agenda/index.html"))
    for page in ["", f"{workshop}/", f"{workshop}/agenda/", f"{workshop}/agenda/index.html"]:
        status, headers, body = fetch(base + page)
        assert status == 200, page
        assert headers.get_content_type() == "text/html"
        assert b"<html" in body


def test_a_missing_deep_address_gets_the_styled_404_page_with_working_links(server):
    base, _ = server
    status, headers, body = fetch(base + "khong/co/trang/nay/o/day/")
    assert status == 404
    page = body.decode()
    assert "<style>" in page and ".wrap" in page, "the 404 page must carry its style inline"
    assert f'href="{base}index.html"' in page, "its links must be absolute, so they work at any depth"
    home_status, _, _ = fetch(base + "index.html")
    assert home_status == 200


def test_every_download_has_its_media_type(server):
    base, output = server
    found = {}
    for path in sorted(output.rglob("*")):
        if path.suffix in MEDIA_TYPES and path.suffix not in found:
            found[path.suffix] = path.relative_to(output).as_posix()
    assert set(found) == set(MEDIA_TYPES), f"the sample lacks a download of each kind: {found}"
    for suffix, relative in found.items():
        status, headers, _ = fetch(base + relative)
        assert status == 200, relative
        assert headers.get_content_type() == MEDIA_TYPES[suffix], relative


def test_assets_may_be_cached(server):
    base, _ = server
    status, headers, _ = fetch(base + "assets/style.css")
    assert status == 200
    assert headers.get_content_type() == "text/css"
    assert "max-age=86400" in (headers.get("Cache-Control") or "")


def test_the_iis_configuration_is_well_formed_and_complete(tmp_path):
    output = built_site(tmp_path, "iis", 8080)
    tree = ElementTree.parse(output / "web.config").getroot()
    server = tree.find("system.webServer")
    assert server.find("defaultDocument/files/add").get("value") == "index.html"
    assert server.find("httpErrors/error").get("path") == f"{SUB_FOLDER}404.html"
    types = {entry.get("fileExtension"): entry.get("mimeType") for entry in server.iter("mimeMap")}
    for suffix in [".ics", ".epub", ".json", ".bib", ".ris"]:
        assert types[suffix].startswith(MEDIA_TYPES[suffix])
    assert tree.find("location").get("path") == "assets"
