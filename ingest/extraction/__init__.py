"""Stance extraction: from a document's text to position records (actor, topic, stance, date, evidence).

A pipeline of small steps with typed values between them, each in its own module:
``segment`` (clean text, turns, sentences) → ``gazetteer`` (one pass finding names, topic phrases and cue
words) → ``attribute`` (who holds the position) → ``topics`` → ``stance`` → ``dates`` → ``merge``;
``rules`` wires them into the default extractor, with three fallbacks: an action that advances a topic with no
stance cue gives its default stance (lower confidence), the parties after "with" of a symmetric verb (sign, agree,
hold talks) share a peace-talks/grain-deal position, and "it"/"the proposal" can take up the topic of the
sentence before. Nothing here touches a database or the network.

Topic patterns are data (``positions/reference/topics.json`` or Topic rows); their syntax is described in
``patterns``: lower-case phrases on word boundaries, ``word*`` for any ending, ``(a|b)`` alternatives,
``[sz]`` one of some letters, ``{RUS}`` an actor's names, a leading ``!`` for a phrase naming what the
proposition is against, and the suffixes ``=-2`` (the phrase's own stance) and ``@UKR,MDA`` (only in a
sentence that also names one of those actors).
"""

from ingest.extraction.base import EXTRACTORS, Extractor, get_extractor
from ingest.extraction.gazetteer import Gazetteer
from ingest.extraction.records import DocumentInput, ExtractionResult, PositionRecord
from ingest.extraction.rules import RuleExtractor

__all__ = [
    "EXTRACTORS",
    "DocumentInput",
    "ExtractionResult",
    "Extractor",
    "Gazetteer",
    "PositionRecord",
    "RuleExtractor",
    "get_extractor",
]
