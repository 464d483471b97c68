"""`hoithao serve` under load and abuse, on loopback: idle connections, long addresses, HEAD, a content folder
deleted and restored, the live-reload socket from another site, and --host."""
import base64
import os
import re
import shutil
import socket
import subprocess
import time

import pytest

from visitor_checks import HOITHAO, REPOSITORY

IDLE_SECONDS = 3


@pytest.fixture()
def served(tmp_path):
    """A copy of the sample portal served with a short idle time; yields (folder, host, port)."""
    shutil.copytree(REPOSITORY / "Content", tmp_path / "Content")
    shutil.copytree(REPOSITORY / "Themes", tmp_path / "Themes")
    process = subprocess.Popen([str(HOITHAO), "serve", "--port", "0", "--idle-seconds", str(IDLE_SECONDS)],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found = None
    deadline = time.time() + 30
    while found is None and time.time() < deadline:
        found = re.search(r"http://(127\.0\.0\.1):(\d+)/", process.stdout.readline())
    assert found, "serve did not print its address"
    yield tmp_path, found.group(1), int(found.group(2))
    process.send_signal(2)
    assert process.wait(timeout=10) == 0, "serve did not stop cleanly (it may have died under load)"


def request(host, port, head, timeout=10, pause=0):
    """Sends a raw request head, `pause` seconds after connecting, and returns the whole answer (the server
    closes after it)."""
    with socket.create_connection((host, port), timeout=timeout) as connection:
        time.sleep(pause)
        connection.sendall(head.encode())
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
        return data


def get(host, port, path, method="GET", extra="", pause=0):
    return request(host, port, f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\n{extra}Connection: close\r\n\r\n",
                   pause=pause)


def status(answer):
    return int(answer.split(b" ", 2)[1])


def test_idle_connections_past_the_cap_are_closed_and_pages_are_still_served(served):
    _, host, port = served
    idle = []
    for _ in range(260):
        idle.append(socket.create_connection((host, port), timeout=10))
    # The visitor connects, then speaks a moment later, so the server is already waiting on its connection.
    assert status(get(host, port, "/", pause=1)) == 200
    # Past 200 waiting, the server closes the oldest at once; the rest go after the idle time.
    closed = 0
    for connection in idle:
        connection.settimeout(IDLE_SECONDS + 5)
        try:
            closed += connection.recv(1) == b""
        except (ConnectionResetError, TimeoutError):
            pass
        connection.close()
    assert closed == len(idle), f"only {closed} of {len(idle)} idle connections were closed"
    assert status(get(host, port, "/")) == 200


def test_a_long_address_is_refused_with_414_and_a_short_one_served(served):
    _, host, port = served
    started = time.time()
    assert status(get(host, port, "/" + "a" * 5000)) == 414
    assert status(get(host, port, "/" + "a" * 4000)) == 404
    assert time.time() - started < 10


@pytest.mark.parametrize("length", [200_000, 2_000_000])
def test_a_huge_request_line_is_refused_with_414_and_the_next_request_served(served, length):
    _, host, port = served
    assert status(get(host, port, "/" + "a" * length)) == 414
    assert status(get(host, port, "/")) == 200


def test_an_oversized_header_block_is_refused_with_431(served):
    _, host, port = served
    assert status(get(host, port, "/", extra="X-Filler: " + "b" * 20_000 + "\r\n")) == 431
    assert status(get(host, port, "/", extra="".join(f"X-{n}: v\r\n" for n in range(150)))) == 431
    assert status(get(host, port, "/")) == 200


def test_pages_are_served_while_a_slow_oversized_request_line_is_being_sent(served):
    _, host, port = served
    with socket.create_connection((host, port), timeout=10) as slow:
        slow.sendall(b"GET /")
        for _ in range(5):
            slow.sendall(b"a" * 2000)
            assert status(get(host, port, "/")) == 200
            time.sleep(0.1)
        slow.settimeout(10)
        assert status(slow.recv(4096)) == 414


def test_head_answers_the_headers_of_get_without_a_body(served):
    _, host, port = served
    whole = get(host, port, "/")
    head = get(host, port, "/", method="HEAD")
    header, _, body = head.partition(b"\r\n\r\n")
    assert status(head) == 200 and body == b""
    length = re.search(rb"Content-Length: (\d+)", header, re.IGNORECASE)
    assert length and int(length.group(1)) == len(whole.partition(b"\r\n\r\n")[2])


def test_a_content_folder_deleted_and_restored_is_served_again(served):
    folder, host, port = served
    shutil.move(folder / "Content", folder / "Content.saved")
    deadline = time.time() + 10
    while time.time() < deadline and status(get(host, port, "/")) != 500:
        time.sleep(0.2)
    assert status(get(host, port, "/")) == 500, "a missing content folder shows the error page"
    shutil.move(folder / "Content.saved", folder / "Content")
    deadline = time.time() + 15
    while time.time() < deadline and status(get(host, port, "/")) != 200:
        time.sleep(0.2)
    assert status(get(host, port, "/")) == 200, "the restored content is built and served again"


def websocket(host, port, origin=None, host_header=None):
    key = base64.b64encode(os.urandom(16)).decode()
    extra = f"Origin: {origin}\r\n" if origin else ""
    head = (f"GET /__hoithao/live HTTP/1.1\r\nHost: {host_header or f'{host}:{port}'}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n")
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(head.encode())
        return status(connection.recv(4096))


def test_only_the_servers_own_pages_open_the_live_reload_socket(served):
    _, host, port = served
    assert websocket(host, port, origin=f"http://{host}:{port}") == 101
    assert websocket(host, port) == 101
    assert websocket(host, port, origin="http://evil.example") == 403
    assert websocket(host, port, origin=f"http://{host}:{port + 1}") == 403
    assert websocket(host, port, origin="http://evil.example", host_header="evil.example") == 403


def test_host_localhost_serves_and_a_name_is_a_usage_error(tmp_path):
    shutil.copytree(REPOSITORY / "Content", tmp_path / "Content")
    shutil.copytree(REPOSITORY / "Themes", tmp_path / "Themes")
    process = subprocess.Popen([str(HOITHAO), "serve", "--host", "localhost", "--port", "0"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.time() + 30
        while "Serving" not in line and time.time() < deadline:
            line = process.stdout.readline()
        assert re.search(r"at http://127\.0\.0\.1:\d+/", line), line
    finally:
        process.send_signal(2)
        process.wait(timeout=10)
    refused = subprocess.run([str(HOITHAO), "serve", "--host", "example.org"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=30)
    assert refused.returncode == 2
    assert "--host must be an IP address such as 127.0.0.1 or ::1, or localhost" in refused.stderr
