"""What the benchmarks share: a scratch database made beside the one in DATABASE_URL, and dropped after."""

from __future__ import annotations

import sys
import uuid
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
