"""Polling a source: discover its items, store what comes whole, hand URLs to fetch tasks, count it all."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db import DatabaseError, DataError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from ingest.http import FetchError, canonical_url, client_from_settings
from ingest.models import Document, FailedItem, IngestRun, Source
from ingest.pipeline import extract_into, mark_extraction_failed
from ingest.sources import get_adapter_class
from ingest.sources.base import AdapterError, FetchedDocument, ItemRef, SourceConfig
from ingest.storage import (
    DocumentRejected,
    describe_failure,
    record_failure,
    resolve_failures,
    store_document,
    store_vote_positions,
)

logger = logging.getLogger(__name__)

# Kinds whose items, once stored, are not fetched again on the next poll (a feed lists old entries for
# days). Single pages are fetched on every poll so that a changed page updates its document.
ONCE_PER_URL_KINDS = {"feed", "listing"}
MAX_RUN_ERRORS = 200  # a run keeps its first errors; every failed item is also kept as a FailedItem


def source_config(source: Source, *, conditional: bool = True) -> SourceConfig:
    """The adapter's view of a source; ``conditional=False`` drops the validators so the listing is read
    in full even when the server would answer 304 Not Modified."""
    return SourceConfig(
        kind=source.kind,
        url=source.url,
        path=source.path,
        default_actor=source.default_actor_id,
        options=dict(source.options or {}),
        etag=source.etag if conditional else "",
        last_modified=source.last_modified if conditional else "",
    )


def settle_abandoned_runs(source: Source) -> bool:
    """Close the source's runs whose queued items can no longer arrive; say whether any run was unfinished.

    A run's items travel as broker messages. A message lost with the broker (a Redis restart without
    persistence) or refused by it never settles, so the run would wait for ever, and the listing that named
    the items would answer 304 Not Modified from then on. So while a run is unfinished the next poll reads
    the listing in full and queues again whatever is not stored; and a run older than a message could take
    to be delivered, redelivered and worked (``INGEST_RUN_ABANDON_SECONDS``) is closed, saying how many of
    its items never came back."""
    unfinished = list(IngestRun.objects.filter(source=source, finished_at__isnull=True))
    cutoff = timezone.now() - timedelta(seconds=settings.INGEST_RUN_ABANDON_SECONDS)
    for run in (run for run in unfinished if run.started_at < cutoff):
        message = f"{run.pending} queued items never settled; later polls listed them again"
        IngestRun.objects.filter(pk=run.pk, finished_at__isnull=True).update(
            finished_at=timezone.now(),
            status=IngestRun.Status.PARTIAL,
            errors=[*run.errors[: MAX_RUN_ERRORS - 1], message],
        )
    return bool(unfinished)


def adapter_for(source: Source | SourceConfig, http):
    config = source if isinstance(source, SourceConfig) else source_config(source)
    return get_adapter_class(config.kind)(config, http=http)


@dataclass
class ItemOutcome:
    outcome: str  # new, updated, unchanged, failed
    document_id: int | None = None
    error: str = ""
    votes_stored: bool = False  # a table of votes carries its records; there is no text to extract
    document: Document | None = field(default=None, repr=False)

    @property
    def needs_extraction(self) -> bool:
        return self.document_id is not None and self.outcome in {"new", "updated"} and not self.votes_stored


def store_fetched(fetched: FetchedDocument, source: Source | None) -> ItemOutcome:
    stored = store_document(fetched, source)
    if fetched.votes and stored.needs_extraction:
        store_vote_positions(stored.document, fetched)
    return ItemOutcome(stored.outcome, stored.document.pk, votes_stored=bool(fetched.votes), document=stored.document)


def _count(run: IngestRun, outcome: str) -> None:
    if outcome in {"new", "updated", "failed"}:  # the run's counter of the same name
        setattr(run, outcome, getattr(run, outcome) + 1)


def final_status(*, seen: int, new: int, updated: int, failed: int) -> str:
    """Failed when nothing got through, partial when some items failed, succeeded otherwise."""
    if failed and not (new or updated or seen > failed):
        return IngestRun.Status.FAILED
    return IngestRun.Status.PARTIAL if failed else IngestRun.Status.SUCCEEDED


def finish_run(run: IngestRun) -> None:
    run.finished_at = timezone.now()
    run.status = final_status(seen=run.seen, new=run.new, updated=run.updated, failed=run.failed)
    run.save()


def poll_source(
    source: Source,
    *,
    on_document: Callable[[int], None] | None = None,
    on_urls: Callable[[int, int, list[tuple[str, dict]]], None] | None = None,
    http=None,
    progress: Callable[[int], None] | None = None,
    kind: str = IngestRun.Kind.POLL,
) -> IngestRun:
    """Poll one source and return its run; ``run.to_extract`` lists the new or changed documents.

    ``on_document(id)``, when given, is called for each of them once the transaction commits (to queue
    its extraction); ``on_urls(source_id, run_id, items)`` for each batch of (url, hints) to fetch, or the URLs
    are fetched here when it is None."""
    if http is None:
        with client_from_settings() as client:
            return poll_source(
                source, on_document=on_document, on_urls=on_urls, http=client, progress=progress, kind=kind
            )
    conditional = not settle_abandoned_runs(source)
    run = IngestRun.objects.create(source=source, kind=kind)
    run.to_extract = []
    adapter = adapter_for(source_config(source, conditional=conditional), http)
    try:
        discovery = adapter.discover()
    except (AdapterError, FetchError) as error:
        run.failed += 1
        run.errors = [str(error)]
        Source.objects.filter(pk=source.pk).update(last_polled_at=timezone.now())
        finish_run(run)
        return run
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=timezone.now(),
        etag=discovery.etag or source.etag,
        last_modified=discovery.last_modified or source.last_modified,
    )
    queued: list[tuple[str, dict]] = []
    # One transaction, so that fetch and extraction tasks start only once the run and its items are saved.
    with transaction.atomic():
        for message in discovery.errors:
            run.failed += 1
            run.errors.append(message)
            record_failure(source, run, message, location=message.split(":", 1)[0][:1000])
        for ref in discovery.items:
            run.seen += 1
            if ref.document is not None:
                outcome = _store_inline(ref, source, run)
            else:
                url = canonical_url(ref.url)
                if source.kind in ONCE_PER_URL_KINDS and Document.objects.filter(url=url).exists():
                    outcome = ItemOutcome("unchanged")
                elif on_urls is None:
                    outcome = _fetch_now(source, url, run, http, hints_of(ref))
                else:
                    queued.append((url, hints_of(ref)))
                    outcome = ItemOutcome("queued")
            if outcome.document_id and outcome.outcome in {"new", "updated"} and not outcome.votes_stored:
                run.to_extract.append(outcome.document_id)
                if on_document is not None:
                    transaction.on_commit(lambda pk=outcome.document_id: on_document(pk))
            if progress:
                progress(run.seen)
        run.pending = len(queued)
        size = settings.INGEST_FETCH_BATCH_SIZE
        for start in range(0, len(queued), size):
            transaction.on_commit(lambda batch=queued[start : start + size]: on_urls(source.pk, run.pk, batch))
        if run.pending:
            run.save()
        else:
            finish_run(run)
    return run


def hints_of(ref: ItemRef) -> dict:
    """What the listing said of an item (its title and date), as JSON for a task: the page may not say."""
    published = ref.hint_published.isoformat() if ref.hint_published else None
    return {"title": ref.hint_title or "", "published": published}


def _ref(url: str, hints: dict | None) -> ItemRef:
    hints = hints or {}
    published = hints.get("published")
    return ItemRef(
        url=url,
        hint_title=hints.get("title") or "",
        hint_published=date.fromisoformat(published) if published else None,
    )


def _store_inline(ref: ItemRef, source: Source | None, run: IngestRun) -> ItemOutcome:
    try:
        outcome = store_fetched(ref.document, source)
    except DocumentRejected as error:
        location = ref.document.url or (ref.document.title or "")[:200]
        message = f"{location}: {error}"
        run.errors.append(message)
        record_failure(source, run, message, url=ref.document.url or "", location=location)
        outcome = ItemOutcome("failed", error=message)
    _count(run, outcome.outcome)
    return outcome


def _fetch_now(source: Source, url: str, run: IngestRun, http, hints: dict) -> ItemOutcome:
    try:
        outcome = fetch_and_store(source, url, run, http, hints)
    except FetchError as error:
        record_failure(source, run, describe_failure(url, error), url=url)
        outcome = ItemOutcome("failed", error=str(error))
    if outcome.error:
        run.errors.append(describe_failure(url, outcome.error))
    _count(run, outcome.outcome)
    return outcome


def fetch_and_store(
    source: Source,
    url: str,
    run: IngestRun | None,
    http=None,
    hints: dict | None = None,
    *,
    extract: bool = False,
    resolve: bool = True,
) -> ItemOutcome:
    """Fetch one URL through the source's adapter and store it; a failure is recorded on the item.

    ``hints`` (title and date from the feed or listing) fill in what the page itself does not say. With
    ``extract``, a new or changed document is extracted in the transaction that stores it, so the two
    commit together; an extractor that raises leaves the document stored and marked failed. ``resolve``
    marks the URL's earlier failures resolved (a caller that knows there are none skips the query)."""
    if http is None:
        with client_from_settings() as client:
            return fetch_and_store(source, url, run, client, hints, extract=extract, resolve=resolve)
    try:
        fetched = adapter_for(source, http).fetch(_ref(url, hints))
    except FetchError:
        raise  # the task decides whether to retry; it records the failure when it gives up
    except AdapterError as error:
        record_failure(source, run, describe_failure(url, error), url=url)
        return ItemOutcome("failed", error=str(error))
    with transaction.atomic():
        return store_and_extract(source, url, fetched, run, extract=extract, resolve=resolve)


def store_and_extract(
    source: Source, url: str, fetched: FetchedDocument, run: IngestRun | None, *, extract: bool, resolve: bool
) -> ItemOutcome:
    """Store one fetched item and, with ``extract``, extract it in the same transaction (the caller's).

    The item gets a savepoint of its own, so a rejected item leaves the rest of a batch in place; an
    extractor that raises leaves the document stored and marked failed."""
    try:
        with transaction.atomic():
            outcome = store_fetched(fetched, source)
            if extract and outcome.needs_extraction:
                outcome.error = _extract_stored(outcome.document)
    except DocumentRejected as error:
        record_failure(source, run, describe_failure(url, error), url=url)
        return ItemOutcome("failed", error=str(error))
    except DataError as error:  # a value PostgreSQL refuses; the item's savepoint kept the rest intact
        message = f"the item could not be stored: {str(error).strip()}"
        record_failure(source, run, describe_failure(url, message), url=url)
        return ItemOutcome("failed", error=message)
    if resolve:
        resolve_failures(source, url)
    return outcome


def _extract_stored(document: Document) -> str:
    """Extract a document inside its storing transaction. A failure is kept on the document, not raised,
    and said in the returned message (for the run's errors); the document itself stays stored."""
    try:
        extract_into(document)  # the extractor runs before any write: when it raises, nothing is half done
    except DatabaseError:
        raise  # the item's savepoint takes it back; the store is not to be trusted after it
    except Exception as error:
        return f"stored, but its extraction failed: {mark_extraction_failed(document.pk, error)}"
    return ""


@dataclass
class BatchOutcome:
    """What a batch of fetches did, for its run; items handed back were not settled here."""

    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0, "failed": 0})
    errors: list[str] = field(default_factory=list)
    retry: list[tuple[str, dict, FetchError]] = field(default_factory=list)  # network errors, to retry alone
    leftover: list[tuple[str, dict]] = field(default_factory=list)  # not reached before the deadline

    @property
    def settled(self) -> int:
        return sum(self.counts.values())


def fetch_batch(
    source: Source, items: list[tuple[str, dict]], *, http=None, deadline: float | None = None
) -> BatchOutcome:
    """Fetch, store and extract a batch of a source's URLs over one connection pool.

    A retryable network error hands its item back (``retry``) so that it alone waits out its backoff;
    any other failure is recorded on the item. Items not begun by ``deadline`` (a ``time.monotonic()``
    value) come back in ``leftover`` so that a task never runs into its time limit."""
    if http is None:
        with client_from_settings() as client:
            return fetch_batch(source, items, http=client, deadline=deadline)
    batch = BatchOutcome()
    failed_before = FailedItem.objects.filter(source=source, resolved=False, url__in=[url for url, _ in items])
    unresolved = set(failed_before.values_list("url", flat=True))
    adapter = adapter_for(source, http)
    # The network first, with no transaction open; then every page stored and extracted in one commit.
    fetched_pages: list[tuple[str, FetchedDocument]] = []
    for position, (url, hints) in enumerate(items):
        if deadline is not None and time.monotonic() > deadline:
            batch.leftover = list(items[position:])
            break
        try:
            fetched_pages.append((url, adapter.fetch(_ref(url, hints))))
        except FetchError as error:
            if error.retryable:
                batch.retry.append((url, hints, error))
                continue
            _count_failure(batch, source, url, error)
        except AdapterError as error:
            _count_failure(batch, source, url, error)
    with transaction.atomic():
        for url, fetched in fetched_pages:
            outcome = store_and_extract(source, url, fetched, None, extract=True, resolve=url in unresolved)
            batch.counts[outcome.outcome] += 1
            if outcome.error:
                batch.errors.append(describe_failure(url, outcome.error))
    return batch


def _count_failure(batch: BatchOutcome, source: Source, url: str, error: Exception) -> None:
    message = describe_failure(url, error)
    record_failure(source, None, message, url=url)
    batch.counts["failed"] += 1
    batch.errors.append(message)


def settle_run_item(run_id: int | None, outcome: str, error: str = "") -> None:
    """Count one fetched item on its run (see :func:`settle_run`)."""
    settle_run(run_id, {outcome: 1}, [error] if error else [])


def settle_run(run_id: int | None, counts: dict[str, int], errors: list[str] = ()) -> None:
    """Count fetched items on their run; the run finishes when its last pending item settles.

    ``counts`` maps outcomes (new, updated, unchanged, failed) to how many items ended so. Many tasks
    settle on one run at once, so each settles in one UPDATE (no lock held across a read), and the last
    one finishes the run by a compare-and-swap on ``finished_at``."""
    settled = sum(counts.values())
    if run_id is None or not settled:
        return
    table = IngestRun._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {table} SET
                new = new + %(new)s, updated = updated + %(updated)s, failed = failed + %(failed)s,
                pending = GREATEST(pending - %(settled)s, 0),
                errors = CASE WHEN jsonb_array_length(errors) >= {MAX_RUN_ERRORS} THEN errors
                              ELSE errors || %(errors)s::jsonb END
            WHERE id = %(run)s
            RETURNING pending, seen, new, updated, failed
            """,
            {
                "new": counts.get("new", 0),
                "updated": counts.get("updated", 0),
                "failed": counts.get("failed", 0),
                "settled": settled,
                "errors": json.dumps(list(errors)[:MAX_RUN_ERRORS]),
                "run": run_id,
            },
        )
        row = cursor.fetchone()
    if row is None or row[0] > 0:
        return
    _, seen, new, updated, failed = row
    status = final_status(seen=seen, new=new, updated=updated, failed=failed)
    IngestRun.objects.filter(pk=run_id, finished_at__isnull=True, pending=0).update(
        finished_at=timezone.now(), status=status
    )


def claim_due_sources(now=None) -> list[int]:
    """Sources whose interval has passed, each claimed by one compare-and-swap so no two beats poll it."""
    now = now or timezone.now()
    claimed = []
    candidates = Source.objects.filter(enabled=True).filter(
        Q(last_polled_at__isnull=True) | Q(last_polled_at__lte=now - F("poll_interval"))
    )
    for source_id, last in candidates.values_list("pk", "last_polled_at"):
        if (
            Source.objects.filter(pk=source_id, last_polled_at=last).update(last_polled_at=now)
            if last
            else (Source.objects.filter(pk=source_id, last_polled_at__isnull=True).update(last_polled_at=now))
        ):
            claimed.append(source_id)
    return claimed
