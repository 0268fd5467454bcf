"""Fetching in batches: one task stores and extracts many pages, each item keeps its own outcome."""

import time
from datetime import date

import pytest

from ingest import pipeline, polling
from ingest.extraction import Extractor
from ingest.models import Document, FailedItem, IngestRun, Source
from ingest.polling import fetch_batch, poll_source
from ingest.tasks import fetch_documents_task
from positions.models import Position
from tests.httpserver import LocalHTTPServer
from tests.ministry_site import article_html, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(settings, reference_data):
    settings.HTTP_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.HTTP_HOST_INTERVAL = 0
    settings.HTTP_READ_TIMEOUT = 0.5
    with LocalHTTPServer() as server:
        yield server


def feed(server) -> Source:
    return Source.objects.create(name="Press releases", kind="feed", url=server.url("/feed.xml"))


def queue_of(source) -> tuple[IngestRun, list[tuple[int, int, list]]]:
    batches = []
    run = poll_source(source, on_urls=lambda source_id, run_id, items: batches.append((source_id, run_id, items)))
    return run, batches


def test_a_poll_hands_its_urls_on_in_batches_of_the_configured_size(site, settings, django_capture_on_commit_callbacks):
    settings.INGEST_FETCH_BATCH_SIZE = 5
    publish(site, 12)
    with django_capture_on_commit_callbacks(execute=True):
        run, batches = queue_of(feed(site))
    assert [len(items) for _, _, items in batches] == [5, 5, 2]
    assert {run_id for _, run_id, _ in batches} == {run.pk}
    assert run.pending == 12 and run.finished_at is None
    urls = [url for _, _, items in batches for url, _hints in items]
    assert len(set(urls)) == 12 and all(url.startswith(site.url("/press/")) for url in urls)


def test_a_batch_stores_and_extracts_every_page_and_finishes_the_run(site, django_capture_on_commit_callbacks):
    publish(site, 7)
    with django_capture_on_commit_callbacks(execute=True):
        run, batches = queue_of(feed(site))
    for source_id, run_id, items in batches:
        fetch_documents_task.run(source_id, run_id, items)

    run.refresh_from_db()
    assert (run.status, run.seen, run.new, run.failed, run.pending) == ("succeeded", 7, 7, 0, 0)
    assert Document.objects.filter(status=Document.Status.EXTRACTED).count() == 7
    germany = Position.objects.filter(actor_id="DEU", topic_id="military-aid-ukraine").first()
    assert germany.document.text[germany.span_start : germany.span_end] == germany.quote

    # The same batch again (a redelivered message) stores nothing twice and leaves the counts alone.
    fetch_documents_task.run(*batches[0])
    assert Document.objects.count() == 7 and Position.objects.count() == 7


def test_each_item_of_a_batch_keeps_its_own_outcome(site):
    sentence = "On 1 March 2023, President Emmanuel Macron said France strongly condemns Russia's war of aggression."
    site.add("/good", article_html("Good", date(2023, 3, 1), [sentence]), content_type="text/html")
    site.add("/gone", "not here", status=404)
    site.add("/menu", "<html><body><nav><a href='/'>Home</a></nav></body></html>", content_type="text/html")
    site.slow("/slow", delay=2)
    source = feed(site)
    hints = {"title": "", "published": "2023-03-01"}
    items = [(site.url(path), hints) for path in ["/gone", "/slow", "/menu", "/good"]]

    batch = fetch_batch(source, items)

    assert batch.counts == {"new": 1, "updated": 0, "unchanged": 0, "failed": 2}
    assert [url for url, _hints, _error in batch.retry] == [site.url("/slow")]  # a timeout waits for a retry alone
    assert not FailedItem.objects.filter(url=site.url("/slow")).exists()
    failures = dict(FailedItem.objects.values_list("url", "error"))
    assert set(failures) == {site.url("/gone"), site.url("/menu")}
    assert "404" in failures[site.url("/gone")]
    assert Document.objects.get().url == site.url("/good")


def test_items_not_begun_before_the_deadline_come_back_untouched(site):
    publish(site, 3)
    source = feed(site)
    items = [(site.url(f"/press/statement-{number}"), {}) for number in (1, 2, 3)]

    batch = fetch_batch(source, items, deadline=time.monotonic() - 1)

    assert batch.leftover == items and batch.settled == 0
    assert not site.requests_to("/press/statement-1") and not Document.objects.exists()


def test_a_failing_extraction_keeps_its_document_and_the_batch_goes_on(site, monkeypatch):
    class Fussy(Extractor):
        """Breaks on the Hungarian statement only; the real extractor reads the rest."""

        name, version = "fussy", "1"

        def __init__(self, inner):
            self.inner = inner

        def extract(self, document):
            if "Hungary" in document.text:
                raise RuntimeError("the extractor tripped")
            return self.inner.extract(document)

    context = pipeline.current_context()
    monkeypatch.setattr(pipeline, "_context", pipeline.ExtractionContext.build(Fussy(context.extractor)))
    publish(site, 3)
    source = feed(site)
    batch = fetch_batch(source, [(site.url(f"/press/statement-{number}"), {}) for number in (1, 2, 3)])

    assert batch.counts["new"] == 3
    statuses = dict(Document.objects.values_list("title", "status"))
    assert statuses == {"Statement 1: Germany on the war": "extracted", "Statement 2: Hungary on the war": "failed",
                        "Statement 3: China on the war": "extracted"}  # fmt: skip
    assert "the extractor tripped" in Document.objects.get(status="failed").error
    assert Position.objects.filter(document__status="extracted").count() == 2


def test_a_value_the_database_refuses_fails_its_item_only(site, monkeypatch):
    publish(site, 3)
    real = polling.store_fetched

    def refuse_second(fetched, source):
        if fetched.url.endswith("statement-2"):
            # A hash longer than its column: PostgreSQL refuses the row with a DataError.
            Document.objects.create(url=fetched.url, text="x", content_hash="0" * 100, published=date.today())
        return real(fetched, source)

    monkeypatch.setattr(polling, "store_fetched", refuse_second)
    source = feed(site)
    batch = fetch_batch(source, [(site.url(f"/press/statement-{number}"), {}) for number in (1, 2, 3)])

    assert batch.counts["new"] == 2 and batch.counts["failed"] == 1
    assert "could not be stored" in FailedItem.objects.get().error
    assert sorted(Document.objects.values_list("url", flat=True)) == [
        site.url("/press/statement-1"),
        site.url("/press/statement-3"),
    ]


def test_a_deleted_source_settles_its_batch_as_failed(site, django_capture_on_commit_callbacks):
    publish(site, 2)
    source = feed(site)
    with django_capture_on_commit_callbacks(execute=True):
        run, batches = queue_of(source)
    source_id, run_id, items = batches[0]
    Source.objects.filter(pk=source_id).delete()  # the run stays, without its source

    fetch_documents_task.run(source_id, run_id, items)

    run = IngestRun.objects.get(pk=run_id)
    assert (run.failed, run.pending, run.status) == (2, 0, "failed")
    assert "the source was deleted" in run.errors[0]


def test_batches_lost_with_the_broker_are_queued_again_by_the_next_poll(site, django_capture_on_commit_callbacks):
    publish(site, 6)
    source = feed(site)
    with django_capture_on_commit_callbacks(execute=True):
        lost_run, lost = queue_of(source)  # these messages never reach a worker
    assert lost_run.pending == 6
    source.refresh_from_db()
    assert source.etag == '"feed-v1"'

    with django_capture_on_commit_callbacks(execute=True):
        run, batches = queue_of(source)
    # The feed has not changed, but an unfinished run means its items may be gone: it is read in full.
    assert "If-None-Match" not in site.requests_to("/feed.xml")[-1].headers
    assert sorted(url for _, _, items in batches for url, _ in items) == sorted(
        url for _, _, items in lost for url, _ in items
    )
    for batch in batches:
        fetch_documents_task.run(*batch)
    run.refresh_from_db()
    assert (run.status, run.new, run.pending) == ("succeeded", 6, 0)
    assert Document.objects.count() == 6

    # With nothing outstanding, the next poll is conditional again and finds nothing new.
    IngestRun.objects.filter(pk=lost_run.pk).update(finished_at=lost_run.started_at)
    quiet, none = queue_of(source)
    assert site.requests_to("/feed.xml")[-1].headers.get("If-None-Match") == '"feed-v1"'
    assert (quiet.seen, none) == (0, [])


def test_a_run_older_than_any_redelivery_is_closed_with_what_it_lost(
    site, settings, django_capture_on_commit_callbacks
):
    publish(site, 3)
    source = feed(site)
    with django_capture_on_commit_callbacks(execute=True):
        lost_run, _ = queue_of(source)
    settings.INGEST_RUN_ABANDON_SECONDS = 0
    with django_capture_on_commit_callbacks(execute=True):
        _, batches = queue_of(source)
    assert "If-None-Match" not in site.requests_to("/feed.xml")[-1].headers
    assert sum(len(items) for _, _, items in batches) == 3
    lost_run.refresh_from_db()
    assert lost_run.finished_at is not None and lost_run.status == "partial"
    assert lost_run.errors[-1] == "3 queued items never settled; later polls listed them again"
