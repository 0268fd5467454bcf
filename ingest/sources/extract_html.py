"""Main text and metadata of an HTML page, through trafilatura: the one place pages are turned into text.

Feeds, web pages and HTML files all come through :func:`extract_article`, so a change in how pages are read
(a trafilatura option, a minimum length) applies to every source kind at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import trafilatura
from selectolax.lexbor import LexborHTMLParser

# Fewer words than this in sentence-like lines (five words or more) is a menu, a cookie wall or a script
# shell, not an article; trafilatura falls back to whatever text a page has, so the check is ours.
MIN_ARTICLE_WORDS = 12
MIN_LINE_WORDS = 5

_LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    title: str = ""
    published: date | None = None
    language: str = ""
    url: str = ""  # the canonical link the page declares, if any


def _article_words(text: str) -> int:
    words = 0
    for line in text.splitlines():
        count = len(line.split())
        if count >= MIN_LINE_WORDS:
            words += count
    return words


def _page_language(html: str) -> str:
    """The primary language subtag the page declares (<html lang>, Content-Language meta or og:locale)."""
    try:
        tree = LexborHTMLParser(html)
    except (ValueError, RuntimeError):
        return ""
    candidates = []
    root = tree.css_first("html")
    if root is not None:
        candidates.append(root.attributes.get("lang") or root.attributes.get("xml:lang"))
    for selector in ('meta[http-equiv="content-language" i]', 'meta[property="og:locale"]'):
        node = tree.css_first(selector)
        if node is not None:
            candidates.append(node.attributes.get("content"))
    for candidate in candidates:
        match = _LANGUAGE.match((candidate or "").strip())
        if match:
            return match.group(0).lower()
    return ""


def parse_date(value) -> date | None:
    """A date from ``YYYY-MM-DD`` or an ISO 8601 timestamp (the date as written, not moved to UTC)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def extract_article(html: str, url: str = "", *, min_words: int = MIN_ARTICLE_WORDS) -> ExtractedPage | None:
    """The article in a page, or None when the page has no article text (a menu, a listing, a shell)."""
    if not html or not html.strip():
        return None
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    if document is None:
        return None
    text = (document.text or "").strip()
    if _article_words(text) < min_words:
        return None
    return ExtractedPage(
        text=text,
        title=(document.title or "").strip(),
        published=parse_date(document.date),
        language=_page_language(html),
        url=(document.url or "").strip(),
    )


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content); empty when it holds no article text."""
    page = extract_article(f"<html><body><article>{html}</article></body></html>", min_words=1)
    return page.text if page else ""
