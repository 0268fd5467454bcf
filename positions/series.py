"""The pre-aggregated series (one row per actor, topic and day) and the cache version that follows the data.

Triggers in the database queue every (actor, topic, day) a write to positions touches; :func:`refresh` works
the queue off in one statement and, when it changed anything, bumps the cache version so that every cached
chart and count is read afresh. Writers schedule a refresh for after their commit; readers call
:func:`refresh` first, so a chart never reads a stale day even after a write that scheduled nothing (a raw
SQL update, a bulk import).

Caching degrades, it never fails: with the cache unreachable, values are computed every time.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import connection, transaction

logger = logging.getLogger(__name__)

REFRESH_BATCH = 50_000
VERSION_KEY = "positions:data-version"
CACHE_SECONDS = 3600
T = TypeVar("T")


def refresh() -> int:
    """Recompute every queued day; returns how many queued keys were taken."""
    taken = 0
    with connection.cursor() as cursor:
        while True:
            cursor.execute("SELECT positions_refresh_series(%s)", [REFRESH_BATCH])
            batch = cursor.fetchone()[0]
            taken += batch
            if batch < REFRESH_BATCH:
                break
    if taken:
        bump_version()
    return taken


def _refresh_after_commit() -> None:
    refresh()


def schedule_refresh() -> None:
    """Refresh once the current transaction commits (once per transaction), or now outside one."""
    if not connection.in_atomic_block:
        refresh()
        return
    if any(callback is _refresh_after_commit for _, callback, _ in connection.run_on_commit):
        return
    transaction.on_commit(_refresh_after_commit)


def bump_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        _set_version()
    except Exception as error:  # the cache is down: nothing cached can be read either
        logger.warning("could not bump the data version: %s", error)


def _set_version() -> int:
    # Milliseconds since the epoch: never reuses a version an earlier cache may still hold entries for.
    version = int(time.time() * 1000)
    cache.set(VERSION_KEY, version, None)
    return version


def data_version() -> int | None:
    """The cache version of the data, or None when the cache cannot be reached."""
    try:
        version = cache.get(VERSION_KEY)
        return version if version is not None else _set_version()
    except Exception as error:
        logger.warning("the cache is unreachable, computing without it: %s", error)
        return None


def cached(name: str, parts: tuple, compute: Callable[[], T], timeout: int = CACHE_SECONDS) -> T:
    """``compute()``, kept in the cache under the current data version (so any write retires it)."""
    version = data_version()
    if version is None:
        return compute()
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()
    key = f"positions:{version}:{name}:{digest}"
    try:
        hit = cache.get(key)
    except Exception:
        hit = None
    if hit is not None:
        return hit
    value = compute()
    try:
        cache.set(key, value, timeout)
    except Exception as error:
        logger.warning("could not cache %s: %s", name, error)
    return value
