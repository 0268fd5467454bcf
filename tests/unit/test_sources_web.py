"""The page and listing adapters on fixtures served by a local HTTP server."""

from datetime import date

import pytest

from ingest.http import HTTPStatusError
from ingest.sources import get_adapter_class
from ingest.sources.base import AdapterError, SourceConfig
from ingest.sources.web import ListingAdapter, PageAdapter

HTML = "text/html; charset=utf-8"
ARTICLES = r"/en/press/\d{4}/\d{2}/\d{2}/"


def test_the_registry_finds_the_web_adapters():
    assert (get_adapter_class("page"), get_adapter_class("listing")) == (PageAdapter, ListingAdapter)


def test_a_page_source_gives_its_article_and_then_not_modified(http_server, http_client, sources_data):
    http_server.add_file("/en/statement", sources_data / "pages/article.html", HTML, etag='"a1"')
    config = SourceConfig(kind="page", url=http_server.url("/en/statement"), default_actor="UKR")

    discovery = PageAdapter(config, http_client).discover()
    again = PageAdapter(
        SourceConfig(kind="page", url=config.url, etag=discovery.etag), http_client
    ).discover()

    [item] = discovery.items
    assert item.document.published == date(2023, 7, 17)
    assert item.document.text.startswith("Statement on the Russian Federation's withdrawal")
    assert (discovery.etag, again.not_modified, again.items) == ('"a1"', True, [])


def test_a_page_without_an_article_is_an_adapter_error(http_server, http_client, sources_data):
    http_server.add_file("/en", sources_data / "pages/no_article.html", HTML)

    with pytest.raises(AdapterError, match=r"/en has no article text"):
        PageAdapter(SourceConfig(kind="page", url=http_server.url("/en")), http_client).discover()


@pytest.fixture
def listing(http_server, sources_data):
    for number in (1, 2, 3):
        path = "/en/press" if number == 1 else f"/en/press?page={number}"
        http_server.add_file(path, sources_data / f"pages/listing_page{number}.html", HTML)
    return http_server


def listing_adapter(server, client, **options) -> ListingAdapter:
    options = {"link_pattern": ARTICLES, **options}
    return ListingAdapter(SourceConfig(kind="listing", url=server.url("/en/press"), options=options), client)


def test_a_listing_gives_the_matching_article_links_of_its_first_page(listing, http_client):
    discovery = listing_adapter(listing, http_client).discover()

    assert [(item.url, item.hint_title) for item in discovery.items] == [
        (listing.url("/en/press/2023/07/17/black-sea-grain-initiative"),
         "Statement on the end of the Black Sea Grain Initiative"),
        (listing.url("/en/press/2023/06/23/eleventh-sanctions-package?utm_source=homepage"),
         "Remarks on the eleventh package of EU sanctions"),
        ("https://mfa.example.gov/en/press/2023/03/17/icc-warrant",
         "Comment on the International Criminal Court's arrest warrant"),
    ]  # fmt: skip
    assert listing.requests_to("/en/press?page=2") == []


def test_a_listing_follows_the_next_link_and_deduplicates(listing, http_client):
    discovery = listing_adapter(listing, http_client, pages=2).discover()

    urls = [item.url for item in discovery.items]
    assert urls[3:] == [
        listing.url("/en/press/2023/02/23/general-assembly-peace-resolution"),  # the fragment dropped
        listing.url("/en/press/2022/10/12/general-assembly-territorial-integrity"),
    ]  # the sanctions remarks, listed again on page 2 (without the tracking parameter), count once
    assert len(urls) == 5 and discovery.errors == []


def test_a_listing_follows_a_guillemet_link_past_page_two(listing, http_client):
    discovery = listing_adapter(listing, http_client, pages=5).discover()

    assert discovery.items[-1].url == listing.url("/en/press/2022/03/02/general-assembly-aggression")
    assert len(discovery.items) == 6


def test_a_listing_can_page_with_a_url_template(listing, http_client):
    template = listing.url("/en/press?page={page}")

    discovery = listing_adapter(listing, http_client, pages=3, page_url_template=template).discover()

    assert len(discovery.items) == 6
    assert [request.path for request in listing.requests if request.path.startswith("/en/press")] == [
        "/en/press",
        "/en/press?page=2",
        "/en/press?page=3",
    ]


def test_a_missing_later_page_is_reported_and_the_first_still_counts(listing, http_client):
    template = listing.url("/en/press?page={page}")

    discovery = listing_adapter(listing, http_client, pages=5, page_url_template=template).discover()

    assert len(discovery.items) == 6
    assert discovery.errors == [
        f"Index page 4 ({listing.url('/en/press?page=4')}) could not be read: "
        f"{listing.url('/en/press?page=4')} answered 404 (not found): not worth retrying."
    ]


def test_a_listing_needs_a_valid_link_pattern(listing, http_client):
    with pytest.raises(AdapterError, match="link_pattern"):
        ListingAdapter(SourceConfig(kind="listing", url=listing.url("/en/press")), http_client).discover()
    with pytest.raises(AdapterError, match="not a valid regex"):
        listing_adapter(listing, http_client, link_pattern="(unclosed").discover()


def test_a_listing_that_is_gone_raises_the_fetch_error(http_server, http_client):
    with pytest.raises(HTTPStatusError) as caught:
        listing_adapter(http_server, http_client).discover()
    assert caught.value.status == 404 and not caught.value.retryable


def test_fetch_of_a_listed_article_uses_the_link_text_when_the_page_has_no_title(listing, http_client):
    body = (
        "<html><body><main>"
        "<p>Ukraine welcomes the vote of the General Assembly on its territorial integrity.</p>"
        "<p>The world has said clearly that the attempted annexation of four regions is null and void.</p>"
        "</main></body></html>"
    )
    listing.add("/en/press/2022/10/12/general-assembly-territorial-integrity", body, content_type=HTML)
    adapter = listing_adapter(listing, http_client, pages=2)
    item = next(item for item in adapter.discover().items if "territorial" in item.url)

    document = adapter.fetch(item)

    assert document.title == "Statement on the General Assembly vote on Ukraine's territorial integrity"
    assert "welcomes the vote" in document.text
