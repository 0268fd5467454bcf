"""Length-preserving clean-up of raw text, so that every offset still points into the original."""

from __future__ import annotations

import html
import re

# One character in, one character out: typographic quotes, dashes, odd spaces and invisible characters.
_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": " ",
    "\f": " ",
    "\v": " ",
    "\u200b": " ",
    "\u200c": " ",
    "\u200d": " ",
    "\u2060": " ",
    "\ufeff": " ",
    "\u00ad": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
}
_TABLE = {ord(key): value for key, value in _CHAR_MAP.items()}
_TABLE.update({code: " " for code in range(32) if chr(code) not in "\n"})
_TABLE[0x7F] = " "

_MARKUP_HINT = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9]*|/[A-Za-z][A-Za-z0-9]*|!--)[^<>]*>|&(?:[A-Za-z]{2,8}|#\d{1,7}|"
    r"#[xX][0-9A-Fa-f]{1,6});"
)
_HIDDEN_BLOCK = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header footer pre hr dd "
    "dt".split()
)


_MAPPED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")
"""Any one character that ``_TABLE`` maps."""


def _mapped(match: re.Match) -> str:
    return _TABLE[ord(match.group(0))]


def clean(text: str) -> str:
    """Map quotes, dashes, odd spaces and control characters to plain ones; the length is unchanged."""
    if text.isascii():
        return text.translate(_TABLE)
    # Beyond ASCII, str.translate looks every character up in the table, seven times slower than finding the few
    # characters the table maps.
    return _MAPPED.sub(_mapped, text)


def lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def has_markup(text: str) -> bool:
    return _MARKUP_HINT.search(text) is not None


def _blank(match: re.Match) -> str:
    return "".join("\n" if char == "\n" else " " for char in match.group(0))


def _tag(match: re.Match) -> str:
    size = len(match.group(0))
    if match.group(1).lower() in _BLOCK_TAGS and size >= 2:
        return "\n\n" + " " * (size - 2)
    return " " * size


def _entity(match: re.Match) -> str:
    raw = match.group(0)
    decoded = html.unescape(raw)
    if len(decoded) != 1:
        return " " * len(raw)
    return clean(decoded) + " " * (len(raw) - 1)


_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]\"]+")
"""An address: its words ("...-peace-deal-19456632") are a link's, not the text's."""


def mask_urls(text: str) -> str:
    """Blank out web addresses, keeping every offset in place."""
    if "http" not in text and "www." not in text:
        return text
    return _URL.sub(_blank, text)


def mask_markup(text: str) -> str:
    """Blank out HTML tags, comments and scripts and decode entities, keeping every offset in place."""
    text = _HIDDEN_BLOCK.sub(_blank, text)
    text = _TAG.sub(_tag, text)
    return _ENTITY.sub(_entity, text)
