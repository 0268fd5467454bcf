"""The extractor interface and the registry of extractors by kind."""

from __future__ import annotations

from abc import ABC, abstractmethod
from importlib import import_module
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
    """An extractor of ``kind``; without a gazetteer, one read from the reference files.

    ``kind`` is a key of ``EXTRACTORS`` or, for an extractor kept outside this package (a learned model's
    wrapper, say), an import path ``"package.module:ClassName"``."""
    cls = _extractor_class(kind)
    if gazetteer is None:
        from ingest.extraction.gazetteer import Gazetteer

        gazetteer = Gazetteer.from_reference_files()
    return cls(gazetteer)


def _extractor_class(kind: str) -> type[Extractor]:
    if kind in EXTRACTORS:
        return EXTRACTORS[kind]
    if ":" not in kind:
        raise KeyError(f"unknown extractor kind {kind!r}; known: {', '.join(sorted(EXTRACTORS))}")
    module_name, _, class_name = kind.partition(":")
    try:
        cls = getattr(import_module(module_name), class_name)
    except (ImportError, AttributeError) as error:
        raise KeyError(f"extractor {kind!r} cannot be imported: {error}") from None
    if not (isinstance(cls, type) and issubclass(cls, Extractor)):
        raise KeyError(f"{kind!r} is not an Extractor subclass")
    return cls
