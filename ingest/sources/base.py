"""What every source adapter takes and returns. Adapters are pure of the database: the ingest services
turn a Source row into a SourceConfig, call the adapter, and store what it returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date, timedelta

# Every actor tracked, the UN included, speaks after this day: an earlier date is a misread one.
EARLIEST_PUBLISHED = date(1945, 1, 1)


def implausible_date(published: date) -> str:
    """Why no statement can bear this date ("" when one can): before 1945, or later than tomorrow (a day's
    grace for time zones ahead of the server's)."""
    if published < EARLIEST_PUBLISHED:
        return f"its date {published.isoformat()} is before {EARLIEST_PUBLISHED.year}, so it cannot be right"
    if published > date.today() + timedelta(days=1):
        return f"its date {published.isoformat()} is in the future"
    return ""


@dataclass(frozen=True)
class SourceConfig:
    kind: str
    url: str = ""
    path: str = ""
    default_actor: str | None = None
    options: dict = field(default_factory=dict)
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class VoteRow:
    """One state's recorded vote on a resolution: the evidence of a position."""

    country: str  # ISO 3166-1 alpha-3
    vote: str  # "yes", "no", "abstain" or "absent"
    topic: str
    stance: int  # the stance the vote expresses on the topic (polarity of the resolution applied)


@dataclass(frozen=True)
class FetchedDocument:
    """One document, fetched and reduced to its text, ready to be stored."""

    url: str
    title: str
    text: str
    published: date | None
    language: str = ""
    source_actor: str | None = None
    speaker: str | None = None
    votes: tuple[tuple[int, int, VoteRow], ...] = ()  # (span start, span end, vote) within text


@dataclass(frozen=True)
class ItemRef:
    """An item a poll found: either a URL still to fetch, or a document already in hand (files, votes)."""

    url: str = ""
    document: FetchedDocument | None = None
    hint_title: str = ""
    hint_published: date | None = None

    @classmethod
    def whole(cls, document: FetchedDocument) -> ItemRef:
        """An item that came whole (a file record, a table of votes): nothing is left to fetch."""
        return cls(url=document.url, document=document, hint_title=document.title, hint_published=document.published)


@dataclass(frozen=True)
class Discovery:
    items: list[ItemRef]
    not_modified: bool = False
    etag: str = ""
    last_modified: str = ""
    errors: list[str] = field(default_factory=list)  # problems with single entries; the rest still counts


class AdapterError(Exception):
    """The source as a whole could not be read (malformed feed, missing file); the message says why."""


class SourceAdapter(ABC):
    def __init__(self, config: SourceConfig, http=None):
        self.config = config
        self.http = http

    @abstractmethod
    def discover(self) -> Discovery:
        """Find the source's items; for web kinds this makes the polling request."""

    def fetch(self, ref: ItemRef) -> FetchedDocument:
        """Fetch one item found by discover(); kinds whose items come whole need not override it."""
        if ref.document is None:
            raise AdapterError(f"{type(self).__name__} cannot fetch {ref.url!r}")
        return ref.document
