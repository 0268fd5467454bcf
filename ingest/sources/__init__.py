"""Source kinds: the registry that model choices and the polling code both read.

Each kind maps to a label and the dotted path of its adapter class, imported only when a source of that
kind is polled.
"""

from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True)
class SourceKind:
    label: str
    adapter: str


SOURCE_KINDS: dict[str, SourceKind] = {
    "feed": SourceKind("RSS or Atom feed", "ingest.sources.feed.FeedAdapter"),
    "page": SourceKind("Single web page", "ingest.sources.web.PageAdapter"),
    "listing": SourceKind("Listing page of articles", "ingest.sources.web.ListingAdapter"),
    "file": SourceKind("File or folder (JSON Lines, CSV, text, HTML)", "ingest.sources.files.FileAdapter"),
    "unvotes": SourceKind("UN General Assembly recorded votes (CSV)", "ingest.sources.unvotes.VotesAdapter"),
}


def source_kind_choices() -> list[tuple[str, str]]:
    return [(kind, spec.label) for kind, spec in SOURCE_KINDS.items()]


def get_adapter_class(kind: str):
    try:
        spec = SOURCE_KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown source kind {kind!r}; known: {', '.join(SOURCE_KINDS)}") from None
    module_name, class_name = spec.adapter.rsplit(".", 1)
    return getattr(import_module(module_name), class_name)
