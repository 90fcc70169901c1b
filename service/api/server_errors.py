"""Gunicorn's own error answers as problem details, like every other error of the service.

Gunicorn answers a request it cannot read (a request line over its 4094-byte limit, too many
or too long headers, a malformed request line) before the app sees it, with an HTML page
written by ``gunicorn.util.write_error``. Its workers look that function up at call time,
so replacing it once in the master, before the workers fork, changes every such answer.
"""

from __future__ import annotations

import json
import socket

from gunicorn import util

from service.api.problems import PROBLEM_MEDIA_TYPE, Problem

#: The problem type of each status gunicorn answers by itself.
SERVER_KINDS = {
    400: "bad-request",
    403: "forbidden",
    414: "uri-too-long",
    417: "expectation-failed",
    431: "headers-too-large",
    500: "internal-error",
    501: "not-implemented",
}


def problem_bytes(status: int, reason: str, detail: str) -> bytes:
    """The whole HTTP response (status line, headers, body) for one of gunicorn's errors."""
    kind = SERVER_KINDS.get(status, "bad-request" if status < 500 else "internal-error")
    body = json.dumps(Problem(status, kind, detail or reason).to_dict(), ensure_ascii=True)
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            f"Content-Type: {PROBLEM_MEDIA_TYPE}\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body.encode("ascii")


def _write_problem(sock: socket.socket, status_int: int, reason: str, mesg: str) -> None:
    util.write_nonblock(sock, problem_bytes(status_int, reason, mesg))


def answer_server_errors_as_problems() -> None:
    """Makes gunicorn write its own error answers as problem+json (call in the master)."""
    util.write_error = _write_problem
