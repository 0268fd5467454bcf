"""An extractor that fails on purpose, loaded by worker processes through ``EXTRACTOR_KIND``'s import path."""

from ingest.extraction import get_extractor
from ingest.extraction.base import Extractor

FAILING_MARKER = "Trigger the extractor fault."


class FailsOnMarker(Extractor):
    """The rules extractor, except on texts holding ``FAILING_MARKER``, where it raises as a bug would."""

    name = "fails-on-marker"
    version = "1"

    def __init__(self, gazetteer):
        super().__init__(gazetteer)
        self.rules = get_extractor("rules", gazetteer)

    def extract(self, doc):
        if FAILING_MARKER in doc.text:
            raise ZeroDivisionError("the extractor broke on this text")
        return self.rules.extract(doc)
