"""The sample corpus that `make run` loads: hand-labelled documents with their position records.

Each line of the JSON Lines file is a document with its ``positions``; every position's ``quote`` is a
substring of the text, stored with its character span. Loading twice stores nothing twice: documents are
keyed by their content hash and a document already present is skipped whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from ingest.hashing import content_hash
from ingest.models import Document
from positions.models import Actor, Official, Position, ReviewState, Topic

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "positions" / "reference" / "sample_corpus.jsonl"
SAMPLE_EXTRACTOR = "editorial"


class SampleCorpusError(ValueError):
    """A line of the sample corpus is invalid; the message names the line."""


@dataclass
class SampleReport:
    documents_created: int = 0
    documents_skipped: int = 0
    positions_created: int = 0

    def summary(self) -> str:
        return (
            f"{self.documents_created} documents and {self.positions_created} positions loaded, "
            f"{self.documents_skipped} documents already present"
        )


def _official_for(name: str | None, actor_code: str, on: date) -> Official | None:
    if not name:
        return None
    stints = Official.objects.filter(name=name, actor_id=actor_code)
    for stint in stints:
        if (stint.valid_from is None or stint.valid_from <= on) and (
            stint.valid_to is None or on <= stint.valid_to
        ):
            return stint
    return None


def _parse_line(raw: str, where: str) -> dict:
    try:
        item = json.loads(raw)
        item["published"] = date.fromisoformat(item["published"])
        for position in item.get("positions", []):
            position["date"] = date.fromisoformat(position["date"])
    except (ValueError, KeyError, TypeError) as error:
        raise SampleCorpusError(f"{where}: {error}") from None
    return item


@transaction.atomic
def load_sample_corpus(path: Path = SAMPLE_CORPUS) -> SampleReport:
    report = SampleReport()
    actors = set(Actor.objects.values_list("code", flat=True))
    topics = set(Topic.objects.values_list("slug", flat=True))
    with path.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            where = f"{path.name} line {number}"
            item = _parse_line(raw, where)
            text = item["text"]
            digest = content_hash(text)
            if Document.objects.filter(content_hash=digest).exists():
                report.documents_skipped += 1
                continue
            if item.get("source_actor") and item["source_actor"] not in actors:
                raise SampleCorpusError(f"{where}: unknown source actor {item['source_actor']!r}")
            document = Document.objects.create(
                url=item.get("url") or "",
                title=item.get("title") or "",
                published=item["published"],
                language="en",
                text=text,
                content_hash=digest,
                source_actor_id=item.get("source_actor"),
                speaker_name=item.get("speaker") or "",
                status=Document.Status.EXTRACTED,
            )
            report.documents_created += 1
            for position in item.get("positions", []):
                if position["actor"] not in actors or position["topic"] not in topics:
                    raise SampleCorpusError(
                        f"{where}: unknown actor {position['actor']!r} or topic {position['topic']!r}"
                    )
                start = text.find(position["quote"])
                if start < 0:
                    raise SampleCorpusError(f"{where}: quote not found in text: {position['quote'][:60]!r}")
                speaker = _official_for(position.get("speaker"), position["actor"], position["date"])
                Position.objects.create(
                    document=document,
                    actor_id=position["actor"],
                    topic_id=position["topic"],
                    stance=position["stance"],
                    date=position["date"],
                    quote=position["quote"],
                    span_start=start,
                    span_end=start + len(position["quote"]),
                    speaker=speaker,
                    speaker_name=position.get("speaker") or "",
                    confidence=1.0,
                    extractor=SAMPLE_EXTRACTOR,
                    extractor_version="1",
                    review_state=ReviewState.VERIFIED,
                )
                report.positions_created += 1
    return report
