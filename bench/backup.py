"""Backup speed and memory: export_data and import_data on a large synthetic database, beside PostgreSQL's
own COPY of the same tables to nowhere, and pg_dump -Fc and pg_restore of the whole database when they are
installed.

    DATABASE_URL=postgres://... .venv/bin/python bench/backup.py [--positions 1000000] [--documents 200000]

Runs in two scratch databases it creates on the same server (one seeded with ``seed_synthetic``, one
migrated and empty to restore into) and drops. Each measurement runs in a fresh process, so that its peak
memory is its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
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


def child_copy() -> dict:
    """The floor: every backed-up table read by COPY as CSV, the bytes dropped on arrival."""
    setup_django()
    from django.db import connection
    from psycopg import sql

    from backups.tables import backed_up_tables, copied_columns

    tables = [(table, copied_columns(table)) for table in backed_up_tables()]
    started, size = time.perf_counter(), 0
    with connection.cursor() as cursor:
        for table, columns in tables:
            statement = sql.SQL("COPY {} ({}) TO STDOUT (FORMAT csv, HEADER)").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
            )
            with cursor.copy(statement) as copy:
                for block in copy:
                    size += len(block)
    return {"seconds": time.perf_counter() - started, "bytes": size, "peak_mb": peak_mb()}


def child_export() -> dict:
    setup_django()
    from backups.export import export_data

    path = Path(os.environ["BENCH_ARCHIVE"])
    started = time.perf_counter()
    manifest = export_data(path)
    rows = sum(table.rows for table in manifest.tables)
    return {"seconds": time.perf_counter() - started, "rows": rows, "bytes": path.stat().st_size, "peak_mb": peak_mb()}


def child_import() -> dict:
    setup_django()
    from backups.restore import import_data

    started = time.perf_counter()
    report = import_data(Path(os.environ["BENCH_ARCHIVE"]))
    return {"seconds": time.perf_counter() - started, "rows": report.rows, "peak_mb": peak_mb()}


CHILDREN = {"copy": child_copy, "export": child_export, "import": child_import}


def manage(environment: dict, *command: str) -> str:
    done = subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=environment, check=True,
                          capture_output=True, text=True)  # fmt: skip
    return done.stdout.strip()


def pg_dump_and_restore(source_url: str, base_url: str, folder: Path) -> dict | None:
    """pg_dump -Fc of the whole database and pg_restore of it into an empty one, for scale; None when the
    client tools are not installed."""
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        return None
    target = folder / "whole.dump"
    started = time.perf_counter()
    subprocess.run(["pg_dump", "-Fc", "-f", str(target), conninfo(source_url)], check=True)
    dumped = time.perf_counter()
    restore_url, restore_name = scratch_database(base_url, "bench_pg_restore")
    try:
        subprocess.run(["pg_restore", "--no-owner", "-d", conninfo(restore_url), str(target)], check=True)
        restored = time.perf_counter()
    finally:
        drop_database(base_url, restore_name)
    return {"dump": dumped - started, "restore": restored - dumped, "bytes": target.stat().st_size}


def main() -> int:
    options = corpus_bench(__doc__.split("\n\n")[0], CHILDREN)
    if options is None:
        return 0
    base_url = options.base_url
    source_url, source_name = scratch_database(base_url, "bench_backup")
    target_url, target_name = scratch_database(base_url, "bench_restore")
    folder = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    common = {**os.environ, "DEBUG": "false", "SECRET_KEY": "bench-" * 10, "LOG_LEVEL": "WARNING",
              "BENCH_ARCHIVE": str(folder / "backup.zip")}  # fmt: skip
    common.pop("REDIS_URL", None)
    source, target = {**common, "DATABASE_URL": source_url}, {**common, "DATABASE_URL": target_url}
    try:
        manage(source, "migrate", "--verbosity", "0")
        manage(source, "load_reference")
        print(manage(source, "seed_synthetic", "--positions", str(options.positions),
                     "--documents", str(options.documents)))  # fmt: skip
        manage(target, "migrate", "--verbosity", "0")
        copy = run_child(__file__, "copy", source)
        exported = run_child(__file__, "export", source)
        imported = run_child(__file__, "import", target)
        dump = pg_dump_and_restore(source_url, base_url, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        drop_database(base_url, source_name)
        drop_database(base_url, target_name)

    print(f"Every backed-up table ({exported['rows']:,} rows, {copy['bytes'] / 1e6:,.0f} MB of CSV):")
    print(f"  COPY to the client, dropped : {copy['seconds']:6.1f} s   peak memory {copy['peak_mb']:5.0f} MB")
    print(f"  export_data                 : {exported['seconds']:6.1f} s   peak memory {exported['peak_mb']:5.0f} MB"
          f"   archive {exported['bytes'] / 1e6:,.0f} MB")  # fmt: skip
    print(f"  import_data (empty target)  : {imported['seconds']:6.1f} s   peak memory {imported['peak_mb']:5.0f} MB"
          f"   rows equal: {imported['rows'] == exported['rows']}")  # fmt: skip
    if dump:
        print(f"  pg_dump -Fc, whole database : {dump['dump']:6.1f} s   dump {dump['bytes'] / 1e6:,.0f} MB")
        print(f"  pg_restore of it, empty db  : {dump['restore']:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
