"""Read-side queries that pages and chart endpoints share. Each returns plain dataclasses or rows.

Every query reads only records a reviewer has not rejected, and only the columns its chart or page needs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Exists, F, OuterRef

from ingest.models import Document, IngestRun
from positions.models import Actor, EvidenceKind, Official, Position, ReviewState, SeriesDay, SeriesPair, Topic
from positions.series import cached

POSITIONS = Position._meta.db_table
SERIES = SeriesDay._meta.db_table
PAIRS = SeriesPair._meta.db_table
ACTORS = Actor._meta.db_table
TOPICS = Topic._meta.db_table


@dataclass(frozen=True)
class TimelinePoint:
    actor: str
    actor_name: str
    date: date
    stance: int
    quote: str
    speaker: str
    document_id: int
    position_id: int = 0
    topic: str = ""
    topic_name: str = ""
    evidence_kind: str = EvidenceKind.STATEMENT


@dataclass(frozen=True)
class LatestStance:
    """The last shown record of an actor on a topic on or before a date."""

    actor: str
    actor_name: str
    topic: str
    topic_name: str
    position_id: int
    stance: int
    date: date
    quote: str
    speaker: str
    document_id: int
    evidence_kind: str


@dataclass(frozen=True)
class Shift:
    """Two consecutive records of an actor on a topic whose stances differ."""

    actor: str
    actor_name: str
    topic: str
    topic_name: str
    before: int
    before_date: date
    before_position: int
    before_document: int
    after: int
    after_date: date
    after_position: int
    after_document: int


@dataclass(frozen=True)
class WordsAndVote:
    """A recorded vote beside the latest stated stance on the same topic on or before the vote."""

    topic: str
    topic_name: str
    vote_position: int
    vote_document: int
    vote_date: date
    vote_stance: int
    vote_quote: str
    stated_position: int | None
    stated_document: int | None
    stated_date: date | None
    stated_stance: int | None

    @property
    def disagree(self) -> bool:
        return self.stated_stance is not None and self.stated_stance * self.vote_stance < 0


@dataclass(frozen=True)
class Totals:
    documents: int
    positions: int
    actors: int
    topics: int
    last_ingest: datetime | None


def _cached(function):
    """Keep a query's result in the cache under the data version: any write to positions retires it."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return cached(f"query:{function.__name__}", (args, sorted(kwargs.items())), lambda: function(*args, **kwargs))

    wrapper.uncached = function
    return wrapper


def _rows(sql: str, params: list | dict) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@_cached
def most_active_actors(topic: str | None = None, limit: int = 8) -> list[str]:
    """The actors with the most shown records (on a topic, or overall): the default lines and rows."""
    where = "WHERE topic_id = %s" if topic else ""
    sql = f"""
        SELECT actor_id FROM {PAIRS} {where}
        GROUP BY actor_id ORDER BY sum(records) DESC, max(last_day) DESC, actor_id LIMIT %s
    """
    return [row[0] for row in _rows(sql, [*([topic] if topic else []), limit])]


@_cached
def topics_with_records() -> list[tuple[str, str]]:
    """(slug, name) of topics with a shown record, core topics first (one index probe per topic)."""
    sql = f"""
        SELECT t.slug, t.name FROM {TOPICS} t
        WHERE EXISTS (SELECT 1 FROM {PAIRS} s WHERE s.topic_id = t.slug)
        ORDER BY t.is_core DESC, t.slug
    """
    return [tuple(row) for row in _rows(sql, [])]


@_cached
def first_record_date() -> date | None:
    """The earliest publication date: the start of the overview's date control (reads document_published_idx)."""
    return Document.objects.order_by("published").values_list("published", flat=True).first()


# The step of a timeline by the days it spans: each day over a year or so, each week over a few years, else
# each month. A series never needs more points than a chart is wide, so its size holds as records grow.
BUCKETS = [(400, "day"), (2800, "week")]
WIDEST = "month"


def bucket_unit(start: date, end: date) -> str:
    days = (end - start).days
    return next((unit for most, unit in BUCKETS if days <= most), WIDEST)


def timeline_points(
    topic: str,
    actors: list[str],
    start: date | None = None,
    end: date | None = None,
    *,
    changes_only: bool = True,
) -> list[TimelinePoint]:
    """The step series of some actors on a topic, oldest first, from the pre-aggregated series.

    Each point is the record that decides its step (day, week or month, see :func:`bucket_unit`), found by
    one index probe per step, so the cost follows the points drawn, not the records stored. With
    ``changes_only`` a series keeps its first point, each change of stance and its last point: what a step
    line needs; the statements list holds every record."""
    return _series_points(actors, [topic] * len(actors), start, end, changes_only)


def actor_points(
    actor: str, topics: list[str], start: date | None = None, end: date | None = None, *, changes_only: bool = True
) -> list[TimelinePoint]:
    """One actor's step series on the given topics (see :func:`timeline_points`)."""
    return _series_points([actor] * len(topics), topics, start, end, changes_only)


def _series_points(
    actors: list[str], topics: list[str], start: date | None, end: date | None, changes_only: bool
) -> list[TimelinePoint]:
    if not actors:
        return []
    return [TimelinePoint(*row) for row in _rows(*series_points_sql(actors, topics, start, end, changes_only))]


def series_points_sql(
    actors: list[str], topics: list[str], start: date | None, end: date | None, changes_only: bool
) -> tuple[str, list]:
    """The SQL of the step series of (actor, topic) pairs, and its parameters (benchmarks run it bare).

    Without a start the series begin at the pairs' first day; without an end, today."""
    keep = "WHERE r.previous IS NULL OR r.previous <> r.stance OR r.next_day IS NULL" if changes_only else ""
    steps = " ".join(f"WHEN b.last - b.first <= {most} THEN '{unit}'" for most, unit in BUCKETS)
    sql = f"""
        WITH pairs AS (
            SELECT * FROM unnest(%(actors)s::text[], %(topics)s::text[]) AS pair(actor_id, topic_id)
        ), bounds AS (
            SELECT COALESCE(%(start)s::date, (
                       SELECT min(f.day) FROM pairs
                       CROSS JOIN LATERAL (
                           SELECT s.day FROM {SERIES} s
                           WHERE s.actor_id = pairs.actor_id AND s.topic_id = pairs.topic_id ORDER BY s.day LIMIT 1
                       ) AS f
                   )) AS first,
                   COALESCE(%(end)s::date, CURRENT_DATE) AS last
        ), unit AS (
            SELECT b.first, b.last, CASE {steps} ELSE '{WIDEST}' END AS name FROM bounds b
        ), buckets AS (
            SELECT g.start::date AS start, (g.start + ('1 ' || unit.name)::interval)::date AS stop,
                   unit.first, unit.last
            FROM unit, generate_series(date_trunc(unit.name, unit.first), unit.last, ('1 ' || unit.name)::interval)
                 AS g(start)
        ), steps AS (
            SELECT pairs.actor_id, pairs.topic_id, l.day, l.stance, l.position_id
            FROM pairs CROSS JOIN buckets
            CROSS JOIN LATERAL (
                SELECT s.day, s.stance, s.position_id FROM {SERIES} s
                WHERE s.actor_id = pairs.actor_id AND s.topic_id = pairs.topic_id
                  AND s.day >= GREATEST(buckets.start, buckets.first) AND s.day < buckets.stop
                  AND s.day <= buckets.last
                ORDER BY s.day DESC LIMIT 1
            ) AS l
        ), runs AS (
            SELECT steps.*, lag(stance) OVER w AS previous, lead(day) OVER w AS next_day
            FROM steps
            WINDOW w AS (PARTITION BY actor_id, topic_id ORDER BY day)
        )
        SELECT r.actor_id, a.name, r.day, r.stance, p.quote, p.speaker_name, p.document_id, p.id,
               r.topic_id, t.name, p.evidence_kind
        FROM runs r
        JOIN {POSITIONS} p ON p.id = r.position_id
        JOIN {ACTORS} a ON a.code = r.actor_id
        JOIN {TOPICS} t ON t.slug = r.topic_id
        {keep}
        ORDER BY r.actor_id, r.topic_id, r.day
    """
    return sql, {"actors": actors, "topics": topics, "start": start, "end": end}


_LATEST = f"""
    SELECT s.position_id, s.stance, s.day
    FROM {SERIES} s
    WHERE s.actor_id = pair.actor_id AND s.topic_id = pair.topic_id AND s.day <= %s
    ORDER BY s.day DESC
"""


def _pairs(actors: list[str], topics: list[str]) -> tuple[list[str], list[str]]:
    """Every (actor, topic) pair as two parallel arrays, for ``unnest(%s::text[], %s::text[])``."""
    return [actor for actor in actors for _ in topics], [topic for _ in actors for topic in topics]


def latest_stances(actors: list[str], topics: list[str], as_of: date) -> list[LatestStance]:
    """Each (actor, topic) pair's latest record as of a date: one LATERAL index probe per pair shown."""
    if not actors or not topics:
        return []
    pair_actors, pair_topics = _pairs(actors, topics)
    sql = f"""
        SELECT pair.actor_id, a.name, pair.topic_id, t.name,
               l.position_id, l.stance, l.day, p.quote, p.speaker_name, p.document_id, p.evidence_kind
        FROM unnest(%s::text[], %s::text[]) AS pair(actor_id, topic_id)
        CROSS JOIN LATERAL ({_LATEST} LIMIT 1) AS l
        JOIN {POSITIONS} p ON p.id = l.position_id
        JOIN {ACTORS} a ON a.code = pair.actor_id
        JOIN {TOPICS} t ON t.slug = pair.topic_id
    """
    return [LatestStance(*row) for row in _rows(sql, [pair_actors, pair_topics, as_of])]


def map_stances(topic: str, as_of: date) -> list[LatestStance]:
    """The latest record of every state on one topic as of a date (one LATERAL probe per state)."""
    sql = f"""
        SELECT pair.actor_id, pair.name, pair.topic_id, t.name,
               l.position_id, l.stance, l.day, p.quote, p.speaker_name, p.document_id, p.evidence_kind
        FROM (SELECT code AS actor_id, name, %s::text AS topic_id FROM {ACTORS} WHERE kind = %s) AS pair
        CROSS JOIN LATERAL ({_LATEST} LIMIT 1) AS l
        JOIN {POSITIONS} p ON p.id = l.position_id
        JOIN {TOPICS} t ON t.slug = pair.topic_id
        ORDER BY pair.actor_id
    """
    return [LatestStance(*row) for row in _rows(sql, [topic, Actor.Kind.STATE, as_of])]


@_cached
def recent_shifts(actors: list[str], topics: list[str], as_of: date, limit: int = 10, depth: int = 8) -> list[Shift]:
    """The latest changes of stance among the pairs shown, looking at each pair's last `depth` days."""
    if not actors or not topics:
        return []
    pair_actors, pair_topics = _pairs(actors, topics)
    sql = f"""
        SELECT s.actor_id, a.name, s.topic_id, t.name,
               s.prev_stance, s.prev_date, s.prev_id, before.document_id, s.stance, s.day, s.position_id,
               after.document_id
        FROM (
            SELECT pair.actor_id, pair.topic_id, l.position_id, l.stance, l.day,
                   lag(l.stance) OVER w AS prev_stance, lag(l.day) OVER w AS prev_date,
                   lag(l.position_id) OVER w AS prev_id
            FROM unnest(%s::text[], %s::text[]) AS pair(actor_id, topic_id)
            CROSS JOIN LATERAL ({_LATEST} LIMIT %s) AS l
            WINDOW w AS (PARTITION BY pair.actor_id, pair.topic_id ORDER BY l.day)
        ) AS s
        JOIN {POSITIONS} before ON before.id = s.prev_id
        JOIN {POSITIONS} after ON after.id = s.position_id
        JOIN {ACTORS} a ON a.code = s.actor_id
        JOIN {TOPICS} t ON t.slug = s.topic_id
        WHERE s.prev_stance IS NOT NULL AND s.prev_stance <> s.stance
        ORDER BY s.day DESC, s.position_id DESC
        LIMIT %s
    """
    return [Shift(*row) for row in _rows(sql, [pair_actors, pair_topics, as_of, depth, limit])]


def words_and_votes(actor: str) -> list[WordsAndVote]:
    """Each recorded vote of an actor, with its latest stated stance on the topic on or before that day."""
    sql = f"""
        SELECT v.topic_id, t.name, v.id, v.document_id, v.date, v.stance, v.quote,
               s.id, s.document_id, s.date, s.stance
        FROM {POSITIONS} v
        JOIN {TOPICS} t ON t.slug = v.topic_id
        LEFT JOIN LATERAL (
            SELECT id, document_id, date, stance FROM {POSITIONS} p
            WHERE p.actor_id = v.actor_id AND p.topic_id = v.topic_id AND p.date <= v.date
              AND p.evidence_kind = %s AND p.review_state <> %s
            ORDER BY p.date DESC, p.id DESC LIMIT 1
        ) AS s ON true
        WHERE v.actor_id = %s AND v.evidence_kind = %s AND v.review_state <> %s
        ORDER BY v.date DESC, v.id DESC
    """
    params = [EvidenceKind.STATEMENT, ReviewState.REJECTED, actor, EvidenceKind.VOTE, ReviewState.REJECTED]
    return [WordsAndVote(*row) for row in _rows(sql, params)]


@_cached
def actor_topics(actor: str) -> list[tuple[str, str]]:
    """(slug, name) of the topics an actor has a shown record on, most records first."""
    sql = f"""
        SELECT s.topic_id, t.name FROM {PAIRS} s JOIN {TOPICS} t ON t.slug = s.topic_id
        WHERE s.actor_id = %s ORDER BY s.records DESC, s.topic_id
    """
    return [tuple(row) for row in _rows(sql, [actor])]


def actor_officials(actor: str) -> list[Official]:
    return list(Official.objects.filter(actor_id=actor).order_by("-valid_from", "name"))


def statements(
    *,
    topic: str | None = None,
    actors: list[str] | None = None,
    actor: str | None = None,
    start: date | None = None,
    end: date | None = None,
):
    """Shown records for a list, newest first, with what a row prints (paginate the result)."""
    queryset = Position.objects.shown().select_related("actor", "topic", "document")
    if topic:
        queryset = queryset.filter(topic_id=topic)
    if actors:
        queryset = queryset.filter(actor_id__in=actors)
    if actor:
        queryset = queryset.filter(actor_id=actor)
    if start:
        queryset = queryset.filter(date__gte=start)
    if end:
        queryset = queryset.filter(date__lte=end)
    return queryset.defer("document__text", "document__search").order_by("-date", "-id")


def document_records(document: Document) -> list[Position]:
    """The shown records whose evidence lies in a document, in reading order."""
    return list(
        Position.objects.shown().filter(document=document).select_related("actor", "topic").order_by("span_start", "id")
    )


def actor_names(codes: list[str]) -> list[tuple[str, str]]:
    """(code, name) of the given actors, in the order given."""
    names = dict(Actor.objects.filter(code__in=codes).values_list("code", "name"))
    return [(code, names[code]) for code in codes if code in names]


@_cached
def totals() -> Totals:
    """Headline counts; records, actors and topics come from the few thousand actor-topic pairs."""
    sql = f"""
        SELECT (SELECT count(*) FROM {Document._meta.db_table}),
               COALESCE(sum(records), 0), count(DISTINCT actor_id), count(DISTINCT topic_id),
               (SELECT max(finished_at) FROM {IngestRun._meta.db_table})
        FROM {PAIRS}
    """
    documents, positions, actors, topics, last_ingest = _rows(sql, [])[0]
    return Totals(documents, int(positions), actors, topics, last_ingest)


# Full-text search, on the vector PostgreSQL stores with each document (Document.search).
HIGHLIGHT_START, HIGHLIGHT_STOP = "\u27e6", "\u27e7"  # markers that are replaced by <mark> after escaping
_EXCLUDED = re.compile(r'(?:^|\s)-(?:"[^"]*"|\S+)')


SEARCH_CANDIDATES = 2000  # the most recent matches that are ranked; a common word matches most documents


def search_documents(
    text: str,
    *,
    actor: str | None = None,
    topic: str | None = None,
    stance: int | None = None,
    start: date | None = None,
    end: date | None = None,
):
    """Documents matching a websearch query, best first, with a headline; filters apply to one shown record.

    Matches are found through the GIN index on the stored vector. Only the most recent ``SEARCH_CANDIDATES``
    of them are ranked, so a word found in every document costs no more than a rare one."""
    query = SearchQuery(text, search_type="websearch", config="english")
    # ts_rank scores any query with a negated term as ~0, so rank by the words that are wanted.
    wanted = _EXCLUDED.sub(" ", text).strip() or text
    matches = Document.objects.filter(search=query)
    records = Position.objects.shown().filter(document=OuterRef("pk"))
    if actor:
        records = records.filter(actor_id=actor)
    if topic:
        records = records.filter(topic_id=topic)
    if stance is not None:
        records = records.filter(stance=stance)
    if actor or topic or stance is not None:
        matches = matches.filter(Exists(records))
    if start:
        matches = matches.filter(published__gte=start)
    if end:
        matches = matches.filter(published__lte=end)
    candidates = matches.order_by("-published", "-id").values("pk")[:SEARCH_CANDIDATES]
    queryset = Document.objects.filter(pk__in=candidates).annotate(
        rank=SearchRank(F("search"), SearchQuery(wanted, search_type="websearch", config="english")),
        headline=SearchHeadline(
            "text",
            query,
            config="english",
            start_sel=HIGHLIGHT_START,
            stop_sel=HIGHLIGHT_STOP,
            max_words=40,
            min_words=15,
            max_fragments=2,
        ),
    )
    return queryset.defer("text").order_by("-rank", "-published", "id")


@_cached
def actors_on_topic(topic: str) -> list[tuple[str, str, int]]:
    """(code, name, records) of every actor with a shown record on a topic, most active first."""
    sql = f"""
        SELECT s.actor_id, a.name, s.records FROM {PAIRS} s JOIN {ACTORS} a ON a.code = s.actor_id
        WHERE s.topic_id = %s ORDER BY s.records DESC, s.last_day DESC, s.actor_id
    """
    return [tuple(row) for row in _rows(sql, [topic])]
