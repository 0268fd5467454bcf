"""Fixtures for unit tests: a real local HTTP server, and HTTP clients pointed at it."""

from pathlib import Path

import pytest

from ingest.http import HttpClient, LocalThrottle
from tests.httpserver import LocalHTTPServer

SOURCES_DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


@pytest.fixture
def http_server():
    """A fresh HTTP server on 127.0.0.1 with no routes; each test adds the ones it needs."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def http_client():
    """A client allowed to reach 127.0.0.1, with short timeouts and no politeness delay between requests."""
    client = HttpClient(
        allow_private=True,
        connect_timeout=2,
        read_timeout=2,
        throttle=LocalThrottle(interval=0, concurrency=8),
    )
    yield client
    client.close()


@pytest.fixture
def sources_data() -> Path:
    return SOURCES_DATA


_extractors: dict[str, object] = {}


@pytest.fixture
def extractor(request):
    """The rules extractor over the small built-in gazetteer, or over the reference files when the test
    module sets ``GAZETTEER = "reference"``; each is built once per session."""
    from ingest.extraction import Gazetteer, get_extractor
    from ingest.extraction.samples import sample_gazetteer

    kind = getattr(request.module, "GAZETTEER", "sample")
    if kind not in _extractors:
        gazetteer = Gazetteer.from_reference_files() if kind == "reference" else sample_gazetteer()
        _extractors[kind] = get_extractor("rules", gazetteer)
    return _extractors[kind]
