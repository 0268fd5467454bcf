"""Read-side queries that pages and chart endpoints share. Each returns plain dataclasses or rows.

Every query reads only records a reviewer has not rejected, and only the columns its chart or page needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, Exists, F, Max, OuterRef

from ingest.models import Document, IngestRun
from positions.models import Actor, EvidenceKind, Official, Position, ReviewState, Topic

POSITIONS = Position._meta.db_table
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


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def most_active_actors(topic: str | None = None, limit: int = 8) -> list[str]:
    """The actors with the most shown records (on a topic, or overall): the default lines and rows."""
    queryset = Position.objects.shown()
    if topic:
        queryset = queryset.filter(topic_id=topic)
    rows = queryset.values("actor_id").annotate(n=Count("id"), last=Max("date")).order_by("-n", "-last", "actor_id")
    return [row["actor_id"] for row in rows[:limit]]


def topics_with_records() -> list[tuple[str, str]]:
    """(slug, name) of topics with a shown record, core topics first (one index probe per topic)."""
    shown = Position.objects.shown().filter(topic_id=OuterRef("slug"))
    return list(Topic.objects.filter(Exists(shown)).order_by("-is_core", "slug").values_list("slug", "name"))


def first_record_date() -> date | None:
    """The earliest publication date: the start of the overview's date control (reads document_published_idx)."""
    return Document.objects.order_by("published").values_list("published", flat=True).first()


def timeline_points(
    topic: str, actors: list[str], start: date | None = None, end: date | None = None
) -> list[TimelinePoint]:
    """Every shown record of the given actors on a topic, oldest first (reads position_timeline_idx)."""
    queryset = Position.objects.shown().filter(topic_id=topic, actor_id__in=actors)
    return _points(queryset, start, end)


def actor_points(actor: str, topics: list[str], start: date | None = None, end: date | None = None):
    """Every shown record of one actor on the given topics (reads position_actor_topic_date_idx)."""
    queryset = Position.objects.shown().filter(actor_id=actor, topic_id__in=topics)
    return _points(queryset, start, end)


def _points(queryset, start: date | None, end: date | None) -> list[TimelinePoint]:
    if start:
        queryset = queryset.filter(date__gte=start)
    if end:
        queryset = queryset.filter(date__lte=end)
    rows = queryset.order_by("actor_id", "topic_id", "date", "id").values_list(
        "actor_id",
        "actor__name",
        "date",
        "stance",
        "quote",
        "speaker_name",
        "document_id",
        "id",
        "topic_id",
        "topic__name",
        "evidence_kind",
    )
    return [TimelinePoint(*row) for row in rows]


_LATEST = f"""
    SELECT id, stance, date, quote, speaker_name, document_id, evidence_kind
    FROM {POSITIONS} p
    WHERE p.actor_id = pair.actor_id AND p.topic_id = pair.topic_id
      AND p.date <= %s AND p.review_state <> '{ReviewState.REJECTED}'
    ORDER BY p.date DESC, p.id DESC
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
               p.id, p.stance, p.date, p.quote, p.speaker_name, p.document_id, p.evidence_kind
        FROM unnest(%s::text[], %s::text[]) AS pair(actor_id, topic_id)
        CROSS JOIN LATERAL ({_LATEST} LIMIT 1) AS p
        JOIN {ACTORS} a ON a.code = pair.actor_id
        JOIN {TOPICS} t ON t.slug = pair.topic_id
    """
    return [LatestStance(*row) for row in _rows(sql, [pair_actors, pair_topics, as_of])]


def map_stances(topic: str, as_of: date) -> list[LatestStance]:
    """The latest record of every state on one topic as of a date (one LATERAL probe per state)."""
    sql = f"""
        SELECT pair.actor_id, pair.name, pair.topic_id, t.name,
               p.id, p.stance, p.date, p.quote, p.speaker_name, p.document_id, p.evidence_kind
        FROM (SELECT code AS actor_id, name, %s::text AS topic_id FROM {ACTORS} WHERE kind = %s) AS pair
        CROSS JOIN LATERAL ({_LATEST} LIMIT 1) AS p
        JOIN {TOPICS} t ON t.slug = pair.topic_id
        ORDER BY pair.actor_id
    """
    return [LatestStance(*row) for row in _rows(sql, [topic, Actor.Kind.STATE, as_of])]


def recent_shifts(actors: list[str], topics: list[str], as_of: date, limit: int = 10, depth: int = 8) -> list[Shift]:
    """The latest changes of stance among the pairs shown, looking at each pair's last `depth` records."""
    if not actors or not topics:
        return []
    pair_actors, pair_topics = _pairs(actors, topics)
    sql = f"""
        SELECT s.actor_id, a.name, s.topic_id, t.name,
               s.prev_stance, s.prev_date, s.prev_id, s.prev_document, s.stance, s.date, s.id, s.document_id
        FROM (
            SELECT pair.actor_id, pair.topic_id, p.id, p.stance, p.date, p.document_id,
                   lag(p.stance) OVER w AS prev_stance, lag(p.date) OVER w AS prev_date,
                   lag(p.id) OVER w AS prev_id, lag(p.document_id) OVER w AS prev_document
            FROM unnest(%s::text[], %s::text[]) AS pair(actor_id, topic_id)
            CROSS JOIN LATERAL ({_LATEST} LIMIT %s) AS p
            WINDOW w AS (PARTITION BY pair.actor_id, pair.topic_id ORDER BY p.date, p.id)
        ) AS s
        JOIN {ACTORS} a ON a.code = s.actor_id
        JOIN {TOPICS} t ON t.slug = s.topic_id
        WHERE s.prev_stance IS NOT NULL AND s.prev_stance <> s.stance
        ORDER BY s.date DESC, s.id DESC
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


def actor_topics(actor: str) -> list[tuple[str, str]]:
    """(slug, name) of the topics an actor has a shown record on, most records first."""
    rows = (
        Position.objects.shown()
        .filter(actor_id=actor)
        .values_list("topic_id", "topic__name")
        .annotate(n=Count("id"))
        .order_by("-n", "topic_id")
    )
    return [(slug, name) for slug, name, _ in rows]


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
    return queryset.defer("document__text").order_by("-date", "-id")


def document_records(document: Document) -> list[Position]:
    """The shown records whose evidence lies in a document, in reading order."""
    return list(
        Position.objects.shown().filter(document=document).select_related("actor", "topic").order_by("span_start", "id")
    )


def actor_names(codes: list[str]) -> list[tuple[str, str]]:
    """(code, name) of the given actors, in the order given."""
    names = dict(Actor.objects.filter(code__in=codes).values_list("code", "name"))
    return [(code, names[code]) for code in codes if code in names]


def totals() -> Totals:
    """Headline counts. Actors and topics are counted by one index probe each rather than a scan of records."""
    shown = Position.objects.shown()
    return Totals(
        documents=Document.objects.count(),
        positions=shown.count(),
        actors=Actor.objects.filter(Exists(shown.filter(actor_id=OuterRef("code")))).count(),
        topics=Topic.objects.filter(Exists(shown.filter(topic_id=OuterRef("slug")))).count(),
        last_ingest=IngestRun.objects.aggregate(last=Max("finished_at"))["last"],
    )


# Full-text search. The vector is the expression a GIN index would be built on (see search_vector).
HIGHLIGHT_START, HIGHLIGHT_STOP = "\u27e6", "\u27e7"  # markers that are replaced by <mark> after escaping
_EXCLUDED = re.compile(r'(?:^|\s)-(?:"[^"]*"|\S+)')


def search_vector() -> SearchVector:
    return SearchVector("title", weight="A", config="english") + SearchVector("text", weight="B", config="english")


def search_documents(
    text: str,
    *,
    actor: str | None = None,
    topic: str | None = None,
    stance: int | None = None,
    start: date | None = None,
    end: date | None = None,
):
    """Documents matching a websearch query, best first, with a headline; filters apply to one shown record."""
    query = SearchQuery(text, search_type="websearch", config="english")
    # ts_rank scores any query with a negated term as ~0, so rank by the words that are wanted.
    wanted = _EXCLUDED.sub(" ", text).strip() or text
    queryset = (
        Document.objects.alias(search=search_vector())
        .filter(search=query)
        .annotate(
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
    )
    records = Position.objects.shown().filter(document=OuterRef("pk"))
    if actor:
        records = records.filter(actor_id=actor)
    if topic:
        records = records.filter(topic_id=topic)
    if stance is not None:
        records = records.filter(stance=stance)
    if actor or topic or stance is not None:
        queryset = queryset.filter(Exists(records))
    if start:
        queryset = queryset.filter(published__gte=start)
    if end:
        queryset = queryset.filter(published__lte=end)
    return queryset.defer("text").order_by("-rank", "-published", "id")


def actors_on_topic(topic: str) -> list[tuple[str, str, int]]:
    """(code, name, records) of every actor with a shown record on a topic, most active first."""
    rows = (
        Position.objects.shown()
        .filter(topic_id=topic)
        .values_list("actor_id", "actor__name")
        .annotate(n=Count("id"), last=Max("date"))
        .order_by("-n", "-last", "actor_id")
    )
    return [(code, name, n) for code, name, n, _ in rows]
