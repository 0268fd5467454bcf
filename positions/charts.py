"""Chart figures as pure functions of query results: plain Plotly figure dicts, no database, no HTTP.

``CHARTS`` maps a chart kind to its figure builder and ``TABLES`` to the builder of the same numbers as a
table; endpoints look both up there. Every text that came from outside is escaped before it reaches Plotly,
which renders hover text and labels as HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache, lru_cache
from html import escape

from django.urls import reverse

from positions.models import EvidenceKind, Stance
from positions.queries import LatestStance, TimelinePoint

# A diverging, colour-blind-safe palette for stance (ColorBrewer PuOr), fixed across every chart.
STANCE_COLOURS: dict[int, str] = {
    -2: "#b35806",
    -1: "#f1a340",
    0: "#8c8c8c",
    1: "#998ec3",
    2: "#542788",
}
# "No stated position" is not neutral: an empty, crossed box on the matrix and pale land on the map.
NO_POSITION_COLOUR = "#bdbdbd"
NO_POSITION_FILL = "#f4f4f4"
# Distinct line colours per series (Okabe–Ito), cycled when there are more series.
ACTOR_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
STANCE_LABELS = {choice.value: choice.label for choice in Stance}
STANCE_AXIS = {
    "range": [-2.4, 2.4],
    "tickvals": list(STANCE_LABELS),
    "ticktext": [f"{value:+d} {label}" if value else f"0 {label}" for value, label in STANCE_LABELS.items()],
    "zeroline": True,
}
ROLLING_DAYS = 90


_SIGNED = {-2: "-2", -1: "-1", 0: "0", 1: "+1", 2: "+2"}


def signed(stance: float) -> str:
    """-2, -1, 0, +1, +2: the sign is shown only where there is one."""
    if type(stance) is int and stance in _SIGNED:  # the common case, on every point of every chart
        return _SIGNED[stance]
    if isinstance(stance, float) and not stance.is_integer():
        return f"{stance:+.2f}"
    return f"{int(stance):+d}" if stance else "0"


@cache
def _document_url_pattern() -> str:
    return reverse("positions:document", args=[987654321]).replace("987654321", "{}")


def statement_url(document_id: int, position_id: int) -> str:
    """The statement page, scrolled to the record's highlighted evidence."""
    return f"{_document_url_pattern().format(document_id)}#position-{position_id}"


@lru_cache(maxsize=4096)
def _escaped_name(name: str) -> str:
    """Actor, topic and speaker names recur on every point of a series: escape each once."""
    return escape(name)


def _short(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _hover(point: TimelinePoint, value: float | None = None) -> str:
    speaker = f"{_escaped_name(point.speaker)}<br>" if point.speaker else ""
    kind = " (recorded vote)" if point.evidence_kind == EvidenceKind.VOTE else ""
    average = f"{ROLLING_DAYS}-day average: {signed(value)}<br>" if value is not None else ""
    heading = f"<b>{_escaped_name(point.actor_name)}</b> · {_escaped_name(point.topic_name or point.topic)}"
    stance = f"{STANCE_LABELS[point.stance]} ({signed(point.stance)}){kind}"
    return f"{heading} · {point.date.isoformat()}<br>{average}{stance}<br>{speaker}“{escape(_short(point.quote))}”"


def rolling_average(series: Sequence[TimelinePoint], days: int = ROLLING_DAYS) -> list[float]:
    """At each statement, the mean stance of the series' statements in the `days` up to and including it."""
    averages = []
    for index, point in enumerate(series):
        since = point.date - timedelta(days=days - 1)
        window = [earlier.stance for earlier in series[: index + 1] if earlier.date >= since]
        averages.append(round(sum(window) / len(window), 2))
    return averages


def _stance_colour(value: float) -> str:
    if type(value) is int and value in STANCE_COLOURS:
        return STANCE_COLOURS[value]
    return STANCE_COLOURS[max(-2, min(2, int(value + 2.5) - 2))]


def timeline_figure(
    points: Sequence[TimelinePoint],
    *,
    title: str,
    order: Sequence[str],
    by: str = "actor",
    average: bool = False,
    until: date | None = None,
) -> dict:
    """One line per actor (or per topic, for one actor): the stated stance holds until the next statement.

    With `until`, a dotted line carries each series' last stated stance on to that date (the end of the range),
    drawn after all the statement lines so that trace i is still the i-th series.
    """
    series: dict[str, list[TimelinePoint]] = {key: [] for key in order}
    for point in points:
        series.setdefault(getattr(point, by), []).append(point)
    traces, holds = [], []
    for index, (key, rows) in enumerate(series.items()):
        if not rows:
            continue
        colour = ACTOR_COLOURS[index % len(ACTOR_COLOURS)]
        values = rolling_average(rows) if average else [point.stance for point in rows]
        name = rows[0].actor_name if by == "actor" else (rows[0].topic_name or key)
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": escape(name),
                "legendgroup": key,
                "x": [point.date.isoformat() for point in rows],
                "y": values,
                "line": {"shape": "linear" if average else "hv", "color": colour, "width": 2},
                "marker": {
                    "size": 10,
                    "color": [_stance_colour(value) for value in values],
                    "line": {"width": 1.5, "color": colour},
                },
                "customdata": [statement_url(point.document_id, point.position_id) for point in rows],
                "hovertext": [
                    _hover(point, value if average else None) for point, value in zip(rows, values, strict=True)
                ],
                "hoverinfo": "text",
            }
        )
        last = rows[-1]
        if until and not average and until > last.date:
            holds.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": escape(name),
                    "legendgroup": key,
                    "showlegend": False,
                    "x": [last.date.isoformat(), until.isoformat()],
                    "y": [last.stance, last.stance],
                    "line": {"shape": "hv", "color": colour, "width": 2, "dash": "dot"},
                    "hoverinfo": "skip",
                }
            )
    y_title = f"Stated stance ({ROLLING_DAYS}-day average)" if average else "Stated stance"
    return {
        "data": traces + holds,
        "layout": {
            "title": {"text": escape(title)},
            "xaxis": {"title": {"text": "Date of statement"}, "type": "date"},
            "yaxis": {"title": {"text": y_title}, **STANCE_AXIS},
            "hovermode": "closest",
            "legend": {"title": {"text": "Actor" if by == "actor" else "Topic"}},
            "margin": {"l": 150, "r": 20, "t": 60, "b": 60},
        },
    }


def matrix_figure(
    cells: Sequence[LatestStance],
    *,
    actors: Sequence[tuple[str, str]],
    topics: Sequence[tuple[str, str]],
    as_of: date,
) -> dict:
    """Actors (rows) × topics (columns): each cell the latest stance as of a date, or an empty crossed box."""
    found = {(cell.actor, cell.topic): cell for cell in cells}
    by_stance: dict[int, list[LatestStance]] = {value: [] for value in STANCE_LABELS}
    empty: list[tuple[str, str]] = []
    for code, actor_name in actors:
        for slug, topic_name in topics:
            cell = found.get((code, slug))
            if cell is None:
                empty.append((actor_name, topic_name))
            else:
                by_stance[cell.stance].append(cell)
    traces = []
    for value, label in STANCE_LABELS.items():
        rows = by_stance[value]
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": f"{signed(value)} {label}",
                "x": [escape(cell.topic_name) for cell in rows],
                "y": [escape(cell.actor_name) for cell in rows],
                "marker": {"symbol": "square", "size": 24, "color": STANCE_COLOURS[value]},
                "customdata": [statement_url(cell.document_id, cell.position_id) for cell in rows],
                "hovertext": [_cell_hover(cell) for cell in rows],
                "hoverinfo": "text",
            }
        )
    traces.append(
        {
            "type": "scatter",
            "mode": "markers",
            "name": "No stated position",
            "x": [escape(topic_name) for _, topic_name in empty],
            "y": [escape(actor_name) for actor_name, _ in empty],
            "marker": {
                "symbol": "square-x-open",
                "size": 24,
                "color": NO_POSITION_COLOUR,
                "line": {"width": 1.5},
            },
            "customdata": ["" for _ in empty],
            "hovertext": [
                f"<b>{escape(actor_name)}</b> · {escape(topic_name)}<br>No stated position as of {as_of.isoformat()}"
                for actor_name, topic_name in empty
            ],
            "hoverinfo": "text",
        }
    )
    return {
        "data": traces,
        "layout": {
            "title": {"text": f"Latest stated stance as of {as_of.isoformat()}", "y": 0.99, "yanchor": "top"},
            "xaxis": {
                "title": {"text": "Topic"},
                "type": "category",
                "categoryorder": "array",
                "categoryarray": [escape(name) for _, name in topics],
                "tickangle": -35,
                "side": "top",
                "automargin": True,
            },
            "yaxis": {
                "title": {"text": "Actor"},
                "type": "category",
                "categoryorder": "array",
                "categoryarray": [escape(name) for _, name in reversed(actors)],
            },
            "height": 260 + 34 * len(actors),
            "hovermode": "closest",
            "legend": {"title": {"text": "Stance"}, "orientation": "h", "y": -0.05},
            "margin": {"l": 170, "r": 90, "t": 90, "b": 40},
        },
    }


def _cell_hover(cell: LatestStance) -> str:
    kind = " (recorded vote)" if cell.evidence_kind == EvidenceKind.VOTE else ""
    speaker = f"{escape(cell.speaker)}<br>" if cell.speaker else ""
    return (
        f"<b>{escape(cell.actor_name)}</b> · {escape(cell.topic_name)}<br>"
        f"{STANCE_LABELS[cell.stance]} ({signed(cell.stance)}){kind}, stated {cell.date.isoformat()}<br>"
        f"{speaker}“{escape(_short(cell.quote))}”"
    )


def _discrete_colourscale() -> list[list]:
    """Each whole stance its own flat band of colour on a -2.5..2.5 scale."""
    scale = []
    for index, value in enumerate(STANCE_LABELS):
        scale.append([index / 5, STANCE_COLOURS[value]])
        scale.append([(index + 1) / 5, STANCE_COLOURS[value]])
    return scale


def map_figure(cells: Sequence[LatestStance], *, title: str, as_of: date) -> dict:
    """States coloured by their latest stance on one topic as of a date; pale land has no stated position."""
    trace = {
        "type": "choropleth",
        "locationmode": "ISO-3",
        "locations": [cell.actor for cell in cells],
        "z": [cell.stance for cell in cells],
        "zmin": -2.5,
        "zmax": 2.5,
        "colorscale": _discrete_colourscale(),
        "marker": {"line": {"color": "#ffffff", "width": 0.5}},
        "colorbar": {
            "title": {"text": "Stance"},
            "tickvals": list(STANCE_LABELS),
            "ticktext": STANCE_AXIS["ticktext"],
        },
        "customdata": [statement_url(cell.document_id, cell.position_id) for cell in cells],
        "hovertext": [_cell_hover(cell) for cell in cells],
        "hoverinfo": "text",
    }
    return {
        "data": [trace],
        "layout": {
            "title": {"text": f"{escape(title)} as of {as_of.isoformat()}"},
            "geo": {
                "scope": "world",
                "resolution": 110,
                "projection": {"type": "natural earth"},
                "fitbounds": False,
                "showframe": False,
                "showcountries": True,
                "countrycolor": NO_POSITION_COLOUR,
                "showland": True,
                "landcolor": NO_POSITION_FILL,
            },
            "annotations": [
                {
                    "text": "Pale grey land: no stated position",
                    "showarrow": False,
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0,
                    "y": 0,
                }
            ],
            "margin": {"l": 10, "r": 10, "t": 60, "b": 10},
            "height": 480,
        },
    }


def small_multiples_figure(points: Sequence[TimelinePoint], *, title: str, topics: Sequence[tuple[str, str]]) -> dict:
    """One small step timeline per topic, stacked, sharing the date axis."""
    by_topic: dict[str, list[TimelinePoint]] = {slug: [] for slug, _ in topics}
    for point in points:
        if point.topic in by_topic:
            by_topic[point.topic].append(point)
    count = max(len(topics), 1)
    gap = 0.06 / count
    traces, annotations, layout = [], [], {}
    for index, (slug, name) in enumerate(topics):
        rows = by_topic[slug]
        axis = "" if index == 0 else str(index + 1)
        top = 1 - index / count
        bottom = 1 - (index + 1) / count + gap
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": escape(name),
                "showlegend": False,
                "xaxis": "x",
                "yaxis": f"y{axis}",
                "x": [point.date.isoformat() for point in rows],
                "y": [point.stance for point in rows],
                "line": {"shape": "hv", "color": "#555555", "width": 1.5},
                "marker": {"size": 8, "color": [STANCE_COLOURS[point.stance] for point in rows]},
                "customdata": [statement_url(point.document_id, point.position_id) for point in rows],
                "hovertext": [_hover(point) for point in rows],
                "hoverinfo": "text",
            }
        )
        layout[f"yaxis{axis}"] = {
            "domain": [round(bottom, 4), round(top - gap, 4)],
            "range": [-2.6, 2.6],
            "tickvals": [-2, 0, 2],
            "ticktext": ["-2", "0", "+2"],
            "zeroline": True,
            "fixedrange": True,
        }
        annotations.append(
            {
                "text": f"<b>{escape(name)}</b>",
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": round(top, 4),
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
            }
        )
    return {
        "data": traces,
        "layout": {
            "title": {"text": escape(title)},
            "xaxis": {
                "title": {"text": "Date of statement"},
                "type": "date",
                "anchor": f"y{count if count > 1 else ''}",
            },
            **layout,
            "annotations": annotations,
            "height": 120 + 110 * count,
            "hovermode": "closest",
            "margin": {"l": 50, "r": 20, "t": 70, "b": 50},
        },
    }


CHARTS: dict[str, Callable[..., dict]] = {
    "timeline": timeline_figure,
    "matrix": matrix_figure,
    "map": map_figure,
    "small_multiples": small_multiples_figure,
}


# The same numbers as tables, for the "data" toggle under each chart. A cell is text or {"text", "href"}.


def series_averages(points: Sequence[TimelinePoint]) -> list[float]:
    """Each point's rolling average within its own series (actor and topic), in the points' order."""
    averages: list[float] = [0.0] * len(points)
    series: dict[tuple[str, str], list[int]] = {}
    for index, point in enumerate(points):
        series.setdefault((point.actor, point.topic), []).append(index)
    for indices in series.values():
        for index, value in zip(indices, rolling_average([points[i] for i in indices]), strict=True):
            averages[index] = value
    return averages


def points_table(points: Sequence[TimelinePoint], *, average: bool = False, caption: str) -> dict:
    averages = series_averages(points) if average else []
    columns = ["Date", "Actor", "Topic", "Stance", *([f"{ROLLING_DAYS}-day average"] if average else [])]
    rows = []
    for index, point in enumerate(points):
        row = [point.date.isoformat(), point.actor_name, point.topic_name, signed(point.stance)]
        if average:
            row.append(signed(averages[index]))
        row.append(point.speaker)
        row.append({"text": point.quote, "href": statement_url(point.document_id, point.position_id)})
        rows.append(row)
    return {"caption": caption, "columns": [*columns, "Speaker", "Quote"], "rows": rows}


def matrix_table(
    cells: Sequence[LatestStance], *, actors: Sequence[tuple[str, str]], topics: Sequence[tuple[str, str]], as_of: date
) -> dict:
    found = {(cell.actor, cell.topic): cell for cell in cells}
    rows = []
    for code, actor_name in actors:
        row: list = [actor_name]
        for slug, _ in topics:
            cell = found.get((code, slug))
            row.append(
                {
                    "text": f"{signed(cell.stance)} ({cell.date.isoformat()})",
                    "href": statement_url(cell.document_id, cell.position_id),
                }
                if cell
                else "no stated position"
            )
        rows.append(row)
    return {
        "caption": f"Latest stated stance as of {as_of.isoformat()}",
        "columns": ["Actor", *(name for _, name in topics)],
        "rows": rows,
    }


def map_table(cells: Sequence[LatestStance], *, title: str, as_of: date) -> dict:
    return {
        "caption": f"{title} as of {as_of.isoformat()}",
        "columns": ["Actor", "Stance", "Stated", "Quote"],
        "rows": [
            [
                cell.actor_name,
                signed(cell.stance),
                cell.date.isoformat(),
                {"text": cell.quote, "href": statement_url(cell.document_id, cell.position_id)},
            ]
            for cell in cells
        ],
    }


TABLES: dict[str, Callable[..., dict]] = {
    "timeline": points_table,
    "small_multiples": points_table,
    "matrix": matrix_table,
    "map": map_table,
}
