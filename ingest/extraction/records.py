"""The values that enter and leave an extractor."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentInput:
    """One text to extract from, with what is known about where it came from."""

    text: str
    published: datetime.date
    title: str | None = None
    source_actor: str | None = None
    url: str | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class PositionRecord:
    """An actor's stance on a topic on a day, with the quote that states it (``text[start:end] == quote``)."""

    actor: str
    topic: str
    stance: int
    date: datetime.date
    quote: str
    start: int
    end: int
    speaker: str | None
    confidence: float
    extractor: str
    version: str


@dataclass(frozen=True)
class ExtractionResult:
    """What an extractor found in one document: its language, its records and notes on anything unusual."""

    language: str
    records: list[PositionRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return self.notes
