"""Export speed and memory: the CSV of every position streamed by the API, beside PostgreSQL's own COPY of
the same rows, and the time to render one chart as PNG, beside building the same chart's JSON.

    DATABASE_URL=postgres://... .venv/bin/python bench/export.py [--positions 1000000] [--documents 200000]

Runs in a scratch database it creates (seeded with ``seed_synthetic``) and drops on the same server. Each
measurement runs in a fresh process, so that its peak memory is its own.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    conninfo,
    corpus_bench,
    drop_database,
    peak_mb,
    run_child,
    scratch_database,
    setup_django,
)

GOAL_SECONDS, GOAL_MB = 30, 200
CSV_QUERY = """
    SELECT p.id, p.date, p.actor_id, a.name, p.topic_id, p.stance, p.evidence_kind, p.speaker_name, p.quote,
           p.confidence, p.extractor, p.extractor_version, p.review_state, p.document_id
    FROM positions_position p JOIN positions_actor a ON a.code = p.actor_id
    WHERE p.review_state <> 'rejected' ORDER BY p.date, p.id
"""


def child_copy() -> dict:
    """The floor: PostgreSQL writes the same rows as CSV and the client reads and drops them."""
    import psycopg

    started, size, rows = time.perf_counter(), 0, 0
    statement = f"COPY ({CSV_QUERY}) TO STDOUT WITH (FORMAT csv, HEADER)"
    with (
        psycopg.connect(conninfo(os.environ["DATABASE_URL"])) as connection,
        connection.cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for block in copy:
            size += len(block)
            rows += bytes(block).count(b"\n")
    return {"seconds": time.perf_counter() - started, "bytes": size, "rows": rows - 1, "peak_mb": peak_mb()}


def child_api_csv() -> dict:
    """/api/positions.csv through Django's full request path, every byte read by the client and dropped."""
    setup_django()
    from django.test import Client

    client = Client()
    before = peak_mb()
    started, size, rows = time.perf_counter(), 0, 0
    response = client.get("/api/positions.csv")
    assert response.status_code == 200, response.status_code
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += chunk.count(b"\n")
    return {"seconds": time.perf_counter() - started, "bytes": size, "rows": rows - 1, "peak_mb": peak_mb(),
            "setup_mb": before}  # fmt: skip


def child_png() -> dict:
    """One timeline rendered as PNG through the export URL: the first (starting Chromium) and later ones."""
    setup_django()
    from django.contrib.auth.models import Group, User
    from django.test import Client

    from positions import queries

    editor = User.objects.create_user("bench-editor", password="a long enough password 1")
    editor.groups.add(Group.objects.get(name="Editor"))
    client = Client()
    client.force_login(editor)
    topic = "military-aid-ukraine"
    params = {"topic": topic, "actors": ",".join(queries.most_active_actors(topic, 8)), "scale": "2"}
    json_times = []
    for _ in range(5):
        started = time.perf_counter()
        assert client.get("/charts/timeline.json", params).status_code == 200
        json_times.append(time.perf_counter() - started)
    times = []
    for _ in range(6):
        started = time.perf_counter()
        response = client.get("/charts/timeline/export.png", params)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200 and response.content[:4] == b"\x89PNG", response.content[:200]
    return {"first": times[0], "warm": statistics.median(times[1:]), "json": statistics.median(json_times),
            "bytes": len(response.content)}  # fmt: skip


CHILDREN = {"copy": child_copy, "api-csv": child_api_csv, "png": child_png}


def main() -> int:
    options = corpus_bench(__doc__.split("\n\n")[0], CHILDREN)
    if options is None:
        return 0
    base_url = options.base_url
    database_url, name = scratch_database(base_url, "bench_export")
    environment = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "false", "SECRET_KEY": "bench-" * 10,
                   "LOG_LEVEL": "WARNING", "DASHBOARD_PUBLIC": "true", "SECURE_SSL_REDIRECT": "false",
                   "ALLOWED_HOSTS": "testserver"}  # fmt: skip
    environment.pop("REDIS_URL", None)  # the API's throttle counts in a local cache, not in a shared Redis
    try:
        for command in (["migrate", "--verbosity", "0"], ["load_reference"],
                        ["seed_synthetic", "--positions", str(options.positions), "--documents",
                         str(options.documents)]):  # fmt: skip
            done = subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=environment, check=True,
                                  capture_output=True, text=True)  # fmt: skip
        print(done.stdout.strip())
        copy = run_child(__file__, "copy", environment)
        api = run_child(__file__, "api-csv", environment)
        png = run_child(__file__, "png", environment)
    finally:
        drop_database(base_url, name)

    print(f"CSV of every shown position ({api['rows']:,} rows, {api['bytes'] / 1e6:,.0f} MB):")
    print(f"  PostgreSQL COPY to the client : {copy['seconds']:6.1f} s   peak memory {copy['peak_mb']:6.0f} MB")
    print(f"  /api/positions.csv, streamed  : {api['seconds']:6.1f} s   peak memory {api['peak_mb']:6.0f} MB "
          f"({api['setup_mb']:.0f} MB before the first row)   goal: < {GOAL_SECONDS} s, < {GOAL_MB} MB")  # fmt: skip
    print(f"  ratio API / COPY              : {api['seconds'] / copy['seconds']:6.2f}x   "
          f"rows equal: {api['rows'] == copy['rows']}")  # fmt: skip
    print("One timeline (8 actors) as PNG at scale 2:")
    print(f"  the chart's JSON (the baseline): {png['json'] * 1000:6.0f} ms")
    print(f"  PNG, first (starts Chromium)  : {png['first'] * 1000:6.0f} ms")
    print(f"  PNG, later (median of 5)      : {png['warm'] * 1000:6.0f} ms   ({png['bytes'] / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
