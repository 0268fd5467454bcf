"""Dashboard pages: what they show, their empty states, their 400s and 404s, escaping, and their query counts."""

from datetime import date

import pytest
from django.urls import reverse

from positions.models import Official
from tests.factories import busy_records, make_document, make_position

pytestmark = pytest.mark.django_db

AID = "military-aid-ukraine"


def record(actor, stance, when, topic=AID, text=None, **fields):
    text = text or f"{actor} said {stance} on {when} about {topic}."
    document = make_document(text, published=when, title=f"{actor} on {when}")
    return make_position(document, actor_id=actor, topic_id=topic, stance=stance, date=when, quote=text, **fields)


@pytest.fixture
def aid():
    return {
        "deu_before": record("DEU", -1, date(2022, 4, 1)),
        "deu_after": record("DEU", 2, date(2023, 1, 25)),
        "hun": record("HUN", -2, date(2022, 6, 1)),
    }


def test_the_overview_feed_links_each_shift_to_the_two_statements_that_show_it(client, aid):
    html = client.get(reverse("positions:home"), {"as_of": "2024-01-01"}).content.decode()
    text = " ".join(html.split())
    assert (
        'moved from <span class="stance-chip stance-1">-1</span> to <span class="stance-chip stance-4">+2</span>'
        in text
    )
    assert f'on <a href="/topics/{AID}/">{AID}</a> on 2023-01-25' in text
    before, after = aid["deu_before"], aid["deu_after"]
    assert f'href="/documents/{before.document_id}/#position-{before.pk}">before, 2022-04-01</a>' in text
    assert f'href="/documents/{after.document_id}/#position-{after.pk}">after</a>' in text
    assert 'data-endpoint="/charts/matrix.json?actors=DEU%2CHUN&amp;as_of=2024-01-01"' in text
    assert 'id="as-of-date" name="as_of" value="2024-01-01"' in text


def test_the_overview_before_any_shift_says_so(client, aid):
    html = client.get(reverse("positions:home"), {"as_of": "2022-12-31"}).content.decode()
    assert "No actor shown above has changed its stated stance yet as of 2022-12-31." in html


def test_the_topic_page_defaults_to_the_most_active_actors_and_lists_statements(client, aid):
    html = client.get(reverse("positions:topic", args=[AID])).content.decode()
    assert 'value="DEU" checked' in html and 'value="HUN" checked' in html
    assert "3 statements by the chosen actors, newest first." in html
    assert html.index("DEU said 2") < html.index("HUN said -2") < html.index("DEU said -1")
    assert f'data-endpoint="/charts/timeline.json?topic={AID}&amp;actors=DEU%2CHUN&amp;mode=each"' in html
    assert "/static/vendor/plotly/plotly.min.js" in html


def test_the_topic_page_paginates_and_refuses_a_page_out_of_range(client):
    for day in range(1, 23):
        record("DEU", 1, date(2022, 3, day))
    assert "Page 2 of 2" in client.get(reverse("positions:topic", args=[AID]), {"page": "2"}).content.decode()
    response = client.get(reverse("positions:topic", args=[AID]), {"page": "3"})
    assert response.status_code == 400
    assert "page=3 is out of range; there are 2 page(s)." in response.content.decode()


@pytest.mark.parametrize(
    ("url", "params", "message"),
    [
        ("/topics/military-aid-ukraine/", {"actors": "DEU,QQQ"}, "actors: unknown actor code(s) QQQ."),
        ("/topics/military-aid-ukraine/", {"from": "yesterday"}, "from=&#x27;yesterday&#x27; is not a date"),
        ("/topics/military-aid-ukraine/", {"page": "0"}, "page=&#x27;0&#x27; is not a page number"),
        ("/", {"as_of": "2023-99-01"}, "as_of=&#x27;2023-99-01&#x27; is not a date"),
        ("/compare/", {"topic": "nope"}, "topic=&#x27;nope&#x27; is not a known topic."),
        ("/search/", {"q": "tanks", "stance": "3"}, "stance=&#x27;3&#x27; is not a stance"),
        ("/search/", {"q": "tanks", "actor": "ZZZ"}, "actor=&#x27;ZZZ&#x27; is not a known actor code."),
    ],
)
def test_bad_page_parameters_get_a_400_page_that_says_what_was_wrong(client, aid, url, params, message):
    response = client.get(url, params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert message in response.content.decode()


@pytest.mark.parametrize("url", ["/topics/no-such-topic/", "/actors/XYZ/", "/documents/999999/"])
def test_unknown_things_in_the_path_are_404s(client, url):
    assert client.get(url).status_code == 404


def test_the_statement_page_highlights_escaped_evidence_and_links_the_source(client):
    text = "Preamble. <script>alert('x')</script> Berlin will send tanks. Close."
    document = make_document(text, url="https://example.org/statement?id=1&lang=en", title="A <b>bold</b> title")
    start = text.index("Berlin")
    position = make_position(document, span_start=start, span_end=start + 23, quote=text[start : start + 23], stance=2)
    html = client.get(reverse("positions:document", args=[document.pk])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "A &lt;b&gt;bold&lt;/b&gt; title" in html
    assert f'<mark class="evidence" data-positions="{position.pk}">Berlin will send tanks.</mark>' in html
    assert "Germany · Military aid to Ukraine · +2 · Automatic" in html
    assert 'href="https://example.org/statement?id=1&amp;lang=en" rel="noopener noreferrer nofollow"' in html


def test_the_statement_page_hides_rejected_records(client):
    document = make_document("Berlin will send tanks.")
    make_position(document, review_state="rejected")
    html = client.get(reverse("positions:document", args=[document.pk])).content.decode()
    assert "No position records come from this document." in html
    assert "<mark" not in html


def test_the_actor_page_shows_votes_beside_words_and_marks_disagreement(client):
    record("BRA", 1, date(2022, 2, 25), topic="condemn-invasion")
    record("BRA", -1, date(2023, 2, 23), topic="condemn-invasion", evidence_kind="vote")
    html = client.get(reverse("positions:actor", args=["bra"])).content.decode()
    assert '<tr class="disagree">' in html
    assert "<strong>disagree</strong>" in html
    assert 'data-endpoint="/charts/actor.json?actor=BRA"' in html


def test_the_actor_page_lists_officials_and_says_how_to_add_statements_when_there_are_none(client):
    Official.objects.create(name="Test Speaker", actor_id="ISL", role="Spokesperson")
    html = client.get(reverse("positions:actor", args=["ISL"])).content.decode()
    assert "Test Speaker" in html
    assert "python manage.py add_source feed URL --actor ISL" in html


def test_the_compare_page_keeps_its_state_in_the_address(client, aid):
    html = client.get(reverse("positions:compare"), {"topic": AID, "actors": "DEU,HUN"}).content.decode()
    assert f'data-endpoint="/charts/compare.json?topic={AID}&amp;actors=DEU%2CHUN"' in html
    assert 'value="DEU,HUN"' in html
    empty = client.get(reverse("positions:compare")).content.decode()
    assert "Choose a topic and some actors" in empty


def test_search_shows_ranked_escaped_snippets_with_their_records(client):
    hit = record("DEU", 2, date(2023, 1, 25), text="Berlin & <i>Paris</i> will send Leopard tanks to Kyiv.")
    record("HUN", -2, date(2023, 1, 26), text="Budapest will not send weapons.")
    html = client.get(reverse("positions:search"), {"q": "tanks"}).content.decode()
    assert "1 document found." in html
    snippet = html[html.index('<p class="snippet">') :].split("</p>")[0]
    assert "<i>" not in snippet
    assert "Berlin &amp;" in snippet
    assert "will send Leopard <mark>tanks</mark> to Kyiv" in snippet
    assert f'href="/documents/{hit.document_id}/#position-{hit.pk}">Germany · Military aid to Ukraine · +2</a>' in html


def test_a_search_matching_more_than_it_ranks_says_so(client, monkeypatch):
    from positions import queries

    monkeypatch.setattr(queries, "SEARCH_CANDIDATES", 2)
    for day in (1, 2, 3):
        record("DEU", 2, date(2023, 1, day), text=f"Berlin will send tanks, said the note of {day} January.")
    html = client.get(reverse("positions:search"), {"q": "tanks"}).content.decode()
    assert "More than 2 documents match: the 2 most recent are ranked here." in html
    assert html.count('<p class="snippet">') == 2 and "3 January" in html and "1 January" not in html


def test_an_empty_search_explains_itself(client):
    assert "Type some words to search" in client.get(reverse("positions:search")).content.decode()
    assert "No document matches." in client.get(reverse("positions:search"), {"q": "zeppelin"}).content.decode()


@pytest.fixture
def busy():
    return busy_records(3)


@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/", 12),
        ("/topics/military-aid-ukraine/", 6),
        ("/actors/DEU/", 8),
        ("/compare/?topic=military-aid-ukraine", 5),
        ("/search/?q=said", 6),
    ],
)
def test_pages_take_a_fixed_number_of_queries(client, busy, django_assert_max_num_queries, url, most):
    with django_assert_max_num_queries(most):
        response = client.get(url)
    assert response.status_code == 200


def test_the_statement_page_takes_a_fixed_number_of_queries(client, busy, django_assert_max_num_queries):
    document = make_document("One text, many records.")
    for code in busy:
        make_position(document, actor_id=code)
    with django_assert_max_num_queries(4):
        response = client.get(reverse("positions:document", args=[document.pk]))
    assert response.status_code == 200
