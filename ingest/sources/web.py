"""Web pages: one page (``page``) or a ministry's index of press releases (``listing``).

Options of a listing source:

- ``link_pattern`` (required): a regular expression; the absolute URLs of links it matches are the articles;
- ``pages`` (default 1): how many index pages to read;
- ``page_url_template``: the URL of index page n, e.g. ``https://mfa.example/news?page={page}``; without it
  the next page is the ``rel=next`` link, or a link reading "Next", "Next page", "›" or "»";
- ``first_page`` (default 1): the number the template gives the first page (``config.url``), for sites that
  count from 0.

Both kinds (and feeds) honour ``ignore_robots`` (default false) in their options.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin

from selectolax.lexbor import LexborHTMLParser

from ingest.http import FetchError, HttpClient, canonical_url, client_from_settings
from ingest.sources.base import AdapterError, Discovery, FetchedDocument, ItemRef, SourceAdapter
from ingest.sources.extract_html import extract_article

# What a statement page may be served as; a missing type is read as HTML, anything else is refused.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"})
NEXT_LINK_TEXTS = frozenset({"next", "next page", "›", "»", "next ›", "next »", "next >", ">", ">>"})
_SPACES = re.compile(r"\s+")


class WebAdapter(SourceAdapter):
    """What every web kind shares: a lazily built client, and fetching one article page."""

    @property
    def client(self) -> HttpClient:
        if self.http is None:
            self.http = client_from_settings()
        return self.http

    @property
    def ignore_robots(self) -> bool:
        return bool(self.config.options.get("ignore_robots", False))

    def fetch(self, ref: ItemRef) -> FetchedDocument:
        if ref.document is not None:
            return ref.document
        return self.document_from_response(self.client.get(ref.url, ignore_robots=self.ignore_robots), ref)

    def document_from_response(self, response, ref: ItemRef | None = None) -> FetchedDocument:
        if response.content_type and response.content_type not in PAGE_TYPES:
            raise AdapterError(f"{response.url} is served as {response.content_type[:80]}, not as a web page.")
        return self.document_from_html(response.text, response.url, ref)

    def document_from_html(self, html: str, url: str, ref: ItemRef | None = None) -> FetchedDocument:
        """Main text, title, date and language of a page; the poll's hints fill a missing title or date."""
        page = extract_article(html, url)
        if page is None:
            raise AdapterError(f"{url} has no article text (it may be a menu, an index or a script-only page).")
        return FetchedDocument(
            url=canonical_url(url),
            title=page.title or (ref.hint_title if ref else ""),
            text=page.text,
            published=page.published or (ref.hint_published if ref else None),
            language=page.language or self.config.options.get("language", ""),
            source_actor=self.config.default_actor,
        )


class PageAdapter(WebAdapter):
    """One page polled with conditional GET; when it changed, its article is the one item."""

    def discover(self) -> Discovery:
        config = self.config
        response = self.client.get(
            config.url, etag=config.etag, last_modified=config.last_modified, ignore_robots=self.ignore_robots
        )
        if response.not_modified:
            return Discovery(items=[], not_modified=True, etag=response.etag, last_modified=response.last_modified)
        document = self.document_from_response(response, ItemRef(url=response.url))
        return Discovery(
            items=[ItemRef(url=response.url, document=document, hint_title=document.title,
                           hint_published=document.published)],
            etag=response.etag,
            last_modified=response.last_modified,
        )  # fmt: skip


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text or "").strip()


def _base_url(tree: LexborHTMLParser, page_url: str) -> str:
    base = tree.css_first("base[href]")
    return urljoin(page_url, base.attributes.get("href") or "") if base is not None else page_url


def find_links(html: str, page_url: str, pattern: re.Pattern) -> list[tuple[str, str]]:
    """(absolute URL, link text) of the links whose absolute URL matches ``pattern``, in page order,
    once each (by canonical URL; the first text that is not empty wins)."""
    tree = LexborHTMLParser(html)
    base = _base_url(tree, page_url)
    found: dict[str, tuple[str, str]] = {}
    for anchor in tree.css("a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urldefrag(urljoin(base, href)).url
        if not url.startswith(("http://", "https://")) or not pattern.search(url):
            continue
        key = canonical_url(url)
        text = _clean(anchor.text(deep=True))
        if key not in found:
            found[key] = (url, text)
        elif not found[key][1] and text:
            found[key] = (found[key][0], text)
    return list(found.values())


def find_next_page(html: str, page_url: str) -> str | None:
    """The next index page: a ``rel=next`` link, else a link whose text reads as "next"."""
    tree = LexborHTMLParser(html)
    base = _base_url(tree, page_url)
    for node in tree.css("link[href], a[href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        if "next" in rel:
            return urldefrag(urljoin(base, node.attributes["href"].strip())).url
    for anchor in tree.css("a[href]"):
        text = _clean(anchor.text(deep=True)).lower()
        label = _clean(anchor.attributes.get("aria-label") or "").lower()
        if text in NEXT_LINK_TEXTS or label in ("next", "next page"):
            return urldefrag(urljoin(base, anchor.attributes["href"].strip())).url
    return None


class ListingAdapter(WebAdapter):
    """A ministry's index of statements: the article links on up to ``pages`` index pages."""

    def _options(self) -> tuple[re.Pattern, int, str, int]:
        options = self.config.options
        if not options.get("link_pattern"):
            raise AdapterError(f"The listing {self.config.url} needs options['link_pattern'] (a regex).")
        try:
            pattern = re.compile(options["link_pattern"])
        except re.error as error:
            raise AdapterError(f"options['link_pattern'] of {self.config.url} is not a valid regex: {error}.") from None
        try:
            pages = max(1, int(options.get("pages", 1)))
            first_page = int(options.get("first_page", 1))
        except (TypeError, ValueError):
            raise AdapterError(f"options 'pages' and 'first_page' of {self.config.url} must be numbers.") from None
        template = options.get("page_url_template") or ""
        if template and "{page}" not in template:
            raise AdapterError(f"options['page_url_template'] of {self.config.url} has no {{page}} placeholder.")
        return pattern, pages, template, first_page

    def discover(self) -> Discovery:
        config = self.config
        pattern, pages, template, first_page = self._options()
        response = self.client.get(
            config.url, etag=config.etag, last_modified=config.last_modified, ignore_robots=self.ignore_robots
        )
        if response.not_modified:
            return Discovery(items=[], not_modified=True, etag=response.etag, last_modified=response.last_modified)

        items: list[ItemRef] = []
        seen_links: set[str] = set()
        seen_pages = {canonical_url(response.url)}
        errors: list[str] = []
        html, page_url = response.text, response.url
        for number in range(1, pages + 1):
            for url, text in find_links(html, page_url, pattern):
                key = canonical_url(url)
                if key not in seen_links:
                    seen_links.add(key)
                    items.append(ItemRef(url=url, hint_title=text))
            if number == pages:
                break
            next_url = template.format(page=first_page + number) if template else find_next_page(html, page_url)
            if not next_url or canonical_url(next_url) in seen_pages:
                break
            seen_pages.add(canonical_url(next_url))
            try:
                page = self.client.get(next_url, ignore_robots=self.ignore_robots)
            except FetchError as error:
                errors.append(f"Index page {number + 1} ({next_url}) could not be read: {error}")
                break
            html, page_url = page.text, page.url
        return Discovery(items=items, etag=response.etag, last_modified=response.last_modified, errors=errors)
