"""Chart figures and their tables, built from plain query results without HTTP or the database."""

import re
from datetime import date
from pathlib import Path

from positions.charts import (
    CHARTS,
    NO_POSITION_COLOUR,
    STANCE_COLOURS,
    TABLES,
    map_figure,
    matrix_figure,
    matrix_table,
    points_table,
    rolling_average,
    small_multiples_figure,
    statement_url,
    timeline_figure,
)
from positions.queries import LatestStance, TimelinePoint

MILITARY_AID = ("military-aid-ukraine", "Military aid to Ukraine")
SANCTIONS = ("sanctions-russia", "Sanctions on Russia")


def stated(actor, name, stance, when, position=7, document=5, topic=MILITARY_AID, quote="We will send <tanks>."):
    return LatestStance(actor, name, topic[0], topic[1], position, stance, when, quote, "", document, "statement")


def point(when, stance, position, topic=MILITARY_AID, actor=("DEU", "Germany")):
    return TimelinePoint(actor[0], actor[1], when, stance, "q", "", 100 + position, position, topic[0], topic[1])


def test_every_chart_kind_has_a_figure_builder_and_a_table_builder():
    assert set(CHARTS) == {"timeline", "matrix", "map", "small_multiples"}
    assert set(TABLES) == set(CHARTS)


def test_a_statement_link_opens_the_document_at_the_record():
    assert statement_url(5, 7) == "/documents/5/#position-7"


def test_the_matrix_draws_one_trace_per_stance_and_an_empty_crossed_box_where_nothing_was_said():
    cell = stated("DEU", "Germany", 2, date(2023, 1, 25))
    figure = matrix_figure(
        [cell],
        actors=[("DEU", "Germany"), ("HUN", "Hungary")],
        topics=[MILITARY_AID, SANCTIONS],
        as_of=date(2023, 6, 1),
    )
    assert [trace["name"] for trace in figure["data"]] == [
        "-2 Strongly opposes",
        "-1 Opposes",
        "0 Neutral",
        "+1 Supports",
        "+2 Strongly supports",
        "No stated position",
    ]
    assert [trace["marker"]["color"] for trace in figure["data"]] == [*STANCE_COLOURS.values(), NO_POSITION_COLOUR]
    assert figure["data"][4] == {
        "type": "scatter",
        "mode": "markers",
        "name": "+2 Strongly supports",
        "x": ["Military aid to Ukraine"],
        "y": ["Germany"],
        "marker": {"symbol": "square", "size": 24, "color": "#542788"},
        "customdata": ["/documents/5/#position-7"],
        "hovertext": [
            "<b>Germany</b> · Military aid to Ukraine<br>Strongly supports (+2), stated 2023-01-25<br>"
            "“We will send &lt;tanks&gt;.”"
        ],
        "hoverinfo": "text",
    }
    empty = figure["data"][5]
    assert empty["marker"]["symbol"] == "square-x-open"
    assert list(zip(empty["x"], empty["y"], strict=True)) == [
        ("Sanctions on Russia", "Germany"),
        ("Military aid to Ukraine", "Hungary"),
        ("Sanctions on Russia", "Hungary"),
    ]
    assert empty["customdata"] == ["", "", ""]
    assert empty["hovertext"][0] == "<b>Germany</b> · Sanctions on Russia<br>No stated position as of 2023-06-01"
    assert figure["layout"]["title"]["text"] == "Latest stated stance as of 2023-06-01"
    assert figure["layout"]["xaxis"]["categoryarray"] == ["Military aid to Ukraine", "Sanctions on Russia"]
    assert figure["layout"]["yaxis"]["categoryarray"] == ["Hungary", "Germany"]  # the first actor on top
    assert figure["layout"]["xaxis"]["title"]["text"] == "Topic"
    assert figure["layout"]["yaxis"]["title"]["text"] == "Actor"


def test_the_matrix_table_says_no_stated_position_rather_than_neutral():
    cell = stated("DEU", "Germany", 0, date(2023, 1, 25))
    table = matrix_table([cell], actors=[("DEU", "Germany")], topics=[MILITARY_AID, SANCTIONS], as_of=date(2023, 6, 1))
    assert table == {
        "caption": "Latest stated stance as of 2023-06-01",
        "columns": ["Actor", "Military aid to Ukraine", "Sanctions on Russia"],
        "rows": [["Germany", {"text": "0 (2023-01-25)", "href": "/documents/5/#position-7"}, "no stated position"]],
    }


def test_the_map_colours_states_by_iso3_code_with_one_flat_band_per_stance():
    figure = map_figure(
        [stated("DEU", "Germany", 2, date(2023, 1, 25)), stated("HUN", "Hungary", -2, date(2022, 6, 1), 9, 6)],
        title="Military aid to Ukraine",
        as_of=date(2023, 6, 1),
    )
    (trace,) = figure["data"]
    assert trace["type"] == "choropleth"
    assert trace["locationmode"] == "ISO-3"
    assert trace["locations"] == ["DEU", "HUN"]
    assert trace["z"] == [2, -2]
    assert (trace["zmin"], trace["zmax"]) == (-2.5, 2.5)
    assert trace["colorscale"] == [
        [0.0, "#b35806"],
        [0.2, "#b35806"],
        [0.2, "#f1a340"],
        [0.4, "#f1a340"],
        [0.4, "#8c8c8c"],
        [0.6, "#8c8c8c"],
        [0.6, "#998ec3"],
        [0.8, "#998ec3"],
        [0.8, "#542788"],
        [1.0, "#542788"],
    ]
    assert trace["customdata"] == ["/documents/5/#position-7", "/documents/6/#position-9"]
    assert figure["layout"]["title"]["text"] == "Military aid to Ukraine as of 2023-06-01"
    assert figure["layout"]["geo"]["fitbounds"] is False
    assert figure["layout"]["geo"]["landcolor"] != STANCE_COLOURS[0]  # no position is not neutral


def test_the_rolling_average_takes_the_statements_of_the_last_ninety_days():
    series = [point(date(2022, 1, 1), -2, 1), point(date(2022, 2, 1), 2, 2), point(date(2022, 6, 1), 1, 3)]
    assert rolling_average(series) == [-2.0, 0.0, 1.0]
    assert rolling_average(series, days=365) == [-2.0, 0.0, 0.33]


def test_the_timeline_can_draw_one_line_per_topic_for_one_actor_as_a_rolling_average():
    points = [point(date(2022, 1, 1), -2, 1), point(date(2022, 2, 1), 2, 2), point(date(2022, 3, 1), 1, 3, SANCTIONS)]
    figure = timeline_figure(
        points, title="Germany", order=["sanctions-russia", "military-aid-ukraine"], by="topic", average=True
    )
    assert [(trace["name"], trace["y"]) for trace in figure["data"]] == [
        ("Sanctions on Russia", [1.0]),
        ("Military aid to Ukraine", [-2.0, 0.0]),
    ]
    assert figure["data"][1]["customdata"] == ["/documents/101/#position-1", "/documents/102/#position-2"]
    assert figure["data"][1]["line"]["shape"] == "linear"
    assert figure["layout"]["yaxis"]["title"]["text"] == "Stated stance (90-day average)"
    assert figure["layout"]["legend"]["title"]["text"] == "Topic"


def test_the_points_table_lists_each_statement_with_a_link_to_it():
    table = points_table([point(date(2022, 1, 1), -2, 1), point(date(2022, 2, 1), 2, 2)], average=True, caption="c")
    assert table == {
        "caption": "c",
        "columns": ["Date", "Actor", "Topic", "Stance", "90-day average", "Speaker", "Quote"],
        "rows": [
            [
                "2022-01-01",
                "Germany",
                "Military aid to Ukraine",
                "-2",
                "-2",
                "",
                {"text": "q", "href": "/documents/101/#position-1"},
            ],
            [
                "2022-02-01",
                "Germany",
                "Military aid to Ukraine",
                "+2",
                "0",
                "",
                {"text": "q", "href": "/documents/102/#position-2"},
            ],
        ],
    }


def test_small_multiples_stack_one_panel_per_topic_on_a_shared_date_axis():
    points = [point(date(2022, 1, 1), -1, 1), point(date(2022, 3, 1), 1, 3, SANCTIONS)]
    figure = small_multiples_figure(points, title="Germany", topics=[MILITARY_AID, SANCTIONS])
    assert [(t["name"], t["xaxis"], t["yaxis"], t["y"]) for t in figure["data"]] == [
        ("Military aid to Ukraine", "x", "y", [-1]),
        ("Sanctions on Russia", "x", "y2", [1]),
    ]
    assert figure["layout"]["yaxis"]["domain"] == [0.53, 0.97]
    assert figure["layout"]["yaxis2"]["domain"] == [0.03, 0.47]
    assert figure["layout"]["xaxis"]["anchor"] == "y2"
    assert [note["text"] for note in figure["layout"]["annotations"]] == [
        "<b>Military aid to Ukraine</b>",
        "<b>Sanctions on Russia</b>",
    ]


def test_the_style_sheet_s_stance_palette_is_the_charts_palette():
    """The legend and the stance chips take their colours from site.css, the charts from STANCE_COLOURS."""
    css = (Path(__file__).resolve().parents[1] / "static" / "css" / "site.css").read_text(encoding="utf-8")
    names = {-2: "m2", -1: "m1", 0: "0", 1: "p1", 2: "p2"}
    for value, colour in STANCE_COLOURS.items():
        assert re.search(rf"--stance-{names[value]}: {colour};", css, re.IGNORECASE), value
    assert f"--no-position: {NO_POSITION_COLOUR};" in css
