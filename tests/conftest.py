"""Shared fixtures: settings on a temporary store, and a local HTTP server."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sahelwatch.settings import load_settings
from sahelwatch.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def make_settings(tmp_path):
    def make(**overrides):
        overrides.setdefault("db", str(tmp_path / "test.duckdb"))
        overrides.setdefault("progress", False)
        return load_settings(overrides=overrides, environ={})

    return make


@pytest.fixture
def settings(make_settings):
    return make_settings()


@pytest.fixture
def store(settings):
    s = open_store(settings.db)
    yield s
    s.close()


class Site:
    """Routes: path -> (status, content type, body bytes, extra headers)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes, dict]] = {}
        self.requests: list[tuple[str, dict]] = []
        self.base = ""

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200, headers=None):
        self.routes[path] = (status, content_type, body.encode() if isinstance(body, str) else body, headers or {})
        return self.base + path


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            state.requests.append((self.path, dict(self.headers)))
            status, ctype, body, headers = state.routes.get(self.path, (404, "text/plain", b"not found", {}))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
