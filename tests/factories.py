"""Small factories for rows that tests need; reference data (actors, topics) comes from the fixtures."""

import itertools
from datetime import date

from ingest.hashing import content_hash
from ingest.models import Document
from positions.models import Position, ReviewState

_counter = itertools.count(1)


def make_document(text: str | None = None, **fields) -> Document:
    number = next(_counter)
    text = text or f"Statement number {number} about the war."
    values = {"title": f"Statement {number}", "published": date(2023, 1, 1), "text": text}
    values.update(fields)
    return Document.objects.create(content_hash=content_hash(text), **values)


def make_position(document: Document | None = None, **fields) -> Position:
    document = document or make_document()
    values = {
        "actor_id": "DEU",
        "topic_id": "military-aid-ukraine",
        "stance": 1,
        "date": document.published,
        "quote": document.text[:80],
        "span_start": 0,
        "span_end": min(80, len(document.text)),
        "extractor": "test",
        "review_state": ReviewState.AUTO,
    }
    values.update(fields)
    return Position.objects.create(document=document, **values)


BUSY_ACTORS = ["DEU", "FRA", "USA", "GBR", "POL", "HUN", "ITA", "ESP", "CHN", "IND", "BRA", "TUR"]


def busy_records(steps: int) -> list[str]:
    """Twelve actors with ``steps`` records each on two topics: enough to show an N+1 if there were one."""
    for index, code in enumerate(BUSY_ACTORS):
        for step in range(steps):
            when = date(2022, 1 + step, 1 + index)
            for topic, stance in [("military-aid-ukraine", (index + step) % 5 - 2),
                                  ("sanctions-russia", (index - step) % 5 - 2)]:  # fmt: skip
                document = make_document(f"{code} said {stance} on {when} about {topic}.", published=when)
                make_position(document, actor_id=code, topic_id=topic, stance=stance, date=when)
    return BUSY_ACTORS
