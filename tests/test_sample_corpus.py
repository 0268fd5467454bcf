import pytest
from django.core.management import call_command

from ingest.models import Document
from positions.models import Position


@pytest.fixture
def sample(db):
    call_command("load_sample", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_sample_spans_years_actors_and_topics(sample):
    positions = Position.objects.all()
    assert positions.count() >= 40
    assert positions.values("actor").distinct().count() >= 8
    assert positions.values("topic").distinct().count() >= 6
    years = {position.date.year for position in positions}
    assert {2022, 2023, 2024, 2025, 2026} <= years


def test_every_sample_record_points_at_its_quote_in_the_document(sample):
    for position in Position.objects.select_related("document"):
        assert position.document.text[position.span_start : position.span_end] == position.quote


def test_loading_the_sample_twice_stores_nothing_twice(sample, capsys):
    documents, positions = Document.objects.count(), Position.objects.count()
    call_command("load_sample")
    assert "0 documents and 0 positions loaded" in capsys.readouterr().out
    assert (Document.objects.count(), Position.objects.count()) == (documents, positions)


def test_the_sample_goes_through_the_file_pipeline_and_its_labels_become_reviewed_records(sample):
    from ingest.models import IngestRun, Source

    source = Source.objects.get(kind="file")
    assert source.path.endswith("sample_corpus.jsonl") and not source.enabled
    assert IngestRun.objects.filter(source=source, status="succeeded").exists()
    assert Document.objects.filter(status=Document.Status.EXTRACTED).count() == Document.objects.count()
    reviewed = Position.objects.reviewed()
    assert reviewed.count() >= 80
    assert set(reviewed.values_list("review_state", flat=True)) <= {"verified", "corrected"}
    corrected = reviewed.filter(review_state="corrected").first()
    if corrected is not None:
        assert corrected.history.first().history_change_reason == "Editorial label from the sample corpus"


def test_the_sample_carries_the_un_votes_so_words_can_be_set_beside_votes(sample):
    votes = Position.objects.filter(evidence_kind="vote")
    assert Document.objects.filter(kind=Document.Kind.VOTES).count() == 6
    es_11_1 = votes.filter(document__title__startswith="A/RES/ES-11/1:", topic_id="condemn-invasion")
    assert (es_11_1.filter(stance=1).count(), es_11_1.filter(stance=-1).count()) == (141, 5)
    assert votes.filter(actor_id="CHN").exists()
