"""A task sent through a real Redis broker runs in a real worker process and writes to PostgreSQL."""

import pytest

from ingest.models import Document
from ingest.tasks import load_sample_corpus_task
from positions.models import Position

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def test_a_worker_process_loads_the_sample_corpus_sent_through_redis(
    reference_data, broker, celery_worker_process
):
    result = broker.send(load_sample_corpus_task.name)
    summary = result.get(timeout=120)
    assert summary["documents_created"] + summary["votes_documents"] == Document.objects.count() > 0
    assert summary["votes_documents"] == 6
    assert summary["positions_created"] == Position.objects.reviewed().count() >= 40
    assert (
        f"Task ingest.load_sample_corpus[{result.id}] succeeded" in celery_worker_process.log_path.read_text()
    )

    again = broker.send(load_sample_corpus_task.name).get(timeout=120)
    assert again == {
        "documents_created": 0,
        "documents_skipped": summary["documents_created"],
        "positions_created": 0,
        "votes_documents": 0,
    }
