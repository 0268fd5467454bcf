"""What the benchmarks share: a scratch database made beside the one in DATABASE_URL, and dropped after."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def conninfo(database_url: str) -> str:
    from config.env import parse_database_url

    parsed = parse_database_url("DATABASE_URL", database_url)
    parts = {"dbname": parsed.name, "user": parsed.user, "password": parsed.password, "host": parsed.host,
             "port": parsed.port}  # fmt: skip
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)


def scratch_database(base_url: str, prefix: str) -> tuple[str, str]:
    """Create a scratch database next to the one in base_url; return its URL and name."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(conninfo(base_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    head, _, tail = base_url.partition("?")
    scratch = head.rsplit("/", 1)[0] + f"/{name}" + (f"?{tail}" if tail else "")
    return scratch, name


def drop_database(base_url: str, name: str) -> None:
    with psycopg.connect(conninfo(base_url), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup_django() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()


def run_child(script: str, name: str, environment: dict) -> dict:
    """Run one measurement of ``script`` in a fresh process (so that its peak memory is its own)."""
    result = subprocess.run(
        [sys.executable, script, "--child", name], env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{name} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def corpus_bench(description: str, children: dict[str, Callable[[], dict]]) -> argparse.Namespace | None:
    """The options of a benchmark on a synthetic corpus. Run as a child, it measures, prints and returns None;
    otherwise it returns the options, with ``base_url`` from DATABASE_URL (exiting when that is unset)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--positions", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--child", choices=sorted(children), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(children[options.child]()))
        return None
    options.base_url = os.environ.get("DATABASE_URL")
    if not options.base_url:
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server (scratch databases are created on it).")
    return options
