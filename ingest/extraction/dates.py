"""Step 5: the day a position was stated: an explicit or relative date near it, else the publication day."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_COUNTS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_DATE = re.compile(
    # The lookahead names the characters a date can start with, so the search passes other positions at once.
    r"(?=[\dadefjmnostwy])\b(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+(?P<y1>\d{4}))?"
    r"|" + _MONTH.replace("month", "month2") + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<yesterday>yesterday)"
    r"|(?<![-\w])(?P<ago>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+ago"
    r"|(?P<today>today|tonight|this morning|this afternoon|this evening|earlier today)"
    r")\b"
)
_HINT = re.compile(r"\d|day|tonight|this|ago")
"""What every date the pattern reads contains (a digit, "...day", "tonight", "this ..." or "... ago"): most
sentences have none, and this finds that much faster than the full pattern."""
_NOT_STATEMENT_DAY = re.compile(
    r"(?:(?:since|until|till|before|from|by|starting|beginning|effective|through|of)\s+(?:on\s+)?(?:the\s+)?"
    r"|(?:next|coming|following)\s+)$"
)
"""Right before a date: it is when something starts, ends or will happen ("a ceasefire starting on Monday",
"talks next Tuesday"), not the day anyone spoke."""


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    day: datetime.date
    kind: str  # explicit, weekday, yesterday, relative ("two days ago"), today


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_dates(lower: str, start: int, end: int, published: datetime.date) -> list[DateMention]:
    """Dates in ``lower[start:end]`` that can be the day of a statement, resolved against ``published``."""
    found: list[DateMention] = []
    if _HINT.search(lower, start, end) is None:
        return found
    for match in _DATE.finditer(lower, start, end):
        before = lower[max(start, match.start() - 20) : match.start()]
        if _NOT_STATEMENT_DAY.search(before):
            continue
        day: datetime.date | None = None
        kind = "explicit"
        if match.group("iso"):
            day = _safe_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        elif match.group("d1"):
            day = _explicit(match.group("month"), match.group("d1"), match.group("y1"), published)
        elif match.group("d2"):
            if match.group("month2") == "may" and not match.group("y2"):
                continue
            day = _explicit(match.group("month2"), match.group("d2"), match.group("y2"), published)
        elif match.group("weekday"):
            kind = "weekday"
            offset = (published.weekday() - _WEEKDAYS[match.group("weekday")]) % 7
            day = published - datetime.timedelta(days=offset)
        elif match.group("yesterday"):
            kind = "yesterday"
            day = published - datetime.timedelta(days=1)
        elif match.group("ago"):
            # "two days ago", "a week ago": counted back from the publication day.
            kind = "relative"
            count = match.group("ago")
            number = int(count) if count.isdigit() else _COUNTS[count]
            day = published - datetime.timedelta(days=number * (7 if match.group("unit").startswith("week") else 1))
        else:
            kind = "today"
            day = published
        if day is None or day > published + datetime.timedelta(days=1):
            continue
        found.append(DateMention(match.start(), match.end(), min(day, published), kind))
    return found


def _explicit(month: str, day: str, year: str | None, published: datetime.date) -> datetime.date | None:
    number = _MONTHS[month.rstrip(".")]
    if year:
        return _safe_date(int(year), number, int(day))
    guess = _safe_date(published.year, number, int(day))
    if guess is not None and guess > published:
        guess = _safe_date(published.year - 1, number, int(day))
    return guess


def nearest(mentions: list[DateMention], position: int) -> DateMention | None:
    """The mention closest to ``position`` (a cue or a name), preferring one before it."""
    if not mentions:
        return None
    return min(
        mentions, key=lambda mention: abs(mention.start - position) + (0 if mention.start <= position else 5)
    )
