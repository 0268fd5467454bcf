"""The pre-aggregated series kept by triggers, the step timelines read from it, and the versioned cache."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.urls import reverse

from positions import queries, series
from positions.models import ReviewState, SeriesDay, SeriesDirty
from tests.factories import make_document, make_position

pytestmark = pytest.mark.django_db

AID = "military-aid-ukraine"


def record(actor, stance, when, topic=AID, **fields):
    return make_position(make_document(published=when), actor_id=actor, topic_id=topic, stance=stance, date=when,
                         **fields)  # fmt: skip


def day_row(actor, when, topic=AID):
    return SeriesDay.objects.filter(actor_id=actor, topic_id=topic, day=when).values_list(
        "stance", "position_id", "records"
    ).first()


def test_writes_queue_their_days_and_a_refresh_works_them_off(reference_data):
    first = record("DEU", 1, date(2023, 1, 25))
    second = record("DEU", 2, date(2023, 1, 25))
    assert SeriesDirty.objects.filter(actor_id="DEU", day=date(2023, 1, 25)).exists()
    assert series.refresh() >= 1
    assert not SeriesDirty.objects.exists()
    assert day_row("DEU", date(2023, 1, 25)) == (2, second.pk, 2)  # the later record decides the day

    first.review_state = ReviewState.VERIFIED
    first.save()
    series.refresh()
    assert day_row("DEU", date(2023, 1, 25)) == (1, first.pk, 2)  # a reviewed record decides before automatic ones

    first.review_state = ReviewState.REJECTED
    first.save()
    series.refresh()
    assert day_row("DEU", date(2023, 1, 25)) == (2, second.pk, 1)  # a rejected record is not shown

    second.date = date(2023, 2, 1)  # a correction moves the record to another day: both days follow
    second.save()
    series.refresh()
    assert day_row("DEU", date(2023, 1, 25)) is None
    assert day_row("DEU", date(2023, 2, 1)) == (2, second.pk, 1)

    second.delete()
    series.refresh()
    assert not SeriesDay.objects.filter(actor_id="DEU").exists()


def test_a_bulk_write_by_sql_is_queued_too(reference_data):
    made = record("HUN", -1, date(2023, 3, 1))
    series.refresh()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE positions_position SET stance = 1 WHERE id = %s", [made.pk])
    series.refresh()
    assert day_row("HUN", date(2023, 3, 1))[0] == 1


def test_a_step_series_keeps_first_point_changes_and_last_point(reference_data):
    start = date(2023, 1, 2)  # a Monday: each record below falls in a week of its own
    stances = [1, 1, 1, 2, 2, -1, -1, -1]
    made = [record("FRA", stance, start + timedelta(weeks=week)) for week, stance in enumerate(stances)]
    series.refresh()
    points = queries.timeline_points(AID, ["FRA"], start, start + timedelta(days=2000))
    assert [(p.stance, p.position_id) for p in points] == [
        (1, made[0].pk),
        (2, made[3].pk),
        (-1, made[5].pk),
        (-1, made[7].pk),  # the last restatement: the line runs on to it
    ]
    every = queries.timeline_points(AID, ["FRA"], start, start + timedelta(days=2000), changes_only=False)
    assert [p.stance for p in every] == stances


def test_the_step_widens_with_the_range_so_a_series_stays_small(reference_data):
    assert queries.bucket_unit(date(2024, 1, 1), date(2024, 6, 1)) == "day"  # the same steps as the SQL
    assert queries.bucket_unit(date(2022, 2, 24), date(2026, 11, 28)) == "week"
    assert queries.bucket_unit(date(2015, 1, 1), date(2026, 11, 28)) == "month"
    monday = date(2024, 1, 1)
    record("POL", 2, monday)
    late = record("POL", -2, monday + timedelta(days=3))  # the same week: the week's last record decides it
    series.refresh()
    points = queries.timeline_points(AID, ["POL"], date(2022, 1, 1), date(2026, 1, 1))
    assert [(p.stance, p.position_id) for p in points] == [(-2, late.pk)]


def test_a_cached_chart_is_served_without_reading_the_data_and_follows_a_correction(
    client, reference_data, django_assert_max_num_queries
):
    made = record("DEU", -1, date(2023, 1, 25))
    url = reverse("positions:timeline-data")
    params = {"topic": AID, "actors": "DEU"}
    first = client.get(url, params).json()
    with django_assert_max_num_queries(1):  # only the check for queued writes
        assert client.get(url, params).json() == first

    made.stance = 2
    made.review_state = ReviewState.CORRECTED
    made.save()  # no commit in a test: the next request's check takes the queued day in
    after = client.get(url, params).json()
    assert after["figure"]["data"][0]["y"] == [2]
    assert first["figure"]["data"][0]["y"] == [-1]


def test_pages_still_answer_when_the_cache_is_unreachable(client, reference_data, settings):
    record("DEU", 2, date(2023, 1, 25))
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    response = client.get(reverse("positions:timeline-data"), {"topic": AID, "actors": "DEU"})
    assert response.status_code == 200 and response.json()["figure"]["data"][0]["y"] == [2]
    assert client.get(reverse("positions:home")).status_code == 200
    assert client.get(reverse("positions:topic", args=[AID])).status_code == 200
