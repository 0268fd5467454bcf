"""A synthetic corpus at scale, for benchmarks: documents and position records shaped like real ones.

A few actors speak daily and most rarely (a Zipf-like skew), topics are uneven, each actor's position on a
topic shifts a few times over the years however often it speaks (a few statements stray one step from it),
dates run from the invasion to today, and each record quotes a sentence of its document with the span that
locates it. Rows go in with PostgreSQL's COPY, so a million records take minutes at most.
Every synthetic document has a URL under ``SYNTHETIC_URL`` and every record the extractor name ``synthetic``,
so the data can be told apart and removed.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection, transaction
from django.utils import timezone

from ingest.models import Document
from positions.models import Actor, Position, Topic

SYNTHETIC_URL = "https://synthetic.example/statements/"
SYNTHETIC_EXTRACTOR = "synthetic"
FIRST_DAY = date(2022, 2, 24)
# Who speaks most: these lead the skew, in this order; every other actor follows at random.
LOUDEST = ["UKR", "RUS", "USA", "EU", "DEU", "FRA", "GBR", "CHN", "POL", "NATO", "HUN", "TUR", "IND", "UN", "JPN"]
VERBS = {
    -2: "firmly rejected",
    -1: "voiced doubts about",
    0: "declined to take a side on",
    1: "said it supports",
    2: "strongly backed",
}
SHIFTS = [0, 1, 1, 2, 3]  # how often a pair's position changes between the invasion and today
NOISE = 0.04  # the share of statements one step off the position then held
FILLER = [
    "The remarks came after a meeting of foreign ministers in the capital.",
    "Officials repeated the position in a briefing for journalists later that day.",
    "The statement was published on the ministry's website.",
    "Diplomats said the talks covered the humanitarian situation and energy supplies.",
]


@dataclass(frozen=True)
class SeedReport:
    documents: int
    positions: int
    seconds: float


def _weights(count: int, exponent: float) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def _review_state(roll: float) -> str:
    if roll < 0.95:
        return "auto"
    if roll < 0.98:
        return "verified"
    return "corrected" if roll < 0.99 else "rejected"


def seed(
    positions: int,
    documents: int,
    *,
    seed_value: int = 2022,
    until: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> SeedReport:
    """Add ``documents`` documents and about ``positions`` records (each document holds several)."""
    started = timezone.now()
    rng = random.Random(seed_value)
    until = until or timezone.localdate()
    span_days = (until - FIRST_DAY).days
    codes = list(Actor.objects.values_list("code", flat=True))
    names = dict(Actor.objects.values_list("code", "name"))
    loud = [code for code in LOUDEST if code in names]
    rest = [code for code in codes if code not in loud]
    rng.shuffle(rest)
    actors = loud + rest
    actor_weights = _weights(len(actors), 1.1)
    topics = list(Topic.objects.order_by("slug").values_list("slug", "name"))
    topic_weights = _weights(len(topics), 0.7)
    rng.shuffle(topic_weights)
    # Every document holds at least one record; the rest fall on documents at random (a few hold many).
    most = len(topics) * 3
    counts = [1] * documents
    for _ in range(max(0, min(positions, documents * most) - documents)):
        index = rng.randrange(documents)
        while counts[index] >= most:
            index = rng.randrange(documents)
        counts[index] += 1
    paths: dict[tuple[str, str], list[tuple[date, int]]] = {}

    def stance_on(key: tuple[str, str], day: date) -> int:
        """The pair's position on a day: a few shifts over the years, whatever the number of statements."""
        path = paths.get(key)
        if path is None:
            stance = rng.choice([-2, -1, -1, 0, 1, 1, 2])
            path = [(FIRST_DAY, stance)]
            shifts = sorted(FIRST_DAY + timedelta(days=rng.randrange(span_days)) for _ in range(rng.choice(SHIFTS)))
            for shift in shifts:
                stance = max(-2, min(2, stance + rng.choice([-2, -1, 1, 2])))
                path.append((shift, stance))
            paths[key] = path
        held = next(value for start, value in reversed(path) if start <= day) if day >= FIRST_DAY else path[0][1]
        if rng.random() < NOISE:  # a hedged or misread statement: one step off the position held
            return max(-2, min(2, held + rng.choice([-1, 1])))
        return held

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM ingest_document")
        next_document = cursor.fetchone()[0] + 1
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM positions_position")
        next_position = cursor.fetchone()[0] + 1
        now = timezone.now()
        made_positions = 0
        document_copy = (
            f"COPY {Document._meta.db_table} (id, kind, url, title, published, language, text, content_hash, "
            "source_actor_id, speaker_name, status, error, fetched_at, updated_at, extracted_at) FROM STDIN"
        )
        position_copy = (
            f"COPY {Position._meta.db_table} (id, document_id, actor_id, topic_id, stance, date, quote, span_start, "
            "span_end, speaker_name, evidence_kind, confidence, extractor, extractor_version, review_state, "
            "created_at, updated_at) FROM STDIN"
        )
        position_rows = []
        with cursor.copy(document_copy) as copy:
            for number in range(documents):
                document_id = next_document + number
                # Later years are busier: the square root bends the dates towards today.
                day = FIRST_DAY + timedelta(days=int(span_days * rng.random() ** 0.8))
                speaker = rng.choices(actors, actor_weights)[0]
                pairs: dict[tuple[str, str], str] = {}
                while len(pairs) < counts[number]:  # one record per actor and topic in a document
                    slug, topic_name = rng.choices(topics, topic_weights)[0]
                    actor = speaker if rng.random() < 0.8 else rng.choices(actors, actor_weights)[0]
                    pairs[(actor, slug)] = topic_name
                sentences, spans = [], []
                offset = 0
                for (actor, slug), topic_name in pairs.items():
                    stance = stance_on((actor, slug), day)
                    sentence = f"{names[actor]} {VERBS[stance]} {topic_name.lower()} on {day:%d %B %Y}."
                    sentences.append(sentence)
                    spans.append((actor, slug, stance, offset, offset + len(sentence), sentence))
                    offset += len(sentence) + 1
                    filler = rng.choice(FILLER)
                    sentences.append(filler)
                    offset += len(filler) + 1
                text = " ".join(sentences)
                digest = hashlib.sha256(f"{document_id}:{text}".encode()).hexdigest()
                copy.write_row(
                    (document_id, "statement", f"{SYNTHETIC_URL}{document_id}", f"{names[speaker]} on the war",
                     day, "en", text, digest, speaker, "", "extracted", "", now, now, now)
                )  # fmt: skip
                for actor, slug, stance, start, end, sentence in spans:
                    position_rows.append(
                        (next_position + made_positions, document_id, actor, slug, stance, day, sentence, start, end,
                         "", "statement", round(0.5 + rng.random() / 2, 3), SYNTHETIC_EXTRACTOR, "1",
                         _review_state(rng.random()), now, now)
                    )  # fmt: skip
                    made_positions += 1
                if progress and number % 10000 == 0:
                    progress(number)
        with cursor.copy(position_copy) as copy:
            for row in position_rows:
                copy.write_row(row)
        for table in (Document._meta.db_table, Position._meta.db_table):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Document._meta.db_table}, {Position._meta.db_table}")
    return SeedReport(documents, made_positions, (timezone.now() - started).total_seconds())


def remove() -> tuple[int, int]:
    """Delete every synthetic record and document; returns how many of each went."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Position._meta.db_table} WHERE extractor = %s", [SYNTHETIC_EXTRACTOR])
        positions = cursor.rowcount
        cursor.execute(f"DELETE FROM {Document._meta.db_table} WHERE url LIKE %s", [SYNTHETIC_URL + "%"])
        return cursor.rowcount, positions
