"""Step 6: one record per (actor, topic) per document, keeping the strongest evidence."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Claim:
    """A candidate position found in one sentence."""

    actor: str
    topic: str
    stance: int
    date: datetime.date
    start: int
    end: int
    speaker: str | None
    confidence: float


def strength(claim: Claim) -> float:
    """How much a claim outranks another on the same actor and topic: sure and strongly worded first."""
    return claim.confidence * (1.0 + 0.25 * abs(claim.stance))


def merge(claims: list[Claim]) -> list[Claim]:
    """Keep the strongest claim per (actor, topic), in the order they appear in the text."""
    best: dict[tuple[str, str], Claim] = {}
    for claim in claims:
        key = (claim.actor, claim.topic)
        current = best.get(key)
        if current is None or strength(claim) > strength(current):
            best[key] = claim
    return sorted(best.values(), key=lambda claim: (claim.start, claim.actor, claim.topic))
