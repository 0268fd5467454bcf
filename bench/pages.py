"""Dashboard speed at scale, at 100,000 and at 1,000,000 position records, each figure beside its baseline.

    DATABASE_URL=postgres://... [REDIS_URL=redis://...] .venv/bin/python bench/pages.py [--sizes 100000,1000000]

For each size (a scratch database seeded with ``seed_synthetic``, grown from one size to the next):

1. the timeline JSON of one topic and its ten most active actors over four years, computed (cache
   retired before every request) and cached, beside the bare SQL of the same series through psycopg;
2. the overview matrix as of a date, the topic page's whole HTML, and the search page for a common word;
3. load: gunicorn with 2 workers on loopback and wrk for 30 s against the timeline API and the topic page;
4. the CSV of every position and one PNG export (bench/export.py's measures);
5. ingestion of 2,000 documents end to end through one worker into the seeded database, and extraction.

Server times are measured in-process through Django's full request path; wrk adds the network and
gunicorn. Needs wrk (Debian: apt-get install wrk) for the load figures; without it they are skipped.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import conninfo, drop_database, scratch_database  # noqa: E402

TOPIC = "military-aid-ukraine"
START, END = "2022-12-01", "2026-11-27"  # four years
REQUESTS = 40
TARGETS = "targets at 1M: timeline p95 <= 50 ms and <= 2x bare; matrix and topic page p95 <= 150 ms"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(function, count: int = REQUESTS, before=None) -> tuple[float, float]:
    times = []
    for _ in range(count):
        if before:
            before()
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), percentile(times, 0.95)


def in_process(database_url: str) -> dict:
    """Server times through Django's test client, in a fresh process on the seeded database."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", "server"],
        env={**environment(database_url)},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def child_server() -> dict:
    import json

    import django
    import psycopg

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.test import Client

    from positions import queries, series

    series.refresh()
    client = Client()
    actors = queries.most_active_actors(TOPIC, 10)
    timeline = f"/charts/timeline.json?topic={TOPIC}&actors={','.join(actors)}&from={START}&to={END}"

    def get(url):
        def fetch():
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        return fetch

    figures = {"points": len(client.get(timeline).json()["table"]["rows"])}
    figures["timeline_cold"] = timed(get(timeline), before=series.bump_version)
    figures["timeline_warm"] = timed(get(timeline))
    # The bare query: the same series SQL, run through psycopg with no Django at all.
    sql, params = queries.series_points_sql(actors, [TOPIC] * len(actors), *map(_date, (START, END)), True)
    with psycopg.connect(conninfo(os.environ["DATABASE_URL"])) as connection:
        figures["timeline_bare"] = timed(lambda: connection.execute(sql, params).fetchall())
    figures["matrix_cold"] = timed(get("/charts/matrix.json?as_of=2025-06-30"), before=series.bump_version)
    figures["matrix_warm"] = timed(get("/charts/matrix.json?as_of=2025-06-30"))
    figures["topic_cold"] = timed(get(f"/topics/{TOPIC}/"), before=series.bump_version)
    figures["topic_warm"] = timed(get(f"/topics/{TOPIC}/"))
    figures["overview_cold"] = timed(get("/"), count=10, before=series.bump_version)
    figures["search"] = timed(get("/search/?q=ukraine"), count=10)
    print(json.dumps(figures))
    return figures


def _date(value: str):
    from datetime import date

    return date.fromisoformat(value)


def environment(database_url: str) -> dict:
    values = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "false", "SECRET_KEY": "bench-" * 10,
              "ALLOWED_HOSTS": "testserver,127.0.0.1", "LOG_LEVEL": "WARNING", "DASHBOARD_PUBLIC": "true",
              "SECURE_SSL_REDIRECT": "false",
              "API_ANON_RATE": "1000000/minute", "API_USER_RATE": "1000000/minute"}  # fmt: skip
    return values


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load(database_url: str, seconds: int) -> dict:
    """gunicorn (2 workers) on loopback, wrk with 2 threads and 16 connections against two URLs."""
    if not shutil.which("wrk"):
        return {}
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning"],
        cwd=ROOT, env=environment(database_url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        results = {}
        import urllib.request

        from_api = f"http://127.0.0.1:{port}/api/timeline/?topic={TOPIC}&from={START}&to={END}"
        for name, url in {"timeline API": from_api, "topic page": f"http://127.0.0.1:{port}/topics/{TOPIC}/"}.items():
            urllib.request.urlopen(url, timeout=30).read()  # warm each worker's connections once
            output = subprocess.run(
                ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True
            ).stdout
            results[name] = _wrk(output)
        return results
    finally:
        server.terminate()
        server.wait(30)


def _wrk(output: str) -> dict:
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    total = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = (int(bad.group(1)) if bad else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0)
    return {"rate": rate, "p99": float(p99.group(1)) * scale, "requests": total, "errors": errors}


def seed(database_url: str, positions: int, documents: int) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", "seed_synthetic", "--positions", str(positions), "--documents", str(documents),
         "--seed", str(positions)],
        cwd=ROOT, env=environment(database_url), check=True, capture_output=True, text=True,
    )  # fmt: skip
    return done.stdout.strip()


def report(size: int, server: dict, loaded: dict) -> None:
    def line(name, key, base=None):
        p50, p95 = server[key]
        text = f"  {name:<36} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms"
        if base:
            bare50, bare95 = server[base]
            text += f"   ({p50 / bare50:4.2f}x / {p95 / bare95:4.2f}x the bare query)"
        print(text)

    print(f"\n== {size:,} position records ==")
    print(f"  timeline of 10 actors over four years: {server['points']} points drawn")
    line("timeline JSON, bare SQL (psycopg)", "timeline_bare")
    line("timeline JSON, computed", "timeline_cold", "timeline_bare")
    line("timeline JSON, cached", "timeline_warm")
    line("overview matrix JSON, computed", "matrix_cold")
    line("overview matrix JSON, cached", "matrix_warm")
    line("topic page HTML, computed", "topic_cold")
    line("topic page HTML, cached", "topic_warm")
    line("overview page HTML, computed", "overview_cold")
    line("search page, common word", "search")
    for name, figures in loaded.items():
        print(f"  load, {name:<30} {figures['rate']:8.1f} requests/s   p99 {figures['p99']:7.1f} ms   "
              f"{figures['requests']} requests, {figures['errors']} errors")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--load-seconds", type=int, default=30)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--child", choices=["server"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child_server()
        return 0
    base_url = os.environ.get("DATABASE_URL")
    if not base_url:
        print("Set DATABASE_URL to a PostgreSQL server (a scratch database is created on it).", file=sys.stderr)
        return 2
    sizes = sorted(int(size) for size in options.sizes.split(","))
    database_url, name = scratch_database(base_url, "bench_pages")
    print(TARGETS)
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--verbosity", "0"], cwd=ROOT,
                       env=environment(database_url), check=True)  # fmt: skip
        subprocess.run([sys.executable, "manage.py", "load_reference"], cwd=ROOT, env=environment(database_url),
                       check=True, capture_output=True)  # fmt: skip
        seeded = 0
        results = {}
        for size in sizes:
            print(seed(database_url, size - seeded, (size - seeded) // 5))
            seeded = size
            with __import__("psycopg").connect(conninfo(database_url), autocommit=True) as connection:
                connection.execute("SELECT positions_refresh_series(10000000)")
                connection.execute("VACUUM ANALYZE")
            results[size] = (in_process(database_url), load(database_url, options.load_seconds))
            report(size, *results[size])
        if len(sizes) > 1:
            small, large = results[sizes[0]][0], results[sizes[-1]][0]
            print(f"\n== growth from {sizes[0]:,} to {sizes[-1]:,} records (p95; goal: at most 1.5x) ==")
            for key in ["timeline_cold", "timeline_warm", "matrix_cold", "topic_cold", "topic_warm"]:
                print(f"  {key:<16} {large[key][1] / small[key][1]:5.2f}x")
        print("\n== export at this size ==")
        export = subprocess.run([sys.executable, "bench/export.py", "--child", "api-csv"], cwd=ROOT,
                                env=environment(database_url), capture_output=True, text=True, check=True)  # fmt: skip
        print(f"  /api/positions.csv: {export.stdout.strip().splitlines()[-1]}")
        if not options.skip_ingest:
            print("\n== ingestion into the seeded database, and extraction ==")
            command = [sys.executable, "bench/ingest.py", "--into", database_url, "--docs", "2000"]
            ingest = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
            print("\n".join("  " + line for line in ingest.stdout.strip().splitlines()[-3:]) or ingest.stderr[-2000:])
            extract = subprocess.run([sys.executable, "bench/extract.py"], cwd=ROOT, capture_output=True, text=True,
                                     check=False)  # fmt: skip
            print("\n".join("  " + line for line in extract.stdout.strip().splitlines()[-8:]))
    finally:
        drop_database(base_url, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
