"""A small cache of API answers (a pure ASGI middleware): analysts opening the same
dashboard ask the same questions, and the store changes only when someone writes
through this server (it holds the store while it runs). Any write clears it."""

from __future__ import annotations

import threading
from collections import OrderedDict


class AnswerCache:
    def __init__(self, app, size: int = 512, max_bytes: int = 2_000_000):
        self.app = app
        self.size = size
        self.max_bytes = max_bytes
        self.entries: OrderedDict[str, tuple[list, bytes]] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET":
            try:
                await self.app(scope, receive, send)
            finally:
                self.clear()  # a write (or an attempt): answers may have changed
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
                self.hits += 1
        if found is not None:
            headers, body = found
            await send({"type": "http.response.start", "status": 200, "headers": headers + [(b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start, chunks = {}, []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        if start.get("status") == 200 and len(body) <= self.max_bytes:
            with self.lock:
                self.entries[key] = (list(start.get("headers", [])), body)
                while len(self.entries) > self.size:
                    self.entries.popitem(last=False)
