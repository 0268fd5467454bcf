"""The sample corpus that `make run` loads, through the same pipeline as any file import.

Each line of the JSON Lines file is a document with the ``positions`` an editor labelled in it. The
documents are imported and extracted like any other file; then each editorial label is applied as a
reviewed record: the extractor's record for the same actor and topic is corrected to it (or verified, when
they agree), and a label the extractor missed is added. Loading twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from ingest.hashing import content_hash
from ingest.models import Document, Source
from positions.models import Actor, Official, Position, ReviewState, Topic, stint_covers

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "positions" / "reference" / "sample_corpus.jsonl"
# The recorded votes of every UN member on General Assembly resolutions ES-11/1 to ES-11/6 (UN Digital Library).
SAMPLE_VOTES = SAMPLE_CORPUS.with_name("sample_unga_votes.csv")
SAMPLE_EXTRACTOR = "editorial"
REASON = "Editorial label from the sample corpus"


class SampleCorpusError(ValueError):
    """A line of the sample corpus is invalid; the message names the line."""


@dataclass
class SampleReport:
    documents_created: int = 0
    documents_skipped: int = 0
    positions_created: int = 0  # reviewed records added or set from the labels
    votes_documents: int = 0

    def summary(self) -> str:
        return (
            f"{self.documents_created} documents and {self.positions_created} positions loaded, "
            f"{self.documents_skipped} documents already present, {self.votes_documents} new UN vote tables"
        )


def _labels(path: Path, actors: set[str], topics: set[str]) -> list[tuple[str, list[dict]]]:
    labelled = []
    with path.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            where = f"{path.name} line {number}"
            try:
                item = json.loads(raw)
                positions = item.get("positions", [])
                for position in positions:
                    position["date"] = date.fromisoformat(position["date"])
                    if position["actor"] not in actors or position["topic"] not in topics:
                        raise ValueError(f"unknown actor {position['actor']!r} or topic {position['topic']!r}")
                    if position["quote"] not in item["text"]:
                        raise ValueError(f"quote not found in text: {position['quote'][:60]!r}")
            except (ValueError, KeyError, TypeError) as error:
                raise SampleCorpusError(f"{where}: {error}") from None
            labelled.append((content_hash(item["text"]), positions))
    return labelled


def _official_id(name: str | None, actor: str, on: date) -> int | None:
    for pk, start, end in Official.objects.filter(name=name or "", actor_id=actor).values_list(
        "pk", "valid_from", "valid_to"
    ):
        if stint_covers(start, end, on):
            return pk
    return None


def _apply_label(document: Document, label: dict) -> bool:
    """Make the editor's label a reviewed record of the document; False when it already is one."""
    start = document.text.find(label["quote"])
    values = {
        "stance": label["stance"],
        "date": label["date"],
        "quote": label["quote"],
        "span_start": start,
        "span_end": start + len(label["quote"]),
        "speaker_id": _official_id(label.get("speaker"), label["actor"], label["date"]),
        "speaker_name": label.get("speaker") or "",
        "confidence": 1.0,
    }
    pair = {"document": document, "actor_id": label["actor"], "topic_id": label["topic"]}
    if Position.objects.filter(**pair).reviewed().exists():
        return False
    record = Position.objects.filter(**pair).automatic().first()
    if record is None:
        record = Position(**pair, extractor=SAMPLE_EXTRACTOR, extractor_version="1", **values)
        record.review_state = ReviewState.VERIFIED
    else:
        agrees = record.stance == values["stance"] and record.date == values["date"]
        for key, value in values.items():
            setattr(record, key, value)
        record.review_state = ReviewState.VERIFIED if agrees else ReviewState.CORRECTED
    record._change_reason = REASON
    record.save()
    return True


def load_sample_corpus(path: Path = SAMPLE_CORPUS, votes: Path | None = SAMPLE_VOTES) -> SampleReport:
    from ingest.pipeline import extract_document
    from ingest.polling import poll_source

    actors = set(Actor.objects.values_list("code", flat=True))
    topics = set(Topic.objects.values_list("slug", flat=True))
    labels = _labels(path, actors, topics)
    source, _ = Source.objects.get_or_create(
        kind="file", url="", path=str(path), defaults={"name": "Sample corpus", "enabled": False}
    )
    run = poll_source(source)
    for document_id in run.to_extract:
        extract_document(document_id)
    report = SampleReport(documents_created=run.new, documents_skipped=run.seen - run.new - run.failed)
    if run.failed:
        raise SampleCorpusError(f"{path.name}: {run.failed} item(s) could not be stored: {run.errors[:3]}")
    with transaction.atomic():
        documents = Document.objects.in_bulk([digest for digest, _ in labels], field_name="content_hash")
        for digest, positions in labels:
            for label in positions:
                report.positions_created += _apply_label(documents[digest], label)
    if votes is not None:
        votes_source, _ = Source.objects.get_or_create(
            kind="unvotes", url="", path=str(votes), defaults={"name": "UN General Assembly votes", "enabled": False}
        )
        votes_run = poll_source(votes_source)
        if votes_run.failed:
            raise SampleCorpusError(f"{votes.name}: {votes_run.errors[:3]}")
        report.votes_documents = votes_run.new
    return report
