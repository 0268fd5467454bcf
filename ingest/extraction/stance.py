"""Step 4: a stance from the wording between the holder and the topic phrase.

The cues are read left to right: each support cue keeps the sign, each opposing cue or negation flips it
("refused to join sanctions" is −1, "will never recognise" −2); the first cue sets the strength, an
intensifier raises it to 2, a hedge lowers it to 1. A vote takes its own sign times the sign of what the
resolution says; abstention and neutral wording give 0; a rumour or "no comment" gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extraction.lexicon import JUDGING_LABELS, JUDGING_NOUNS, PEJORATIVE_HEADS, Cue
from ingest.extraction.patterns import TopicPattern

_BEARING = frozenset({"sup", "opp", "neg", "accuse", "deny"})
WAR_TOPICS = frozenset({"condemn-invasion"})
"""Topics whose inverse phrases name the war itself, which only an endorsing cue supports (see ``ENDORSING``)."""
CONTENT = _BEARING | {"zero", "vote", "rumour", "nocomment"}


@dataclass(frozen=True, slots=True)
class Reading:
    value: int
    confidence: float
    blocked: bool = False
    unjudged: bool = False
    """Read from support cues that only take part in what a phrase naming the war tells of ("her son was sent to war
    against Ukraine", "help us fight this aggression"): no verdict on the war unless its context makes one."""


BLOCKED = Reading(0, 0.0, True)


def label_of(pattern: TopicPattern) -> str | None:
    """Whose judging word gives the pattern its own stance: "writer" for an adjective a report puts on the thing
    ("illegal annexation"), "speaker" for a word only a party would use ("theft", "pouring weapons"), None when
    the stance comes from what the phrase names ("non-recognition", "circumventing sanctions")."""
    words = pattern.phrase.split()
    if not words:
        return None
    if words[0] in JUDGING_LABELS:
        return "writer"
    if words[0] in PEJORATIVE_HEADS or words[-1] in JUDGING_NOUNS:
        return "speaker"
    return None


def _sign(cue: Cue) -> int:
    if cue.kind == "sup":
        return 1
    return -1


def read(cues: list[Cue], pattern: TopicPattern) -> Reading | None:
    """The stance that ``cues`` (in text order) give toward ``pattern``'s topic, or None if they give none."""
    kinds = [cue.kind for cue in cues]  # each question below is then one C-level scan of this list
    if "rumour" in kinds or "nocomment" in kinds:
        return BLOCKED
    own = pattern.stance
    hedged = "hedge" in kinds
    strong = "intens" in kinds
    denial = "deny" in kinds
    confidence = 0.9
    if "vote" in kinds:
        first = kinds.index("vote")
        vote = cues[first]
        if vote.value == 0:
            return Reading(0, 0.9)
        sign = vote.value
        judged = [cue for cue in cues[first + 1 :] if cue.kind in _BEARING]
        for cue in judged:
            sign *= _sign(cue)
        # "voted against the resolution condemning the illegal annexation": the writer's adjective is no layer
        # under the resolution's verb (see below).
        label = label_of(pattern) if own is not None and own < 0 and judged else None
        if own is not None and own < 0 and label != "writer":
            sign = -sign
        if pattern.inverse and judged:
            # "voted for the resolution on the aggression against Ukraine": a text on a thing the topic is against,
            # with no verb of its own named, is against it.
            sign = -sign
        return Reading(sign, 0.9)
    bearing = [cue for cue in cues if cue.kind in _BEARING]
    if "zero" in kinds:
        zero = [index for index, kind in enumerate(kinds) if kind == "zero"]
        scoped = [index for index in zero if cues[index].value]
        if scoped and "neg" not in kinds[: scoped[0]]:
            # "did not rule out sending troops", "has not yet decided whether to send": the verb after it is
            # what is left open.
            return Reading(0, 0.75)
        if "neg" not in kinds[: zero[0]] and not any(kind in _BEARING for kind in kinds[zero[-1] + 1 :]):
            return Reading(0, 0.75)
    label = label_of(pattern) if own is not None and own < 0 and bearing else None
    if label == "writer" or (label == "speaker" and any(cue.kind != "sup" for cue in bearing)):
        # A label that only judges is no layer under the cue. The writer's adjective ("recognised the illegal
        # annexation") never is; the speaker's own word ("the theft of Russian assets", "pouring weapons") is not
        # under a cue that already opposes, but keeps its sign under support ("give the theft a legal form"). A
        # phrase naming a stance or a deed ("its policy of non-recognition", "circumventing sanctions") always
        # is: "condemned attempts to circumvent sanctions" backs them.
        own = None
    if not bearing and own is None:
        return None
    sign = 1
    magnitude = 0
    for cue in bearing:
        sign *= _sign(cue)
        if not magnitude:
            magnitude = abs(cue.value) or 1
    if own is not None:
        if own == 0:
            return Reading(0, 0.8)
        sign *= 1 if own > 0 else -1
        if not magnitude:
            magnitude = abs(own)
    if pattern.inverse and not strong and magnitude == 2 and sign < 0:
        # Condemning the thing the topic is against is support; "in the strongest terms" makes it strong.
        magnitude = 1
    if strong:
        magnitude = 2
    if hedged:
        magnitude = 1
        confidence *= 0.7
    if pattern.inverse and not denial:
        sign = -sign
    unjudged = (
        pattern.inverse
        and pattern.topic in WAR_TOPICS
        and bool(bearing)
        and all(cue.kind == "sup" and not cue.endorses for cue in bearing)
    )
    return Reading(sign * max(1, min(2, magnitude)), confidence, unjudged=unjudged)
