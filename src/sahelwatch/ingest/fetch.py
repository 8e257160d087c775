"""HTTP(S) fetching with httpx: timeouts, a size cap, content-type checks, an honest
User-Agent, and no requests to private, loopback or link-local addresses unless
allowed (so that a feed cannot steer the fetcher at internal services)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from sahelwatch import __version__
from sahelwatch.settings import Fetch

CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+json": "unsupported",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "text",
    "text/markdown": "markdown",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/json": "json",
    "text/csv": "csv",
}


class FetchError(Exception):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str
    kind: str  # html, feed, xml, text, markdown, jsonl, json, csv
    body: bytes
    charset: str | None


def _blocked(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified


class Fetcher:
    def __init__(self, settings: Fetch, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent.format(version=__version__)},
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("unsupported_url", f"unsupported URL scheme {parts.scheme!r} (only http and https)")
        host = parts.hostname
        if not host:
            raise FetchError("unsupported_url", "URL has no host")
        if self.settings.allow_private:
            return
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP)
        except socket.gaierror as exc:
            raise FetchError("network", f"cannot resolve host {host!r}: {exc.strerror}") from None
        for info in infos:
            if _blocked(info[4][0]):
                raise FetchError(
                    "private_address",
                    f"refused: {host} resolves to the private, loopback or link-local address {info[4][0]} "
                    "(use --allow-private to fetch it)",
                )

    def get(self, url: str) -> Fetched:
        for _ in range(self.settings.max_redirects + 1):
            self.check_address(url)
            try:
                with self.client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError("http_error", f"HTTP {response.status_code} {response.reason_phrase}")
                    return self._read(url, response)
            except httpx.TimeoutException:
                raise FetchError("timeout", f"timed out after {self.settings.timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError("network", f"network error: {exc}") from None
        raise FetchError("http_error", f"more than {self.settings.max_redirects} redirects")

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        header = response.headers.get("content-type", "")
        content_type = header.split(";")[0].strip().lower()
        kind = CONTENT_KINDS.get(content_type)
        if kind is None or kind == "unsupported":
            raise FetchError("unsupported_type", f"unsupported content type {content_type or 'none'!r}")
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError("too_large", f"response of {int(declared):,} bytes exceeds the {cap:,}-byte limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError("too_large", f"response exceeds the {cap:,}-byte limit")
            chunks.append(chunk)
        return Fetched(str(response.url), content_type, kind, b"".join(chunks), response.charset_encoding)
