"""The one outbound HTTP module: every request the project makes to the outside world goes through here.

What it guarantees, request by request:

- only ``http`` and ``https`` URLs, and no private, loopback, link-local, multicast, reserved or unspecified
  address unless ``allow_private`` is set (or the address lies in ``allowed_networks``, for an intranet).
  The check runs where the socket is opened (a guarded network backend under httpx), on every address the
  host name resolves to, so a DNS answer cannot change between the check and the connection; every
  redirect hop is checked the same way;
- connect and read timeouts, plus a deadline for the whole response body;
- a size cap counted on *decoded* bytes: a Content-Length above the cap is refused before the body is read,
  and a compressed body is inflated in bounded steps, so a gzip bomb stops at the cap;
- redirects followed by hand, up to a limit;
- politeness: robots.txt (cached per host) and a per-host throttle (minimum interval and concurrency cap),
  in-process or shared through Redis by every worker;
- conditional GET (ETag / Last-Modified), and text decoded from the declared charset without ever crashing.

Failures are typed (:class:`FetchError` and its subclasses) and say whether trying again later could help.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import ssl
import threading
import time
import uuid
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx
from redis.exceptions import RedisError

PROJECT_AGENT = "UkraineWarPositions"
PROJECT_VERSION = "0.1"
DEFAULT_CONTACT_URL = "https://github.com/ukraine-war-positions"
MiB = 1024 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024


# --- errors ------------------------------------------------------------------------------------------------


class FetchError(Exception):
    """A request that did not give a usable response. ``retryable`` says whether trying later could help."""

    retryable_default = False

    def __init__(self, message: str, retryable: bool | None = None, *, url: str = ""):
        super().__init__(message)
        self.message = message
        self.retryable = self.retryable_default if retryable is None else retryable
        self.url = url

    def __str__(self) -> str:
        return self.message


class BlockedURLError(FetchError):
    """The URL's scheme or address is not allowed (file://, a private or loopback address...)."""


class RobotsDisallowedError(FetchError):
    """The site's robots.txt does not allow this project to fetch the URL."""


class TooLargeError(FetchError):
    """The response body is larger than the size cap."""


class TooManyRedirectsError(FetchError):
    """The redirect chain is longer than the limit (or loops)."""


class HTTPStatusError(FetchError):
    """The server answered with an error status; 408, 429 and 5xx are worth retrying, other 4xx are not."""

    def __init__(self, message: str, status: int, *, url: str = "", retry_after: float | None = None):
        super().__init__(message, retryable=status in (408, 429) or status >= 500, url=url)
        self.status = status
        self.retry_after = retry_after


class NetworkError(FetchError):
    """The connection failed or timed out: usually passing, so retryable."""

    retryable_default = True


class ThrottleTimeoutError(NetworkError):
    """No request slot for the host became free in time (the host is busy with other workers' requests)."""


# --- the response ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    status: int
    headers: httpx.Headers
    content: bytes = b""
    not_modified: bool = False
    etag: str = ""
    last_modified: str = ""
    encoding: str = "utf-8"
    redirects: tuple[str, ...] = field(default=())  # the URLs that redirected, in order

    @property
    def text(self) -> str:
        return self.content.decode(self.encoding, errors="replace")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _known_codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", errors="ignore")
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def detect_encoding(content: bytes, content_type: str = "") -> str:
    """The charset to decode a body with: a byte-order mark, the Content-Type header, an XML declaration
    or an HTML meta tag, in that order; UTF-8 when none is declared or the declared one is unknown."""
    for bom, name in _BOMS:  # the UTF-8 one decodes as utf-8-sig, which drops the mark
        if content.startswith(bom):
            return name
    match = _CHARSET_PARAM.search(content_type or "")
    if match and (name := _known_codec(match.group(1))):
        return name
    head = content[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match and (name := _known_codec(match.group(1))):
        return name
    return "utf-8"


def decode_text(content: bytes, content_type: str = "") -> str:
    """Bytes to text with the detected charset; undecodable bytes become U+FFFD instead of an exception."""
    return content.decode(detect_encoding(content, content_type), errors="replace")


# --- URLs --------------------------------------------------------------------------------------------------

TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "ref_url",
        "cmpid", "cmp", "s_cid", "icid", "ncid", "ocid", "sr_share", "oly_anon_id", "oly_enc_id",
        "vero_id", "vero_conv", "rb_clickid", "spm", "at_medium", "at_campaign", "wt.mc_id",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The form of a URL used as a document's identity: lower-case scheme and host, no default port, no
    fragment, no tracking parameters, the other parameters sorted (their encoding kept as it was), and no
    trailing slash on a path other than the root."""
    parts = urlsplit(_trimmed(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if port is not None and DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    # Raw white space (or a control character) cannot end a path; it is what was left before a cut query or
    # fragment ("…/page/ #top").
    path = _trimmed(parts.path) or "/"
    while len(path) > 1:
        # "0 /" loses its slash, then its space: trimmed until neither is left at its end.
        shorter = _trimmed(path.rstrip("/")) or "/"
        if shorter == path:
            break
        path = shorter
    if not netloc and path.startswith("//"):
        path = "/" + path.lstrip("/")  # "x:////0" has no host; written back as "x://0", "0" would become one
    pairs = [pair for pair in map(_trimmed, parts.query.split("&")) if pair]
    kept = [pair for pair in pairs if not _is_tracking(unquote_plus(pair.split("=", 1)[0]))]
    kept.sort(key=lambda pair: (unquote_plus(pair.split("=", 1)[0]), pair))
    # White space left at the ends once the fragment is cut ("…/page #top") is not part of the address.
    return _trimmed(urlunsplit((scheme, netloc, path, "&".join(kept), "")))


def _trimmed(text: str) -> str:
    """``text`` without white space or control characters at its ends: the URL parser drops control characters
    there too, so trimming only white space would leave a form that changes when canonicalised again."""
    start, end = 0, len(text)
    while start < end and (text[start] <= " " or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] <= " " or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None and not _is_public(mapped):
            return False
        if address.teredo is not None:
            return False
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def _literal_address(host: str):
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return None


class _AddressRefused(Exception):
    """Raised inside httpx by the guarded backend; the client turns it into a BlockedURLError."""

    def __init__(self, host: str, address: str):
        super().__init__(f"{host} resolves to {address}, which is not a public address")
        self.host = host
        self.address = address


class AddressPolicy:
    """Which addresses may be connected to: public ones, plus the listed networks (an intranet deployment can
    allow its own), or every address when ``allow_private`` is set."""

    def __init__(self, allow_private: bool = False, allowed_networks=()):
        self.allow_private = allow_private
        self.allowed_networks = tuple(ipaddress.ip_network(net, strict=False) for net in allowed_networks)

    def allows(self, address) -> bool:
        if isinstance(address, str):
            address = ipaddress.ip_address(address.split("%")[0])
        if self.allow_private or _is_public(address):
            return True
        return any(address.version == net.version and address in net for net in self.allowed_networks)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself, refuses it if any of its addresses is not allowed, then connects to an
    address it checked: the check and the connection use the same DNS answer."""

    def __init__(self, policy: AddressPolicy):
        self.policy = policy

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as error:
            raise httpcore.ConnectError(f"cannot resolve {host}: {error.strerror}") from error
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        for address in addresses:
            if not self.policy.allows(address):
                raise _AddressRefused(host, address)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        raise last_error or httpcore.ConnectError(f"no address for {host}")


_ssl_context: ssl.SSLContext | None = None
_ssl_lock = threading.Lock()


def _shared_ssl_context() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs ~20 ms, too much to pay per fetch."""
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            _ssl_context = httpx.create_ssl_context(trust_env=False)
        return _ssl_context


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, *, policy: AddressPolicy, limits: httpx.Limits):
        context = _shared_ssl_context()
        super().__init__(verify=context, trust_env=False, limits=limits)
        # httpx takes no network backend argument, so the pool it built is replaced by one using ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_GuardedBackend(policy),
        )


# --- politeness: throttle ----------------------------------------------------------------------------------


class Throttle:
    """Per-host politeness: at least ``interval`` seconds between the starts of two requests to one host,
    and at most ``concurrency`` requests to it in flight. ``slot(host)`` blocks until a request may start."""

    interval: float
    concurrency: int
    wait_limit: float

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        raise NotImplementedError
        yield  # pragma: no cover


class LocalThrottle(Throttle):
    """The throttle of one process (threads share it); enough for `make run` and for tests."""

    def __init__(self, interval: float = 1.0, concurrency: int = 2, wait_limit: float = 120.0):
        self.interval = interval
        self.concurrency = max(1, concurrency)
        self.wait_limit = wait_limit
        self._condition = threading.Condition()
        self._active: dict[str, int] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        deadline = time.monotonic() + self.wait_limit
        with self._condition:
            while self._active.get(host, 0) >= self.concurrency:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ThrottleTimeoutError(
                        f"No request slot for {host} became free within {self.wait_limit:g} seconds."
                    )
                self._condition.wait(remaining)
            start = max(time.monotonic(), self._next_start.get(host, 0.0))
            self._next_start[host] = start + self.interval
            self._active[host] = self._active.get(host, 0) + 1
        try:
            delay = start - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            yield
        finally:
            with self._condition:
                self._active[host] -= 1
                self._condition.notify_all()


_REDIS_ACQUIRE = """
local slots, next_key = KEYS[1], KEYS[2]
local capacity, interval, lease, token = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
if redis.call('ZCARD', slots) >= capacity then return -1 end
local start = tonumber(redis.call('GET', next_key) or '0')
if start < now then start = now end
redis.call('SET', next_key, start + interval, 'PX', interval + 60000)
redis.call('ZADD', slots, start + lease, token)
redis.call('PEXPIRE', slots, interval + lease + 60000)
return start - now
"""


class RedisThrottle(Throttle):
    """The throttle shared by every worker process through Redis. A request slot is a lease in a sorted set
    (so a worker that dies mid-request frees its slot when the lease runs out) and the next allowed start
    time is reserved atomically in a Lua script using the Redis clock, so workers on different machines agree.
    """

    def __init__(
        self,
        redis_client,
        interval: float = 1.0,
        concurrency: int = 2,
        lease: float = 120.0,
        wait_limit: float = 120.0,
        prefix: str = "http-throttle",
    ):
        self.redis = redis_client
        self.interval = interval
        self.concurrency = max(1, concurrency)
        self.lease = lease
        self.wait_limit = wait_limit
        self.prefix = prefix
        self._acquire = redis_client.register_script(_REDIS_ACQUIRE)

    @classmethod
    def from_url(cls, url: str, **kwargs) -> RedisThrottle:
        import redis

        return cls(redis.Redis.from_url(url), **kwargs)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        slots_key = f"{self.prefix}:{host}:slots"
        next_key = f"{self.prefix}:{host}:next"
        token = uuid.uuid4().hex
        deadline = time.monotonic() + self.wait_limit
        interval_ms, lease_ms = int(self.interval * 1000), int(self.lease * 1000)
        while True:
            try:
                wait_ms = int(
                    self._acquire(
                        keys=[slots_key, next_key], args=[self.concurrency, interval_ms, lease_ms, token]
                    )
                )
            except RedisError as error:
                raise NetworkError(
                    f"The shared request throttle (Redis) did not answer for {host}: {error}."
                ) from error
            if wait_ms >= 0:
                break
            if time.monotonic() >= deadline:
                raise ThrottleTimeoutError(
                    f"No request slot for {host} became free within {self.wait_limit:g} seconds."
                )
            time.sleep(0.05)
        try:
            if wait_ms > 0:
                time.sleep(wait_ms / 1000)
            yield
        finally:
            with suppress(RedisError):  # the lease runs out on its own if Redis is unreachable now
                self.redis.zrem(slots_key, token)


# --- politeness: robots.txt --------------------------------------------------------------------------------


class RobotsCache:
    """Parsed robots.txt files by origin, kept for ``ttl`` seconds; thread-safe, shared by many clients."""

    def __init__(self, ttl: float = 3600.0):
        self.ttl = ttl
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, RobotFileParser]] = {}

    def get(self, origin: str) -> RobotFileParser | None:
        with self._lock:
            entry = self._entries.get(origin)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, origin: str, parser: RobotFileParser) -> None:
        with self._lock:
            self._entries[origin] = (time.monotonic() + self.ttl, parser)


# --- the client --------------------------------------------------------------------------------------------


def default_user_agent(contact_url: str = DEFAULT_CONTACT_URL) -> str:
    return f"{PROJECT_AGENT}/{PROJECT_VERSION} (+{contact_url})"


def _origin(parts) -> str:
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class _Inflater:
    """Decodes a Content-Encoding in bounded steps: never more than the remaining budget plus one byte."""

    def __init__(self, encoding: str):
        self.encoding = encoding.strip().lower()
        self._inflater = None
        if self.encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes, budget: int) -> Iterator[bytes]:
        if self.encoding == "deflate" and self._inflater is None:
            # "deflate" should carry a zlib header, but some servers send a raw deflate stream.
            zlib_header = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        if self._inflater is None:
            yield data
            return
        while data:
            out = self._inflater.decompress(data, budget + 1)
            if out:
                yield out
                budget -= len(out)
                if budget < 0:
                    return
            data = self._inflater.unconsumed_tail
            if not out and not data:
                break


class HttpClient:
    """A polite, guarded HTTP client. Use one per task (or share one in a thread); close it when done."""

    def __init__(
        self,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        total_timeout: float = 120.0,
        max_bytes: int = 10 * MiB,
        max_redirects: int = 5,
        allow_private: bool = False,
        allowed_networks=(),
        user_agent: str | None = None,
        throttle: Throttle | None = None,
        robots: RobotsCache | None = None,
        respect_robots: bool = True,
    ):
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.policy = AddressPolicy(allow_private, allowed_networks)
        self.total_timeout = total_timeout
        self.user_agent = user_agent or default_user_agent()
        self.throttle = throttle if throttle is not None else LocalThrottle()
        self.robots = robots if robots is not None else RobotsCache()
        self.respect_robots = respect_robots
        self._client = httpx.Client(
            transport=_GuardedTransport(policy=self.policy, limits=httpx.Limits(max_connections=20)),
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # public API

    def get(
        self,
        url: str,
        *,
        etag: str = "",
        last_modified: str = "",
        ignore_robots: bool = False,
        accept: str = "",
    ) -> Response:
        """GET ``url`` following redirects; a 304 answer to a conditional GET gives ``not_modified``.
        Raises a :class:`FetchError` subclass for anything but a 2xx or 304 response."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        response = self._get(url, headers, check_robots=self.respect_robots and not ignore_robots)
        if response.not_modified:
            return Response(
                url=response.url,
                status=304,
                headers=response.headers,
                not_modified=True,
                etag=response.etag or etag,
                last_modified=response.last_modified or last_modified,
                redirects=response.redirects,
            )
        return response

    # internals

    def _get(self, url: str, headers: dict, *, check_robots: bool, max_bytes: int | None = None) -> Response:
        max_bytes = self.max_bytes if max_bytes is None else max_bytes
        redirects: list[str] = []
        current = url
        while True:
            parts = self._check_url(current, original=url)
            if check_robots:
                self._check_robots(current, parts)
            with self.throttle.slot(parts.netloc.lower()):
                status, response_headers, content = self._request(current, headers, max_bytes)
            if status in REDIRECT_STATUSES and response_headers.get("location"):
                if len(redirects) >= self.max_redirects:
                    raise TooManyRedirectsError(
                        f"{url} redirected more than {self.max_redirects} times (last to {current}).", url=url
                    )
                redirects.append(current)
                target = urljoin(current, response_headers["location"].strip())
                if target in redirects:
                    raise TooManyRedirectsError(f"{url} redirects in a loop through {target}.", url=url)
                current = target
                continue
            break
        etag = response_headers.get("etag", "")
        modified = response_headers.get("last-modified", "")
        if status == 304:
            return Response(
                current, 304, response_headers, b"", True, etag, modified, redirects=tuple(redirects)
            )
        if status >= 300 or status < 200:
            raise self._status_error(current, status, response_headers)
        return Response(
            url=current,
            status=status,
            headers=response_headers,
            content=content,
            etag=etag,
            last_modified=modified,
            encoding=detect_encoding(content, response_headers.get("content-type", "")),
            redirects=tuple(redirects),
        )

    def _check_url(self, url: str, *, original: str):
        via = "" if url == original else f" (reached by a redirect from {original})"
        try:
            parts = urlsplit(url)
            host = parts.hostname
            _ = parts.port  # raises on a malformed port
        except ValueError as error:
            raise BlockedURLError(f"{url} is not a valid URL{via}: {error}.", url=original) from error
        if parts.scheme.lower() not in ("http", "https"):
            raise BlockedURLError(
                f"{url} was refused{via}: only http and https URLs are fetched, "
                f"not {parts.scheme or 'a bare path'}.",
                url=original,
            )
        if not host:
            raise BlockedURLError(f"{url} has no host name{via}.", url=original)
        literal = _literal_address(host)
        if literal is not None and not self.policy.allows(literal):
            raise BlockedURLError(f"{url} was refused{via}: {literal} is not a public address.", url=original)
        return parts

    def _request(self, url: str, headers: dict, max_bytes: int) -> tuple[int, httpx.Headers, bytes]:
        deadline = time.monotonic() + self.total_timeout
        try:
            request = self._client.build_request("GET", url, headers=headers)
            response = self._client.send(request, stream=True)
        except _AddressRefused as refused:
            raise BlockedURLError(
                f"{url} was refused: its host {refused.host} resolves to {refused.address}, "
                "which is not a public address.",
                url=url,
            ) from None
        except httpx.TimeoutException as error:
            raise NetworkError(
                f"The request to {url} timed out ({type(error).__name__}).", url=url
            ) from error
        except httpx.HTTPError as error:
            raise NetworkError(
                f"The request to {url} failed: {error or type(error).__name__}.", url=url
            ) from error
        try:
            if response.status_code in REDIRECT_STATUSES or response.status_code == 304:
                return response.status_code, response.headers, b""
            if response.status_code >= 400:
                return response.status_code, response.headers, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLargeError(
                    f"{url} announces {int(declared):,} bytes, more than the {max_bytes:,}-byte limit.",
                    url=url,
                )
            return response.status_code, response.headers, self._read_body(url, response, max_bytes, deadline)
        except httpx.TimeoutException as error:
            raise NetworkError(f"Reading {url} timed out ({type(error).__name__}).", url=url) from error
        except httpx.HTTPError as error:
            raise NetworkError(f"Reading {url} failed: {error or type(error).__name__}.", url=url) from error
        finally:
            response.close()

    def _read_body(self, url: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
        declared = response.headers.get("content-encoding", "").lower()
        encodings = [e.strip() for e in declared.split(",") if e.strip() not in ("", "identity")]
        if len(encodings) > 1 or (encodings and encodings[0] not in ("gzip", "x-gzip", "deflate")):
            raise FetchError(
                f"{url} uses a content encoding this client did not ask for: {', '.join(encodings)}.", url=url
            )
        inflater = _Inflater(encodings[0] if encodings else "identity")
        chunks: list[bytes] = []
        size = 0
        try:
            for raw in response.iter_raw():
                for piece in inflater.feed(raw, max_bytes - size):
                    size += len(piece)
                    if size > max_bytes:
                        raise TooLargeError(f"{url} sent more than the {max_bytes:,}-byte limit.", url=url)
                    chunks.append(piece)
                if time.monotonic() > deadline:
                    raise NetworkError(
                        f"Reading {url} took longer than the {self.total_timeout:g}-second limit.", url=url
                    )
        except zlib.error as error:
            raise FetchError(f"{url} sent a corrupt compressed body: {error}.", url=url) from error
        return b"".join(chunks)

    def _status_error(self, url: str, status: int, headers: httpx.Headers) -> HTTPStatusError:
        try:
            reason = httpx.codes(status).name.replace("_", " ").lower()
        except ValueError:
            reason = "unknown status"
        if status in (408, 429) or status >= 500:
            advice = "worth retrying later"
        elif 300 <= status < 400:
            advice = "a redirect without a Location header"
        else:
            advice = "not worth retrying"
        return HTTPStatusError(
            f"{url} answered {status} ({reason}): {advice}.",
            status,
            url=url,
            retry_after=_retry_after(headers.get("retry-after")),
        )

    def _check_robots(self, url: str, parts) -> None:
        origin = _origin(parts)
        parser = self.robots.get(origin)
        if parser is None:
            parser = self._load_robots(origin)
            self.robots.put(origin, parser)
        if not parser.can_fetch(PROJECT_AGENT, url):
            raise RobotsDisallowedError(
                f"{origin}/robots.txt does not allow this project to fetch {url}.", url=url
            )

    def _load_robots(self, origin: str) -> RobotFileParser:
        """RFC 9309: a 4xx robots.txt (missing) allows everything; a 5xx or a network failure means the site
        cannot say, so nothing is fetched now (a retryable error) and nothing is cached."""
        robots_url = f"{origin}/robots.txt"
        parser = RobotFileParser(robots_url)
        try:
            response = self._get(robots_url, {}, check_robots=False, max_bytes=ROBOTS_MAX_BYTES)
        except HTTPStatusError as error:
            if 400 <= error.status < 500 and error.status != 429:
                parser.parse([])
                return parser
            raise FetchError(
                f"{robots_url} could not be read ({error.status}), so {origin} is not fetched for now.",
                retryable=True,
                url=robots_url,
            ) from error
        except TooLargeError:
            # RFC 9309 lets a crawler ignore what lies past its limit; an oversized robots.txt is junk.
            parser.parse([])
            return parser
        except FetchError as error:
            if isinstance(error, BlockedURLError | TooManyRedirectsError):
                parser.parse([])
                return parser
            raise FetchError(
                f"{robots_url} could not be read ({error}), so {origin} is not fetched for now.",
                retryable=True,
                url=robots_url,
            ) from error
        parser.parse(response.text.splitlines())
        return parser


# --- built from settings -----------------------------------------------------------------------------------

_shared_lock = threading.Lock()
_shared: dict[str, object] = {}


def _shared_object(key: str, factory):
    with _shared_lock:
        if key not in _shared:
            _shared[key] = factory()
        return _shared[key]


def client_from_settings(**overrides) -> HttpClient:
    """A client configured from Django settings. The throttle and the robots cache are shared by every
    client of the process, and the throttle goes through Redis (shared by every worker) when REDIS_URL is set.
    """
    from django.conf import settings

    interval = float(getattr(settings, "HTTP_HOST_INTERVAL", 1.0))
    concurrency = int(getattr(settings, "HTTP_HOST_CONCURRENCY", 2))
    read_timeout = float(getattr(settings, "HTTP_READ_TIMEOUT", 20.0))
    total_timeout = float(getattr(settings, "HTTP_TOTAL_TIMEOUT", max(60.0, read_timeout * 3)))
    redis_url = getattr(settings, "REDIS_URL", None)
    if redis_url:
        throttle = _shared_object(
            f"redis-throttle:{redis_url}:{interval}:{concurrency}",
            lambda: RedisThrottle.from_url(
                redis_url, interval=interval, concurrency=concurrency, lease=total_timeout + 30
            ),
        )
    else:
        throttle = _shared_object(
            f"local-throttle:{interval}:{concurrency}",
            lambda: LocalThrottle(interval=interval, concurrency=concurrency),
        )
    contact = getattr(settings, "HTTP_CONTACT_URL", "") or DEFAULT_CONTACT_URL
    options = {
        "connect_timeout": float(getattr(settings, "HTTP_CONNECT_TIMEOUT", 5.0)),
        "read_timeout": read_timeout,
        "total_timeout": total_timeout,
        "max_bytes": int(getattr(settings, "HTTP_MAX_BYTES", 10 * MiB)),
        "max_redirects": int(getattr(settings, "HTTP_MAX_REDIRECTS", 5)),
        "allow_private": bool(getattr(settings, "HTTP_ALLOW_PRIVATE", False)),
        "allowed_networks": tuple(getattr(settings, "HTTP_ALLOWED_NETWORKS", ())),
        "user_agent": getattr(settings, "HTTP_USER_AGENT", "") or default_user_agent(contact),
        "throttle": throttle,
        "robots": _shared_object("robots", RobotsCache),
    }
    options.update(overrides)
    return HttpClient(**options)


__all__ = [
    "AddressPolicy",
    "BlockedURLError",
    "FetchError",
    "HTTPStatusError",
    "HttpClient",
    "LocalThrottle",
    "NetworkError",
    "RedisThrottle",
    "Response",
    "RobotsCache",
    "RobotsDisallowedError",
    "Throttle",
    "ThrottleTimeoutError",
    "TooLargeError",
    "TooManyRedirectsError",
    "canonical_url",
    "client_from_settings",
    "decode_text",
    "detect_encoding",
]
