"""The small syntax of topic patterns, expanded into plain phrases for the matcher.

A pattern is a lower-case phrase matched on word boundaries, case-insensitively:

- ``word*``        a trailing star lets the last word go on ("sanction*" matches "sanctioned");
- ``(a|b|c)``      alternatives, expanded into one phrase each; an empty alternative makes a part optional;
- ``[sz]``         one of the letters ("recogni[sz]e");
- ``{RUS}``        any name, alias, capital or metonym of that actor;
- ``!phrase``      the phrase names what the proposition is against: condemning it supports the topic;
- ``phrase =-2``   the phrase carries this stance (−2..2) by itself ("null and void =-2");
- ``phrase @UKR,MDA``  counts only in a sentence that also names one of those actors;
- ``phrase @war``  counts only in a paragraph (or right after one) that speaks of the war: "negotiations" or
                   "dialogue" in a briefing's passage on budget talks or trade is another matter;
- ``a ~ b``        phrase a followed, within a few words, by phrase b ("weapons ~ (to|for) {UKR}"); when a is
                   only an actor (``{UKR} ~ join nato``) the actor is the clause's subject and the words
                   between are its verb ("Ukraine will never join NATO"), so b alone is the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_EXPANSIONS = 5_000

_SUFFIX = re.compile(r"\s+(?:=(?P<stance>[-+]?[0-2])|@(?P<context>[A-Za-z0-9_]+(?:,[A-Za-z0-9_]+)*))\s*$")


WAR_CONTEXT = "war"
"""The context of ``phrase @war``: not an actor's code, but a paragraph that speaks of the war."""


class PatternError(ValueError):
    """A topic pattern that cannot be expanded."""


@dataclass(frozen=True, slots=True)
class TopicPattern:
    """One expanded phrase of a topic, with what its syntax said about it."""

    topic: str
    phrase: str
    prefix: bool
    inverse: bool
    stance: int | None
    context: tuple[str, ...]
    near: tuple[str, ...] = ()
    named_first: bool = False
    """An ``{ACTOR} ~ b`` pattern: the name is the subject whose verb comes before b, so only b is the phrase."""


def _parse_suffixes(pattern: str) -> tuple[str, int | None, tuple[str, ...]]:
    stance: int | None = None
    context: tuple[str, ...] = ()
    while True:
        match = _SUFFIX.search(pattern)
        if not match:
            return pattern, stance, context
        if match.group("stance") is not None:
            stance = int(match.group("stance"))
        else:
            context = tuple(code.strip() for code in match.group("context").split(","))
        pattern = pattern[: match.start()]


class _Missing(Exception):
    """A placeholder names an actor the gazetteer does not know."""


_PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")
_PLAIN = re.compile(r"[^()\[\]{}|]+")


def _sequence(body: str, position: int, actor_forms: dict[str, list[str]]) -> tuple[list[str], int]:
    """Expand ``body`` from ``position`` up to an unmatched ``|`` or ``)``."""
    results = [""]
    while position < len(body) and body[position] not in "|)":
        char = body[position]
        if char == "(":
            options: list[str] = []
            position += 1
            while True:
                alternatives, position = _sequence(body, position, actor_forms)
                options.extend(alternatives)
                if body[position] == "|":
                    position += 1
                    continue
                position += 1
                break
        elif char == "[":
            close = body.index("]", position)
            options = list(body[position + 1 : close])
            position = close + 1
        elif char == "{":
            close = body.index("}", position)
            code = body[position + 1 : close]
            options = actor_forms.get(code.upper()) or actor_forms.get(code) or []
            if not options:
                raise _Missing(code)
            position = close + 1
        else:
            match = _PLAIN.match(body, position)
            if match is None:
                raise ValueError(body)
            options = [match.group(0)]
            position = match.end()
        results = [result + option for result in results for option in options]
        if len(results) > MAX_EXPANSIONS:
            raise PatternError(f"pattern expands to more than {MAX_EXPANSIONS} phrases: {body!r}")
    return results, position


def expand(topic: str, pattern: str, actor_forms: dict[str, list[str]]) -> list[TopicPattern]:
    """Expand one pattern of ``topic``; ``actor_forms`` maps actor codes to lower-case surface forms."""
    body = pattern.strip()
    inverse = body.startswith("!")
    if inverse:
        body = body[1:].strip()
    body, stance, context = _parse_suffixes(body)
    body = " ".join(body.lower().split())
    if not body:
        raise PatternError(f"{topic}: empty pattern {pattern!r}")
    near: tuple[str, ...] = ()
    named_first = False
    if " ~ " in body:
        body, tail = (part.strip() for part in body.split(" ~ ", 1))
        try:
            tails, position = _sequence(tail, 0, actor_forms)
        except _Missing:
            return []
        except (ValueError, IndexError):
            raise PatternError(f"{topic}: cannot read pattern {pattern!r}") from None
        if position != len(tail) or any("*" in phrase for phrase in tails):
            raise PatternError(f"{topic}: cannot read pattern {pattern!r}")
        near = tuple(sorted({" ".join(phrase.split()) for phrase in tails if phrase.strip()}))
        named_first = _PLACEHOLDER.fullmatch(body) is not None
    try:
        phrases, position = _sequence(body, 0, actor_forms)
    except _Missing:
        return []
    except (ValueError, IndexError):
        raise PatternError(f"{topic}: cannot read pattern {pattern!r}") from None
    if position != len(body):
        raise PatternError(f"{topic}: unbalanced brackets in pattern {pattern!r}")
    out: list[TopicPattern] = []
    seen: set[str] = set()
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        prefix = phrase.endswith("*")
        phrase = phrase.rstrip("*").strip()
        if "*" in phrase:
            raise PatternError(f"{topic}: a star may only end pattern {pattern!r}")
        if not phrase or phrase in seen:
            continue
        seen.add(phrase)
        out.append(TopicPattern(topic, phrase, prefix, inverse, stance, context, near, named_first))
    return out
