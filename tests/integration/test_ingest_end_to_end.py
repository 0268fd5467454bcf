"""Ingestion end to end: a local website, real Redis, real PostgreSQL and real worker processes."""

import time

import pytest

from ingest.models import Document, FailedItem, IngestRun, Source
from positions.models import Position
from tests.integration.conftest import FAST, wait_for
from tests.ministry_site import article_html, publish, rss

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def feed_source(server, **fields) -> Source:
    return Source.objects.create(name="Ministry press releases", kind="feed", url=server.url("/feed.xml"), **fields)


def extracted(count: int):
    return lambda: Document.objects.filter(status=Document.Status.EXTRACTED).count() >= count


def test_polling_a_feed_stores_each_statement_once_and_extracts_its_positions(
    reference_data, http_server, broker, start_worker
):
    publish(http_server, 6)
    source = feed_source(http_server)
    start_worker(**FAST)

    broker.send("ingest.poll_source", source.pk).get(timeout=60)
    wait_for(extracted(6), message="six extracted documents")
    run = IngestRun.objects.get(source=source)
    wait_for(lambda: IngestRun.objects.get(pk=run.pk).finished_at is not None, message="the run to finish")
    run.refresh_from_db()
    assert (run.status, run.seen, run.new, run.failed, run.pending) == ("succeeded", 6, 6, 0, 0)
    assert all("utm_source" not in url for url in Document.objects.values_list("url", flat=True))
    germany = Position.objects.get(actor_id="DEU", topic_id="military-aid-ukraine")
    assert germany.stance > 0 and "Leopard 2 tanks" in germany.quote
    assert germany.document.text[germany.span_start : germany.span_end] == germany.quote
    assert Position.objects.get(actor_id="CHN", topic_id="arms-to-russia").stance < 0

    for _ in range(3):
        broker.send("ingest.poll_source", source.pk).get(timeout=60)
    assert Document.objects.count() == 6
    later = IngestRun.objects.filter(source=source).exclude(pk=run.pk)
    assert [(r.seen, r.new) for r in later] == [(0, 0)] * 3  # the feed answered 304 Not Modified
    assert http_server.requests_to("/feed.xml")[-1].headers.get("If-None-Match") == '"feed-v1"'


def test_a_changed_page_updates_its_document_and_re_extracts_it(reference_data, http_server, broker, start_worker):
    http_server.add("/statement", article_html("Statement", __import__("datetime").date(2023, 1, 25), [
        "On 25 January 2023, Chancellor Olaf Scholz said Germany would send Leopard 2 tanks to Ukraine.",
    ]), content_type="text/html")  # fmt: skip
    source = Source.objects.create(name="One page", kind="page", url=http_server.url("/statement"))
    start_worker(**FAST)
    broker.send("ingest.poll_source", source.pk).get(timeout=60)
    wait_for(extracted(1), message="the page to be extracted")
    first = Document.objects.get()

    http_server.add("/statement", article_html("Statement", __import__("datetime").date(2023, 1, 26), [
        "On 26 January 2023, Foreign Minister Péter Szijjártó said Hungary would not send weapons to Ukraine.",
    ]), content_type="text/html")  # fmt: skip
    broker.send("ingest.poll_source", source.pk).get(timeout=60)
    wait_for(lambda: Position.objects.filter(actor_id="HUN").exists(), message="the new record")
    assert Document.objects.get().pk == first.pk
    assert not Position.objects.filter(actor_id="DEU").exists()


def test_a_worker_killed_mid_batch_leaves_every_item_stored_exactly_once(
    reference_data, http_server, broker, start_worker
):
    count = 24
    publish(http_server, count, delay=0.4)
    source = feed_source(http_server)
    # Batches of five pages, each stored in one commit: the kill lands inside a batch after the first.
    redelivery = {**FAST, "CELERY_VISIBILITY_TIMEOUT": "4", "INGEST_FETCH_BATCH_SIZE": "5"}
    first = start_worker(**redelivery)
    broker.send("ingest.poll_source", source.pk)
    wait_for(lambda: Document.objects.count() >= 5, message="the first batch")
    time.sleep(0.6)  # into the next batch's fetches
    first.kill()
    stored_at_kill = Document.objects.count()
    assert stored_at_kill < count, "every batch finished before the worker could be killed"
    assert stored_at_kill % 5 == 0, "a batch is stored whole or not at all"

    start_worker(**redelivery)
    wait_for(extracted(count), timeout=180, message=f"all {count} documents after the restart")
    assert Document.objects.count() == count
    assert Document.objects.values("url").distinct().count() == count
    per_document = Position.objects.values("document", "actor", "topic")
    assert per_document.count() == per_document.distinct().count()
    run = IngestRun.objects.get(source=source)
    wait_for(lambda: IngestRun.objects.get(pk=run.pk).finished_at is not None, message="the run to finish")
    run.refresh_from_db()
    assert (run.pending, run.failed, run.status) == (0, 0, "succeeded")


def test_bad_items_end_as_recorded_errors_and_the_worker_keeps_going(
    reference_data, http_server, broker, start_worker, tmp_path
):
    from datetime import date

    from tests.httpserver import gzip_bomb

    good = article_html("Good", date(2023, 3, 1), ["On 1 March 2023, President Emmanuel Macron said "
                        "France strongly condemns Russia's war of aggression against Ukraine."])  # fmt: skip
    latin1 = article_html("Latin-1", date(2023, 3, 2), ["On 2 March 2023, Chancellor Olaf Scholz said Germany "
                          "would send Leopard 2 tanks to Ukraine. Café société déjà vu."])  # fmt: skip
    http_server.add("/good", good, content_type="text/html; charset=utf-8")
    http_server.add("/latin1", latin1.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    http_server.add("/menu-only", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
                    content_type="text/html")  # fmt: skip
    http_server.streamed("/huge", 50 * 1024 * 1024)
    http_server.add("/bomb", gzip_bomb(200 * 1024 * 1024),
                    headers={"Content-Encoding": "gzip", "Content-Type": "text/html"})  # fmt: skip
    http_server.redirect("/metadata", "http://169.254.169.254/latest/meta-data/")
    http_server.redirect("/loopback", "http://127.0.0.2:9/")
    http_server.slow("/slow", delay=3)
    http_server.add("/gone", "not here", status=404)
    paths = ["/good", "/latin1", "/menu-only", "/huge", "/bomb", "/metadata", "/loopback", "/slow", "/gone"]
    http_server.add("/feed.xml", rss([(p, http_server.url(p), date(2023, 3, 1)) for p in paths]),
                    content_type="application/rss+xml")  # fmt: skip
    http_server.add("/broken.xml", "<<< this is not a feed &&& </rss", content_type="application/rss+xml")
    source = feed_source(http_server)
    broken = Source.objects.create(name="Broken feed", kind="feed", url=http_server.url("/broken.xml"))
    worker = start_worker(**FAST, HTTP_READ_TIMEOUT="1", HTTP_MAX_BYTES=str(5 * 1024 * 1024))

    broker.send("ingest.poll_source", source.pk).get(timeout=60)
    broker.send("ingest.poll_source", broken.pk).get(timeout=60)
    run = IngestRun.objects.get(source=source)
    wait_for(lambda: IngestRun.objects.get(pk=run.pk).finished_at is not None, timeout=120, message="the run")
    wait_for(extracted(2), message="the two good documents")

    run.refresh_from_db()
    assert (run.seen, run.new, run.failed, run.status) == (9, 2, 7, "partial")
    errors = {item.url.rsplit("/", 1)[-1]: item.error for item in FailedItem.objects.filter(source=source)}
    assert set(errors) == {"menu-only", "huge", "bomb", "metadata", "loopback", "slow", "gone"}
    assert "no article" in errors["menu-only"].lower()
    assert "byte limit" in errors["huge"] and "byte limit" in errors["bomb"]
    assert errors["huge"].count("/huge") == 1
    assert "169.254.169.254" in errors["metadata"]
    assert "404" in errors["gone"]
    assert "Café société" in Document.objects.get(url__endswith="/latin1").text
    broken_run = IngestRun.objects.get(source=broken)
    assert (broken_run.status, broken_run.seen, broken_run.failed) == ("failed", 0, 1)
    assert "broken.xml" in broken_run.errors[0] and "feed" in broken_run.errors[0].lower()
    assert worker.alive
