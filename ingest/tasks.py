"""Celery tasks: thin wrappers that take plain JSON arguments and call a service."""

from celery import shared_task

from ingest.samples import load_sample_corpus


@shared_task(name="ingest.load_sample_corpus")
def load_sample_corpus_task() -> dict:
    report = load_sample_corpus()
    return {
        "documents_created": report.documents_created,
        "documents_skipped": report.documents_skipped,
        "positions_created": report.positions_created,
    }
