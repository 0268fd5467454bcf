"""The extractor's measured precision in production: what reviewers did with its records, per topic and version.

A record counts under what the extractor first proposed (its first history row), so a record whose topic a
reviewer changed counts against the topic the extractor got wrong. Every figure is counted in SQL: one query
per table, whatever the number of records.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, OuterRef, Q, Subquery

from positions.models import Position, ReviewState, Topic

FIELDS = ("actor", "topic", "stance", "date")


@dataclass(frozen=True)
class FigureRow:
    key: str
    label: str
    pending: int
    verified: int
    corrected: int
    corrected_actor: int
    corrected_topic: int
    corrected_stance: int
    corrected_date: int
    rejected: int
    added: int = 0

    @property
    def reviewed(self) -> int:
        return self.verified + self.corrected + self.rejected

    @property
    def precision(self) -> float | None:
        """Records verified as they were, out of all the extractor's records a reviewer has decided on."""
        return self.verified / self.reviewed if self.reviewed else None


@dataclass(frozen=True)
class Figures:
    by_topic: list[FigureRow]
    by_version: list[FigureRow]


def _as_proposed():
    """Each record's values as the extractor proposed them: its first version."""
    first = Position.history.filter(id=OuterRef("pk")).order_by("history_date", "history_id")
    return {f"proposed_{name}": Subquery(first.values(f"{name}_id" if name in ("actor", "topic") else name)[:1])
            for name in FIELDS}  # fmt: skip


def _counts() -> dict:
    corrected = Q(review_state=ReviewState.CORRECTED)
    counts = {
        "pending": Count("id", filter=Q(review_state=ReviewState.AUTO)),
        "verified": Count("id", filter=Q(review_state=ReviewState.VERIFIED)),
        "corrected": Count("id", filter=corrected),
        "rejected": Count("id", filter=Q(review_state=ReviewState.REJECTED)),
    }
    for name in FIELDS:
        column = f"{name}_id" if name in ("actor", "topic") else name
        counts[f"corrected_{name}"] = Count("id", filter=corrected & ~Q(**{column: F(f"proposed_{name}")}))
    return counts


def extractor_figures() -> Figures:
    proposed = Position.objects.exclude(review_state=ReviewState.ADDED).annotate(**_as_proposed())
    names = dict(Topic.objects.values_list("slug", "name"))
    added = dict(
        Position.objects.filter(review_state=ReviewState.ADDED)
        .values("topic_id")
        .annotate(n=Count("id"))
        .values_list("topic_id", "n")
    )
    topics = {
        row.pop("proposed_topic"): row
        for row in proposed.values("proposed_topic").annotate(**_counts()).order_by("proposed_topic")
    }
    by_topic = [
        FigureRow(slug, names.get(slug, slug), added=added.get(slug, 0), **topics.get(slug, _zeros()))
        for slug in sorted(set(topics) | set(added), key=lambda slug: (slug is None, names.get(slug, slug) or ""))
    ]
    by_version = []
    for row in proposed.values("extractor", "extractor_version").annotate(**_counts()).order_by(
        "extractor", "extractor_version"
    ):
        key = f"{row.pop('extractor')} {row.pop('extractor_version')}".strip()
        by_version.append(FigureRow(key, key, **row))
    return Figures(by_topic, by_version)


def _zeros() -> dict:
    return dict.fromkeys(_counts(), 0)
