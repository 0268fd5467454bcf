"""Step 2: who holds a position — the actors, officials and self-references that can be a clause's subject.

An actor named as an object ("sanctions against Russia", "weapons to Ukraine", "told Kuleba", "Russia's
invasion", "US-imposed") is marked ineligible; the holder of a topic phrase is the nearest eligible name
before it (with the names listed alongside it), else a name after it that a speech verb or "by" ties to it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.extraction.gazetteer import Hit, Person
from ingest.extraction.lexicon import (
    COORDINATORS,
    FRONTED,
    OBJECT_WORDS,
    POSSESSIVE_HOLDER,
    ROLE_AFTER,
    is_transitive_cue,
)

_PREVIOUS_WORDS = re.compile(r"([a-z][a-z'\-]*)\W*(?:(?:the|a|an|its|their|his|her)\s+)?$")
_ADJACENT_WORD = re.compile(r"([a-z][a-z\-]*) +(?:(?:the|a|an) +)?$")
_DIRECTIVE = re.compile(
    r"\b(?:propos|urg|demand|recommend|request|want|wish|insist|call(?:ed|s|ing)? on|ask|ensur|make sure|"
    r"made sure|making sure|push(?=ed|es|ing)|press(?=ed|es|ing)|pressur(?=ed|es|ing))[a-z]*\s+"
    r"(?:(?:all|every|both)\s+|[^.;:]{0,50}?\bthat\s+)?(?:the\s+)?$"
)
"""Before an actor's name: a directive whose addressee it is ("proposed that the EU provide ...", "will ensure
that Ukraine remains supplied")."""
_CONCESSIVE = re.compile(r"\bwhatever\s+(?:[\w-]+\s+){0,2}$")
_VERB_AFTER = re.compile(
    r"\s+(?:(?:both|also|jointly|together|today|have|has|had|will|would)\s+)*"
    r"(?:[a-z]+ed|said|says|agreed|announced|imposed|have|has|had|will|would|are|were)\b"
)
"""After a list of names: the verb they are the subject of."""
_AFTER_COMMA = re.compile(r"[a-z],\s*(?:the\s+)?$")
"""Right before a name: a comma after the word before it, which is then not the verb governing the name."""
_SPEAKING_AFTER = re.compile(
    r"(?:'s?\s+(?:[a-z-]+\s+){0,3}?[a-z]+)?\s+(?:saying|adding|arguing|noting|insisting|stressing|warning|"
    r"declaring|telling)\b"
)
"""After a name that follows "with": a speech verb, which makes the name the speaker ("..., with Ramaphosa saying
it could only be ended through dialogue")."""
_EXAMPLE_OF = re.compile(
    r"([a-z][a-z'\-]*)\s+(?:other\s+)?(?:nations|countries|states|regimes|governments|partners|allies)\s+"
    r"(?:like|such as)\s+$"
)
"""Before a name: a plural noun it exemplifies ("nations like"), with the word before that noun."""
_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:[a-z.\-]+\s+){0,5}$")
"""Before a name: a former official speaks for nobody ("former NATO Secretary General ...")."""
_PART_OF = frozenset("some several many most few other certain individual various numerous".split())
_ONE_OF = frozenset("first second third last only one another".split())
_MEMBER_AFTER = re.compile(r"\s+(?:member\s+)?(?:country|state|nation|member|government)\b")
"""After a bloc's name: one of its members ("the first EU country to ...")."""
_PASSIVE_BY = re.compile(
    r"(?:ed|en|wn|ne|lt|nt|ht|ld|de)\s+(?:(?:jointly|also|both|all)\s+)?by\s+(?:the\s+)?$"
)
_LED_BY = re.compile(r"\b(?:with|to|from)\s+(?:[\w'’-]+\s+){0,4}(?:led|headed)\s+by\s+(?:the\s+)?$")
_EVENT_AFTER = re.compile(
    r"\s+(?:summit|meeting|talks|conference|format|process|declaration|communiqu|agreements?|accords?|"
    r"memorandum|forum|dialogue|group|platform|principles|framework|protocol|initiative|deal)\b"
)
_TOPIC_NOUN_AFTER = re.compile(
    r"\s+(?:crisis|question|issue|file|situation|conflict|war|warrant|warrants|resolutions?(?!\s+(?:demand|call|urge|"
    r"condemn|deplor|reaffirm|declar|stat|said|say)))\b(?!\s+(?:has|have|had)\b)"
)
"""After a name: the name only labels a matter ("the Ukraine crisis", "the Korea question", "the ICC warrant",
"the General Assembly resolution"); nobody speaks."""
_ROLE_BEFORE_OF = re.compile(
    r"(?:minister|ministry|president|government|representative|ambassador|envoy|leaders?|leadership|delegation|"
    r"spokes(?:person|man|woman)|foreign affairs|affairs|embassy|mission|secretary|king|emir|parliament|"
    r"council|"
    r"head|chief|side|behalf|part|name|people|permanent representative)s?\s+of\s+(?:the\s+)?$"
)
_JOINED_WITH = re.compile(r",\s*(?:together|along|jointly)\s+with\s+(?:the\s+)?$")
"""Before a name: it joins the list before it ("France and Germany, along with Finland")."""
_JOINED = re.compile(
    r"\s+(?:membership|accession|candidacy|enlargement|expansion|entry|aspirations|integration)\b"
)
"""After a bloc's name: the bloc is what is joined, not who speaks ("NATO membership")."""
_ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$")
_INDEFINITE = re.compile(r"(?:^|[^a-z])an?\s+$")
_DEFINITE_AFTER_WORDS = re.compile(r"[a-z]\W*\s+(?:the|any|this|every)\s+$")
"""Before a name: a determiner that does not open the sentence ("opposes the EU plan to ...")."""
_PLAN_NOUN_AFTER = re.compile(r"\s+(?:plan|proposals?|initiatives?|ideas?|decision)\s+(?:to|for|on)\s")
"""After a name: a plan it labels ("the EU plan to end Russian gas imports")."""
_SUPPLY_NOUN_AFTER = re.compile(
    r"\s+(?:(?:military|security|defen[cs]e|financial|economic|humanitarian|lethal)\s+)?(?:aid|assistance|support|"
    r"funding|weapons|arms|tanks|missiles|jets|sanctions|troops|soldiers|deliveries|supplies|shipments)\b"
)
"""After a name: what it sends or imposes ("paused all US military aid", "more German tanks")."""
_QUANTIFIED_AFTER_WORDS = re.compile(r"[a-z]\W*\s+(?:the|any|this|every|all|more|further|new|additional|of)\s+$")
"""Before a name: a determiner or quantifier that does not open the sentence ("paused all US military aid")."""
_TITLE_WORDS = frozenset(
    "state general minister president chancellor secretary spokesperson spokesman spokeswoman ambassador envoy "
    "adviser advisor affairs premier representative commissioner chief".split()
)
_TITLE_BEFORE = re.compile(
    r"(?:(?:u\.s\.|us|uk|eu|un|nato|[a-z]+(?:an|ish|ese|ch|i))\s+)?(?:(?:foreign|prime|deputy|vice|defen[cs]e|"
    r"secretary|state|general|president|minister|chancellor|spokes(?:person|man|woman)|ambassador|envoy|adviser|"
    r"advisor|of|for|affairs|national|security|high|representative|commissioner|chief|premier)\s+){1,6}$"
)
"""Right before an official's name: the title, maybe with the state's name or demonym ("US Secretary of State")."""
_AND_WORD_AFTER = re.compile(r"\s+and\s+[a-z-]+")
_COMPASS = frozenset(
    "southern northern eastern western central south north east west southeastern southwestern northeastern "
    "northwestern".split()
)
_IN_REGION_OF = re.compile(r"\b(?:in|at|to|from|across|into|near|inside)\s+(?:the\s+)?[a-z-]+\s+$")
"""Before a compass word and a name: a preposition of place ("in southern Italy")."""
_SUPPLIED_NOUNS = frozenset(
    "weapons arms missiles systems equipment munitions ammunition tanks jets aircraft shells drones".split()
)
"""Before a pronoun: a thing supplied, which makes the pronoun the subject of a relative clause on it."""
_HOW_CONFIDENCE = {
    "official": 0.95,
    "name": 0.9,
    "metonym": 0.85,
    "demonym": 0.85,
    "self": 0.8,
    "pronoun": 0.75,
    "label": 0.85,
    "default": 0.6,
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to an actor in a sentence; ``actor`` is None for a pronoun or "we" not yet resolved."""

    start: int
    end: int
    kind: str
    actor: str | None
    person: Person | None
    sub: str
    eligible: bool


@dataclass(frozen=True, slots=True)
class Holder:
    actor: str
    speaker: str | None
    start: int
    end: int
    how: str
    confidence: float


@dataclass
class Context:
    """What the sentences so far tell about who is speaking (updated as the document is read).

    ``last_speaker`` may be worked out late: a sentence that only names someone leaves a function that finds
    the speaker it names (``defer_speaker``), run only if ``last_speaker`` is read before it is set again.
    """

    published: datetime.date
    source_actor: str | None = None
    doc_speaker: tuple[str, str | None] | None = None
    turn_speaker: tuple[str, str | None] | None = None
    last_actor: str | None = None
    place_actor: str | None = None
    """The state whose capital the current sentence places its ministry in ("In Seoul, the foreign ministry ...")."""
    last_group: tuple[str, ...] = ()
    labels: dict[str, tuple[str, str | None] | None] = field(default_factory=dict)
    resolution: dict[str, int] = field(default_factory=dict)
    _speaker: tuple[str, str | None] | None = field(default=None, init=False, repr=False)
    _deferred: list[Callable[[], tuple[str, str | None] | None]] = field(
        default_factory=list, init=False, repr=False
    )

    @property
    def document_holder(self) -> tuple[str, str | None] | None:
        """Who speaks where the text names no one: the document's own speaker, else the ministry whose channel it is."""
        if self.doc_speaker is not None:
            return self.doc_speaker
        return (self.source_actor, None) if self.source_actor else None

    @property
    def last_speaker(self) -> tuple[str, str | None] | None:
        if self._deferred:
            deferred, self._deferred = self._deferred, []
            # The latest sentence that names a speaker wins: look back from it and stop at the first.
            for find in reversed(deferred):
                found = find()
                if found is not None:
                    self._speaker = found
                    break
        return self._speaker

    @last_speaker.setter
    def last_speaker(self, speaker: tuple[str, str | None] | None) -> None:
        self._deferred = []
        self._speaker = speaker

    def defer_speaker(self, find: Callable[[], tuple[str, str | None] | None]) -> None:
        """Set ``last_speaker`` to what ``find()`` returns, unless that is None; ``find`` runs only if needed."""
        self._deferred.append(find)

    def drop_deferred(self) -> None:
        """Forget the speakers still to be worked out (once the document is read, none will be asked for)."""
        self._deferred = []


NEAR_FIRST = 16
"""How many characters before a name the word patterns below try first, before their full reach."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _last_word(pattern: re.Pattern, word_chars: str, lower: str, low: int, position: int) -> re.Match | None:
    """``pattern.search(lower, low, position)`` for a pattern that reads one word (group 1, made of
    ``word_chars`` and starting with a letter), maybe a determiner, and the end: tried on the last
    ``NEAR_FIRST`` characters first. That answer stands when it cannot be the tail of a longer match: it
    starts after the near window's edge, right after a character no word has, and its word is no determiner
    (which a longer match could have read as ``word determiner``); otherwise the full reach is searched."""
    near = position - NEAR_FIRST
    if near > low:
        match = pattern.search(lower, near, position)
        if (
            match is not None
            and match.start() > near
            and lower[match.start() - 1] not in word_chars
            and match.group(1) not in _DETERMINERS
        ):
            return match
    return pattern.search(lower, low, position)


_PREVIOUS_CHARS = "abcdefghijklmnopqrstuvwxyz'-"
_ADJACENT_CHARS = "abcdefghijklmnopqrstuvwxyz-"


def _previous_word(lower: str, floor: int, position: int) -> str:
    match = _last_word(_PREVIOUS_WORDS, _PREVIOUS_CHARS, lower, max(floor, position - 40), position)
    return match.group(1) if match else ""


def _eligible(kind: str, sub: str, start: int, end: int, lower: str, floor: int) -> bool:
    if start > 0 and lower[start - 1] == "-":
        return False
    if end < len(lower) and lower[end] == "-" and end + 1 < len(lower) and lower[end + 1].isalpha():
        return False
    window = lower[max(floor, start - 40) : start]
    if sub == "text" and window.strip():
        # "As the statement makes clear", "which is the communiqué said": only a text opening its sentence speaks.
        return False
    # Literal words some patterns need are looked for first: "in" costs far less than a search.
    if "according" in window and _ACCORDING.search(window):
        return True
    if kind not in ("self", "pronoun", "official") and _INDEFINITE.search(window):
        # "a US proposal", "an EU plan", "a French presidential adviser": a modifier or an unnamed person,
        # not the actor speaking.
        return False
    if (
        kind in ("name", "metonym")
        and _PLAN_NOUN_AFTER.match(lower, end)
        and _DEFINITE_AFTER_WORDS.search(window)
    ):
        # "Hungary opposes the EU plan to end Russian gas imports": the name labels the plan the subject judges,
        # as "the EU's plan" would; at the head of the sentence ("The EU plan to ... was approved") it may speak.
        return False
    if kind == "name" and _SUPPLY_NOUN_AFTER.match(lower, end) and _QUANTIFIED_AFTER_WORDS.search(window):
        return False  # "The White House paused all US military aid": the name labels the aid, the subject is before
    previous = _previous_word(lower, floor, start)
    if kind == "official" and previous in _TITLE_WORDS:
        # "urged US Secretary of State Antony Blinken to ...": the word before the title, not the title's own.
        title = _TITLE_BEFORE.search(lower, max(floor, start - 60), start)
        if title is not None:
            previous = _previous_word(lower, floor, title.start())
    if previous in ("visiting", "fellow") and (kind == "official" or ROLE_AFTER.match(lower, end) is not None):
        # "urged visiting US Secretary of State Antony Blinken": the word tells the official's part, not the verb.
        previous = _previous_word(lower, floor, lower.rfind(previous, max(floor, start - 60), start))
    if previous in _COMPASS and _IN_REGION_OF.search(window):
        return False  # "G7 leaders meeting in southern Italy agreed": a place, like "in Italy"
    if previous == "of" and _ROLE_BEFORE_OF.search(window):
        previous = ""
    elif previous == "with" and _JOINED_WITH.search(window):
        previous = ""  # "France, together with Finland, ...": one more name of the list, not the one met
    if ("former" in window or "ex-" in window) and _FORMER.search(window):
        return False
    if "whatever" in window and _CONCESSIVE.search(window):
        return False  # "Whatever name Brussels gives it, ...": the subject of a concessive clause
    if previous in ("how", "whether") and kind not in ("self", "pronoun"):
        return False  # "their rules on how Ukraine may use the weapons": the subject of an embedded question
    if previous == "by" and (not _PASSIVE_BY.search(window) or _LED_BY.search(window)):
        # "the annexation by Russia": the agent of a noun, not a speaker; "talks with a delegation led by Yermak":
        # the leader of those the subject speaks with
        return False
    if kind not in ("self", "pronoun") and (
        previous in _PART_OF or (previous in _ONE_OF and _MEMBER_AFTER.match(lower, end) is not None)
    ):
        # "some NATO members", "most EU countries", "the first EU country to ...": part of a bloc is not the bloc.
        return False
    if previous in ("like", "as") and (example := _EXAMPLE_OF.search(window)) is not None:
        # "we have seen nations like North Korea and Iran send weapons": the examples are the subject, unless the
        # noun they exemplify is itself an object ("sold to countries like Iran").
        before = example.group(1)
        if before in OBJECT_WORDS or is_transitive_cue(before):
            return False
    elif (
        previous in OBJECT_WORDS
        and not _AFTER_COMMA.search(window)
        and not (previous == "with" and _SPEAKING_AFTER.match(lower, end))
    ) or _DIRECTIVE.search(
        lower, max(floor, start - 80), start
    ):
        # "condemned Germany" makes Germany the object; "... must be condemned, Germany said" does not.
        return False
    adjacent = _last_word(_ADJACENT_WORD, _ADJACENT_CHARS, lower, max(floor, start - 40), start)
    if adjacent and is_transitive_cue(adjacent.group(1)):
        return False
    if _JOINED.match(lower, end):
        return False
    possessive = lower.startswith("'s", end) or (lower.startswith("'", end) and lower[end - 1] == "s")
    if kind == "self":
        if sub in ("our", "my"):
            return (
                POSSESSIVE_HOLDER.match(lower, end - 1) is not None
                or ROLE_AFTER.match(lower, end) is not None
            )
        return sub != "us"
    if kind == "pronoun":
        # "the weapons they provide": the subject of a relative clause on the thing supplied.
        return sub not in ("his", "her") and previous not in _SUPPLIED_NOUNS
    if kind == "demonym":
        if ROLE_AFTER.match(lower, end) is not None:
            return True
        # "Russian and Ukrainian negotiators": the role after the last demonym of the pair is each one's.
        joined = _AND_WORD_AFTER.match(lower, end)
        return joined is not None and ROLE_AFTER.match(lower, joined.end()) is not None
    if kind == "metonym" and _EVENT_AFTER.match(lower, end):
        return False  # "the Vilnius summit", "the Minsk agreements": a place naming an event
    if kind == "name" and _TOPIC_NOUN_AFTER.match(lower, end):
        return False
    if possessive:
        return POSSESSIVE_HOLDER.match(lower, end) is not None or ROLE_AFTER.match(lower, end) is not None
    return True


def mentions_in(
    hits: list[Hit],
    lower: str,
    start: int,
    end: int,
    blocked: list[tuple[int, int]],
    published: datetime.date,
) -> list[Mention]:
    """The actor mentions of one sentence, longest first on overlaps, each marked eligible or not."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in hits:
        kind = hit.entry.kind
        if kind not in ("actor", "official", "self", "pronoun"):
            continue
        if hit.start < last_end:
            previous = chosen[-1]
            if (
                kind == "official"
                and previous.entry.kind == "official"
                and hit.end > previous.end
                and previous.entry.value is hit.entry.value
            ):
                # "President Xi" and "Xi Jinping" overlap: one mention of the man, over both.
                chosen[-1] = Hit(previous.start, hit.end, previous.entry)
                last_end = hit.end
            continue
        chosen.append(hit)
        last_end = hit.end
    mentions: list[Mention] = []
    for number, hit in enumerate(chosen):
        entry = hit.entry
        if entry.kind == "actor":
            kind, actor, person, sub = entry.form, entry.value, None, ""
        elif entry.kind == "official":
            person = entry.value
            kind, actor, sub = "official", person.stint_on(published).actor, ""
        else:
            kind, actor, person, sub = entry.kind, None, None, entry.value
        for block_start, block_end in blocked:
            if block_start <= hit.start and hit.end <= block_end:
                ok = False  # inside a topic phrase ("sanctions against Russia")
                break
        else:
            ok = _eligible(kind, sub, hit.start, hit.end, lower, start)
        if (
            mentions
            and ok != mentions[-1].eligible
            and COORDINATORS.match(lower[mentions[-1].end : hit.start])
        ):
            # Part of a list: "weapons to Russia, Belarus and Iran" — every name shares the first one's role.
            listed = number + 1 < len(chosen) and COORDINATORS.match(
                lower[hit.end : chosen[number + 1].start]
            )
            comma = lower[mentions[-1].end : hit.start].strip().startswith(",")
            if (not comma or listed) and not (comma and ok and _subject_list_after(chosen, number, lower)):
                ok = mentions[-1].eligible
        mentions.append(Mention(hit.start, hit.end, kind, actor, person, sub, ok))
    return mentions


def _subject_list_after(chosen: list[Hit], number: int, lower: str) -> bool:
    """Whether the names listed from ``chosen[number]`` on are followed by their verb: "..., in Ukraine, Australia
    and the United States imposed sanctions" starts a list of subjects after the comma, not one more object."""
    last = number
    while last + 1 < len(chosen) and COORDINATORS.match(lower[chosen[last].end : chosen[last + 1].start]):
        last += 1
    return _VERB_AFTER.match(lower, chosen[last].end) is not None


def resolve(
    mention: Mention, context: Context, sentence_owner: tuple[str, str | None] | None
) -> Holder | None:
    """Turn a mention into a holder, resolving "we", "the ministry" and "he" against the context."""
    if mention.kind == "official":
        name = mention.person.name if mention.person else None
        return Holder(
            mention.actor, name, mention.start, mention.end, "official", _HOW_CONFIDENCE["official"]
        )
    if mention.actor is not None:
        return Holder(
            mention.actor, None, mention.start, mention.end, mention.kind, _HOW_CONFIDENCE[mention.kind]
        )
    owner: tuple[str, str | None] | None
    if mention.kind == "self" and mention.sub == "office":
        owner = (
            (context.place_actor, None)
            if context.place_actor
            else (context.source_actor, None)
            if context.source_actor
            else context.turn_speaker or ((context.last_actor, None) if context.last_actor else None)
        )
    elif mention.kind == "self":
        owner = (
            sentence_owner
            or context.turn_speaker
            or context.doc_speaker
            or ((context.source_actor, None) if context.source_actor else None)
            or context.last_speaker
        )
    elif mention.sub == "they":
        owner = (context.last_group[0], None) if context.last_group else None
    else:
        owner = sentence_owner or context.last_speaker
        if owner is None and mention.sub == "role" and context.source_actor:
            # "..., the minister said" on a ministry's own channel, with no one named before: its own minister.
            owner = (context.source_actor, None)
    if owner is None or owner[0] is None:
        return None
    how = "self" if mention.kind == "self" else "pronoun"
    return Holder(owner[0], owner[1], mention.start, mention.end, how, _HOW_CONFIDENCE[how])


def group_before(mentions: list[Mention], position: int, lower: str) -> list[Mention]:
    """The nearest eligible mention ending before ``position`` and the names listed with it."""
    index = None
    for number, mention in enumerate(mentions):
        if mention.end > position:
            break
        if mention.eligible:
            index = number
    if index is None:
        return []
    return _with_list(mentions, index, lower)


def _with_list(mentions: list[Mention], index: int, lower: str) -> list[Mention]:
    group = [mentions[index]]
    left = index
    if (
        left > 0
        and mentions[left - 1].actor == mentions[left].actor
        and mentions[left - 1].kind != "official"
        and (role := ROLE_AFTER.match(lower, mentions[left - 1].end, mentions[left].start)) is not None
        and len(lower[role.end() : mentions[left].start].split()) <= 1
    ):
        # "Council of Europe Secretary General Alain Berset": the body and its official are one name.
        left -= 1
    while (
        left > 0
        and mentions[left - 1].eligible
        and COORDINATORS.match(lower[mentions[left - 1].end : mentions[left].start])
    ):
        left -= 1
        group.insert(0, mentions[left])
    right = index
    while (
        right + 1 < len(mentions)
        and mentions[right + 1].eligible
        and COORDINATORS.match(lower[mentions[right].end : mentions[right + 1].start])
    ):
        right += 1
        group.append(mentions[right])
    return group


def group_after(
    mentions: list[Mention],
    position: int,
    lower: str,
    sentence_start: int,
    report_spans: list[tuple[int, int]],
    verb_spans: list[tuple[int, int]] = (),
) -> list[Mention]:
    """A holder named after the topic phrase: "..., the Kremlin said", "condemned by Germany", or the
    subject after a fronted clause ("Despite refusing to join sanctions, China ...")."""
    fronted = FRONTED.match(lower, sentence_start) is not None
    comma = lower.find(",", position)
    for number, mention in enumerate(mentions):
        if mention.start < position or not mention.eligible:
            continue
        before = lower[max(position, mention.start - 25) : mention.start]
        after_end = mention.end
        reported = any(
            (0 <= mention.start - span_end <= 3)
            or (0 <= span_start - after_end <= 30 and "," not in lower[after_end:span_start])
            for span_start, span_end in report_spans
        )
        passive = re.search(r"\bby\s+(?:the\s+)?$", before) is not None and any(
            position <= span_start and span_end <= mention.start for span_start, span_end in verb_spans
        )
        if reported or passive or (fronted and comma >= 0 and 0 <= mention.start - comma <= 40):
            return _with_list(mentions, number, lower)
    return []


_SPEAKER_GAP = re.compile(r"[^,;:.!?\"]{0,30}")


def _names_speaker(lower: str, mention: Mention, verb_start: int) -> bool:
    """Whether a speech verb at ``verb_start`` has ``mention`` for its subject: right after it, or after
    the role that follows it ("the Turkish foreign minister said", "Germany's defence ministry added")."""
    gap = verb_start - mention.end
    if 0 <= gap <= 3:
        return True
    if gap < 0 or mention.kind in ("pronoun", "self"):
        return False
    role = ROLE_AFTER.match(lower, mention.end)
    if role is None or role.end() > verb_start:
        return False
    return _SPEAKER_GAP.fullmatch(lower, role.end(), verb_start) is not None


def speaker_in_sentence(
    mentions: list[Mention], lower: str, report_spans: list[tuple[int, int]], context: Context
) -> tuple[str, str | None] | None:
    """Who a quotation in this sentence belongs to ('"...," Kuleba said'), if a speech verb names one: a name
    right next to the verb first, else a state with its speaker's role ("the Turkish foreign minister said")."""
    for with_role in (False, True):
        for mention in mentions:
            if not mention.eligible or mention.kind in ("self",):
                continue
            for span_start, span_end in report_spans:
                adjacent = 0 <= mention.start - span_end <= 3 or 0 <= span_start - mention.end <= 3
                if not (adjacent or (with_role and _names_speaker(lower, mention, span_start))):
                    continue
                if mention.kind == "pronoun":
                    return context.last_speaker
                if mention.kind == "official":
                    return (mention.actor, mention.person.name if mention.person else None)
                return (mention.actor, None)
    return None
