"""Celery tasks: thin wrappers that take ids and plain JSON, call a service and return a short summary.

Limits (time limits, acks_late, redelivery when a worker dies) are set once in settings (CELERY_*).
"""

import random
import time

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from ingest.http import FetchError
from ingest.models import Document, Source
from ingest.pipeline import extract_document, mark_extraction_failed
from ingest.polling import claim_due_sources, fetch_and_store, fetch_batch, poll_source, settle_run, settle_run_item
from ingest.samples import load_sample_corpus
from ingest.storage import describe_failure, record_failure

# A database that is restarting or out of reach fails a task midway; its transaction rolled back, so the task
# waits and runs again whole (every step is idempotent) instead of being acknowledged with its work lost.
DATABASE_OUTAGES = (OperationalError, InterfaceError)
OUTAGE_RETRIES = {
    "autoretry_for": DATABASE_OUTAGES,
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "retry_kwargs": {"max_retries": 12},  # about ten minutes of waiting in all
}


def backoff_seconds(retries: int) -> float:
    """Exponential backoff with full jitter: up to 10 s, 20 s, 40 s... (from the base), capped at 10 minutes."""
    return random.uniform(0, min(600, settings.INGEST_RETRY_BASE_SECONDS * 2**retries))


@shared_task(name="ingest.poll_due_sources", ignore_result=True, **OUTAGE_RETRIES)
def poll_due_sources() -> list[int]:
    claimed = claim_due_sources()
    for source_id in claimed:
        poll_source_task.delay(source_id)
    return claimed


@shared_task(name="ingest.poll_source", **OUTAGE_RETRIES)
def poll_source_task(source_id: int) -> dict:
    source = Source.objects.select_related("default_actor").filter(pk=source_id).first()
    if source is None:
        return {"source": source_id, "error": "no such source"}
    run = poll_source(
        source,
        on_document=lambda document_id: extract_document_task.delay(document_id),
        on_urls=lambda source_pk, run_pk, items: fetch_documents_task.delay(source_pk, run_pk, items),
    )
    return {"run": run.pk, "seen": run.seen, "new": run.new, "pending": run.pending, "failed": run.failed}


@shared_task(name="ingest.fetch_documents", ignore_result=True, **OUTAGE_RETRIES)
def fetch_documents_task(source_id: int, run_id: int | None, items: list[list]) -> dict:
    """Fetch, store and extract a batch of a source's URLs: one connection pool and one message for many."""
    items = [(url, hints) for url, hints in items]
    source = Source.objects.select_related("default_actor").filter(pk=source_id).first()
    if source is None:
        settle_run(run_id, {"failed": len(items)}, [f"{url}: the source was deleted" for url, _ in items])
        return {"items": len(items), "failed": len(items)}
    # Stop starting new items well before the soft time limit; what is left goes on in a task of its own.
    deadline = time.monotonic() + settings.CELERY_TASK_SOFT_TIME_LIMIT / 2
    batch = fetch_batch(source, items, deadline=deadline)
    settle_run(run_id, batch.counts, batch.errors)
    for url, hints, _error in batch.retry:
        fetch_document_task.apply_async((source_id, url, run_id, hints), countdown=backoff_seconds(0), retries=1)
    if batch.leftover:
        fetch_documents_task.delay(source_id, run_id, batch.leftover)
    return {**batch.counts, "retrying": len(batch.retry), "leftover": len(batch.leftover)}


@shared_task(bind=True, name="ingest.fetch_document", ignore_result=True, **OUTAGE_RETRIES)
def fetch_document_task(self, source_id: int, url: str, run_id: int | None = None, hints: dict | None = None) -> dict:
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        settle_run_item(run_id, "failed", f"{url}: the source was deleted")
        return {"url": url, "outcome": "failed"}
    try:
        outcome = fetch_and_store(source, url, run=None, hints=hints, extract=True)
    except FetchError as error:
        if error.retryable and self.request.retries < settings.INGEST_FETCH_MAX_RETRIES:
            countdown = backoff_seconds(self.request.retries)
            raise self.retry(exc=error, countdown=countdown, max_retries=settings.INGEST_FETCH_MAX_RETRIES) from None
        record_failure(source, None, describe_failure(url, error), url=url)
        settle_run_item(run_id, "failed", describe_failure(url, error))
        return {"url": url, "outcome": "failed", "error": str(error)}
    settle_run_item(run_id, outcome.outcome, describe_failure(url, outcome.error) if outcome.error else "")
    return {"url": url, "outcome": outcome.outcome, "document": outcome.document_id}


def _extract(document_id: int) -> dict:
    try:
        outcome = extract_document(document_id)
    except Document.DoesNotExist:
        return {"document": document_id, "error": "no such document"}
    except DATABASE_OUTAGES:
        raise  # not the document's fault: the task runs again once the database is back
    except Exception as error:  # any failure of the extractor is kept on the document; the queue moves on
        mark_extraction_failed(document_id, error)
        return {"document": document_id, "error": str(error)[:500]}
    return {"document": document_id, "created": outcome.created, "language": outcome.language}


@shared_task(name="ingest.extract_document", ignore_result=True, **OUTAGE_RETRIES)
def extract_document_task(document_id: int) -> dict:
    return _extract(document_id)


@shared_task(name="ingest.load_sample_corpus", **OUTAGE_RETRIES)
def load_sample_corpus_task() -> dict:
    report = load_sample_corpus()
    return {
        "documents_created": report.documents_created,
        "documents_skipped": report.documents_skipped,
        "positions_created": report.positions_created,
        "votes_documents": report.votes_documents,
    }
