"""Each chart as one bundle: its figure, its data table, the records it drew and the words that describe it.

The JSON endpoints, the exports (PNG, SVG, PDF, CSV, JSON) and the embeds all build a chart here from the
same query parameters, so an export is exactly what the page shows. ``BUNDLES`` maps a chart kind to its
builder; a bad parameter raises :class:`~positions.params.BadParameter`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from positions import queries
from positions.charts import CHARTS, TABLES, series_averages, statement_url
from positions.models import Topic
from positions.params import (
    BadParameter,
    parse_actor,
    parse_actors,
    parse_choice,
    parse_date,
    parse_date_range,
    parse_optional_topic,
    parse_topic,
    parse_topics,
)
from positions.queries import LatestStance, TimelinePoint

DEFAULT_ACTORS = 8
MATRIX_ACTORS = 15
SMALL_MULTIPLES = 12
DEFAULT_SERIES = 6
MODES = ("each", "average")

RECORD_COLUMNS = [
    "position_id",
    "date",
    "actor",
    "actor_name",
    "topic",
    "topic_name",
    "stance",
    "rolling_average",
    "evidence_kind",
    "speaker",
    "quote",
    "document_id",
    "statement_url",
]


@dataclass(frozen=True)
class ChartBundle:
    kind: str
    meta: dict  # what the chart's JSON endpoint says of itself besides the figure and table
    figure: dict
    table: dict
    # One row per record the chart drew, in RECORD_COLUMNS; worked out only when asked (exports, embeds).
    rows: Callable[[], list[dict]]
    title: str
    # The topic, actors and dates, each as a phrase, for an export's caption; worked out only when asked.
    describe: Callable[[], list[str]] = list

    @property
    def records(self) -> list[dict]:
        return self.rows()

    def endpoint_json(self) -> dict:
        return {**self.meta, "figure": self.figure, "table": self.table}


def today() -> date:
    return timezone.localdate()


def _date_scope(start: date | None, end: date | None, *, until: date | None = None) -> str:
    if start or end:
        return f"{start.isoformat() if start else 'first record'} to {(end or until or today()).isoformat()}"
    return f"all records to {(until or today()).isoformat()}"


def _names(codes: Sequence[str]) -> str:
    names = dict(queries.actor_names(list(codes)))
    return ", ".join(names.get(code, code) for code in codes)


def _topic_names(slugs: Sequence[str]) -> str:
    names = dict(Topic.objects.filter(slug__in=slugs).values_list("slug", "name"))
    return ", ".join(names.get(slug, slug) for slug in slugs)


def _record(item: TimelinePoint | LatestStance, rolling_average: float | None = None) -> dict:
    """One record a chart drew, as an export row (RECORD_COLUMNS)."""
    return {
        "position_id": item.position_id,
        "date": item.date.isoformat(),
        "actor": item.actor,
        "actor_name": item.actor_name,
        "topic": item.topic,
        "topic_name": item.topic_name,
        "stance": item.stance,
        "rolling_average": rolling_average,
        "evidence_kind": item.evidence_kind,
        "speaker": item.speaker,
        "quote": item.quote,
        "document_id": item.document_id,
        "statement_url": statement_url(item.document_id, item.position_id),
    }


def point_records(points: Sequence[TimelinePoint], *, average: bool = False) -> list[dict]:
    if not average:
        return [_record(point) for point in points]
    return [_record(point, value) for point, value in zip(points, series_averages(points), strict=True)]


def cell_records(cells: Sequence[LatestStance]) -> list[dict]:
    return [_record(cell) for cell in cells]


# The topic timeline.


@dataclass(frozen=True)
class TimelineInputs:
    actors: list[str]
    start: date | None
    end: date | None
    average: bool


def timeline_inputs(params, topic: Topic, choices: list[str] | None = None) -> TimelineInputs:
    actors = parse_actors(params)
    start, end = parse_date_range(params)
    average = parse_choice(params, "mode", MODES) == "average"
    if not actors:
        actors = choices[:DEFAULT_ACTORS] if choices is not None else queries.most_active_actors(topic.slug)
    return TimelineInputs(actors, start, end, average)


def timeline_bundle(params) -> ChartBundle:
    topic = parse_topic(params)
    inputs = timeline_inputs(params, topic)
    points = queries.timeline_points(
        topic.slug, inputs.actors, inputs.start, inputs.end, changes_only=not inputs.average
    )
    title = f"{topic.name}: stated stance over time"
    mode = "average" if inputs.average else "each"
    until = inputs.end or today()
    return ChartBundle(
        kind="timeline",
        meta={"topic": topic.slug, "actors": inputs.actors, "mode": mode},
        figure=CHARTS["timeline"](points, title=title, order=inputs.actors, average=inputs.average, until=until),
        table=TABLES["timeline"](points, average=inputs.average, caption=title),
        rows=lambda: point_records(points, average=inputs.average),
        title=title,
        describe=lambda: [
            f"Topic: {topic.name}",
            f"Actors: {_names(inputs.actors)}",
            _date_scope(inputs.start, inputs.end),
            *(["90-day rolling average"] if inputs.average else []),
        ],
    )


# The world map of one topic as of a date.


def map_bundle(params) -> ChartBundle:
    topic = parse_topic(params)
    as_of = parse_date(params, "as_of") or today()
    cells = queries.map_stances(topic.slug, as_of)
    return ChartBundle(
        kind="map",
        meta={"topic": topic.slug, "as_of": as_of.isoformat()},
        figure=CHARTS["map"](cells, title=topic.name, as_of=as_of),
        table=TABLES["map"](cells, title=topic.name, as_of=as_of),
        rows=lambda: cell_records(cells),
        title=f"{topic.name}: latest stated stance",
        describe=lambda: [f"Topic: {topic.name}", f"States' latest record as of {as_of.isoformat()}"],
    )


# The overview matrix.


@dataclass(frozen=True)
class MatrixInputs:
    actors: list[tuple[str, str]]
    topics: list[tuple[str, str]]
    as_of: date


def matrix_inputs(params) -> MatrixInputs:
    codes = parse_actors(params, limit=40) or queries.most_active_actors(limit=MATRIX_ACTORS)
    as_of = parse_date(params, "as_of") or today()
    return MatrixInputs(queries.actor_names(codes), queries.topics_with_records(), as_of)


def matrix_bundle(params) -> ChartBundle:
    inputs = matrix_inputs(params)
    codes = [code for code, _ in inputs.actors]
    cells = queries.latest_stances(codes, [slug for slug, _ in inputs.topics], inputs.as_of)
    arguments = {"actors": inputs.actors, "topics": inputs.topics, "as_of": inputs.as_of}
    return ChartBundle(
        kind="matrix",
        meta={
            "as_of": inputs.as_of.isoformat(),
            "actors": codes,
            "topics": [slug for slug, _ in inputs.topics],
        },
        figure=CHARTS["matrix"](cells, **arguments),
        table=TABLES["matrix"](cells, **arguments),
        rows=lambda: cell_records(cells),
        title="Latest stated stance by actor and topic",
        describe=lambda: [
            f"Actors: {', '.join(name for _, name in inputs.actors)}",
            f"All topics with records, latest record as of {inputs.as_of.isoformat()}",
        ],
    )


# An actor's small multiples.


def actor_bundle(params) -> ChartBundle:
    actor = parse_actor(params)
    if actor is None:
        raise BadParameter("actor is required.")
    start, end = parse_date_range(params)
    topics = queries.actor_topics(actor.code)[:SMALL_MULTIPLES]
    points = queries.actor_points(actor.code, [slug for slug, _ in topics], start, end)
    title = f"{actor.name}: stated stance by topic"
    return ChartBundle(
        kind="actor",
        meta={"actor": actor.code, "topics": [slug for slug, _ in topics]},
        figure=CHARTS["small_multiples"](points, title=title, topics=topics),
        table=TABLES["small_multiples"](points, caption=title),
        rows=lambda: point_records(points),
        title=title,
        describe=lambda: [
            f"Actor: {actor.name}",
            f"Topics: {', '.join(name for _, name in topics)}",
            _date_scope(start, end),
        ],
    )


# Compare: several actors on one topic, or one actor on several topics.


@dataclass(frozen=True)
class Comparison:
    """What the chart compares: `by` names what each line is (an actor or a topic)."""

    title: str
    by: str
    order: list[str]
    points: Callable[[], list]  # read only by the chart, not by the page that holds it
    start: date | None
    end: date | None
    average: bool
    describe: Callable[[], list[str]] = list  # what is compared; the bundle adds the dates


def comparison(params) -> Comparison | None:
    topic = parse_optional_topic(params)
    actor = parse_actor(params)
    if topic and actor:
        raise BadParameter("Give either topic (with actors) or actor (with topics), not both.")
    start, end = parse_date_range(params)
    average = parse_choice(params, "mode", MODES) == "average"
    if topic:
        if params.get("topics"):
            raise BadParameter("topics goes with actor; with topic, list actors instead.")
        codes = parse_actors(params) or queries.most_active_actors(topic.slug, DEFAULT_SERIES)
        points = lambda: queries.timeline_points(topic.slug, codes, start, end, changes_only=not average)  # noqa: E731
        subject = lambda: [f"Topic: {topic.name}", f"Actors: {_names(codes)}"]  # noqa: E731
        return Comparison(f"{topic.name}: stated stance by actor", "actor", codes, points, start, end, average, subject)
    if actor:
        if params.get("actors"):
            raise BadParameter("actors goes with topic; with actor, list topics instead.")
        slugs = [t.slug for t in parse_topics(params)]
        slugs = slugs or [slug for slug, _ in queries.actor_topics(actor.code)[:DEFAULT_SERIES]]
        points = lambda: queries.actor_points(actor.code, slugs, start, end, changes_only=not average)  # noqa: E731
        subject = lambda: [f"Actor: {actor.name}", f"Topics: {_topic_names(slugs)}"]  # noqa: E731
        return Comparison(f"{actor.name}: stated stance by topic", "topic", slugs, points, start, end, average, subject)
    if params.get("actors") or params.get("topics"):
        raise BadParameter("Choose a topic to compare actors on, or an actor to compare topics for.")
    return None


def compare_bundle(params) -> ChartBundle:
    chosen = comparison(params)
    if chosen is None:
        raise BadParameter("Choose a topic to compare actors on, or an actor to compare topics for.")
    points = chosen.points()
    figure = CHARTS["timeline"](
        points,
        title=chosen.title,
        order=chosen.order,
        by=chosen.by,
        average=chosen.average,
        until=chosen.end or today(),
    )
    return ChartBundle(
        kind="compare",
        meta={"by": chosen.by, "series": chosen.order},
        figure=figure,
        table=TABLES["timeline"](points, average=chosen.average, caption=chosen.title),
        rows=lambda: point_records(points, average=chosen.average),
        title=chosen.title,
        describe=lambda: [
            *chosen.describe(),
            _date_scope(chosen.start, chosen.end),
            *(["90-day rolling average"] if chosen.average else []),
        ],
    )


BUNDLES: dict[str, Callable[..., ChartBundle]] = {
    "timeline": timeline_bundle,
    "map": map_bundle,
    "matrix": matrix_bundle,
    "actor": actor_bundle,
    "compare": compare_bundle,
}
