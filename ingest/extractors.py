"""The bridge between the database and the pure extractor: a gazetteer built from reference rows."""

from __future__ import annotations

from django.conf import settings

from ingest.extraction import Extractor, Gazetteer, get_extractor
from positions.models import Actor, Official, Topic

ACTOR_FIELDS = ["code", "kind", "name", "aliases", "demonyms", "capital", "metonyms", "un_status"]
OFFICIAL_FIELDS = ["name", "aliases", "actor", "role", "role_kind", "valid_from", "valid_to"]
TOPIC_FIELDS = ["slug", "name", "proposition", "description", "patterns"]


def gazetteer_from_database() -> Gazetteer:
    """The gazetteer as the admin has it now: names, officials and topic patterns are edited there."""
    actors = list(Actor.objects.values(*ACTOR_FIELDS))
    officials = []
    for row in Official.objects.values(
        *[field if field != "actor" else "actor_id" for field in OFFICIAL_FIELDS]
    ):
        row["actor"] = row.pop("actor_id")
        for key in ("valid_from", "valid_to"):
            row[key] = row[key].isoformat() if row[key] else None
        officials.append(row)
    topics = list(Topic.objects.values(*TOPIC_FIELDS))
    return Gazetteer.from_rows(actors, officials, topics)


def configured_extractor(kind: str | None = None) -> Extractor:
    return get_extractor(kind or settings.EXTRACTOR_KIND, gazetteer_from_database())
