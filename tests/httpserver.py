"""A real HTTP server on 127.0.0.1 for tests: each test sets the routes it needs, then fetches them.

    server = LocalHTTPServer().start()
    server.add("/feed.xml", body, headers={"Content-Type": "application/rss+xml"}, etag='"v1"')
    server.redirect("/old", "/feed.xml")
    client.get(server.url("/old"))
    server.stop()

Routes: static bodies (with status, headers, ETag and Last-Modified answered with 304 on a matching
conditional request), redirects, slow answers, large streamed bodies, gzip bombs and robots.txt. Every
request is recorded (path, headers, start time) and the server tracks how many requests are in flight.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds to wait before answering
    stream: Callable[[], object] | None = None  # yields body chunks; sent without Content-Length


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    headers: dict[str, str]
    started: float  # time.monotonic() when the request arrived


_BOMB_CACHE: dict[int, bytes] = {}


def gzip_bomb(expanded_bytes: int) -> bytes:
    """A gzip stream of zeros: a few hundred kilobytes that inflate to ``expanded_bytes``."""
    if expanded_bytes not in _BOMB_CACHE:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = bytes(1024 * 1024)
        parts = []
        remaining = expanded_bytes
        while remaining > 0:
            parts.append(compressor.compress(block[: min(remaining, len(block))]))
            remaining -= len(block)
        parts.append(compressor.flush())
        _BOMB_CACHE[expanded_bytes] = b"".join(parts)
    return _BOMB_CACHE[expanded_bytes]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall between a small response and the next request

    def log_message(self, format, *args):  # quiet: tests read failures from assertions, not stderr
        pass

    def do_GET(self):
        owner = self.server.owner
        owner._enter(RecordedRequest(self.path, dict(self.headers.items()), time.monotonic()))
        try:
            route = owner.route_for(self.path)
            if route is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
                return
            if route.delay:
                time.sleep(route.delay)
            if self._not_modified(route):
                headers = {}
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = route.last_modified
                self._send(304, headers, b"")
                return
            headers = dict(route.headers)
            if route.etag:
                headers["ETag"] = route.etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            if route.stream is not None:
                self._send_stream(route.status, headers, route.stream())
            else:
                self._send(route.status, headers, route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up (a size cap, a timeout): expected in these tests
        finally:
            owner._leave()

    def _not_modified(self, route: Route) -> bool:
        if route.etag and self.headers.get("If-None-Match"):
            tags = [tag.strip() for tag in self.headers["If-None-Match"].split(",")]
            return route.etag in tags or "*" in tags
        since = self.headers.get("If-Modified-Since")
        if route.last_modified and since:
            try:
                return parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if not any(name.lower() == "content-length" for name in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _send_stream(self, status: int, headers: dict[str, str], chunks) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in chunks:
            if chunk:
                self.wfile.write(f"{len(chunk):X}\r\n".encode() + chunk + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalHTTPServer

    def handle_error(self, request, client_address):
        """Quiet about clients that hang up (timeouts and size caps do it on purpose); loud about the rest."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class LocalHTTPServer:
    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = _Server((host, 0), _Handler)
        self._server.owner = self
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> LocalHTTPServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="test-http", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def origin(self) -> str:
        return f"http://{self._server.server_address[0]}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.origin + path

    # routes

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
    ) -> Route:
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = dict(headers or {})
        if content_type:
            headers["Content-Type"] = content_type
        route = Route(status, headers, body, etag, last_modified, delay)
        self.routes[path] = route
        return route

    def add_file(self, path: str, file: Path, content_type: str, **kwargs) -> Route:
        return self.add(path, Path(file).read_bytes(), content_type=content_type, **kwargs)

    def redirect(self, path: str, location: str, status: int = 302) -> Route:
        return self.add(path, status=status, headers={"Location": location})

    def slow(self, path: str, delay: float, body: bytes | str = b"late") -> Route:
        return self.add(path, body, delay=delay, content_type="text/plain")

    def streamed(self, path: str, total_bytes: int, chunk_size: int = 64 * 1024) -> Route:
        """A body of ``total_bytes`` sent in chunks, with no Content-Length to refuse it early."""

        def chunks():
            block = b"x" * chunk_size
            sent = 0
            while sent < total_bytes:
                piece = block[: min(chunk_size, total_bytes - sent)]
                sent += len(piece)
                yield piece

        route = Route(headers={"Content-Type": "text/plain"}, stream=chunks)
        self.routes[path] = route
        return route

    def bomb(self, path: str, expanded_bytes: int = 300 * 1024 * 1024) -> Route:
        """A small gzip body (Content-Encoding: gzip) that inflates to ``expanded_bytes`` of zeros."""
        body = gzip_bomb(expanded_bytes)
        return self.add(path, body, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})

    def gzipped(self, path: str, body: bytes | str, content_type: str = "text/html") -> Route:
        if isinstance(body, str):
            body = body.encode("utf-8")
        return self.add(path, gzip.compress(body), headers={"Content-Type": content_type, "Content-Encoding": "gzip"})

    def robots(self, text: str) -> Route:
        return self.add("/robots.txt", text, content_type="text/plain")

    def route_for(self, target: str) -> Route | None:
        """The route of a request target: an exact match, else the route of its path when no route is
        registered for that path with a query string (then the query must match exactly)."""
        if target in self.routes:
            return self.routes[target]
        path = target.split("?", 1)[0]
        if any(key.startswith(path + "?") for key in self.routes):
            return None
        return self.routes.get(path)

    # bookkeeping

    def _enter(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [request for request in self.requests if request.path == path]


def http_date(seconds: float) -> str:
    """An HTTP date (RFC 9110) for a Unix time."""
    from datetime import UTC, datetime

    return format_datetime(datetime.fromtimestamp(seconds, UTC), usegmt=True)
