"""Faults the system must survive, each injected into real services: an extractor that raises, PostgreSQL
restarted during an ingest, Redis stopped under a running site and worker, and a minute of load on the
dashboard while 2,000 documents are ingested. (A worker killed mid-batch: test_ingest_end_to_end.py.)"""

import statistics
import threading
import time
from datetime import date

import httpx
import pytest

from ingest.models import Document, IngestRun, Source
from positions.models import Position
from tests.integration.conftest import FAST, Broker, Worker, database_url_for_test_database, manage, wait_for
from tests.integration.faulty_extractor import FAILING_MARKER
from tests.ministry_site import article_html, publish, rss

pytestmark = [pytest.mark.live]

# Pages every reader opens, the chart data they fetch, and the API: all must answer during a fault.
DASHBOARD_PATHS = [
    "/",
    "/topics/military-aid-ukraine/",
    "/actors/DEU/",
    "/charts/timeline.json?topic=military-aid-ukraine",
    "/charts/matrix.json",
    "/api/positions/?topic=military-aid-ukraine",
    "/api/timeline/?topic=military-aid-ukraine",
    "/api/topics/",
]


@pytest.mark.django_db(transaction=True)
def test_a_document_whose_extraction_raises_is_marked_failed_and_the_queue_moves_on(
    reference_data, http_server, broker, start_worker
):
    sentences = [
        "On 25 January 2023, Chancellor Olaf Scholz said Germany would send Leopard 2 tanks to Ukraine.",
        "On 26 January 2023, President Emmanuel Macron said France strongly condemns Russia's war of aggression"
        f" against Ukraine. {FAILING_MARKER}",
        "On 27 January 2023, Foreign Minister Péter Szijjártó said Hungary would not send weapons to Ukraine.",
    ]
    items = []
    for number, sentence in enumerate(sentences, start=1):
        published = date(2023, 1, 24 + number)
        http_server.add(f"/s{number}", article_html(f"Statement {number}", published, [sentence]),
                        content_type="text/html")  # fmt: skip
        items.append((f"Statement {number}", http_server.url(f"/s{number}"), published))
    http_server.add("/feed.xml", rss(items), content_type="application/rss+xml")
    source = Source.objects.create(name="Press", kind="feed", url=http_server.url("/feed.xml"))
    worker = start_worker(**FAST, EXTRACTOR_KIND="tests.integration.faulty_extractor:FailsOnMarker",
                          INGEST_FETCH_BATCH_SIZE="1")  # fmt: skip

    broker.send("ingest.poll_source", source.pk).get(timeout=60)
    run = IngestRun.objects.get(source=source)
    wait_for(lambda: IngestRun.objects.get(pk=run.pk).finished_at is not None, message="the run to finish")

    broken = Document.objects.get(url=http_server.url("/s2"))
    assert broken.status == Document.Status.FAILED
    assert broken.error == "ZeroDivisionError: the extractor broke on this text"
    assert not broken.positions.exists()
    assert set(Document.objects.exclude(pk=broken.pk).values_list("status", flat=True)) == {"extracted"}
    assert set(Position.objects.values_list("actor_id", flat=True)) == {"DEU", "HUN"}
    run.refresh_from_db()
    assert run.pending == 0 and any("/s2" in error and "ZeroDivisionError" in error for error in run.errors)
    assert worker.alive

    # The document is stored whole: re-extracting it once the extractor is mended gives its records.
    manage("reextract", "--failed", DATABASE_URL=database_url_for_test_database())
    broken.refresh_from_db()
    assert broken.status == Document.Status.EXTRACTED and broken.positions.filter(actor_id="FRA").exists()


def test_postgresql_restarted_mid_ingest_loses_and_doubles_nothing(private_postgres, http_server, redis_url, tmp_path):
    database = private_postgres
    manage("migrate", "--noinput", DATABASE_URL=database.url)
    manage("load_reference", DATABASE_URL=database.url)
    count = 40
    publish(http_server, count, delay=0.15)
    manage("add_source", "feed", http_server.url("/feed.xml"), "--name", "Press", DATABASE_URL=database.url)
    (source_id,) = database.query("SELECT id FROM ingest_source")[0]

    def stored() -> int:
        return database.query("SELECT count(*) FROM ingest_document WHERE status = 'extracted'")[0][0]

    queue = f"pg-restart-{tmp_path.name[-8:]}"
    broker = Broker(redis_url, queue)
    worker = Worker(redis_url, queue, tmp_path / "worker.log", DATABASE_URL=database.url,
                    INGEST_FETCH_BATCH_SIZE="5", **FAST)  # fmt: skip
    try:
        worker.wait_until_ready()
        broker.send("ingest.poll_source", source_id).get(timeout=60)
        wait_for(lambda: stored() >= 5, message="the first batch")
        database.restart()
        before_restart_done = stored()
        wait_for(lambda: stored() >= count, timeout=240, message=f"all {count} documents after the restart")
        wait_for(lambda: database.query("SELECT finished_at FROM ingest_ingestrun")[0][0] is not None,
                 timeout=120, message="the run to finish")  # fmt: skip
    finally:
        worker.stop()
        broker.close()

    assert before_restart_done < count, "the ingest was over before the restart"
    log = worker.log_path.read_text()
    assert "Retry in" in log, "no task met the restart"
    documents = database.query("SELECT count(*), count(DISTINCT url) FROM ingest_document")[0]
    assert documents == (count, count)
    doubled = database.query(
        "SELECT count(*) FROM (SELECT 1 FROM positions_position GROUP BY document_id, actor_id, topic_id"
        " HAVING count(*) > 1) AS twice"
    )[0][0]
    assert doubled == 0
    records = database.query("SELECT count(DISTINCT document_id) FROM positions_position")[0][0]
    assert records == count  # every statement of the site yields a record
    run = database.query("SELECT status, seen, new, failed, pending FROM ingest_ingestrun")
    assert run == [("succeeded", count, count, 0, 0)]


@pytest.mark.django_db(transaction=True)
def test_with_redis_stopped_the_dashboard_serves_and_ingestion_resumes_when_it_is_back(
    reference_data, private_redis, http_server, start_dashboard, tmp_path
):
    count = 30
    publish(http_server, count, delay=0.2)
    source = Source.objects.create(name="Press", kind="feed", url=http_server.url("/feed.xml"))
    site = start_dashboard(REDIS_URL=private_redis.url)
    queue = "redis-outage"
    worker = Worker(private_redis.url, queue, tmp_path / "worker.log", INGEST_FETCH_BATCH_SIZE="5",
                    INGEST_RUN_ABANDON_SECONDS="3", **FAST)  # fmt: skip
    broker = Broker(private_redis.url, queue)
    try:
        worker.wait_until_ready()
        broker.send("ingest.poll_source", source.pk).get(timeout=60)
        wait_for(lambda: Document.objects.count() >= 5, message="the first batch")
        with httpx.Client(timeout=30) as client:
            assert [client.get(site.url(path)).status_code for path in DASHBOARD_PATHS] == [200] * len(DASHBOARD_PATHS)

            private_redis.stop()
            stored_at_stop = Document.objects.count()
            during = {path: client.get(site.url(path)) for path in DASHBOARD_PATHS}
            assert {path: response.status_code for path, response in during.items()} == dict.fromkeys(
                DASHBOARD_PATHS, 200
            )
            assert during["/api/positions/?topic=military-aid-ukraine"].json()["results"], "no data served"
            time.sleep(3)  # the worker meets the dead broker; queued batches are gone with Redis

            private_redis.start()
            broker.close()
            broker = Broker(private_redis.url, queue)
            # The beat's next poll, sent by hand: the unfinished run makes it read the feed in full.
            broker.send("ingest.poll_source", source.pk).get(timeout=90)
            wait_for(lambda: Document.objects.filter(status="extracted").count() >= count, timeout=180,
                     message=f"all {count} documents after Redis came back")  # fmt: skip
            assert client.get(site.url("/")).status_code == 200
    finally:
        worker.stop()
        broker.close()

    assert stored_at_stop < count, "the ingest was over before Redis stopped"
    assert Document.objects.count() == Document.objects.values("url").distinct().count() == count
    first, latest = IngestRun.objects.filter(source=source).order_by("started_at")[:2]
    assert first.status == "partial" and "never settled" in first.errors[-1]
    wait_for(lambda: IngestRun.objects.get(pk=latest.pk).finished_at is not None, message="the re-poll's run")
    latest.refresh_from_db()
    assert (latest.status, latest.seen, latest.failed) == ("succeeded", count, 0)


@pytest.mark.django_db(transaction=True)
def test_a_minute_of_load_while_2000_documents_are_ingested_serves_every_request(
    reference_data, http_server, broker, start_worker, start_dashboard, redis_url
):
    count = 2000
    publish(http_server, count)
    source = Source.objects.create(name="Press", kind="feed", url=http_server.url("/feed.xml"))
    site = start_dashboard(REDIS_URL=redis_url, API_ANON_RATE="1000000/minute", API_USER_RATE="1000000/minute")
    start_worker(**FAST, INGEST_FETCH_BATCH_SIZE="50")
    broker.send("ingest.poll_source", source.pk).get(timeout=120)
    run = IngestRun.objects.get(source=source)

    load = Load(site, DASHBOARD_PATHS, threads=6)
    load.run(seconds=60)
    wait_for(lambda: IngestRun.objects.get(pk=run.pk).finished_at is not None, timeout=600,
             message="the ingest of 2,000 documents")  # fmt: skip
    run.refresh_from_db()

    print(f"\nload: {load.summary()}; ingest: {run.new} new in {run.duration.total_seconds():.0f} s")
    assert load.errors == [], load.errors[:5]
    assert len(load.latencies) > 200, "too few requests to call it load"
    assert (run.status, run.new, run.failed, run.pending) == ("succeeded", count, 0, 0)
    assert Document.objects.filter(status="extracted").count() == count


class Load:
    """Threads that request the given paths round-robin for a while, keeping every error and latency."""

    def __init__(self, site, paths: list[str], threads: int):
        self.site = site
        self.paths = paths
        self.threads = threads
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def run(self, seconds: float) -> None:
        stop_at = time.monotonic() + seconds
        workers = [threading.Thread(target=self._client, args=(stop_at, offset)) for offset in range(self.threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()

    def _client(self, stop_at: float, offset: int) -> None:
        with httpx.Client(timeout=30) as client:
            turn = offset
            while time.monotonic() < stop_at:
                path = self.paths[turn % len(self.paths)]
                turn += 1
                started = time.perf_counter()
                try:
                    response = client.get(self.site.url(path))
                    failure = None if response.status_code == 200 else f"{path}: {response.status_code}"
                except httpx.HTTPError as error:
                    failure = f"{path}: {type(error).__name__} {error}"
                with self.lock:
                    self.latencies.append(time.perf_counter() - started)
                    if failure:
                        self.errors.append(failure)

    def summary(self) -> str:
        ordered = sorted(self.latencies)
        p95 = ordered[int(len(ordered) * 0.95)] * 1000 if ordered else 0
        return (
            f"{len(ordered)} requests, {len(self.errors)} errors, median {statistics.median(ordered) * 1000:.0f} ms,"
            f" p95 {p95:.0f} ms"
        )
