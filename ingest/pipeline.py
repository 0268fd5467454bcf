"""Running the extractor on a stored document and keeping its records in step with the text."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from ingest.extraction import DocumentInput, ExtractionResult, Extractor, PositionRecord
from ingest.extractors import configured_extractor
from ingest.models import Document
from ingest.storage import replace_automatic_records
from positions.models import Actor, Official, Position, ReviewState, Topic, stint_covers

logger = logging.getLogger(__name__)

# A worker keeps its extractor (the automata built from the gazetteer) and the reference keys for this
# long, then rebuilds them, so that edits made in the admin reach extraction without a restart.
CONTEXT_TTL_SECONDS = 300


@dataclass
class ExtractionContext:
    extractor: Extractor
    actors: set[str]
    topics: set[str]
    officials: dict[tuple[str, str], list[tuple[int, object, object]]] = field(default_factory=dict)
    built_at: float = field(default_factory=time.monotonic)

    @classmethod
    def build(cls, extractor: Extractor | None = None) -> ExtractionContext:
        officials: dict[tuple[str, str], list[tuple[int, object, object]]] = {}
        for pk, name, actor, start, end in Official.objects.values_list(
            "pk", "name", "actor_id", "valid_from", "valid_to"
        ):
            officials.setdefault((name, actor), []).append((pk, start, end))
        return cls(
            extractor=extractor or configured_extractor(),
            actors=set(Actor.objects.values_list("code", flat=True)),
            topics=set(Topic.objects.values_list("slug", flat=True)),
            officials=officials,
        )

    def speaker_id(self, record: PositionRecord) -> int | None:
        """The official's stint that was valid on the record's date, if the speaker is in the gazetteer."""
        for pk, start, end in self.officials.get((record.speaker or "", record.actor), []):
            if stint_covers(start, end, record.date):
                return pk
        return None


_context: ExtractionContext | None = None


def current_context() -> ExtractionContext:
    global _context
    if _context is None or time.monotonic() - _context.built_at > CONTEXT_TTL_SECONDS:
        _context = ExtractionContext.build()
    return _context


def forget_extractor() -> None:
    """Drop the cached extractor, so the next extraction reads the reference data again."""
    global _context
    _context = None


@dataclass(frozen=True)
class ExtractionOutcome:
    document_id: int
    created: int
    kept_reviewed: int
    language: str


def extract_document(document_id: int, extractor: Extractor | None = None) -> ExtractionOutcome:
    """Replace a document's automatic records with what the extractor finds now.

    Records a reviewer verified, corrected, rejected or added are never changed or deleted, and the
    extractor's record for the same actor and topic is not added beside them.
    """
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document_id)
        return extract_into(document, extractor)


def extract_into(document: Document, extractor: Extractor | None = None) -> ExtractionOutcome:
    """Extract a document the caller holds (just stored, or locked) and store its records.

    The caller owns the transaction: storing a fetched page and extracting it commit together. The
    extractor runs before anything is written, so when it raises (the caller marks the document failed)
    the caller's work is untouched."""
    if document.kind == Document.Kind.VOTES:
        # A table of votes has no sentences to read: its records come from the votes themselves.
        return ExtractionOutcome(document.pk, 0, 0, document.language)
    context = ExtractionContext.build(extractor) if extractor else current_context()
    result = context.extractor.extract(
        DocumentInput(
            text=document.text,
            published=document.published,
            title=document.title or None,
            source_actor=document.source_actor_id,
            url=document.url or None,
            speaker=document.speaker_name or None,
        )
    )
    return _store_records(document, context, result)


def _store_records(document: Document, context: ExtractionContext, result: ExtractionResult) -> ExtractionOutcome:
    rows = [
        Position(
            document=document,
            actor_id=record.actor,
            topic_id=record.topic,
            stance=record.stance,
            date=record.date,
            quote=record.quote,
            span_start=record.start,
            span_end=record.end,
            speaker_id=context.speaker_id(record),
            speaker_name=(record.speaker or "")[:200],
            confidence=max(0.0, min(1.0, record.confidence)),
            extractor=record.extractor,
            extractor_version=record.version,
            review_state=ReviewState.AUTO,
        )
        for record in result.records
        if record.actor in context.actors and record.topic in context.topics
    ]
    speakers = {row.speaker_id for row in rows if row.speaker_id}
    if speakers:
        # Foreign keys are checked at commit, too late to mend: make sure the cached keys still exist.
        present = set(Official.objects.filter(pk__in=speakers).values_list("pk", flat=True))
        if present != speakers:
            # The cached keys are older than the database (an official re-entered in the admin): keep the
            # speaker's name, drop the stale key, and read the reference data again next time.
            forget_extractor()
            for row in rows:
                if row.speaker_id not in present:
                    row.speaker_id = None
    first_time = document.extracted_at is None and document.status == Document.Status.FETCHED
    created, kept = replace_automatic_records(document, rows, first_time=first_time)
    document.language = result.language[:16]
    document.status = Document.Status.EXTRACTED
    document.error = ""
    document.extracted_at = timezone.now()
    document.save(update_fields=["language", "status", "error", "extracted_at", "updated_at"])
    return ExtractionOutcome(document.pk, created, kept, result.language)


def mark_extraction_failed(document_id: int, error: BaseException) -> str:
    """Keep the error on the document (status failed) and return the message kept."""
    message = f"{type(error).__name__}: {error}"[:5000]
    logger.warning("extraction of document %s failed: %s", document_id, message)
    Document.objects.filter(pk=document_id).update(status=Document.Status.FAILED, error=message)
    return message
