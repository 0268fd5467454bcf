"""Review actions on position records: each one a transaction that writes one history row with its user and reason.

Views call these; so can commands and tests. Every function locks the record it changes, checks that the change
still makes sense (another reviewer may have got there first) and raises ReviewError with a sentence if not.
Nothing here deletes a record or a history row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from ingest.models import Document, Source
from positions.models import Actor, EvidenceKind, Position, ReviewState, Topic

REVIEWER_EXTRACTOR = "reviewer"
CORRECTABLE = ("actor", "topic", "stance", "date")
REASON_LENGTH = 100  # simple_history's history_change_reason column
VERIFIED_REASON = "Verified as extracted"
BULK_VERIFIED_REASON = "Verified as extracted (bulk)"
REJECTED_REASON = "Not a position"
# Tracked fields a revert restores (everything a record says; not its document, which never changes).
RESTORED = (
    "actor_id",
    "topic_id",
    "stance",
    "date",
    "quote",
    "span_start",
    "span_end",
    "speaker_id",
    "speaker_name",
    "evidence_kind",
    "confidence",
    "extractor",
    "extractor_version",
    "review_state",
)


class ReviewError(ValueError):
    """A review action cannot be applied as asked; the message says why."""


@dataclass(frozen=True)
class QueueFilter:
    topic: Topic | None = None
    actor: Actor | None = None
    source: Source | None = None
    start: date | None = None
    end: date | None = None


def queue(filters: QueueFilter = QueueFilter()) -> QuerySet[Position]:
    """Automatic records awaiting review, lowest confidence first (reads position_review_queue_idx)."""
    queryset = Position.objects.automatic()
    if filters.topic:
        queryset = queryset.filter(topic=filters.topic)
    if filters.actor:
        queryset = queryset.filter(actor=filters.actor)
    if filters.source:
        queryset = queryset.filter(document__source=filters.source)
    if filters.start:
        queryset = queryset.filter(date__gte=filters.start)
    if filters.end:
        queryset = queryset.filter(date__lte=filters.end)
    return queryset.order_by("confidence", "id")


def _locked(position_id: int) -> Position:
    try:
        return Position.objects.select_for_update().get(pk=position_id)
    except Position.DoesNotExist:
        raise ReviewError(f"Record {position_id} does not exist.") from None


def _save(position: Position, user, reason: str) -> Position:
    position._history_user = user
    position._change_reason = reason[:REASON_LENGTH]
    position.save()
    return position


def _require_automatic(position: Position, action: str) -> None:
    if position.review_state != ReviewState.AUTO:
        raise ReviewError(
            f"Record {position.pk} cannot be {action}: it is already {position.get_review_state_display().lower()}."
        )


def verify(position_id: int, user) -> Position:
    """The extractor was right: lock the record as it is."""
    with transaction.atomic():
        position = _locked(position_id)
        _require_automatic(position, "verified")
        position.review_state = ReviewState.VERIFIED
        return _save(position, user, VERIFIED_REASON)


def reject(position_id: int, user, reason: str = "") -> Position:
    """Not a position at all: keep the record, out of every chart, so re-extraction does not bring it back."""
    with transaction.atomic():
        position = _locked(position_id)
        if position.review_state == ReviewState.REJECTED:
            raise ReviewError(f"Record {position.pk} is already rejected.")
        position.review_state = ReviewState.REJECTED
        return _save(position, user, reason.strip() or REJECTED_REASON)


def changed_fields(position: Position, values: dict) -> list[str]:
    """Which of actor, topic, stance and date ``values`` would change (model instances or keys both compare)."""
    changed = []
    for name in CORRECTABLE:
        if name not in values:
            continue
        new = values[name]
        if name in ("actor", "topic"):
            new = getattr(new, "pk", new)
            current = getattr(position, f"{name}_id")
        else:
            current = getattr(position, name)
        if new != current:
            changed.append(name)
    return changed


def _assign(position: Position, name: str, value) -> None:
    """Set a correctable field from a value or, for actor and topic, a model instance or its key."""
    if name in ("actor", "topic"):
        setattr(position, f"{name}_id", getattr(value, "pk", value))
    else:
        setattr(position, name, value)


def correct(position_id: int, user, values: dict, reason: str) -> tuple[Position, list[str]]:
    """Change any of actor, topic, stance and date, with a reason; return the record and the fields changed.

    A record the extractor proposed becomes "corrected"; one a reviewer added stays "added".
    """
    if not reason.strip():
        raise ReviewError("Say in a few words why the record is corrected.")
    with transaction.atomic():
        position = _locked(position_id)
        changed = changed_fields(position, values)
        if not changed:
            raise ReviewError("Nothing was changed: verify the record if it is right as it is.")
        for name in changed:
            _assign(position, name, values[name])
        if position.review_state != ReviewState.ADDED:
            position.review_state = ReviewState.CORRECTED
        return _save(position, user, reason.strip()), changed


def bulk_verify(queryset: QuerySet[Position], user, expected: int) -> int:
    """Verify every automatic record in ``queryset`` at once, if there are still ``expected`` of them."""
    with transaction.atomic():
        records = list(queryset.filter(review_state=ReviewState.AUTO).select_for_update().order_by("pk"))
        if len(records) != expected:
            raise ReviewError(
                f"The filter now matches {len(records)} record(s), not the {expected} you confirmed: check again."
            )
        now = timezone.now()
        for record in records:
            record.review_state = ReviewState.VERIFIED
            record.updated_at = now
        if records:
            bulk_update_with_history(
                records,
                Position,
                ["review_state", "updated_at"],
                batch_size=500,
                default_user=user,
                default_change_reason=BULK_VERIFIED_REASON,
            )
        return len(records)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at either end; ValueError if it is outside the text or blank."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"The selection {start}–{end} is not inside the text (0–{len(text)}).")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValueError("The selection holds no words.")
    return start, end


def add_record(document: Document, user, values: dict, start: int, end: int, reason: str = "") -> Position:
    """A position the extractor missed, evidenced by the span ``start``–``end`` of the document's text."""
    try:
        start, end = trim_span(document.text, start, end)
    except ValueError as error:
        raise ReviewError(str(error)) from None
    position = Position(
        document=document,
        quote=document.text[start:end],
        span_start=start,
        span_end=end,
        evidence_kind=EvidenceKind.STATEMENT,
        confidence=1.0,
        extractor=REVIEWER_EXTRACTOR,
        extractor_version="",
        review_state=ReviewState.ADDED,
    )
    for name in CORRECTABLE:
        _assign(position, name, values[name])
    with transaction.atomic():
        return _save(position, user, reason.strip() or "Added: missed by the extractor")


def history(position: Position) -> list:
    """The record's versions, oldest first, each with its number (``version``) and who made it."""
    rows = list(position.history.select_related("history_user").order_by("history_date", "history_id"))
    for number, row in enumerate(rows, start=1):
        row.version = number
    return rows


def revert(position_id: int, user, history_id: int) -> Position:
    """Make the record what it was in an earlier version; a new history row says so. Nothing is deleted."""
    with transaction.atomic():
        position = _locked(position_id)
        versions = history(position)
        target = next((row for row in versions if row.history_id == history_id), None)
        if target is None:
            raise ReviewError(f"Version {history_id} is not a version of record {position.pk}.")
        if target is versions[-1]:
            raise ReviewError(f"Version {target.version} is the record as it is now; there is nothing to revert.")
        exists = Actor.objects.filter(pk=target.actor_id).exists() and Topic.objects.filter(pk=target.topic_id).exists()
        if not exists:
            raise ReviewError(f"Version {target.version} names an actor or topic that no longer exists.")
        for name in RESTORED:
            setattr(position, name, getattr(target, name))
        name = user.get_username() if user and user.is_authenticated else "someone"
        try:
            with transaction.atomic():
                return _save(position, user, f"Revert to version {target.version} by {name}")
        except IntegrityError:
            raise ReviewError(
                f"Version {target.version} is automatic, and the document already has an automatic record for "
                f"{target.actor_id} on {target.topic_id}: reject or correct that one first."
            ) from None


@dataclass(frozen=True)
class Change:
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class Version:
    row: object
    changes: list[Change]
    first: bool = False


def versions_with_changes(rows: Iterable) -> list[Version]:
    """Each version beside what it changed from the one before (every field for the first), newest first."""
    rows = list(rows)
    out: list[Version] = []
    previous = None
    for row in rows:
        if previous is None:
            first = model_to_dict(row, fields=_DIFFED)
            changes = [Change(name, None, first[name]) for name in _DIFFED]
        else:
            delta = row.diff_against(previous, included_fields=_DIFFED)
            changes = [Change(change.field, change.old, change.new) for change in delta.changes]
        out.append(Version(row, changes, first=previous is None))
        previous = row
    return out[::-1]


_DIFFED = [
    "actor",
    "topic",
    "stance",
    "date",
    "quote",
    "span_start",
    "span_end",
    "speaker_name",
    "confidence",
    "extractor",
    "extractor_version",
    "review_state",
]


def evidence_in_context(text: str, start: int | None, end: int | None, reach: int = 600) -> tuple[str, str, str]:
    """(before, evidence, after): the paragraph around a span, cut at ``reach`` characters either side."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return "", "", ""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last == -1 else last
    before, after = text[max(first, start - reach) : start], text[end : min(last, end + reach)]
    if start - reach > first:
        before = "…" + before
    if end + reach < last:
        after = after + "…"
    return before, text[start:end], after
