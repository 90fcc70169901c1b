"""`make run`'s server for real: gunicorn preloads the models, forks, warms up, serves, stops."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 180


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


@pytest.fixture
def server(nlp):
    """A one-worker gunicorn on a free loopback port (``nlp``: the models exist)."""
    port = _free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "QUOTES_WORKERS": "1",
        "QUOTES_THREADS": "2",
        "QUOTES_GRACEFUL_TIMEOUT": "10",
        "OMP_NUM_THREADS": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while _get(base + "/readyz") != 200:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("gunicorn did not become ready:\n" + process.communicate()[0][-3000:])
        time.sleep(0.5)
    yield base, process
    if process.poll() is None:
        process.kill()
        process.communicate()


def test_gunicorn_serves_quotes_and_stops_gracefully(server, seed_texts):
    base, process = server
    text = next(iter(seed_texts.values()))
    request = urllib.request.Request(
        base + "/v1/quotes",
        data=text.encode(),
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.load(response)
    assert body["quotes"]
    for quote in body["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    assert _get(base + "/livez") == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0


def _raw_exchange(base: str, request: bytes) -> tuple[str, dict[str, str], dict]:
    """Sends ``request`` as is; the status line, headers and JSON body of the answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return status, headers, json.loads(body)


UNREADABLE_REQUESTS = [  # (raw request, status, problem type): one gunicorn for them all
    (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri-too-long"),
    (b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(150))
     + b"\r\n", 431, "headers-too-large"),
    (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"y" * 9000 + b"\r\n\r\n", 431,
     "headers-too-large"),
    (b"NOT A REQUEST LINE\r\n\r\n", 400, "bad-request"),
]


def test_requests_gunicorn_cannot_read_get_problem_details(server):
    base, _ = server
    for request_bytes, status, kind in UNREADABLE_REQUESTS:
        line, headers, body = _raw_exchange(base, request_bytes)
        assert line.startswith(f"HTTP/1.1 {status} "), request_bytes[:40]
        assert headers["content-type"] == "application/problem+json"
        assert body["type"] == f"/problems/{kind}" and body["status"] == status
        assert body["title"] and body["detail"] and body["errors"] == []
    assert _get(base + "/livez") == 200
