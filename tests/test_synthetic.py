"""The synthetic corpus for benchmarks: exact sizes, quotes located in their texts, and removable."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from ingest.models import Document
from positions import series
from positions.models import Position, SeriesPair
from positions.synthetic import SYNTHETIC_EXTRACTOR

pytestmark = pytest.mark.django_db


def test_seed_synthetic_adds_exactly_what_is_asked_and_removes_it_again(reference_data):
    out = StringIO()
    call_command("seed_synthetic", "--positions", "600", "--documents", "120", stdout=out)
    assert "Seeded 120 documents and 600 position records" in out.getvalue()
    records = Position.objects.filter(extractor=SYNTHETIC_EXTRACTOR).select_related("document")
    assert records.count() == 600
    for record in records[:50]:
        assert record.document.text[record.span_start : record.span_end] == record.quote
        assert record.date == record.document.published
    pairs = records.values("document", "actor", "topic")
    assert pairs.distinct().count() == 600  # one record per actor and topic in a document
    assert Document.objects.filter(search__isnull=False).count() >= 120  # PostgreSQL filled the search vectors

    series.refresh()
    shown = records.exclude(review_state="rejected").count()
    assert sum(SeriesPair.objects.values_list("records", flat=True)) == shown

    call_command("seed_synthetic", "--remove", stdout=StringIO())
    assert not Position.objects.filter(extractor=SYNTHETIC_EXTRACTOR).exists()
    series.refresh()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM positions_series s LEFT JOIN positions_position p ON p.id = s.position_id "
                       "WHERE p.id IS NULL")  # fmt: skip
        assert cursor.fetchone()[0] == 0  # no day left pointing at a removed record


def test_seed_synthetic_refuses_sizes_that_cannot_be(reference_data):
    with pytest.raises(CommandError, match="at least"):
        call_command("seed_synthetic", "--positions", "5", "--documents", "10", stdout=StringIO())
    with pytest.raises(CommandError, match="fit in one synthetic document"):
        call_command("seed_synthetic", "--positions", "100000", "--documents", "10", stdout=StringIO())
