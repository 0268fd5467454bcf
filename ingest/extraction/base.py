"""The extractor interface and the registry of extractors by kind."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ingest.extraction.gazetteer import Gazetteer
    from ingest.extraction.records import DocumentInput, ExtractionResult


class Extractor(ABC):
    """Turns one document into position records. Subclasses set ``name`` and ``version``."""

    name: ClassVar[str]
    version: ClassVar[str]

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    @abstractmethod
    def extract(self, doc: DocumentInput) -> ExtractionResult:
        """Read ``doc`` and return what it states; never raises on odd input."""


EXTRACTORS: dict[str, type[Extractor]] = {}


def register(kind: str):
    """Class decorator adding an extractor to ``EXTRACTORS`` under ``kind``."""

    def add(cls: type[Extractor]) -> type[Extractor]:
        EXTRACTORS[kind] = cls
        return cls

    return add


def get_extractor(kind: str = "rules", gazetteer: Gazetteer | None = None) -> Extractor:
    """An extractor of ``kind``; without a gazetteer, one read from the reference files."""
    try:
        cls = EXTRACTORS[kind]
    except KeyError:
        raise KeyError(f"unknown extractor kind {kind!r}; known: {', '.join(sorted(EXTRACTORS))}") from None
    if gazetteer is None:
        from ingest.extraction.gazetteer import Gazetteer

        gazetteer = Gazetteer.from_reference_files()
    return cls(gazetteer)
