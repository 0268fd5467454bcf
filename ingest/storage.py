"""Storing what adapters return: documents once, vote records beside them, failures kept with their error."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from ingest.hashing import content_hash
from ingest.http import canonical_url
from ingest.models import Document, FailedItem, IngestRun, Source
from ingest.sources.base import FetchedDocument, implausible_date
from positions.models import EvidenceKind, Position, ReviewState
from positions.series import schedule_refresh

VOTES_EXTRACTOR = "unvotes"
VOTES_EXTRACTOR_VERSION = "1"


class DocumentRejected(ValueError):
    """An item cannot be stored as a document (no text, no date); the message says why."""


@dataclass(frozen=True)
class Stored:
    document: Document
    outcome: str  # "new", "updated" or "unchanged"

    @property
    def needs_extraction(self) -> bool:
        return self.outcome != "unchanged"


def _without_nul(value: str, keep_length: bool = False) -> str:
    """PostgreSQL text cannot hold NUL bytes: drop them, or blank them where offsets into the text matter."""
    return value.replace("\x00", " " if keep_length else "") if "\x00" in value else value


def _fields(fetched: FetchedDocument, source: Source | None) -> dict:
    source_actor = fetched.source_actor or (source.default_actor_id if source else None)
    return {
        "title": _without_nul(fetched.title or "")[:1000],
        "published": fetched.published,
        "language": fetched.language or "",
        "text": _without_nul(fetched.text, keep_length=True),  # vote spans point into the text
        "source_actor_id": source_actor,
        "speaker_name": _without_nul(fetched.speaker or "")[:200],
        "kind": Document.Kind.VOTES if fetched.votes else Document.Kind.STATEMENT,
    }


def store_document(fetched: FetchedDocument, source: Source | None = None) -> Stored:
    """Store one document once: keyed by canonical URL when it has one, else by its content hash.

    A known URL whose text changed is updated (and so re-extracted); the same text under another URL is
    the same document. Two workers storing the same item at once end with one row.
    """
    if not fetched.text or not fetched.text.strip():
        raise DocumentRejected("the item has no text")
    if fetched.published is None:
        raise DocumentRejected("the item has no publication date")
    if why := implausible_date(fetched.published):
        raise DocumentRejected(why)
    url = canonical_url(fetched.url) if fetched.url else ""
    values = _fields(fetched, source)
    digest = content_hash(values["text"])
    with transaction.atomic(savepoint=False):  # within a caller's transaction, its savepoint is enough
        # One look-up for both keys: the document at this URL, and any document with this text.
        matches = Document.objects.filter(Q(url=url) | Q(content_hash=digest) if url else Q(content_hash=digest))
        matches = list(matches.select_for_update().defer("text")[:2])
        existing = next((match for match in matches if url and match.url == url), None)
        same_text = next((match for match in matches if match.content_hash == digest), None)
        if existing is None and same_text is not None:
            return Stored(same_text, "unchanged")
        if existing is not None:
            if same_text is not None:  # unchanged, or its new text is already stored under another URL
                return Stored(existing, "unchanged")
            for key, value in values.items():
                setattr(existing, key, value)
            existing.content_hash = digest
            existing.status = Document.Status.FETCHED
            existing.error = ""
            existing.save()
            return Stored(existing, "updated")
        try:
            with transaction.atomic():
                document = Document.objects.create(source=source, url=url, content_hash=digest, **values)
        except IntegrityError:
            # Another worker stored the same item between our look-up and our insert.
            lookup = {"url": url} if url else {"content_hash": digest}
            document = Document.objects.filter(**lookup).first() or Document.objects.get(content_hash=digest)
            return Stored(document, "unchanged")
        return Stored(document, "new")


def replace_automatic_records(document: Document, rows: list[Position], *, first_time: bool = False) -> tuple[int, int]:
    """Put ``rows`` in place of the document's automatic records; return (created, reviewed pairs kept).

    Records a reviewer verified, corrected, rejected or added are never changed or deleted, and no new
    automatic record is added beside one for the same actor and topic. Removals go one by one so that
    each is kept in the history. ``first_time`` skips the look-up for a document never processed before.
    """
    reviewed: set[tuple[str, str]] = set()
    kept = 0
    if not first_time:
        locked: list[int] = []
        for existing in Position.objects.filter(document=document):
            if existing.review_state == ReviewState.AUTO:
                existing.delete()
            else:
                reviewed.add((existing.actor_id, existing.topic_id))
                locked.append(existing.pk)
        kept = len(reviewed)
        if locked:
            # A reviewer who moved a record to another actor or topic has said the extractor's pair was wrong:
            # every pair a reviewed record ever had stays taken, so the mistake is not extracted again.
            reviewed.update(Position.history.filter(id__in=locked).values_list("actor_id", "topic_id").distinct())
    rows = [row for row in rows if (row.actor_id, row.topic_id) not in reviewed]
    if rows:
        insert_with_history(rows)
        schedule_refresh()  # bulk inserts send no signals
    return len(rows), kept


INSERT_CHUNK = 500


def insert_with_history(rows: list[Position]) -> None:
    """Insert new records and the first row of each one's history in one statement per 500 records.

    The history row is what django-simple-history writes for a created record (type "+", now, no user
    or reason), copied by PostgreSQL from the inserted row, so ingestion pays one round trip, not two,
    and builds no historical model instances."""
    fields = [field for field in Position._meta.concrete_fields if not field.primary_key]
    history = Position.history.model
    copied = [field.column for field in history._meta.concrete_fields if not field.name.startswith("history_")]
    now = timezone.now()
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    kept = ", ".join(connection.ops.quote_name(column) for column in copied)
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[start : start + INSERT_CHUNK]
        values = []
        for row in chunk:
            row.created_at = row.updated_at = now
            values.extend(field.get_db_prep_save(getattr(row, field.attname), connection) for field in fields)
        placeholders = ", ".join(f"({', '.join(['%s'] * len(fields))})" for _ in chunk)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                WITH made AS (
                    INSERT INTO {Position._meta.db_table} ({columns}) VALUES {placeholders} RETURNING {kept}
                )
                INSERT INTO {history._meta.db_table}
                    ({kept}, history_date, history_type, history_change_reason, history_user_id)
                SELECT {kept}, %s, '+', NULL, NULL FROM made
                """,
                [*values, now],
            )


def store_vote_positions(document: Document, fetched: FetchedDocument) -> int:
    """Replace the automatic vote records of a votes document; reviewed records are never touched."""
    rows = [
        Position(
            document=document,
            actor_id=vote.country,
            topic_id=vote.topic,
            stance=vote.stance,
            date=document.published,
            quote=document.text[start:end],
            span_start=start,
            span_end=end,
            evidence_kind=EvidenceKind.VOTE,
            confidence=1.0,
            extractor=VOTES_EXTRACTOR,
            extractor_version=VOTES_EXTRACTOR_VERSION,
            review_state=ReviewState.AUTO,
        )
        for start, end, vote in fetched.votes
    ]
    created, _ = replace_automatic_records(document, rows)
    Document.objects.filter(pk=document.pk).update(
        status=Document.Status.EXTRACTED, extracted_at=timezone.now(), error=""
    )
    return created


def describe_failure(url: str, error) -> str:
    """The error as a sentence that names the item once (fetch errors already name their URL)."""
    message = str(error)
    return message if not url or url in message else f"{url}: {message}"


def record_failure(source: Source | None, run: IngestRun | None, error: str, *, url: str = "", location: str = ""):
    """Keep a failed item with its error; a repeated failure of the same item counts its attempts."""
    with transaction.atomic():
        failure = (
            FailedItem.objects.select_for_update()
            .filter(source=source, url=url, location=location, resolved=False)
            .first()
        )
        if failure is None:
            FailedItem.objects.create(source=source, run=run, url=url, location=location, error=error[:5000])
        else:
            FailedItem.objects.filter(pk=failure.pk).update(
                attempts=F("attempts") + 1, error=error[:5000], run=run, last_failed_at=timezone.now()
            )


def resolve_failures(source: Source | None, url: str) -> None:
    if url:
        FailedItem.objects.filter(source=source, url=url, resolved=False).update(resolved=True)
