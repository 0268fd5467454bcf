"""Step 3: which topics a sentence speaks to, from the topic phrases found in it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from ingest.extraction.gazetteer import Hit
from ingest.extraction.patterns import TopicPattern

_GENERIC = frozenset(
    {"peace", "dialogue", "diplomacy", "sanction", "icc", "swift", "tribunal", "accountab", "mediat"}
)


@dataclass(frozen=True, slots=True)
class TopicHit:
    start: int
    end: int
    pattern: TopicPattern
    confidence: float

    @property
    def topic(self) -> str:
        return self.pattern.topic


_START = attrgetter("start")
_COORDINATED_AFTER = re.compile(r",?\s+(?:or|and|nor)\s+(?:to\s+)?")
"""After a phrase: another joined to it ("weapons to Ukraine or to Russia")."""
_COORDINATED_BEFORE = re.compile(r",?\s+(?:or|and|nor|as well as)\s+")
"""Between the first part of a two-part phrase and another phrase: the two are joined ("military support and
humanitarian aid to Ukraine")."""
_INVADERS_BEFORE = re.compile(
    r"\b(?:russian|russia's|russia’s|occupying|occupation|invading|enemy|putin's|putin’s)\s+(?:[a-z-]+\s+)?$"
)
"""Before troops in Ukraine: the invader's own ("Russian troops in Ukraine"), no foreign deployment."""
_ACCESSION_BEFORE = re.compile(r"\b(?:accession|membership)\s+$")
"""Before "negotiations": talks on joining a bloc."""
_OF_NATO = re.compile(r"\s+(?:of|to|in|into)\s+(?:nato|the alliance|the north atlantic|finland|sweden)\b")
"""After an accession phrase of the Union's: the alliance's ("the enlargement of NATO to Finland", "Ukrainian
membership of NATO")."""
_LAWMAKING_AFTER = re.compile(
    r"\s+(?:position|positions|mandate|stance)\s+(?:for|on)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:law|laws|regulation|directive|bill|proposal|budget|text|legislation)\b"
)
"""After "negotiating": a bloc's stance for the making of its own law ("their negotiating position for a law
banning ..."), not talks on the war."""
_OWN_PART = re.compile(
    r"(?:[a-z-]+\s+){0,2}?(?:territory|soil|land|lands|regions?|border|borders|airspace|interior|depth|"
    r"military|army|forces|airfields?|bases|cities|infrastructure|decisions?|warrants?|rulings?|jurisdiction|"
    r"judges|prosecutor|investigations?|verdicts?|charges)\b"
)
"""After a possessive: a part of the possessor, which the phrase before still names ("strikes on Russia's
territory")."""
_TAKEN_IN_BATTLE = re.compile(
    r"\b(?:captured|capturing|destroyed|destroying|seized|shot down|downed|knocked out)\s+(?:[\w-]+\s+){0,2}$"
)
"""Before a weapon: one taken or destroyed in battle ("captured a T-72 tank"), no supply."""
_FRAME_OF = re.compile(
    r"\b(?:outcome|outcomes|result|part|parts|terms|framework|component|element)\s+of\s+(?:a|an|any|the)\s+$"
)
"""Before a phrase of peace talks: a frame for what the sentence is about ("as part of a peace deal")."""
_WAR_COMPOUND = re.compile(r"\s+(?:chest|chests|room|rooms|games?|gaming)\b")
"""After "war": a noun the war only names ("war chest")."""

NEAR_REACH = 60
"""How far after the first part of an ``a ~ b`` pattern its second part may start, in characters."""
_NEAR_BOUNDARY = re.compile(
    r"[.;!?]|,\s*(?:and|but|while|whereas)\s+(?:said|says|added|stressed|told|announced|insisted|noted)\b|"
    r",\s*(?:will|would|shall|has|have)\s|"
    r"\s(?:but|while|whereas|because)\s|\sas a (?:penalty|punishment|response|result|reward)\b|"
    r"\s(?:and|,)\s*(?:expressed|reiterated|reaffirmed|called|urged|stressed|welcomed|condemned|pledged|announced|"
    r"agreed|discussed|noted|underscored|highlighted|affirmed|confirmed|emphasi[sz]ed|restated|renewed|"
    r"thanked|praised)\b"
)
"""Where the second part of an ``a ~ b`` pattern can no longer be sought: a sentence end, or a new clause."""


@cache
def _any_of(phrases: tuple[str, ...]) -> re.Pattern:
    """A pattern finding any of ``phrases`` in one search, made once per set of phrases."""
    return re.compile("|".join(map(re.escape, phrases)))


@cache
def _longest(phrases: tuple[str, ...]) -> int:
    return max(map(len, phrases))


_NEGATED_GAP = re.compile(r"\b(?:no(?!\s+(?:fewer|less|more)\b)|not|never|zero)\b")
"""In the gap of a two-part phrase: a negation of the verb that opens it."""


def _near_span(hit: Hit, lower: str, limit: int) -> tuple[int, int] | None:
    """Where the second part of an ``a ~ b`` pattern starts and ends, or None when it does not follow ``hit``."""
    phrases = hit.entry.value.near
    # The second part must start within reach; it may end after it.
    reach = hit.end + NEAR_REACH
    window_end = min(limit, reach + _longest(phrases))
    if _any_of(phrases).search(lower, hit.end, window_end) is None:
        return None  # no second part in reach: where the clause ends need not be sought
    stop = _NEAR_BOUNDARY.search(lower, hit.end, window_end)
    if stop:
        window_end = stop.start()
    best = None
    for phrase in phrases:
        found = lower.find(phrase, hit.end, window_end)
        while 0 <= found <= reach:
            after = found + len(phrase)
            if (not lower[found - 1].isalnum()) and (after >= len(lower) or not lower[after].isalnum()):
                if best is None or after < best[1]:
                    best = (found, after)
                break
            found = lower.find(phrase, found + 1, window_end)
    return best


def select(hits: list[Hit], actors_named: set[str], lower: str = "", limit: int = 0) -> list[TopicHit]:
    """Topic phrases of one sentence: those whose actor context is met, dropping any phrase that lies inside
    a longer phrase (so "accession negotiations" is not also "negotiations")."""
    candidates = []
    for hit in hits:
        pattern = hit.entry.value
        if pattern.context and not any(code in actors_named for code in pattern.context):
            continue
        if lower and _other_matter(hit, lower):
            continue
        if pattern.near:
            span = _near_span(hit, lower, limit) if lower else None
            if span is None:
                continue
            if not pattern.named_first and _NEGATED_GAP.search(lower, hit.end, span[0]):
                # "imported no Russian gas": the phrase is its second part, so the verb and the negation are read.
                hit = Hit(span[0], span[1], hit.entry)
            else:
                hit = Hit(span[0] if pattern.named_first else hit.start, span[1], hit.entry)
        candidates.append(hit)
    kept: list[TopicHit] = []
    for hit in candidates:
        start, end = hit.start, hit.end
        for other in candidates:
            if (
                other.start <= start
                and end <= other.end
                and (other.end - other.start) > (end - start)
                and other is not hit
                and not _in_gap(other, start, end, hit.entry.value.topic)
                and not _coordinated_in_gap(other, start, end, hit.entry.value.topic, lower)
            ):
                break  # inside a longer phrase
        else:
            _keep(hit, kept)
    kept.sort(key=_START)
    if len(kept) > 1 and any(hit.topic == "peace-talks" for hit in kept):
        # "NATO membership was not a realistic outcome of a negotiated settlement": the settlement only frames the
        # other topic.
        kept = [
            hit
            for hit in kept
            if hit.topic != "peace-talks" or not _FRAME_OF.search(lower, max(0, hit.start - 30), hit.start)
        ] or kept
    if len(kept) > 1:
        # "the decision to allow ATACMS strikes": a weapon named right before the strikes only says what strikes.
        kept = [hit for index, hit in enumerate(kept) if not _names_the_striker(hit, kept[index + 1 :], lower)]
    if len(kept) > 1:
        # A phrase naming the war that shares its last word with a later phrase ("Russia's war" and "war crimes"
        # in "Russia's war crimes") only modifies that phrase's head.
        kept = [
            hit
            for index, hit in enumerate(kept)
            if not hit.pattern.inverse
            or not any(other.start > hit.start and other.start < hit.end < other.end for other in kept[index + 1 :])
        ]
    return kept


def _in_gap(other: Hit, start: int, end: int, topic: str) -> bool:
    """Whether a two-part phrase of another topic from ``start`` to ``end`` opens in the gap of the two-part phrase
    ``other`` and shares its tail: "humanitarian, military, diplomatic and legal support" holds military support
    too."""
    pattern: TopicPattern = other.entry.value
    return (
        bool(pattern.near)
        and not pattern.named_first
        and pattern.topic != topic
        and start > other.start + len(pattern.phrase)
        and end == other.end
    )


_OTHER_NUCLEAR_STATE_BEFORE = re.compile(
    r"\b(?:iran|iran's|tehran|tehran's|north korea|north korea's|dprk|dprk's|pyongyang|pyongyang's)\b"
    r"(?![^.;]*\b(?:russia|russia's|russian|moscow|kremlin|putin)\b)[^.;]*$"
)
"""Before a nuclear phrase, with no word of Russia between: Iran's or North Korea's programme, another matter."""
_RUSSIA_AFTER = re.compile(r"\s+(?:by|from|of)\s+(?:russia|moscow|the kremlin|putin)\b")
"""Right after a nuclear phrase: Russia's after all ("nuclear threats by Russia")."""
_OCCUPIED_BEFORE = re.compile(r"\b(?:occupied|captured|seized|annexed)\s+$")
"""Right before "part of our territory": the part is named by what befell it, not offered in a settlement."""


def _other_matter(hit: Hit, lower: str) -> bool:
    """Whether the words around the phrase make it about something else: "the Kremlin's war chest" is its money,
    "captured a T-72 tank" a weapon taken in battle, "accession negotiations" are talks on joining a bloc, "Russian
    troops in Ukraine" the invader's, "the occupied part of our territory" a place and no concession, "pressure on
    Iran to curb its nuclear escalation" another state's programme, and in "the resolution condemning Russia's
    annexation" the phrase's last word only owns what follows (unless that is a part of it: "strikes on Russia's
    territory")."""
    pattern: TopicPattern = hit.entry.value
    if _WAR_COMPOUND.match(lower, hit.end) and lower.endswith("war", hit.start, hit.end):
        return True
    if (
        pattern.topic == "military-aid-ukraine"
        and not pattern.near
        and _TAKEN_IN_BATTLE.search(lower, max(0, hit.start - 40), hit.start)
    ):
        return True
    if pattern.topic == "peace-talks" and (
        _ACCESSION_BEFORE.search(lower, max(0, hit.start - 12), hit.start) or _LAWMAKING_AFTER.match(lower, hit.end)
    ):
        return True
    if pattern.topic == "foreign-troops-ukraine" and _INVADERS_BEFORE.search(lower, max(0, hit.start - 30), hit.start):
        return True
    if pattern.topic == "ukraine-eu" and _OF_NATO.match(lower, hit.end):
        return True  # "the enlargement of NATO", "Ukrainian membership of NATO": the alliance's, not the Union's
    if (
        pattern.topic == "nuclear-threats"
        and _OTHER_NUCLEAR_STATE_BEFORE.search(lower, max(0, hit.start - 80), hit.start)
        and not _RUSSIA_AFTER.match(lower, hit.end)
    ):
        return True
    if (
        pattern.topic == "territorial-concessions"
        and lower.startswith(("part", "piece"), hit.start)
        and _OCCUPIED_BEFORE.search(lower, max(0, hit.start - 24), hit.start)
    ):
        return True
    return (
        not pattern.near
        and lower.startswith(("'s ", "’s "), hit.end)
        and not _OWN_PART.match(lower, hit.end + 3)
    )


def _coordinated_in_gap(other: Hit, start: int, end: int, topic: str, lower: str) -> bool:
    """Whether a phrase of another topic from ``start`` to ``end`` lies in the gap of the two-part phrase ``other``
    and is coordinated with its second part ("send weapons to Ukraine or to Russia") or its first ("provides
    military support and humanitarian aid to Ukraine"): the sentence speaks of both."""
    pattern: TopicPattern = other.entry.value
    if not pattern.near or pattern.topic == topic or end >= other.end:
        return False
    return _COORDINATED_AFTER.match(lower, end) is not None or (
        not pattern.named_first
        and _COORDINATED_BEFORE.fullmatch(lower, other.start + len(pattern.phrase), start) is not None
    )


def _names_the_striker(hit: TopicHit, later: list[TopicHit], lower: str) -> bool:
    """Whether ``hit`` (a weapon, say) stands right before a phrase of strikes and only says what strikes."""
    return lower.startswith(" strike", hit.end) and any(
        other.start == hit.end + 1 and other.topic == "long-range-strikes" != hit.topic for other in later
    )


def _runs_into(pattern: TopicPattern, hit: Hit, other: TopicPattern, chosen: TopicHit) -> bool:
    """Whether the phrase ``hit`` starts inside the chosen phrase of the same topic and runs on past it, neither
    of them inverse nor with a stance of its own ("giving up territory" and "territory in exchange for ...")."""
    return (
        hit.start > chosen.start
        and hit.end > chosen.end
        and not pattern.inverse
        and not other.inverse
        and pattern.stance is None
        and other.stance is None
    )


def _keep(hit: Hit, kept: list[TopicHit]) -> None:
    """Add ``hit`` to ``kept``, or let it replace (or run on) an overlapping phrase of the same topic."""
    pattern: TopicPattern = hit.entry.value
    same = None
    for index, chosen in enumerate(kept):
        if chosen.pattern.topic == pattern.topic and chosen.start < hit.end and hit.start < chosen.end:
            same = index
            break
    confidence = 0.8 if pattern.phrase in _GENERIC or pattern.context else 0.9
    topic_hit = TopicHit(hit.start, hit.end, pattern, confidence)
    if same is None:
        kept.append(topic_hit)
        return
    other = kept[same].pattern
    if pattern.inverse != other.inverse and hit.start != kept[same].start:
        # "restrictions on Ukraine using Storm Shadows against Russian territory": a limit opening before the
        # phrase it limits is the head, however far the other runs.
        limit_first = pattern.inverse if hit.start < kept[same].start else other.inverse
        if limit_first:
            if pattern.inverse:
                kept[same] = topic_hit
            return
    if pattern.stance is not None and other.stance is None and other.near:
        # "issued an arrest warrant on Friday for Putin": the phrase that says its stance beats a two-part
        # phrase whose span only runs longer for the gap inside it.
        kept[same] = topic_hit
    elif other.stance is not None and pattern.stance is None and pattern.near:
        return
    elif _runs_into(pattern, hit, other, kept[same]):
        # "giving up territory in exchange for a ceasefire": two phrases of one topic running into each other are
        # one, opening where the first opens (its words before the overlap may be the deed itself).
        kept[same] = TopicHit(kept[same].start, hit.end, other, max(kept[same].confidence, confidence))
    elif (hit.end - hit.start) > (kept[same].end - kept[same].start):
        kept[same] = topic_hit
