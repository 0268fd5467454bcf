"""Chart endpoints: the exact JSON each one returns, its errors, and how many queries it takes."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from positions.charts import map_figure, matrix_figure, small_multiples_figure, timeline_figure
from positions.queries import LatestStance, TimelinePoint
from tests.factories import busy_records, make_document, make_position

pytestmark = pytest.mark.django_db

AID = "military-aid-ukraine"


def record(actor, stance, when, topic=AID, **fields):
    document = make_document(f"{actor} said {stance} on {when} about {topic}.", published=when)
    return make_position(document, actor_id=actor, topic_id=topic, stance=stance, date=when, **fields)


def cell(position, actor_name, topic_name="Military aid to Ukraine"):
    return LatestStance(
        position.actor_id,
        actor_name,
        position.topic_id,
        topic_name,
        position.pk,
        position.stance,
        position.date,
        position.quote,
        position.speaker_name,
        position.document_id,
        position.evidence_kind,
    )


def point(position, actor_name, topic_name="Military aid to Ukraine"):
    return TimelinePoint(
        position.actor_id,
        actor_name,
        position.date,
        position.stance,
        position.quote,
        position.speaker_name,
        position.document_id,
        position.pk,
        position.topic_id,
        topic_name,
        position.evidence_kind,
    )


def link(position):
    return f"/documents/{position.document_id}/#position-{position.pk}"


@pytest.fixture
def aid():
    """Germany moves from -1 to +2; Hungary opposes; France speaks on sanctions only."""
    return {
        "deu_before": record("DEU", -1, date(2022, 4, 1)),
        "deu_after": record("DEU", 2, date(2023, 1, 25)),
        "hun": record("HUN", -2, date(2022, 6, 1)),
        "fra": record("FRA", 1, date(2022, 5, 1), topic="sanctions-russia"),
    }


def test_the_matrix_endpoint_returns_the_latest_stance_of_each_pair_as_of_the_date(client, aid):
    response = client.get(reverse("positions:matrix-data"), {"as_of": "2022-12-31", "actors": "DEU,HUN"})
    actors = [("DEU", "Germany"), ("HUN", "Hungary")]
    topics = [(AID, "Military aid to Ukraine"), ("sanctions-russia", "Sanctions on Russia")]
    cells = [cell(aid["deu_before"], "Germany"), cell(aid["hun"], "Hungary")]
    assert response.status_code == 200
    assert response.json() == {
        "as_of": "2022-12-31",
        "actors": ["DEU", "HUN"],
        "topics": [AID, "sanctions-russia"],
        "figure": matrix_figure(cells, actors=actors, topics=topics, as_of=date(2022, 12, 31)),
        "table": {
            "caption": "Latest stated stance as of 2022-12-31",
            "columns": ["Actor", "Military aid to Ukraine", "Sanctions on Russia"],
            "rows": [
                ["Germany", {"text": "-1 (2022-04-01)", "href": link(aid["deu_before"])}, "no stated position"],
                ["Hungary", {"text": "-2 (2022-06-01)", "href": link(aid["hun"])}, "no stated position"],
            ],
        },
    }


def test_the_matrix_defaults_to_the_most_active_actors(client, aid):
    payload = client.get(reverse("positions:matrix-data"), {"as_of": "2023-06-01"}).json()
    assert payload["actors"] == ["DEU", "HUN", "FRA"]  # most records, then the most recent
    assert payload["figure"]["data"][4]["y"] == ["Germany"]


def test_the_timeline_endpoint_can_send_a_rolling_average(client, aid):
    response = client.get(reverse("positions:timeline-data"), {"topic": AID, "actors": "DEU", "mode": "average"})
    points = [point(aid["deu_before"], "Germany"), point(aid["deu_after"], "Germany")]
    title = "Military aid to Ukraine: stated stance over time"
    assert response.json() == {
        "topic": AID,
        "actors": ["DEU"],
        "mode": "average",
        "figure": timeline_figure(points, title=title, order=["DEU"], average=True, until=timezone.localdate()),
        "table": {
            "caption": title,
            "columns": ["Date", "Actor", "Topic", "Stance", "90-day average", "Speaker", "Quote"],
            "rows": [
                [
                    "2022-04-01",
                    "Germany",
                    "Military aid to Ukraine",
                    "-1",
                    "-1",
                    "",
                    {"text": aid["deu_before"].quote, "href": link(aid["deu_before"])},
                ],
                [
                    "2023-01-25",
                    "Germany",
                    "Military aid to Ukraine",
                    "+2",
                    "+2",
                    "",
                    {"text": aid["deu_after"].quote, "href": link(aid["deu_after"])},
                ],
            ],
        },
    }


def test_the_map_endpoint_colours_the_states_that_had_spoken_by_the_date(client, aid):
    record("EU", 2, date(2022, 3, 1))  # an organisation has no place on a map
    response = client.get(reverse("positions:map-data"), {"topic": AID, "as_of": "2022-05-01"})
    cells = [cell(aid["deu_before"], "Germany")]
    assert response.json() == {
        "topic": AID,
        "as_of": "2022-05-01",
        "figure": map_figure(cells, title="Military aid to Ukraine", as_of=date(2022, 5, 1)),
        "table": {
            "caption": "Military aid to Ukraine as of 2022-05-01",
            "columns": ["Actor", "Stance", "Stated", "Quote"],
            "rows": [
                ["Germany", "-1", "2022-04-01", {"text": aid["deu_before"].quote, "href": link(aid["deu_before"])}]
            ],
        },
    }


def test_the_actor_endpoint_draws_its_topics_most_active_first(client, aid):
    sanctions = record("DEU", 2, date(2022, 3, 1), topic="sanctions-russia")
    payload = client.get(reverse("positions:actor-data"), {"actor": "deu"}).json()
    topics = [(AID, "Military aid to Ukraine"), ("sanctions-russia", "Sanctions on Russia")]
    points = [
        point(aid["deu_before"], "Germany"),
        point(aid["deu_after"], "Germany"),
        point(sanctions, "Germany", "Sanctions on Russia"),
    ]
    assert payload["actor"] == "DEU"
    assert payload["topics"] == [AID, "sanctions-russia"]
    assert payload["figure"] == small_multiples_figure(points, title="Germany: stated stance by topic", topics=topics)
    assert [row[0] for row in payload["table"]["rows"]] == ["2022-04-01", "2023-01-25", "2022-03-01"]


def test_compare_draws_several_actors_on_one_topic_in_the_order_asked(client, aid):
    params = {"topic": AID, "actors": "HUN,DEU", "from": "2022-01-01", "to": "2022-12-31"}
    payload = client.get(reverse("positions:compare-data"), params).json()
    points = [point(aid["deu_before"], "Germany"), point(aid["hun"], "Hungary")]
    title = "Military aid to Ukraine: stated stance by actor"
    assert payload["by"] == "actor"
    assert payload["series"] == ["HUN", "DEU"]
    assert payload["figure"] == timeline_figure(points, title=title, order=["HUN", "DEU"], until=date(2022, 12, 31))
    assert [trace["name"] for trace in payload["figure"]["data"]] == ["Hungary", "Germany", "Hungary", "Germany"]
    assert [trace["mode"] for trace in payload["figure"]["data"]] == ["lines+markers"] * 2 + ["lines"] * 2


def test_compare_draws_one_actor_on_several_topics(client, aid):
    sanctions = record("DEU", 2, date(2022, 3, 1), topic="sanctions-russia")
    payload = client.get(
        reverse("positions:compare-data"), {"actor": "DEU", "topics": f"sanctions-russia,{AID}"}
    ).json()
    assert payload["by"] == "topic"
    assert payload["series"] == ["sanctions-russia", AID]
    statements = [trace for trace in payload["figure"]["data"] if trace["hoverinfo"] == "text"]
    assert [(t["name"], t["y"]) for t in statements] == [
        ("Sanctions on Russia", [2]),
        ("Military aid to Ukraine", [-1, 2]),
    ]
    assert payload["figure"]["data"][0]["customdata"] == [link(sanctions)]


def test_rejected_records_never_reach_a_chart(client, aid):
    record("HUN", 2, date(2022, 7, 1), review_state="rejected")
    timeline = client.get(reverse("positions:timeline-data"), {"topic": AID, "actors": "HUN"}).json()
    matrix = client.get(reverse("positions:matrix-data"), {"actors": "HUN", "as_of": "2023-01-01"}).json()
    assert timeline["figure"]["data"][0]["y"] == [-2]
    assert len(timeline["figure"]["data"]) == 2  # the statements and the dotted line holding the last one
    assert matrix["figure"]["data"][0]["y"] == ["Hungary"]


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("matrix-data", {"as_of": "2023-02-30"}, "as_of='2023-02-30' is not a date in the form YYYY-MM-DD."),
        ("matrix-data", {"actors": "DEU,ZZZ"}, "actors: unknown actor code(s) ZZZ."),
        ("timeline-data", {"topic": AID, "mode": "smooth"}, "mode='smooth' is not one of: each, average."),
        ("map-data", {}, "topic is required."),
        ("map-data", {"topic": "moon-landing"}, "topic='moon-landing' is not a known topic."),
        ("actor-data", {}, "actor is required."),
        ("actor-data", {"actor": "XX"}, "actor='XX' is not a known actor code."),
        ("actor-data", {"actor": "DEU", "from": "2024-01-01", "to": "2023-01-01"}, "from must not be after to."),
        ("compare-data", {}, "Choose a topic to compare actors on, or an actor to compare topics for."),
        (
            "compare-data",
            {"topic": AID, "actor": "DEU"},
            "Give either topic (with actors) or actor (with topics), not both.",
        ),
        ("compare-data", {"actor": "DEU", "topics": "peace-talks,nope"}, "topics: unknown topic(s) nope."),
        (
            "compare-data",
            {"topic": AID, "topics": "peace-talks"},
            "topics goes with actor; with topic, list actors instead.",
        ),
    ],
)
def test_bad_chart_parameters_get_a_json_400_that_says_what_was_wrong(client, name, params, message):
    response = client.get(reverse(f"positions:{name}"), params)
    assert response.status_code == 400
    assert response.json() == {"error": message}


@pytest.fixture
def busy():
    return busy_records(4)


@pytest.mark.parametrize(
    ("name", "params", "most"),
    [
        # One query more than the chart needs: the series takes in any queued write first.
        ("matrix-data", {"as_of": "2023-01-01"}, 5),
        ("timeline-data", {"topic": AID}, 4),
        ("map-data", {"topic": AID, "as_of": "2023-01-01"}, 3),
        ("actor-data", {"actor": "DEU"}, 4),
        ("compare-data", {"topic": AID, "actors": "DEU,FRA,USA,GBR"}, 5),
        ("compare-data", {"actor": "DEU"}, 4),
    ],
)
def test_chart_endpoints_take_a_fixed_number_of_queries(
    client, busy, django_assert_max_num_queries, name, params, most
):
    with django_assert_max_num_queries(most):
        response = client.get(reverse(f"positions:{name}"), params)
    assert response.status_code == 200
