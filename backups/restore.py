"""Load an archive into a migrated database in one transaction: all of it, or (on any error) nothing."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import psycopg
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection, transaction
from psycopg import sql

from backups.archive import BackupError, Manifest, TableEntry, open_archive
from backups.tables import (
    DERIVED_TABLES,
    MIGRATE_SEEDED_TABLES,
    applied_migrations,
    backed_up_tables,
    copied_columns,
    has_rows,
    referencing_tables,
    sequence_columns,
    set_text_formats,
)
from positions import series

CHUNK_BYTES = 1 << 20
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)
# An empty table's sequence starts again at 1; otherwise it hands out max + 1 next.
_SETVAL = sql.SQL("SELECT setval(%s, COALESCE(MAX({column}), 1), MAX({column}) IS NOT NULL) FROM {table}")


@dataclass
class RestoreReport:
    tables: int = 0
    rows: int = 0
    series_days: int = 0
    also_emptied: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.rows} rows in {self.tables} tables; {self.series_days} series days rebuilt"
        if self.also_emptied:
            text += f"; also emptied (they refer to replaced rows): {', '.join(self.also_emptied)}"
        return text


def import_data(path: Path, replace: bool = False) -> RestoreReport:
    """Restore the archive at ``path``. Tables that hold rows are refused unless ``replace``."""
    archive, manifest = open_archive(path)
    with archive:
        _check_migrations(manifest)
        entries = _check_tables(manifest)
        try:
            with transaction.atomic():
                report = _restore(archive, entries, replace)
                transaction.on_commit(_after_commit)
        except DatabaseError as error:  # e.g. a row that refers to one the archive lacks
            raise BackupError(f"the import failed and nothing was changed: {error}") from None
    return report


def _check_migrations(manifest: Manifest) -> None:
    here = applied_migrations()
    differences = []
    for app in sorted(set(here) | set(manifest.migrations)):
        theirs, ours = set(manifest.migrations.get(app, [])), set(here.get(app, []))
        if theirs - ours:
            differences.append(f"{app}: this database lacks {', '.join(sorted(theirs - ours))}")
        if ours - theirs:
            differences.append(f"{app}: the archive predates {', '.join(sorted(ours - theirs))}")
    if differences:
        raise BackupError(
            "the archive was made from a database at another migration state; migrate one to match the "
            "other first. " + "; ".join(differences)
        )


def _check_tables(manifest: Manifest) -> list[TableEntry]:
    expected = set(backed_up_tables())
    named = [entry.name for entry in manifest.tables]
    if len(named) != len(set(named)):
        raise BackupError("the manifest lists a table twice")
    if set(named) != expected:
        extra, missing = sorted(set(named) - expected), sorted(expected - set(named))
        raise BackupError(f"the archive's tables differ from this database's: extra {extra}, missing {missing}")
    for entry in manifest.tables:
        if entry.columns != copied_columns(entry.name):
            raise BackupError(f"table {entry.name}: the archive's columns differ from this database's")
    return manifest.tables


def _restore(archive: zipfile.ZipFile, entries: list[TableEntry], replace: bool) -> RestoreReport:
    names = {entry.name for entry in entries}
    reached = referencing_tables(names | set(DERIVED_TABLES)) - set(DERIVED_TABLES)
    set_text_formats()
    # Rows the caller's transaction wrote still owe their deferred key checks, and PostgreSQL refuses to
    # truncate a table with checks pending: run them now.
    connection.check_constraints()
    with connection.cursor() as cursor:
        # Nobody writes between the check that the tables are empty and the load.
        cursor.execute(sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE").format(_table_list(names | reached)))
    occupied = [table for table in sorted((names - MIGRATE_SEEDED_TABLES) | reached) if has_rows(table)]
    if occupied and not replace:
        raise BackupError(
            f"these tables already hold rows: {', '.join(occupied)}. Nothing was changed; "
            "import with --replace to discard them and load the archive instead"
        )
    report = RestoreReport(tables=len(entries), also_emptied=sorted(set(occupied) & reached))
    with connection.cursor() as cursor:
        # Django's foreign keys are deferrable: they are checked once everything is in, whatever the order.
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute(sql.SQL("TRUNCATE {} CASCADE").format(_table_list(names | set(DERIVED_TABLES))))
        for entry in entries:
            report.rows += _load_table(cursor, archive, entry)
    connection.check_constraints()
    _reset_sequences(entries)
    # Loading positions queued every day they hold; working the queue off draws the series afresh.
    report.series_days = series.refresh()
    return report


def _table_list(tables: set[str]) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(table) for table in sorted(tables))


def _load_table(cursor, archive: zipfile.ZipFile, entry: TableEntry) -> int:
    statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv, HEADER MATCH)").format(
        sql.Identifier(entry.name), sql.SQL(", ").join(map(sql.Identifier, entry.columns))
    )
    digest = hashlib.sha256()
    try:
        with archive.open(entry.member) as member:
            try:
                with cursor.copy(statement) as copy:
                    while chunk := member.read(CHUNK_BYTES):
                        digest.update(chunk)
                        copy.write(chunk)
                    _check_digest(entry, digest)
            except psycopg.Error as error:
                # Altered data often breaks a row before the end is reached: name the cause, not the symptom.
                _drain(member, digest)
                _check_digest(entry, digest)
                raise BackupError(f"table {entry.name} could not be loaded: {error}") from None
    except KeyError:
        raise BackupError(f"the archive lacks the data of table {entry.name}: it is incomplete") from None
    except _ZIP_ERRORS as error:
        raise BackupError(f"the data of table {entry.name} is damaged in the archive: {error}") from None
    if cursor.rowcount != entry.rows:
        raise BackupError(
            f"table {entry.name}: the manifest says {entry.rows} rows, the archive holds {cursor.rowcount}"
        )
    return cursor.rowcount


def _drain(member: IO[bytes], digest) -> None:
    while chunk := member.read(CHUNK_BYTES):
        digest.update(chunk)


def _check_digest(entry: TableEntry, digest) -> None:
    if digest.hexdigest() != entry.sha256:
        raise BackupError(
            f"the data of table {entry.name} does not match its checksum: the archive was altered or damaged"
        )


def _reset_sequences(entries: list[TableEntry]) -> None:
    """Point each id sequence past the largest id loaded, so that the next row gets a fresh one."""
    with connection.cursor() as cursor:
        for entry in entries:
            for column, sequence in sequence_columns(entry.name):
                statement = _SETVAL.format(column=sql.Identifier(column), table=sql.Identifier(entry.name))
                cursor.execute(statement, [sequence])


def _after_commit() -> None:
    # Content type ids may have changed under the cache Django keeps of them; charts cached before are stale.
    ContentType.objects.clear_cache()
    series.bump_version()
