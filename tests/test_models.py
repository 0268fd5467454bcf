import pytest
from django.db import IntegrityError, transaction

from positions.models import Position, ReviewState
from tests.factories import make_document, make_position

pytestmark = pytest.mark.django_db


def test_a_stance_outside_minus_two_to_two_is_refused_by_the_database():
    with pytest.raises(IntegrityError, match="position_stance_in_range"), transaction.atomic():
        make_position(stance=3)


def test_extraction_cannot_store_two_automatic_records_for_one_actor_and_topic_in_a_document():
    document = make_document()
    make_position(document)
    duplicate = pytest.raises(IntegrityError, match="position_one_auto_record_per_document_actor_topic")
    with duplicate, transaction.atomic():
        make_position(document)
    make_position(document, review_state=ReviewState.VERIFIED)
    assert Position.objects.filter(document=document).count() == 2


def test_the_same_text_is_stored_once():
    make_document("China does not supply lethal weapons to Russia.")
    with pytest.raises(IntegrityError, match="document_unique_content_hash"), transaction.atomic():
        make_document("China  does not supply lethal weapons\nto Russia.")


def test_every_change_to_a_position_is_kept_in_its_history():
    position = make_position(stance=-1)
    position.stance = 2
    position.review_state = ReviewState.CORRECTED
    position._change_reason = "Misread the negation"
    position.save()
    history = list(position.history.order_by("history_date"))
    assert [(row.stance, row.review_state) for row in history] == [(-1, "auto"), (2, "corrected")]
    assert history[-1].history_change_reason == "Misread the negation"
    assert position.is_locked


def test_search_reads_the_full_text_index():
    from django.contrib.postgres.search import SearchQuery
    from django.db import connection

    from ingest.models import Document

    make_document("Berlin will send Leopard tanks.")
    query = Document.objects.filter(search=SearchQuery("tanks", search_type="websearch", config="english"))
    assert query.count() == 1  # the stored vector was filled in by PostgreSQL on insert
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table would be scanned otherwise
        assert "document_search_vector_idx" in query.explain()
