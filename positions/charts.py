"""Chart figures as pure functions of query results: plain Plotly figure dicts, no database, no HTTP.

``CHARTS`` maps a chart kind to its builder; views look builders up there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from positions.models import Stance
from positions.queries import TimelinePoint

# A diverging, colour-blind-safe palette for stance (ColorBrewer PuOr), fixed across every chart.
STANCE_COLOURS: dict[int, str] = {
    -2: "#b35806",
    -1: "#f1a340",
    0: "#8c8c8c",
    1: "#998ec3",
    2: "#542788",
}
# Distinct line colours per actor (Okabe–Ito), cycled when there are more actors.
ACTOR_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
STANCE_LABELS = {choice.value: choice.label for choice in Stance}


def signed(stance: int) -> str:
    """−2, −1, 0, +1, +2: the sign is shown only where there is one."""
    return f"{stance:+d}" if stance else "0"


def _hover(point: TimelinePoint) -> str:
    quote = escape(point.quote if len(point.quote) <= 240 else point.quote[:237] + "…")
    speaker = f"{escape(point.speaker)}<br>" if point.speaker else ""
    return (
        f"<b>{escape(point.actor_name)}</b> · {point.date.isoformat()}<br>"
        f"{STANCE_LABELS[point.stance]} ({signed(point.stance)})<br>{speaker}“{quote}”"
    )


def timeline_figure(points: Sequence[TimelinePoint], *, title: str, actor_order: Sequence[str]) -> dict:
    """One step line per actor: the stated stance holds until the next statement changes it."""
    by_actor: dict[str, list[TimelinePoint]] = {code: [] for code in actor_order}
    for point in points:
        by_actor.setdefault(point.actor, []).append(point)
    traces = []
    for index, (code, series) in enumerate(by_actor.items()):
        if not series:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": series[0].actor_name,
                "legendgroup": code,
                "x": [point.date.isoformat() for point in series],
                "y": [point.stance for point in series],
                "line": {"shape": "hv", "color": ACTOR_COLOURS[index % len(ACTOR_COLOURS)], "width": 2},
                "marker": {
                    "size": 10,
                    "color": [STANCE_COLOURS[point.stance] for point in series],
                    "line": {"width": 1.5, "color": ACTOR_COLOURS[index % len(ACTOR_COLOURS)]},
                },
                "customdata": [point.document_id for point in series],
                "hovertext": [_hover(point) for point in series],
                "hoverinfo": "text",
            }
        )
    return {
        "data": traces,
        "layout": {
            "title": {"text": title},
            "xaxis": {"title": {"text": "Date of statement"}, "type": "date"},
            "yaxis": {
                "title": {"text": "Stated stance"},
                "range": [-2.4, 2.4],
                "tickvals": list(STANCE_LABELS),
                "ticktext": [f"{signed(value)} {label}" for value, label in STANCE_LABELS.items()],
                "zeroline": True,
            },
            "hovermode": "closest",
            "legend": {"title": {"text": "Actor"}},
            "margin": {"l": 150, "r": 20, "t": 60, "b": 60},
        },
    }


CHARTS: dict[str, Callable[..., dict]] = {
    "timeline": timeline_figure,
}
