"""Which tables a backup holds, and what the database catalog says about them.

Every table of an installed model is backed up unless it is named below with the reason it is left out, so
a table added later is in the next backup without anyone remembering to list it.
"""

from __future__ import annotations

from collections import defaultdict

from django.apps import apps
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from psycopg import sql

# Apps whose tables stay behind: none of them holds positions, documents or their history.
LEFT_OUT_APPS = {
    # Sign-ins are tied to the server that issued them; restored users sign in again.
    "sessions": "sessions",
    # The beat schedule is made by a migration; run times and its state belong to the running stack.
    "django_celery_beat": "the periodic task schedule",
    # API tokens are credentials kept in clear: an archive must not hand them to whoever holds a copy.
    "authtoken": "API tokens",
}

# Worked out from positions by positions_refresh_series (migration 0005): emptied on import and rebuilt.
DERIVED_TABLES = ("positions_series", "positions_series_pair", "positions_series_dirty")

# Filled by migrate itself (content types, permissions, the role groups): a freshly migrated database holds
# them, so an import replaces them with the archive's rows, whose ids the other tables refer to.
MIGRATE_SEEDED_TABLES = frozenset({"django_content_type", "auth_permission", "auth_group", "auth_group_permissions"})


def backed_up_tables() -> list[str]:
    """The tables a backup holds, sorted by name."""
    names = set()
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and meta.app_label not in LEFT_OUT_APPS:
            names.add(meta.db_table)
    return sorted(names - set(DERIVED_TABLES))


def copied_columns(table: str) -> list[str]:
    """The table's columns in their stored order, without generated ones (PostgreSQL computes those, and
    COPY cannot write them)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT attname FROM pg_attribute
            WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            ORDER BY attnum
            """,
            [connection.ops.quote_name(table)],
        )
        return [name for (name,) in cursor.fetchall()]


def existing_tables() -> set[str]:
    """Every ordinary table of the database's schemas on the search path."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(current_schemas(false))
            """
        )
        return {name for (name,) in cursor.fetchall()}


def sequence_columns(table: str) -> list[tuple[str, str]]:
    """(column, sequence) for each column of the table that draws its default from a sequence or identity."""
    pairs = []
    with connection.cursor() as cursor:
        for column in copied_columns(table):
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [connection.ops.quote_name(table), column])
            (sequence,) = cursor.fetchone()
            if sequence:
                pairs.append((column, sequence))
    return pairs


def referencing_tables(tables: set[str]) -> set[str]:
    """The tables that a ``TRUNCATE ... CASCADE`` of ``tables`` empties too: those that refer to them by a
    foreign key, and those that refer to those, and so on."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH RECURSIVE reached(oid) AS (
                SELECT c.oid FROM pg_class c WHERE c.oid = ANY(%s::regclass[])
                UNION
                SELECT con.conrelid FROM pg_constraint con JOIN reached r ON con.confrelid = r.oid
                WHERE con.contype = 'f'
            )
            SELECT c.relname FROM reached r JOIN pg_class c ON c.oid = r.oid
            """,
            [[connection.ops.quote_name(table) for table in sorted(tables)]],
        )
        return {name for (name,) in cursor.fetchall()} - tables


def applied_migrations() -> dict[str, list[str]]:
    """The migrations applied to the database, by app: the state of its schema."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        grouped[app].append(name)
    return dict(grouped)


def has_rows(table: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(sql.Identifier(table)))
        return cursor.fetchone()[0]


TEXT_FORMATS = {"DateStyle": "ISO, YMD", "IntervalStyle": "postgres", "TimeZone": "UTC", "extra_float_digits": "1"}


def set_text_formats() -> None:
    """Fix how dates, times, intervals and floats are written and read for the rest of the transaction, so
    that an archive reads back the same whatever either server's configuration (floats in their shortest
    form that reads back exactly, times in UTC)."""
    with connection.cursor() as cursor:
        for setting, value in TEXT_FORMATS.items():
            cursor.execute(f"SET LOCAL {setting} = '{value}'")
