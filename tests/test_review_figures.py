"""The extractor's figures in production: what reviewers did with its records, per topic and per version."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from review import services
from review.figures import extractor_figures
from review.permissions import Role
from tests.factories import make_document, make_position
from tests.roles import user_with

pytestmark = pytest.mark.django_db

AID, SANCTIONS = "military-aid-ukraine", "sanctions-russia"


@pytest.fixture
def reviewed():
    """On military aid, version 1: one verified, one corrected (stance), one corrected (topic, to sanctions),
    one rejected, one waiting; on sanctions, version 2: one verified, one corrected (actor and date); one added."""
    reviewer = user_with(Role.REVIEWER)

    def record(topic=AID, version="1", **fields):
        return make_position(make_document(), topic_id=topic, extractor="rules", extractor_version=version, **fields)

    services.verify(record().pk, reviewer)
    services.correct(record(stance=-1).pk, reviewer, {"stance": 1}, "negation")
    services.correct(record().pk, reviewer, {"topic": SANCTIONS}, "other topic")
    services.reject(record().pk, reviewer, "headline")
    record()
    services.verify(record(SANCTIONS, "2").pk, reviewer)
    from datetime import date

    services.correct(record(SANCTIONS, "2").pk, reviewer, {"actor": "FRA", "date": date(2022, 1, 1)}, "speaker")
    document = make_document("Germany supports sanctions.")
    services.add_record(document, reviewer, {"actor": "DEU", "topic": SANCTIONS, "stance": 1,
                                             "date": document.published}, 0, 27)  # fmt: skip
    return reviewer


def _row(rows, key):
    return next(row for row in rows if row.key == key)


def test_figures_count_each_outcome_under_the_topic_the_extractor_proposed(reviewed):
    figures = extractor_figures()
    aid = _row(figures.by_topic, AID)
    assert (aid.pending, aid.verified, aid.corrected, aid.rejected) == (1, 1, 2, 1)
    assert (aid.corrected_actor, aid.corrected_topic, aid.corrected_stance, aid.corrected_date) == (0, 1, 1, 0)
    assert aid.precision == pytest.approx(1 / 4)
    sanctions = _row(figures.by_topic, SANCTIONS)
    assert (sanctions.verified, sanctions.corrected, sanctions.rejected, sanctions.added) == (1, 1, 0, 1)
    assert (sanctions.corrected_actor, sanctions.corrected_date, sanctions.corrected_stance) == (1, 1, 0)
    assert sanctions.precision == pytest.approx(1 / 2)


def test_figures_per_extractor_version(reviewed):
    figures = extractor_figures()
    assert [row.key for row in figures.by_version] == ["rules 1", "rules 2"]
    first, second = figures.by_version
    assert (first.verified, first.corrected, first.rejected, first.pending) == (1, 2, 1, 1)
    assert (second.verified, second.corrected, second.rejected) == (1, 1, 0)


def test_no_reviews_means_no_precision():
    make_position(extractor_version="3")
    (row,) = [row for row in extractor_figures().by_version if row.key == "test 3"]
    assert row.precision is None


def test_the_figures_page_draws_both_tables_in_a_fixed_number_of_queries(client, reviewed):
    client.force_login(reviewed)
    client.get(reverse("review:figures"))
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("review:figures")).content.decode()
    assert len(queries) <= 10
    assert 'id="by-topic"' in html and 'id="by-version"' in html
    assert "<td>25%</td>" in html and "<td>50%</td>" in html
    make_position(make_document(), extractor="rules", extractor_version="9")
    with CaptureQueriesContext(connection) as more:
        client.get(reverse("review:figures"))
    assert len(more) == len(queries)
