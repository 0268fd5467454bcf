"""Polling a source: discover its items, store what comes whole, hand URLs to fetch tasks, count it all."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from ingest.http import FetchError, canonical_url, client_from_settings
from ingest.models import Document, IngestRun, Source
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


def source_config(source: Source) -> SourceConfig:
    return SourceConfig(
        kind=source.kind,
        url=source.url,
        path=source.path,
        default_actor=source.default_actor_id,
        options=dict(source.options or {}),
        etag=source.etag,
        last_modified=source.last_modified,
    )


def adapter_for(source: Source | SourceConfig, http):
    config = source if isinstance(source, SourceConfig) else source_config(source)
    return get_adapter_class(config.kind)(config, http=http)


@dataclass
class ItemOutcome:
    outcome: str  # new, updated, unchanged, failed
    document_id: int | None = None
    error: str = ""
    votes_stored: bool = False  # a table of votes carries its records; there is no text to extract


def store_fetched(fetched: FetchedDocument, source: Source | None) -> ItemOutcome:
    stored = store_document(fetched, source)
    if fetched.votes and stored.needs_extraction:
        store_vote_positions(stored.document, fetched)
    return ItemOutcome(stored.outcome, stored.document.pk, votes_stored=bool(fetched.votes))


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
    on_url: Callable[[int, str, int, dict], None] | None = None,
    http=None,
    progress: Callable[[int], None] | None = None,
    kind: str = IngestRun.Kind.POLL,
) -> IngestRun:
    """Poll one source and return its run; ``run.to_extract`` lists the new or changed documents.

    ``on_document(id)``, when given, is called for each of them once the transaction commits (to queue
    its extraction); ``on_url(source_id, url, run_id, hints)`` for each URL to fetch, or the URL is fetched here
    when it is None."""
    if http is None:
        with client_from_settings() as client:
            return poll_source(
                source, on_document=on_document, on_url=on_url, http=client, progress=progress, kind=kind
            )
    run = IngestRun.objects.create(source=source, kind=kind)
    run.to_extract = []
    adapter = adapter_for(source, http)
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
                elif on_url is None:
                    outcome = _fetch_now(source, url, run, http, hints_of(ref))
                else:
                    run.pending += 1
                    hints = hints_of(ref)
                    transaction.on_commit(lambda url=url, hints=hints: on_url(source.pk, url, run.pk, hints))
                    outcome = ItemOutcome("queued")
            if outcome.document_id and outcome.outcome in {"new", "updated"} and not outcome.votes_stored:
                run.to_extract.append(outcome.document_id)
                if on_document is not None:
                    transaction.on_commit(lambda pk=outcome.document_id: on_document(pk))
            if progress:
                progress(run.seen)
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
    source: Source, url: str, run: IngestRun | None, http=None, hints: dict | None = None
) -> ItemOutcome:
    """Fetch one URL through the source's adapter and store it; a failure is recorded on the item.

    ``hints`` (title and date from the feed or listing) fill in what the page itself does not say."""
    if http is None:
        with client_from_settings() as client:
            return fetch_and_store(source, url, run, client, hints)
    try:
        fetched = adapter_for(source, http).fetch(_ref(url, hints))
        outcome = store_fetched(fetched, source)
    except FetchError:
        raise  # the task decides whether to retry; it records the failure when it gives up
    except (AdapterError, DocumentRejected) as error:
        record_failure(source, run, describe_failure(url, error), url=url)
        return ItemOutcome("failed", error=str(error))
    resolve_failures(source, url)
    return outcome


def settle_run_item(run_id: int | None, outcome: str, error: str = "") -> None:
    """Count one fetched item on its run; the run finishes when its last pending item settles.

    Many fetch tasks settle on one run at once, so each settles in one UPDATE (no lock held across a
    read), and the last one finishes the run by a compare-and-swap on ``finished_at``."""
    if run_id is None:
        return
    table = IngestRun._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {table} SET
                new = new + %(new)s, updated = updated + %(updated)s, failed = failed + %(failed)s,
                pending = GREATEST(pending - 1, 0),
                errors = CASE WHEN %(error)s = '' OR jsonb_array_length(errors) >= {MAX_RUN_ERRORS} THEN errors
                              ELSE errors || jsonb_build_array(%(error)s::text) END
            WHERE id = %(run)s
            RETURNING pending, seen, new, updated, failed
            """,
            {
                "new": int(outcome == "new"),
                "updated": int(outcome == "updated"),
                "failed": int(outcome == "failed"),
                "error": error,
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
