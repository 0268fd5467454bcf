from datetime import date

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from positions.charts import STANCE_COLOURS, timeline_figure
from positions.queries import TimelinePoint
from tests.factories import make_document, make_position

pytestmark = pytest.mark.django_db


def point(actor, when, stance, name=None):
    return TimelinePoint(actor, name or actor, when, stance, f"{actor} said so.", "", 1)


def test_the_timeline_figure_draws_one_step_line_per_actor_in_the_given_order():
    points = [
        point("DEU", date(2022, 4, 1), -1),
        point("DEU", date(2023, 1, 25), 2),
        point("USA", date(2022, 5, 1), 2),
    ]
    figure = timeline_figure(points, title="Military aid", order=["USA", "DEU", "FRA"])
    assert [trace["name"] for trace in figure["data"]] == ["USA", "DEU"]
    germany = figure["data"][1]
    assert germany["x"] == ["2022-04-01", "2023-01-25"]
    assert germany["y"] == [-1, 2]
    assert germany["line"]["shape"] == "hv"
    assert germany["marker"]["color"] == [STANCE_COLOURS[-1], STANCE_COLOURS[2]]
    assert figure["layout"]["yaxis"]["tickvals"] == [-2, -1, 0, 1, 2]
    assert figure["layout"]["yaxis"]["ticktext"][1:4] == ["-1 Opposes", "0 Neutral", "+1 Supports"]


def test_a_dotted_line_carries_each_last_stance_on_to_the_end_of_the_range():
    points = [point("DEU", date(2022, 4, 1), -1), point("DEU", date(2023, 1, 25), 2), point("USA", date(2024, 5, 1), 2)]
    figure = timeline_figure(points, title="Military aid", order=["DEU", "USA"], until=date(2024, 1, 1))
    assert [(trace["name"], trace["mode"]) for trace in figure["data"]] == [
        ("DEU", "lines+markers"),
        ("USA", "lines+markers"),
        ("DEU", "lines"),
    ]
    hold = figure["data"][2]
    assert (hold["x"], hold["y"]) == (["2023-01-25", "2024-01-01"], [2, 2])
    assert (hold["line"]["dash"], hold["hoverinfo"], hold["showlegend"]) == ("dot", "skip", False)


def test_hover_text_escapes_html_in_quotes():
    figure = timeline_figure(
        [TimelinePoint("DEU", "Germany", date(2023, 1, 1), 1, "<script>x()</script>", "", 1)],
        title="t",
        order=["DEU"],
    )
    assert "<script>" not in figure["data"][0]["hovertext"][0]
    assert "&lt;script&gt;" in figure["data"][0]["hovertext"][0]


def test_the_home_page_shows_totals_and_loads_plotly_from_static(client):
    document = make_document("Berlin will send Leopard tanks.", published=date(2023, 1, 25))
    make_position(document, stance=2)
    response = client.get(reverse("positions:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="figure">1</span> position records' in html
    assert "/static/vendor/plotly/plotly.min.js" in html
    assert "cdn" not in html.lower()
    assert finders.find("vendor/plotly/plotly.min.js")


def test_an_empty_database_says_how_to_add_data(client):
    response = client.get(reverse("positions:home"))
    html = response.content.decode()
    assert "No position records yet" in html
    assert "python manage.py add_source feed URL" in html


def test_the_timeline_endpoint_returns_the_figure_and_its_rows(client):
    for when, stance in [(date(2022, 4, 1), -1), (date(2023, 1, 25), 2)]:
        make_position(make_document(published=when), actor_id="DEU", stance=stance, date=when)
    make_position(make_document(), actor_id="HUN", stance=-2, date=date(2023, 2, 1))
    response = client.get(reverse("positions:timeline-data"), {"topic": "military-aid-ukraine"})
    assert response.status_code == 200
    payload = response.json()
    assert payload["actors"] == ["DEU", "HUN"]
    statements = [trace for trace in payload["figure"]["data"] if trace["hoverinfo"] == "text"]
    assert [(trace["name"], trace["y"]) for trace in statements] == [("Germany", [-1, 2]), ("Hungary", [-2])]
    assert [row[3] for row in payload["table"]["rows"]] == ["-1", "+2", "-2"]


def test_the_timeline_endpoint_honours_actors_and_a_date_range(client):
    for when in (date(2022, 4, 1), date(2023, 1, 25), date(2024, 6, 1)):
        make_position(make_document(published=when), actor_id="DEU", date=when)
    make_position(make_document(), actor_id="HUN", date=date(2023, 2, 1))
    response = client.get(
        reverse("positions:timeline-data"),
        {"topic": "military-aid-ukraine", "actors": "deu", "from": "2023-01-01", "to": "2023-12-31"},
    )
    assert [row[0] for row in response.json()["table"]["rows"]] == ["2023-01-25"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"topic": "no-such-topic"}, "topic='no-such-topic' is not a known topic."),
        ({"topic": "peace-talks", "actors": "DEU,XYZ"}, "actors: unknown actor code(s) XYZ."),
        (
            {"topic": "peace-talks", "from": "2023-13-01"},
            "from='2023-13-01' is not a date in the form YYYY-MM-DD.",
        ),
        ({"topic": "peace-talks", "from": "2024-01-01", "to": "2023-01-01"}, "from must not be after to."),
        ({}, "topic is required."),
    ],
)
def test_bad_timeline_parameters_get_a_400_that_says_what_was_wrong(client, params, message):
    response = client.get(reverse("positions:timeline-data"), params)
    assert response.status_code == 400
    assert response.json() == {"error": message}
