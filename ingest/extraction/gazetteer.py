"""Who and what the extractor can recognise: actors, officials with dated roles, topics and cue words.

Every surface form goes into one Aho-Corasick automaton, built once; a single pass over a document's
lower-case text finds names, topic phrases and cue words together.
"""

from __future__ import annotations

import datetime
import json
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from ingest.extraction.lexicon import CUES, DESCRIPTIONS, PRONOUNS, SELF_REFERENCES
from ingest.extraction.patterns import PatternError, TopicPattern, expand

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "positions" / "reference"

# Surnames that are also ordinary words or names of places; never used alone for an official.
_COMMON_WORDS = frozenset(
    "young black white brown green james bush trump grant rice power price bond hunt may rich long love "
    "church hill street wood stone north south east west moon law king noble major little small ford "
    "lamb field fields gates banks rose park cook baker mason hope gold silver martin michel lopez costa "
    "george thomas lewis scott morgan jordan charles france china berlin paris".split()
)
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "VNM", "HKG", "MNG", "KHM"})
_WORD_TAIL = re.compile(r"[\w'\-]*")


class _Spaces(dict):
    """A translation table for finding forms on word boundaries: every character that is not a letter or digit
    becomes a space, so a form written between spaces matches only where it starts and ends a word."""

    def __missing__(self, code: int) -> int:
        value = code if chr(code).isalnum() else 32
        self[code] = value
        return value


_SPACES = _Spaces()
_LINE_BREAK = re.compile(r"\n[ \t]*")


def _wraps(text: str) -> list[tuple[int, int]]:
    """The line breaks with spaces around them, between two words: where a hard-wrapped, indented text goes on to
    its next line (a paragraph break, "  \n  \n", parts what no form spans anyway). Found from each newline, as a
    pattern that could start at any space would be tried at every one of them."""
    wraps = []
    last = len(text)
    for found in _LINE_BREAK.finditer(text):
        start, end = found.span()
        while start and text[start - 1] in " \t":
            start -= 1
        if end - start > 1 and start and end < last and not text[start - 1].isspace() and not text[end].isspace():
            wraps.append((start, end))
    return wraps
_START = itemgetter(0)
_END = itemgetter(1)


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class Stint:
    """One official in one role over a date range."""

    name: str
    actor: str
    role: str
    role_kind: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None

    def covers(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def distance(self, day: datetime.date) -> int:
        if self.covers(day):
            return 0
        if self.valid_from is not None and day < self.valid_from:
            return (self.valid_from - day).days
        return (day - self.valid_to).days if self.valid_to is not None else 0


@dataclass(frozen=True, slots=True)
class Person:
    """An official across all their roles; ``stint_on`` picks the role held on a day."""

    name: str
    stints: tuple[Stint, ...]

    def stint_on(self, day: datetime.date) -> Stint:
        if len(self.stints) == 1:
            return self.stints[0]  # what the rules below give for one role, whatever the day
        covering = [stint for stint in self.stints if stint.covers(day)]
        if covering:
            # Prefer the role that began most recently (a new office outranks an older one on its first day).
            return max(covering, key=lambda stint: stint.valid_from or datetime.date.min)
        return min(self.stints, key=lambda stint: stint.distance(day))


DESCRIPTION = "description"
"""The form of an actor's entry found by a definite description ("the bloc"): the reader keeps it only once the
text has named the actor, and then reads it as a metonym."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What one surface form means. ``caps`` are offsets that must be upper case in the text."""

    kind: str
    value: object
    prefix: bool
    caps: tuple[int, ...]
    form: str = ""


class Hit(NamedTuple):
    """One surface form found in a text (a tuple: made by the thousand per document, cheaply)."""

    start: int
    end: int
    entry: Entry


def _date(value) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _caps(form: str) -> tuple[int, ...]:
    letters = [index for index, char in enumerate(form) if char.isalpha()]
    if form.isupper() and len(letters) <= 4:
        return tuple(letters)
    return tuple(
        index
        for index, char in enumerate(form)
        if char.isupper() and (index == 0 or not form[index - 1].isalpha())
    )


def _strings(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str) and item.strip()]


_GIVEN_NAME = re.compile(r"([A-Z][\w\-]+)\s+$")
_TITLES = frozenset(
    """mr mrs ms miss dr sir dame lord lady president minister chancellor premier secretary general ambassador
envoy spokesperson spokesman spokeswoman senator representative king queen prince princess pope sheikh emir
foreign defence defense prime deputy vice state councillor counsellor commissioner governor mayor chairman
chairwoman chair leader director chief head counterpart colleague professor judge prosecutor admiral
commander marshal speaker the a and but as if when after while on in at of for with by to from said says
told""".split()
)


def _other_given_name(text: str, start: int, person: Person) -> bool:
    """Whether a surname found alone is preceded by a given name that is not this official's ("Anders Fogh
    Rasmussen" is not "Lars Løkke Rasmussen")."""
    match = _GIVEN_NAME.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1)
    lowered = word.lower()
    if lowered in _TITLES or lowered.rstrip(".") in _TITLES:
        return False
    return lowered not in person.name.lower().split()


class Gazetteer:
    """Actors, officials and topics, with the automaton that finds all of them in one pass."""

    def __init__(self, actors: list[dict], officials: list[dict], topics: list[dict]):
        self.actors: dict[str, Actor] = {}
        self.actor_forms: dict[str, list[str]] = {}
        self.people: dict[str, Person] = {}
        self.topics: dict[str, dict] = {}
        self.topic_patterns: list[TopicPattern] = []
        self.pattern_errors: list[str] = []  # unreadable topic patterns, skipped
        self._entries: dict[str, list[Entry]] = {}
        self._load_actors(actors)
        self._load_officials(officials)
        self._load_topics(topics)
        self._load_words()
        self._automaton = ahocorasick.Automaton()
        bounded: dict[str, tuple[int, int, list[Entry]]] = {}
        for key, entries in self._entries.items():
            # The text is searched with every non-word character made a space (see ``scan``): a form between
            # spaces is a whole word, and one with only a space before it ("sanction*") may go on.
            spaced = key.translate(_SPACES)
            whole = [entry for entry in entries if not entry.prefix]
            if whole:
                bounded.setdefault(f" {spaced} ", (len(key), 1, []))[2].extend(whole)
            prefixed = [entry for entry in entries if entry.prefix]
            if prefixed:
                bounded.setdefault(f" {spaced}", (len(key), 0, []))[2].extend(prefixed)
        for form, (length, back, entries) in bounded.items():
            plain = all(not entry.caps and not entry.prefix and entry.form != "surname" for entry in entries)
            self._automaton.add_word(form, (length, back, tuple(entries), plain))
        if len(self._automaton):
            self._automaton.make_automaton()

    # -- construction -------------------------------------------------------------------------------

    @classmethod
    def from_rows(cls, actors: list[dict], officials: list[dict], topics: list[dict]) -> Gazetteer:
        return cls(list(actors), list(officials), list(topics))

    @classmethod
    def from_reference_files(cls, directory: Path | str = REFERENCE_DIR) -> Gazetteer:
        directory = Path(directory)
        rows = []
        for name in ("actors.json", "officials.json", "topics.json"):
            rows.append(json.loads((directory / name).read_text(encoding="utf-8")))
        return cls(*rows)

    def _add(self, form: str, entry: Entry) -> None:
        key = " ".join(form.lower().split())
        if key:
            entries = self._entries.setdefault(key, [])
            if entry not in entries:
                entries.append(entry)

    def _load_actors(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        # A place another actor names as its own metonym is that actor's, not the host state's: "Brussels" is the
        # EU in news of the war, and Belgium is named by name.
        claimed = {" ".join(value.split()).lower() for row in rows for value in _strings(row.get("metonyms"))}
        for row in rows:
            code = row["code"]
            self.actors[code] = Actor(code, row.get("kind", "state"), row.get("name", code))
            forms = {"name": [row.get("name", ""), *_strings(row.get("aliases"))]}
            forms["demonym"] = _strings(row.get("demonyms"))
            capital = row.get("capital") or ""
            forms["metonym"] = _strings(row.get("metonyms"))
            state = row.get("kind", "state") == "state"
            if capital and "," not in capital and state and capital.lower() not in claimed:
                forms["metonym"].append(capital)
            lowered: list[str] = []
            seen: set[tuple[str, str]] = set()
            for form_kind, values in forms.items():
                for value in values:
                    value = " ".join(value.split())
                    if not value or (value, form_kind) in seen:
                        continue
                    seen.add((value, form_kind))
                    self._add(value, Entry("actor", code, False, _caps(value), form_kind))
                    if form_kind != "demonym":
                        lowered.append(value.lower())
            self.actor_forms[code] = sorted(set(lowered), key=len, reverse=True)

    def _load_officials(self, rows: Iterable[dict]) -> None:
        stints: dict[str, list[Stint]] = {}
        aliases: dict[str, set[str]] = {}
        for row in rows:
            name = " ".join(str(row["name"]).split())
            stints.setdefault(name, []).append(
                Stint(
                    name,
                    row["actor"],
                    row.get("role", ""),
                    row.get("role_kind", ""),
                    _date(row.get("valid_from")),
                    _date(row.get("valid_to")),
                )
            )
            aliases.setdefault(name, set()).update(_strings(row.get("aliases")))
        self.people = {name: Person(name, tuple(items)) for name, items in stints.items()}
        surnames: dict[str, set[str]] = {}
        for name, person in self.people.items():
            words = name.split()
            if len(words) < 2 or person.stints[0].actor in _FAMILY_NAME_FIRST:
                continue
            surnames.setdefault(words[-1], set()).add(name)
        taken = {form.lower() for forms in self.actor_forms.values() for form in forms}
        for name, person in self.people.items():
            forms = {name} | aliases.get(name, set())
            words = name.split()
            surname = words[-1] if len(words) >= 2 else ""
            if (
                surname
                and len(surname) >= 5
                and surnames.get(surname) == {name}
                and surname.lower() not in _COMMON_WORDS
                and surname.lower() not in taken
            ):
                self._add(surname, Entry("official", person, False, _caps(surname), "surname"))
            for form in forms:
                self._add(form, Entry("official", person, False, _caps(form), "official"))

    def _load_topics(self, rows: Iterable[dict]) -> None:
        for row in rows:
            slug = row["slug"]
            self.topics[slug] = dict(row)
            for pattern in _strings(row.get("patterns")):
                try:
                    patterns = expand(slug, pattern, self.actor_forms)
                except PatternError as error:
                    # One unreadable pattern (a slip in the admin) must not stop extraction of everything.
                    self.pattern_errors.append(str(error))
                    continue
                for expanded in patterns:
                    self.topic_patterns.append(expanded)
                    self._add(expanded.phrase, Entry("topic", expanded, expanded.prefix, ()))

    def _load_words(self) -> None:
        for phrase, cue in CUES.items():
            self._add(phrase.rstrip("*"), Entry("cue", cue, phrase.endswith("*"), ()))
        for phrase, kind in SELF_REFERENCES.items():
            self._add(phrase, Entry("self", kind, False, (0,) if phrase == "i" else ()))
        for phrase, code in DESCRIPTIONS.items():
            if code in self.actors:
                self._add(phrase, Entry("actor", code, False, (), DESCRIPTION))
        for phrase, kind in PRONOUNS.items():
            self._add(phrase, Entry("pronoun", kind, False, ()))

    # -- lookups --------------------------------------------------------------------------------------

    def person(self, name: str | None) -> Person | None:
        """The official called ``name`` (full name or an alias), if known."""
        if not name:
            return None
        name = " ".join(name.split())
        if name in self.people:
            return self.people[name]
        for hit in self.scan(name.lower(), name):
            if hit.entry.kind == "official":
                return hit.entry.value
        return None

    def scan(self, lower: str, text: str) -> list[Hit]:
        """All hits in ``lower`` (the lower-case twin of ``text``), on word boundaries, sorted by start."""
        hits: list[Hit] = []
        if len(self._automaton):
            wraps = _wraps(text) if "\n " in text or " \n" in text or "\t\n" in text or "\n\t" in text else ()
            if wraps:
                self._collect_unwrapped(lower, text, wraps, hits)
            else:
                self._collect(self._automaton.iter(" " + lower.translate(_SPACES) + " "), lower, text, hits)
        # By start, longer first: two stable sorts on plain keys give the order of one sort on
        # (start, -end) without a Python call per hit.
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        return hits

    def _collect_unwrapped(self, lower: str, text: str, wraps: list[tuple[int, int]], hits: list[Hit]) -> None:
        """Add the hits of a hard-wrapped text, where a form may be broken over two lines and the second indented
        ("military or\n    other assistance"): each line break with the spaces around it is read as one space,
        and the hits are then placed back in ``text``."""
        starts = [0]  # where each piece of the unwrapped text starts in it
        shifts = [0]  # and how many characters of ``text`` were dropped before it
        lower_pieces: list[str] = []
        text_pieces: list[str] = []
        position = dropped = 0
        for wrap_start, wrap_end in wraps:
            kept = wrap_start + 1  # the first character of the break stands for all of it
            lower_pieces.append(lower[position:kept])
            text_pieces.append(text[position:kept])
            dropped += wrap_end - kept
            position = wrap_end
            starts.append(position - dropped)
            shifts.append(dropped)
        lower_pieces.append(lower[position:])
        text_pieces.append(text[position:])
        unwrapped = "".join(lower_pieces)
        matches = self._automaton.iter(" " + unwrapped.translate(_SPACES) + " ")
        found: list[Hit] = []
        self._collect(matches, unwrapped, "".join(text_pieces), found)
        new = tuple.__new__
        append = hits.append
        # The hits come by end, nearly in order: the piece of a hit's end is found by walking on from the last
        # one's, and its start is in the same piece unless the hit spans a break.
        count = len(starts)
        piece, low, high = 0, 0, starts[1] if count > 1 else len(unwrapped) + 1
        for start, end, entry in found:
            if not low < end <= high:
                piece = bisect_right(starts, end - 1) - 1
                low = starts[piece]
                high = starts[piece + 1] if piece + 1 < count else len(unwrapped) + 1
            shift = shifts[piece]
            if start >= low:
                append(new(Hit, (start + shift, end + shift, entry)))
            else:
                append(new(Hit, (start + shifts[bisect_right(starts, start) - 1], end + shift, entry)))

    @staticmethod
    def _collect(matches, lower: str, text: str, hits: list[Hit]) -> None:
        """Add the hits among ``matches`` of forms written between spaces in the spaced twin of ``lower`` (one
        space longer at the start): all on word boundaries already."""
        append = hits.append
        new = tuple.__new__  # Hit(...) goes through a Python-level __new__; this is the same tuple
        for last, (length, back, entries, plain) in matches:
            end = last - back
            start = end - length
            if plain:
                for entry in entries:
                    append(new(Hit, (start, end, entry)))
                continue
            for entry in entries:
                for offset in entry.caps:
                    if not text[start + offset].isupper():
                        break  # a capital the form needs is missing ("us" for "US")
                else:
                    if entry.form == "surname" and _other_given_name(text, start, entry.value):
                        continue
                    if entry.prefix:
                        append(new(Hit, (start, _WORD_TAIL.match(lower, end).end(), entry)))
                    else:
                        append(new(Hit, (start, end, entry)))
