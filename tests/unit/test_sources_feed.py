"""The feed adapter on RSS and Atom fixtures served by a local HTTP server."""

from datetime import date

import pytest

from ingest.sources import get_adapter_class
from ingest.sources.base import AdapterError, ItemRef, SourceConfig
from ingest.sources.feed import FeedAdapter

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml"


def feed_adapter(url, http_client, **options) -> FeedAdapter:
    config = SourceConfig(kind="feed", url=url, default_actor="UKR", options=options)
    return FeedAdapter(config, http_client)


@pytest.fixture
def rss_url(http_server, sources_data):
    http_server.add_file(
        "/en/rss/statements.xml", sources_data / "feeds/ministry_rss.xml", RSS, etag='"rss-1"'
    )
    return http_server.url("/en/rss/statements.xml")


def test_the_registry_finds_the_feed_adapter():
    assert get_adapter_class("feed") is FeedAdapter


def test_an_rss_feed_lists_its_entries_with_links_and_hints(rss_url, http_client):
    discovery = feed_adapter(rss_url, http_client).discover()

    assert [(item.url, item.hint_title, item.hint_published) for item in discovery.items] == [
        (
            "https://mfa.example.gov/en/press-center/statements/2023/07/17/black-sea-grain-initiative"
            "?utm_source=rss&utm_medium=feed",
            "Statement on the Russian Federation's withdrawal from the Black Sea Grain Initiative",
            date(2023, 7, 17),
        ),
        (
            "https://mfa.example.gov/en/press-center/comments/2022/09/24/so-called-referendums",
            "Comment on the so-called referendums in the occupied regions of Ukraine",
            date(2022, 9, 24),  # 00:30 in Kyiv: the date as published, not the UTC one (23 September)
        ),
        (
            rss_url.rsplit("/en/", 1)[0]
            + "/en/press-center/statements/2023/06/23/eleventh-sanctions-package",
            "Foreign Minister's remarks on the eleventh package of EU sanctions",
            date(2023, 6, 23),
        ),
    ]
    assert all(item.document is None for item in discovery.items)
    assert discovery.etag == '"rss-1"'


def test_an_entry_without_a_link_is_reported_and_the_rest_still_count(rss_url, http_client):
    discovery = feed_adapter(rss_url, http_client).discover()

    assert discovery.errors == [
        f"{rss_url}: entry 3 ('Weekly briefing schedule') has no link and was skipped."
    ]
    assert len(discovery.items) == 3  # the repeated grain statement (same page, other fragment) counts once


def test_an_unchanged_feed_answers_not_modified(rss_url, http_client):
    first = feed_adapter(rss_url, http_client).discover()
    config = SourceConfig(kind="feed", url=rss_url, etag=first.etag, last_modified=first.last_modified)

    second = FeedAdapter(config, http_client).discover()

    assert (second.not_modified, second.items, second.etag) == (True, [], '"rss-1"')


def test_full_content_in_the_feed_becomes_the_document_when_asked(rss_url, http_client):
    discovery = feed_adapter(rss_url, http_client, content_from_feed=True).discover()

    grain, referendums, _ = discovery.items
    assert grain.document is not None and referendums.document is None  # the second has only a summary
    document = grain.document
    assert document.url == (
        "https://mfa.example.gov/en/press-center/statements/2023/07/17/black-sea-grain-initiative"
    )
    assert document.text.startswith("The Ministry of Foreign Affairs deeply regrets the decision")
    assert "maritime corridor open" in document.text and "<p>" not in document.text
    assert (document.published, document.language, document.source_actor) == (date(2023, 7, 17), "en", "UKR")


def test_an_atom_feed_is_read_too(http_server, http_client, sources_data):
    http_server.add_file("/en/feeds/ukraine.atom", sources_data / "feeds/ministry_atom.xml", ATOM)

    discovery = feed_adapter(
        http_server.url("/en/feeds/ukraine.atom"), http_client, content_from_feed=True
    ).discover()

    assert [(item.url, item.hint_published) for item in discovery.items] == [
        ("https://fmfa.example.gov/en/newsroom/2023/03/17/icc-warrant", date(2023, 3, 17)),
        ("https://fmfa.example.gov/en/newsroom/2022/09/06/zaporizhzhia-npp", date(2022, 9, 6)),
    ]
    icc = discovery.items[0].document
    assert icc.title == "Foreign Minister on the arrest warrant issued by the International Criminal Court"
    assert "Those responsible for crimes committed in this war must answer for them" in icc.text
    assert discovery.errors == []


def test_a_malformed_feed_is_an_adapter_error_with_feedparsers_reason(http_server, http_client, sources_data):
    http_server.add_file("/broken.xml", sources_data / "feeds/malformed.xml", RSS)

    with pytest.raises(AdapterError) as caught:
        feed_adapter(http_server.url("/broken.xml"), http_client).discover()

    message = str(caught.value)
    assert message.startswith(f"The feed at {http_server.url('/broken.xml')} could not be read: ")
    assert "not well-formed" in message or "invalid token" in message


def test_an_html_page_is_not_a_feed(http_server, http_client, sources_data):
    http_server.add_file("/news", sources_data / "pages/no_article.html", "text/html")

    with pytest.raises(AdapterError, match="could not be read"):
        feed_adapter(http_server.url("/news"), http_client).discover()


def test_fetch_extracts_the_article_of_an_entry(http_server, http_client, sources_data):
    http_server.add_file(
        "/en/statements/grain?utm_source=rss", sources_data / "pages/article.html", "text/html"
    )
    ref = ItemRef(
        url=http_server.url("/en/statements/grain?utm_source=rss"),
        hint_title="Hint title",
        hint_published=date(2023, 7, 18),
    )

    document = feed_adapter(http_server.url("/feed"), http_client).fetch(ref)

    assert document.url == http_server.url("/en/statements/grain")
    assert (
        document.title
        == "Statement on the Russian Federation's withdrawal from the Black Sea Grain Initiative"
    )
    assert document.published == date(2023, 7, 17)  # the page's own date wins over the feed's hint
    assert document.language == "en" and document.source_actor == "UKR"
    assert "thirty million tonnes" in document.text
    assert "Consular services" not in document.text and "Privacy" not in document.text


def test_fetch_falls_back_to_the_hints_for_title_and_date(http_server, http_client):
    body = (
        "<html><body><article><p>The minister repeated that the occupied regions remain part of Ukraine.</p>"
        "<p>Votes organised by the occupying power under the barrel of a gun have no legal effect.</p>"
        "</article></body></html>"
    )
    http_server.add("/plain", body, content_type="text/html")
    ref = ItemRef(
        url=http_server.url("/plain"),
        hint_title="Comment on the referendums",
        hint_published=date(2022, 9, 24),
    )

    document = feed_adapter(http_server.url("/feed"), http_client).fetch(ref)

    assert (document.title, document.published) == ("Comment on the referendums", date(2022, 9, 24))


def test_fetch_of_a_page_without_an_article_is_an_adapter_error(http_server, http_client, sources_data):
    http_server.add_file("/shell", sources_data / "pages/no_article.html", "text/html")

    with pytest.raises(AdapterError, match="has no article text"):
        feed_adapter(http_server.url("/feed"), http_client).fetch(ItemRef(url=http_server.url("/shell")))
