"""Step 1: clean the text and cut it into turns, paragraphs and sentences, all as offsets into the original.

A transcript turn starts at a line that opens with a speaker label ("Q:", "Question:", "Spokesperson Mao
Ning:", "MS. PSAKI:"); the label is kept on every sentence of the turn, and a journalist's turn is marked
as a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extraction.text import clean, has_markup, lower, mask_markup, mask_urls


def _spaced(text: str) -> str:
    """Cleaned ``text`` with its line breaks made spaces, as the rules read them (``clean`` has already made
    carriage returns, tabs and no-break spaces plain spaces)."""
    return text.replace("\n", " ")

MAX_CHARS = 400_000
"""Text beyond this many characters is not read (the result says so)."""

MAX_SENTENCE = 1_200
"""Longer runs without a sentence end are cut into pieces of about this size."""


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    turn: int
    label: str | None
    is_question: bool


@dataclass(frozen=True)
class Segmentation:
    """The cleaned text (same length as the original), its lower-case twin and its sentences."""

    text: str
    lower: str
    sentences: tuple[Sentence, ...]
    truncated: bool
    markup: bool


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LABEL = re.compile(
    r"[ \t]*(?:"
    r"(?P<q>Q|QUESTION|Question|QUESTIONER|Journalist|JOURNALIST|Reporter|REPORTER)(?:[ \t]*[:.][ \t]*|"
    r"[ \t]{2,})"
    r"|(?P<a>A|ANSWER|Answer)[ \t]*:[ \t]*"
    r"|(?P<name>[A-Z][\w.'\-]*(?:[ \t]+(?:[A-Z][\w.'\-]*|of|the|for|de|da|der|den|del|di|du|van|von|al|bin|and|"
    # A role in lower case after a capital ("Government spokesperson:", "Foreign ministry spokesman Wang:").
    r"spokesperson|spokesman|spokeswoman|minister|ministry|secretary|adviser|advisor|ambassador|representative|"
    r"official|press|foreign|deputy|prime|government|defen[cs]e|"
    r"\([^()\n]{1,40}\))){0,7})"
    r"[ \t]*:[ \t]+(?=\S)"
    r")"
)
_INLINE_ANSWER = re.compile(r"[?.!\"”][ \t]+(?:A|ANSWER|Answer)[ \t]*:[ \t]*")
"""Inside a question's line: the answer's label after the question ends."""
_NOT_SPEAKERS = frozenset(
    "note update source sources date photo photos related read more watch tags subject location time "
    "dateline "
    "editor's editors caption image video see also contact media summary background title by posted updated "
    "tel fax email e-mail web website address url copyright follow via re fw".split()
)
_QUESTION_WORDS = frozenset(
    "q question questioner journalist reporter correspondent interviewer moderator host anchor audience "
    "participant reuters afp ap bloomberg cctv cnn bbc tass ria xinhua nhk kyodo yonhap cgtn efe dpa ansa "
    "anadolu al-jazeera "
    "aljazeera phoenix rt sputnik nbc cbs abc fox politico axios".split()
)
_QUESTION_NAMES = (
    "china daily",
    "global times",
    "the paper",
    "beijing youth daily",
    "dragon tv",
    "shenzhen tv",
    "hubei",
    "financial times",
    "new york times",
    "washington post",
    "wall street journal",
)
_SENTENCE_END = re.compile(
    r"[.!?]+['\")\]]*(?=\s+['\"(\[]?[A-Z0-9])|[.!?]+['\")\]]*\s*$|\n(?=[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t])"
)
_SHORT_LINE = re.compile(r"\n(?=[ \t]*['\"]?[A-Z])")
_LAST_WORD = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gen lt col gov sen rep prof no nos vs "
    "etc u.s u.n u.k e.u i.e e.g inc corp ltd jr sr amb adm capt maj sgt pres approx dept est fig art para "
    "op cf al "
    "h.e p.m a.m d.c u.s.a mt ft jr rev hon".split()
)


_NUMBER_SIGNS = frozenset({"no", "nos"})
_NUMBERED = re.compile(r"\s*(?:[A-Z]{1,4}[-/ ]?)?\d")
"""After "No.": a number ("No. 5", "No. ES-11/1"), so the dot ends no sentence."""


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _LAST_WORD.search(text, max(0, dot - 15), dot)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'").lower()
    if word in _NUMBER_SIGNS:
        # "No. 5" abbreviates "number"; "No. There will be ..." is an answer.
        return _NUMBERED.match(text, dot + 1) is not None
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()


def _label_kind(name: str) -> tuple[str | None, bool]:
    """The speaker label text and whether it marks a question, or (None, False) when it is not a label."""
    words = name.lower().replace(".", " ").split()
    if not words or words[0] in _NOT_SPEAKERS or len(name) > 80:
        return None, False
    lowered = name.lower()
    question = any(word in _QUESTION_WORDS for word in words) or any(
        outlet in lowered for outlet in _QUESTION_NAMES
    )
    return name.strip(), question


def _turn_starts(text: str, start: int, end: int) -> list[tuple[int, int, str | None, bool]]:
    """Split one paragraph into turns: (body start, end, label, is_question)."""
    turns: list[tuple[int, int, str | None, bool]] = []
    line_start = start
    while line_start < end:
        newline = text.find("\n", line_start, end)
        line_end = end if newline < 0 else newline
        match = _LABEL.match(text, line_start, line_end)
        if match:
            label: str | None = None
            question = False
            if match.group("q"):
                label, question = "Q", True
            elif match.group("a"):
                label, question = "A", False
            else:
                label, question = _label_kind(match.group("name"))
            if label is not None:
                if turns:
                    previous = turns[-1]
                    turns[-1] = (previous[0], line_start, previous[2], previous[3])
                turns.append((match.end(), end, label, question))
                answer = _INLINE_ANSWER.search(text, match.end(), line_end) if question else None
                if answer is not None:
                    # "Q: Will China send weapons? A: China has never ...": a transcript run into one line.
                    turns[-1] = (match.end(), answer.start() + 1, label, question)
                    turns.append((answer.end(), end, "A", False))
        if not turns:
            turns.append((start, end, None, False))
        line_start = line_end + 1
    return turns


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if match.group(0)[0] == "." and _is_abbreviation(text, match.start()):
            continue
        spans.append((begin, stop))
        begin = stop
    if begin < end:
        spans.append((begin, end))
    out: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        out.extend(_split_lines(text, span_start, span_end))
    return out


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut at a line break after a short line without final punctuation (headings) and cap the length."""
    pieces: list[tuple[int, int]] = []
    begin = start
    if "\n" in text[start:end]:
        for match in _SHORT_LINE.finditer(text, start, end):
            line = text[begin : match.start()].strip()
            if line and len(line) < 60 and line[-1] not in ".,;:-" and begin < match.start():
                pieces.append((begin, match.start()))
                begin = match.end()
    pieces.append((begin, end))
    out: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        while piece_end - piece_start > MAX_SENTENCE:
            cut = text.rfind(" ", piece_start + MAX_SENTENCE // 2, piece_start + MAX_SENTENCE)
            cut = cut if cut > piece_start else piece_start + MAX_SENTENCE
            out.append((piece_start, cut))
            piece_start = cut
        out.append((piece_start, piece_end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(raw: str, max_chars: int = MAX_CHARS) -> Segmentation:
    """Clean ``raw`` and cut it into sentences carrying their paragraph, turn and speaker label."""
    truncated = len(raw) > max_chars
    text = raw[:max_chars] if truncated else raw
    markup = has_markup(text)
    if markup:
        text = mask_markup(text)
    text = clean(text)
    sentences: list[Sentence] = []
    paragraph = 0
    turn = 0
    label: str | None = None
    question = False
    position = 0
    breaks = [(match.start(), match.end()) for match in _PARAGRAPH_BREAK.finditer(text)]
    breaks.append((len(text), len(text)))
    for break_start, break_end in breaks:
        para_start, para_end = _trim(text, position, break_start)
        position = break_end
        if para_start >= para_end:
            continue
        for body_start, body_end, turn_label, turn_question in _turn_starts(text, para_start, para_end):
            if turn_label is not None:
                turn += 1
                label, question = turn_label, turn_question
            for sent_start, sent_end in _sentences_in(text, body_start, body_end):
                sent_start, sent_end = _trim(text, sent_start, sent_end)
                if sent_start < sent_end:
                    sentences.append(
                        Sentence(len(sentences), sent_start, sent_end, paragraph, turn, label, question)
                    )
        paragraph += 1
    # The rules read words, not lines: a line broken inside a sentence ("so long\nas") reads as one space.
    # Nor words inside web addresses.
    return Segmentation(text, mask_urls(_spaced(lower(text))), tuple(sentences), truncated, markup)
