"""The bad-input corpus (tests/data/bad/) through every entry point: feeds, pages, redirects, file imports,
query strings and review forms. Each input gets a clear refusal, and what was stored before is untouched."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from ingest.models import Document, FailedItem, IngestRun, Source
from ingest.polling import poll_source
from positions.models import Position
from tests.factories import make_document, make_position
from tests.httpserver import LocalHTTPServer, gzip_bomb
from tests.roles import Role, client_for

pytestmark = pytest.mark.django_db

BAD = Path(__file__).parent / "data" / "bad"
# The site under test answers on a loopback address of its own; only that address is let through, so a
# redirect to 127.0.0.1 (where PostgreSQL and Redis listen) is as blocked as one to any private network.
SITE_HOST = "127.0.0.5"


def lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (BAD / name).read_text().splitlines() if line.strip()]


def expand(value):
    return value["repeat"] * value["times"] if isinstance(value, dict) else value


def errors_of(run: IngestRun) -> str:
    """Everything a run said went wrong, on the run and on its failed items."""
    return " ".join([*run.errors, *FailedItem.objects.filter(source=run.source).values_list("error", flat=True)])


def case_id(case: dict) -> str:
    return case["why"]


@pytest.fixture
def stored(reference_data):
    """What is there before the bad input arrives, and a way to check that none of it changed."""
    document = make_document("Berlin said it would send Leopard tanks to Ukraine.", published=date(2023, 1, 25))
    make_position(document, actor_id="DEU", topic_id="military-aid-ukraine", stance=2, date=date(2023, 1, 25),
                  quote="send Leopard tanks")  # fmt: skip

    def snapshot():
        return (
            list(Document.objects.order_by("pk").values_list("pk", "url", "title", "text", "status", "updated_at")),
            list(Position.objects.order_by("pk").values()),
            Position.history.count(),
        )

    before = snapshot()
    return lambda: snapshot() == before


@pytest.fixture
def site(settings):
    settings.HTTP_ALLOWED_NETWORKS = [f"{SITE_HOST}/32"]
    settings.HTTP_HOST_INTERVAL = 0
    settings.HTTP_READ_TIMEOUT = 2
    settings.HTTP_MAX_BYTES = 2 * 1024 * 1024
    with LocalHTTPServer(host=SITE_HOST) as server:
        server.robots("User-agent: *\nAllow: /\n")
        yield server


FEED_TYPES = {".xml": "application/rss+xml", ".html": "application/rss+xml", ".png": "image/png"}


@pytest.mark.parametrize("name", sorted(path.name for path in (BAD / "feeds").iterdir()))
def test_a_bad_feed_ends_as_a_failed_run_that_says_why_and_stores_nothing(site, stored, name):
    site.add("/feed.xml", (BAD / "feeds" / name).read_bytes(), content_type=FEED_TYPES[Path(name).suffix])
    source = Source.objects.create(name="Feed", kind="feed", url=site.url("/feed.xml"))

    run = poll_source(source)

    assert run.failed >= 1 and run.new == 0 and run.errors, run.errors
    assert all(len(error) > 20 for error in run.errors)  # a sentence, not a bare code
    assert "root:" not in " ".join(run.errors)  # the external entity was not read
    assert stored()


def test_a_compressed_bomb_as_a_feed_stops_at_the_size_cap(site, stored):
    site.add("/feed.xml", gzip_bomb(100 * 1024 * 1024),
             headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})  # fmt: skip
    run = poll_source(Source.objects.create(name="Bomb", kind="feed", url=site.url("/feed.xml")))
    assert run.status == "failed" and "byte limit" in run.errors[0]
    assert stored()


@pytest.mark.parametrize(
    ("body", "content_type", "says"),
    [
        ((BAD / "pages" / "undecodable.html").read_bytes(), "text/html; charset=utf-8", "no article"),
        ((BAD / "feeds" / "image.png").read_bytes(), "image/png", "image/png"),
        (b"x" * (3 * 1024 * 1024), "text/html", "byte limit"),
    ],
    ids=["undecodable bytes", "an image", "an oversized body"],
)
def test_a_page_that_is_not_a_statement_is_a_recorded_failure(site, stored, body, content_type, says):
    site.add("/statement", body, content_type=content_type)
    source = Source.objects.create(name="Page", kind="page", url=site.url("/statement"))
    run = poll_source(source)
    assert (run.new, run.failed) == (0, 1)
    assert says in errors_of(run), errors_of(run)
    assert stored()


@pytest.mark.parametrize(
    "target",
    [line for line in (BAD / "ssrf-targets.txt").read_text().splitlines() if line and not line.startswith("#")],
)
def test_a_redirect_towards_an_inside_address_is_refused(site, stored, target):
    site.redirect("/statement", target)
    source = Source.objects.create(name="Page", kind="page", url=site.url("/statement"))
    run = poll_source(source)
    assert (run.new, run.failed) == (0, 1)
    error = errors_of(run)
    assert "not a public address" in error or "only http and https" in error, error
    assert stored()


def test_script_in_a_page_is_stored_as_words_only(site, stored):
    site.add("/statement", (BAD / "pages" / "script-injection.html").read_bytes(), content_type="text/html")
    source = Source.objects.create(name="Page", kind="page", url=site.url("/statement"))
    poll_source(source)
    document = Document.objects.get(source=source)
    assert "page script" not in document.text and "Injected by a script" not in document.text
    assert "onclick" not in document.text
    assert "<img src=x onerror=\"window.__pwned='quote'\">" in document.text  # the words, kept as words


@pytest.mark.parametrize("name", sorted(path.name for path in (BAD / "files").iterdir()))
def test_a_bad_file_names_each_bad_line_and_stores_none_of_them(stored, name):
    errors = StringIO()
    call_command("ingest_file", str(BAD / "files" / name), stdout=StringIO(), stderr=errors)
    reported = errors.getvalue()
    assert name in reported, reported
    assert Document.objects.count() == 1, list(Document.objects.values_list("title", flat=True))
    assert stored()
    run = IngestRun.objects.get(kind="import")
    assert run.new == 0 and run.failed >= 1


def test_each_bad_record_of_a_file_is_reported_with_its_line(stored):
    errors = StringIO()
    call_command("ingest_file", str(BAD / "files" / "broken.jsonl"), stdout=StringIO(), stderr=errors)
    reported = errors.getvalue()
    for line in range(1, 9):
        assert f"broken.jsonl:{line}:" in reported, reported


@pytest.mark.parametrize("case", lines("queries.jsonl"), ids=case_id)
def test_a_bad_query_string_is_a_4xx_that_names_the_parameter(client, stored, case):
    if case.get("role"):
        client_for(client, Role[case["role"].upper()])
    params = {name: expand(value) for name, value in case["params"].items()}
    response = client.get(case["path"], params)
    assert response.status_code == case.get("status", 400), response.content[:300]
    if response.status_code == 400:
        body = response.content.decode()
        assert any(name in body for name in params), body[:300]
    assert stored()


FORM_DEFAULTS = {
    "correct": {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "1", "date": "2023-02-01", "reason": "r"},
    "add": {"span_start": "0", "span_end": "6", "actor": "DEU", "topic": "military-aid-ukraine", "stance": "1",
            "date": "2023-02-01"},
    "reject": {},
    "revert": {},
    "bulk-verify": {"expected": "1"},
}  # fmt: skip


@pytest.mark.parametrize("case", lines("forms.jsonl"), ids=case_id)
def test_a_bad_review_form_is_a_400_and_changes_nothing(client, stored, case):
    client_for(client, Role.REVIEWER)
    record = Position.objects.get()
    url = {
        "correct": reverse("review:correct", args=[record.pk]),
        "add": reverse("review:add-record", args=[record.document_id]),
        "reject": reverse("review:reject", args=[record.pk]),
        "revert": reverse("review:revert", args=[record.pk]),
        "bulk-verify": reverse("review:bulk-verify"),
    }[case["form"]]
    data = {**FORM_DEFAULTS[case["form"]], **{name: expand(value) for name, value in case["data"].items()}}
    response = client.post(url, data)
    assert response.status_code == case.get("status", 400), response.content[:300]
    assert "<script>alert(1)</script>" not in response.content.decode()  # an echoed value is escaped
    assert stored()


@pytest.mark.parametrize(
    ("where", "content_type"),
    [
        ("correct", "application/x-www-form-urlencoded"),
        ("bulk-verify", "multipart/form-data; boundary=xyz"),
        ("api", "application/json"),
        ("api", "application/xml"),
    ],
)
def test_an_oversized_or_unexpected_body_is_refused_before_it_is_read(client, stored, where, content_type):
    client_for(client, Role.ADMIN)
    url = {
        "correct": reverse("review:correct", args=[Position.objects.get().pk]),
        "bulk-verify": reverse("review:bulk-verify"),
        "api": "/api/positions/",
    }[where]
    body = b"reason=" + b"x" * (5 * 1024 * 1024)
    response = client.generic("POST", url, body, content_type=content_type)
    assert 400 <= response.status_code < 500, response.status_code
    assert stored()
