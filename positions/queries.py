"""Read-side queries that pages and chart endpoints share. Each returns plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max

from ingest.models import Document, IngestRun
from positions.models import Actor, Position


@dataclass(frozen=True)
class TimelinePoint:
    actor: str
    actor_name: str
    date: date
    stance: int
    quote: str
    speaker: str
    document_id: int


@dataclass(frozen=True)
class Totals:
    documents: int
    positions: int
    actors: int
    topics: int
    last_ingest: object  # datetime or None


def most_active_actors(topic: str, limit: int = 8) -> list[str]:
    """The actors with the most statements on a topic: the default lines of its timeline."""
    rows = (
        Position.objects.shown()
        .filter(topic_id=topic)
        .values("actor_id")
        .annotate(n=Count("id"), last=Max("date"))
        .order_by("-n", "-last", "actor_id")[:limit]
    )
    return [row["actor_id"] for row in rows]


def timeline_points(
    topic: str, actors: list[str], start: date | None = None, end: date | None = None
) -> list[TimelinePoint]:
    """Every shown statement of the given actors on a topic, oldest first (reads position_timeline_idx)."""
    queryset = Position.objects.shown().filter(topic_id=topic, actor_id__in=actors)
    if start:
        queryset = queryset.filter(date__gte=start)
    if end:
        queryset = queryset.filter(date__lte=end)
    rows = queryset.order_by("actor_id", "date", "id").values_list(
        "actor_id", "actor__name", "date", "stance", "quote", "speaker_name", "document_id"
    )
    return [TimelinePoint(*row) for row in rows]


def actor_names(codes: list[str]) -> dict[str, str]:
    return dict(Actor.objects.filter(code__in=codes).values_list("code", "name"))


def totals() -> Totals:
    shown = Position.objects.shown()
    return Totals(
        documents=Document.objects.count(),
        positions=shown.count(),
        actors=shown.values("actor_id").distinct().count(),
        topics=shown.values("topic_id").distinct().count(),
        last_ingest=IngestRun.objects.aggregate(last=Max("finished_at"))["last"],
    )
