"""Property-based tests: whatever text or bytes come in, the parsers and the extractor answer without raising,
and what they answer keeps its promises (spans inside the text, stances on the scale, one URL form)."""

import json
from datetime import date

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.extraction import DocumentInput
from ingest.http import Response, canonical_url, decode_text
from ingest.sources.base import AdapterError, FetchedDocument, SourceConfig
from ingest.sources.extract_html import extract_article, parse_date
from ingest.sources.feed import FeedAdapter
from ingest.sources.files import FileAdapter
from ingest.sources.unvotes import VotesAdapter

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text that looks a little like a statement more often than pure noise would: names, cues and punctuation.
WORDS = st.sampled_from(
    ["China", "Germany", "Ukraine", "Russia", "the EU", "NATO", "said", "does not", "supports", "condemns",
     "weapons", "sanctions", "peace talks", "on Saturday", "12 March 2023", "Q:", "A:", "Spokesperson Mao Ning:",
     "\n\n", ".", ",", "\u00a0", "é", "\u202e", "<b>", "&amp;", "\x00"]
)  # fmt: skip
STATEMENTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


@PROPERTY
@given(
    text=STATEMENTS,
    published=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    title=st.one_of(st.none(), st.text(max_size=80)),
    source_actor=st.sampled_from([None, "CHN", "DEU"]),
)
def test_the_extractor_takes_any_text_and_keeps_its_promises(extractor, text, published, title, source_actor):
    document = DocumentInput(text=text, published=published, title=title, source_actor=source_actor)
    result = extractor.extract(document)
    seen = set()
    for record in result.records:
        assert text[record.start : record.end] == record.quote
        assert -2 <= record.stance <= 2 and 0 <= record.confidence <= 1
        assert (record.actor, record.topic) not in seen  # one record per actor and topic in a document
        seen.add((record.actor, record.topic))


URLS = st.from_regex(r"https?://[a-zA-Z0-9.\[\]:@%-]{0,30}(/[^ ]{0,40})?(\?[^ #]{0,40})?(#.*)?")


@PROPERTY
@given(url=st.one_of(st.text(max_size=200), URLS))
@example(url="\x1b\x85\x1b")  # control characters around Unicode white space
@example(url="http://example.org/page\x1b")
@example(url="?\x08#")  # a query of one control character
@example(url="0/\x08#")  # a control character after the path's last slash
@example(url="0 /?0")  # white space before the path's last slash
def test_canonical_urls_are_stable(url):
    try:
        once = canonical_url(url)
    except ValueError:
        return  # a URL that cannot be split (an unbalanced IPv6 bracket) is refused, not mangled
    assert canonical_url(once) == once
    assert "#" not in once


@PROPERTY
@given(body=st.binary(max_size=600), content_type=st.sampled_from(
    ["", "text/html", "text/html; charset=utf-8", "text/html; charset=latin-1", "text/html; charset=bogus",
     "application/xml; charset=\"utf-16\""]))  # fmt: skip
def test_any_bytes_decode_to_text(body, content_type):
    assert isinstance(decode_text(body, content_type), str)


@PROPERTY
@given(html=st.one_of(st.text(max_size=800), st.lists(st.sampled_from(
    ["<html>", "<body>", "<article>", "<p>", "</p>", "<script>alert(1)</script>", "<h1>Title</h1>",
     "<meta property=\"article:published_time\" content=\"2023-13-45\">", "Ukraine said peace talks.", "<!--",
     "<![CDATA[", "&#0;", "\x00", "</html>"]), max_size=40).map("".join)))  # fmt: skip
def test_any_page_gives_an_article_or_none(html):
    page = extract_article(html, "https://example.org/a")
    assert page is None or (page.text and isinstance(page.title, str))


@PROPERTY
@given(value=st.one_of(st.text(max_size=40), st.none(), st.integers(), st.dates()))
def test_any_date_string_gives_a_date_or_none(value):
    parsed = parse_date(value)
    assert parsed is None or isinstance(parsed, date)


@PROPERTY
@given(lines=st.lists(st.one_of(
    st.binary(max_size=120),
    st.dictionaries(st.sampled_from(["text", "title", "date", "url", "actor", "speaker", "published"]),
                    st.one_of(st.text(max_size=60), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
                    max_size=6).map(lambda record: json.dumps(record).encode()),
), max_size=8))  # fmt: skip
def test_any_json_lines_file_gives_documents_or_line_errors(tmp_path, lines):
    path = tmp_path / "import.jsonl"
    body = b"\n".join(lines)
    path.write_bytes(body)
    adapter = FileAdapter(SourceConfig(kind="file", url="", path=str(path)), http=None)
    for number, result in enumerate(adapter.read_jsonl(path, "import.jsonl"), start=1):
        assert isinstance(result, FetchedDocument) or (isinstance(result, str) and result.startswith("import.jsonl:"))
        assert number <= body.count(b"\n") + 1  # at most one outcome per line of the file


@PROPERTY
@given(body=st.one_of(st.binary(max_size=400), st.lists(st.lists(st.text(max_size=30), max_size=5), max_size=6).map(
    lambda rows: "\n".join(",".join(json.dumps(cell) for cell in row) for row in [["text", "date", "actor"], *rows])
    .encode())))  # fmt: skip
def test_any_csv_file_gives_documents_or_line_errors(tmp_path, body):
    path = tmp_path / "import.csv"
    path.write_bytes(body)
    adapter = FileAdapter(SourceConfig(kind="file", url="", path=str(path)), http=None)
    for result in adapter.read_csv(path, "import.csv"):
        assert isinstance(result, FetchedDocument) or (isinstance(result, str) and result.startswith("import.csv"))


class CannedClient:
    """Answers every request with the same body, as a server would: the feed parser is what is tested."""

    def __init__(self, body: bytes, content_type: str):
        self.response = Response(url="https://example.org/feed.xml", status=200,
                                 headers=httpx.Headers({"content-type": content_type}), content=body)  # fmt: skip

    def get(self, url, **options):
        return self.response


FEED_PARTS = st.sampled_from(
    ['<?xml version="1.0"?>', "<rss version='2.0'>", "<channel>", "<item>", "<title>", "</title>", "<link>",
     "https://example.org/a", "</link>", "<pubDate>", "Mon, 06 Mar 2023 10:00:00 +0000", "</pubDate>", "</item>",
     "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "<link href='/b'/>", "</entry>", "&amp;", "&bogus;",
     "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e 'eeee'>]>", "&e;", "\x00", "\udcff"]
)  # fmt: skip


@PROPERTY
@given(
    body=st.one_of(st.binary(max_size=400), st.lists(FEED_PARTS, max_size=40).map(lambda parts: "".join(parts)
                   .encode("utf-8", errors="surrogatepass"))),
    content_type=st.sampled_from(["application/rss+xml", "text/html", "application/octet-stream", ""]),
)  # fmt: skip
def test_any_feed_body_gives_items_or_a_clear_refusal(body, content_type):
    adapter = FeedAdapter(SourceConfig(kind="feed", url="https://example.org/feed.xml"),
                          http=CannedClient(body, content_type))  # fmt: skip
    try:
        discovery = adapter.discover()
    except AdapterError as error:
        assert "could not be read" in str(error)
        return
    assert all(item.url.startswith(("http://", "https://")) for item in discovery.items)


def test_a_feed_that_trips_the_parser_is_a_clear_refusal():
    body = b"<feed xmlns='http://www.w3.org/2005/Atom'><pubDate><entry><link>]]></item>&bogus;</link>"
    adapter = FeedAdapter(SourceConfig(kind="feed", url="https://example.org/feed.xml"),
                          http=CannedClient(body, "application/rss+xml"))  # fmt: skip
    with pytest.raises(AdapterError, match="could not be read: the parser failed"):
        adapter.discover()


@PROPERTY
@given(rows=st.lists(st.lists(st.one_of(st.text(max_size=20), st.sampled_from(
    ["A/RES/ES-11/1", "2022-03-02", "DEU", "CHN", "Y", "N", "A", "X", "2022-13-45", ""])), min_size=7, max_size=7),
    max_size=8))  # fmt: skip
def test_any_votes_table_gives_ballots_or_line_errors(rows):
    header = "resolution,date,country_iso3,vote,country_name_un,title,undl_record"
    body = "\n".join([header, *(",".join(json.dumps(cell) for cell in row) for row in rows)])
    adapter = VotesAdapter(SourceConfig(kind="unvotes", path="votes.csv"), http=None)
    ballots, errors = {}, []
    adapter._read_table("votes.csv", body, ballots, errors)
    assert all(error.startswith("votes.csv:") for error in errors)
    assert sum(len(ballot.votes) + ballot.not_voting for ballot in ballots.values()) <= len(rows)
