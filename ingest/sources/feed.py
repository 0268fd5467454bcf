"""RSS and Atom feeds (kind ``feed``), read with feedparser from the bytes the HTTP client fetched.

Options: ``content_from_feed`` (default false): when an entry carries its full content (Atom ``content``,
RSS ``content:encoded``), the document is taken from the feed instead of fetching the page;
``ignore_robots`` and ``language`` as for web sources.
"""

from __future__ import annotations

from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import feedparser

from ingest.http import canonical_url
from ingest.sources.base import AdapterError, Discovery, FetchedDocument, ItemRef
from ingest.sources.extract_html import fragment_text, parse_date
from ingest.sources.web import WebAdapter

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def entry_date(entry) -> date | None:
    """The entry's publication (else update) date as the feed wrote it, in the feed's own time zone:
    feedparser's parsed tuples are in UTC, which can move a late-evening statement to the next day."""
    for key in ("published", "updated", "created"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        if parsed := parse_date(raw):
            return parsed
        stamp = entry.get(f"{key}_parsed")
        if stamp:
            return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return None


def entry_content(entry) -> tuple[str, str]:
    """(text, language) of the entry's full content, or ("", "") when it only has a summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if "html" in (content.get("type") or ""):
            value = fragment_text(value)
        if value.strip():
            return value.strip(), (content.get("language") or "").split("-")[0].lower()
    return "", ""


class FeedAdapter(WebAdapter):
    def discover(self) -> Discovery:
        config = self.config
        response = self.client.get(
            config.url,
            etag=config.etag,
            last_modified=config.last_modified,
            ignore_robots=self.ignore_robots,
            accept=FEED_ACCEPT,
        )
        if response.not_modified:
            return Discovery(items=[], not_modified=True, etag=response.etag, last_modified=response.last_modified)
        try:
            parsed = feedparser.parse(
                response.content,
                response_headers={
                    "content-location": response.url,
                    "content-type": response.headers.get("content-type", "application/xml"),
                },
                sanitize_html=True,
                resolve_relative_uris=True,
            )
        except (AttributeError, KeyError, IndexError, TypeError, ValueError) as error:
            # The loose parser can trip over its own state on badly broken markup (a link element closed
            # before it opened, say); the feed is unreadable, not the ingest run.
            raise AdapterError(
                f"The feed at {response.url} could not be read: the parser failed ({type(error).__name__})."
            ) from None
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            reason = parsed.get("bozo_exception") or "no RSS or Atom feed found"
            raise AdapterError(f"The feed at {response.url} could not be read: {reason}.")

        language = (parsed.feed.get("language") or config.options.get("language", "")).split("-")[0].lower()
        inline = bool(config.options.get("content_from_feed", False))
        items: list[ItemRef] = []
        errors: list[str] = []
        seen: set[str] = set()
        for number, entry in enumerate(parsed.entries, start=1):
            title = " ".join((entry.get("title") or "").split())
            link = self._entry_link(entry, response.url)
            if not link:
                label = f"{title!r}" if title else f"id {entry.get('id')!r}" if entry.get("id") else "untitled"
                errors.append(f"{response.url}: entry {number} ({label}) has no link and was skipped.")
                continue
            if canonical_url(link) in seen:
                continue
            seen.add(canonical_url(link))
            published = entry_date(entry)
            document = None
            if inline:
                text, content_language = entry_content(entry)
                if text:
                    document = FetchedDocument(
                        url=canonical_url(link),
                        title=title,
                        text=text,
                        published=published,
                        language=content_language or language,
                        source_actor=config.default_actor,
                    )
            items.append(ItemRef(url=link, document=document, hint_title=title, hint_published=published))
        return Discovery(items=items, etag=response.etag, last_modified=response.last_modified, errors=errors)

    @staticmethod
    def _entry_link(entry, feed_url: str) -> str:
        candidates = [entry.get("link") or ""]
        candidates += [link.get("href") or "" for link in entry.get("links") or [] if link.get("rel") == "alternate"]
        for candidate in candidates:
            url = urljoin(feed_url, candidate.strip()) if candidate.strip() else ""
            if url.startswith(("http://", "https://")):
                return url
        return ""
