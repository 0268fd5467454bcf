"""export_data and import_data: every row comes back exactly, and a bad archive changes nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg import sql

from backups.archive import MANIFEST_NAME
from backups.tables import (
    DERIVED_TABLES,
    LEFT_OUT_APPS,
    MIGRATE_SEEDED_TABLES,
    backed_up_tables,
    copied_columns,
    existing_tables,
)
from exports.models import Embed
from ingest.models import Document, FailedItem, IngestRun, Source
from positions import queries, series
from positions.models import Position, ReviewState
from review import services
from review.permissions import Role
from tests.factories import make_document, make_position
from tests.roles import user_with

pytestmark = pytest.mark.django_db

AID = "military-aid-ukraine"
# Text that CSV and encodings get wrong: quotes, separators, line ends of every kind, a line that reads as
# COPY's end-of-data marker, backslashes, scripts written right to left, combining marks, characters
# outside the Basic Multilingual Plane and invisible joiners.
ODD_TEXT = (
    "He said \"never\", then, after a pause; 'perhaps'.\r\nSecond line\n\\.\nC:\\path\\to\\file \\N NULL\t"
    "Kyiv — Київ — Киев; 北京 said 不; العربية من اليمين; e\u0301 (combining); 👩‍👩‍👧 🇺🇦; zero\u200bwidth; ∑ ≠ ∞"
)


def varied_data() -> None:
    """Rows of every kind a backup must carry, with their history and the users it refers to."""
    reviewer = user_with(Role.REVIEWER)
    editor = user_with(Role.EDITOR)
    editor.user_permissions.add(Permission.objects.get(codename="view_document"))
    Group.objects.create(name="Ми́ські аналітики 🏙")
    source = Source.objects.create(
        name="Міністерство закордонних справ", kind="rss", url="https://mfa.example.org/feed?lang=uk&x=\"1\"",
        options={"selectors": ["h1", "p.lead"], "note": ODD_TEXT}, poll_interval=timedelta(minutes=90),
        default_actor_id="UKR",
    )  # fmt: skip
    run = IngestRun.objects.create(source=source, kind=IngestRun.Kind.POLL, seen=3, failed=1, errors=[ODD_TEXT])
    FailedItem.objects.create(source=source, run=run, url="https://mfa.example.org/a?b=1", error=ODD_TEXT)
    odd = make_document(ODD_TEXT, title=ODD_TEXT[:200], source=source, language="uk", url="https://e.org/odd")
    make_document("A plain statement.", published=date(2024, 2, 29), status=Document.Status.EXTRACTED)

    days = [date(2022, 3, 2), date(2022, 3, 2), date(2023, 6, 1), date(2024, 2, 29)]
    made = [make_position(odd, actor_id=actor, date=day, stance=stance, confidence=0.1 + 0.2)
            for actor, day, stance in zip(["DEU", "FRA", "HUN", "POL"], days, [2, -1, 0, 1], strict=True)]  # fmt: skip
    services.correct(made[0].pk, reviewer, {"stance": -2, "date": date(2022, 3, 3)}, reason="Misread: «ні» ✗")
    services.verify(made[1].pk, reviewer)
    services.reject(made[2].pk, reviewer, reason="Not a stance")
    Embed.objects.create(kind="timeline", params={"topic": AID}, title=ODD_TEXT[:300], figure={"data": [1.5]},
                         created_by=editor)  # fmt: skip
    LogEntry.objects.log_actions(reviewer.pk, [made[0]], ADDITION, change_message=ODD_TEXT, single_object=True)
    series.refresh()


def snapshot() -> dict[str, list[str]]:
    """Every row of every backed-up and derived table in its text form (the generated search vector too)."""
    tables = [*backed_up_tables(), "positions_series", "positions_series_pair"]
    rows = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(sql.SQL("SELECT t::text FROM {} AS t").format(sql.Identifier(table)))
            rows[table] = sorted(row for (row,) in cursor.fetchall())
    return rows


def chart() -> list:
    series.bump_version()  # read the series afresh, not a cached answer
    return queries.timeline_points(AID, ["DEU", "FRA", "HUN", "POL"], date(2022, 1, 1), date(2024, 12, 31))


@pytest.fixture
def archive(tmp_path) -> Path:
    varied_data()
    path = tmp_path / "backup.zip"
    call_command("export_data", str(path))
    return path


def rewrite(source: Path, target: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of the archive with one member's bytes changed (the manifest too, if it is the member)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data) if info.filename == member else data)
    return target


def with_table_data(source: Path, target: Path, table: str, keep_rows: int) -> Path:
    """A copy of the archive whose table keeps only its first rows, with a manifest that agrees."""
    with zipfile.ZipFile(source) as old:
        lines = old.read(f"tables/{table}.csv").split(b"\n")
    data = b"\n".join(lines[: 1 + keep_rows]) + b"\n"  # the header, then the rows (each on one line here)
    middle = rewrite(source, target.with_suffix(".part"), f"tables/{table}.csv", lambda _: data)

    def agree(body: dict) -> None:
        entry = next(entry for entry in body["tables"] if entry["name"] == table)
        entry.update(rows=keep_rows, sha256=hashlib.sha256(data).hexdigest())

    return edit_manifest(middle, target, agree)


def edit_manifest(source: Path, target: Path, change: Callable[[dict], None]) -> Path:
    def edited(raw: bytes) -> bytes:
        body = json.loads(raw)
        change(body)
        return json.dumps(body).encode()

    return rewrite(source, target, MANIFEST_NAME, edited)


def refused(path: Path, message: str, *options: str) -> None:
    """The import fails with ``message`` and every row stays as it was."""
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        call_command("import_data", str(path), *options)
    assert snapshot() == before


def test_every_table_is_backed_up_derived_or_left_out_on_purpose():
    left_out = {model._meta.db_table for app in LEFT_OUT_APPS for model in apps.get_app_config(app).get_models()}
    expected = set(backed_up_tables()) | set(DERIVED_TABLES) | left_out | {"django_migrations"}
    assert existing_tables() == expected
    assert {"positions_position", "positions_historicalposition", "ingest_document", "auth_user"} <= expected


def test_the_generated_search_vector_is_left_to_postgresql():
    assert "search" not in copied_columns("ingest_document")
    assert "text" in copied_columns("ingest_document")


def test_it_restores_every_row_exactly_and_rebuilds_the_series(archive):
    before, drawn = snapshot(), chart()
    assert Position.history.filter(history_change_reason="Misread: «ні» ✗").exists()
    largest = Position.objects.order_by("-pk").first().pk
    # Change things after the backup: the restore must bring back the rows as they were then.
    Position.objects.filter(review_state=ReviewState.AUTO).delete()
    make_position(actor_id="GBR", date=date(2023, 1, 5))
    Document.objects.filter(url="https://e.org/odd").update(title="Changed")
    series.refresh()

    call_command("import_data", str(archive), "--replace")

    after = snapshot()
    for table in before:
        assert after[table] == before[table], table
    assert chart() == drawn
    assert not connection.cursor().execute("SELECT 1 FROM positions_series_dirty").fetchall()
    assert make_position().pk > largest  # the id sequences carry on past the restored rows


def test_it_loads_a_freshly_migrated_database_without_replace_and_keeps_the_archives_content_type_ids(archive):
    before = snapshot()
    connection.check_constraints()  # PostgreSQL truncates no table with key checks pending
    with connection.cursor() as cursor:
        data_tables = set(backed_up_tables()) - MIGRATE_SEEDED_TABLES
        cursor.execute(sql.SQL("TRUNCATE {} CASCADE").format(sql.SQL(", ").join(map(sql.Identifier, data_tables))))
        # Another database's migrate numbers its content types otherwise.
        cursor.execute("UPDATE django_content_type SET id = id + 1000")
        cursor.execute("UPDATE auth_permission SET content_type_id = content_type_id + 1000")

    call_command("import_data", str(archive))

    assert snapshot() == before
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(Position).pk < 1000


def test_it_refuses_tables_that_hold_rows_without_replace(archive):
    refused(archive, r"already hold rows: .*positions_position.*--replace")


def test_it_refuses_an_archive_whose_data_was_altered(archive, tmp_path):
    quietly = rewrite(
        archive, tmp_path / "a.zip", "tables/ingest_document.csv", lambda d: d.replace(b"plain", b"PLAIN")
    )
    refused(quietly, "ingest_document does not match its checksum", "--replace")
    broken = rewrite(archive, tmp_path / "b.zip", "tables/positions_position.csv", lambda d: d + b"1,2,3\n")
    refused(broken, "positions_position does not match its checksum", "--replace")


def test_it_refuses_an_archive_damaged_on_disk(archive, tmp_path):
    data = bytearray(archive.read_bytes())
    at = data.find(b"tables/positions_historicalposition.csv") + 200  # inside that member's compressed data
    data[at : at + 16] = bytes(16)
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    refused(damaged, "positions_historicalposition (is damaged|does not match its checksum)", "--replace")


def test_it_refuses_a_truncated_archive_and_a_file_that_is_no_archive(archive, tmp_path):
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    refused(cut, "is not a backup archive, or it was cut short", "--replace")
    text = tmp_path / "notes.txt"
    text.write_text("id,name\n1,Germany\n")
    refused(text, "is not a backup archive", "--replace")
    refused(tmp_path / "missing.zip", "no such file", "--replace")


def test_it_refuses_a_zip_made_by_something_else(archive, tmp_path):
    foreign = tmp_path / "foreign.zip"
    with zipfile.ZipFile(foreign, "w") as other:
        other.writestr("readme.txt", "hello")
    refused(foreign, "no manifest.json", "--replace")
    renamed = edit_manifest(archive, tmp_path / "renamed.zip", lambda body: body.update(format="other"))
    refused(renamed, "does not describe a stancetracker-backup archive", "--replace")
    newer = edit_manifest(archive, tmp_path / "newer.zip", lambda body: body.update(version=2))
    refused(newer, "format version 2; this code reads version 1", "--replace")


def test_it_refuses_an_archive_from_another_migration_state(archive, tmp_path):
    def other_state(body: dict) -> None:
        body["migrations"]["positions"] = [*body["migrations"]["positions"][:-1], "0099_future_change"]

    other = edit_manifest(archive, tmp_path / "other.zip", other_state)
    refused(other, r"another migration state.*positions: this database lacks 0099_future_change", "--replace")


def test_it_refuses_a_manifest_whose_row_count_is_wrong(archive, tmp_path):
    def miscount(body: dict) -> None:
        next(table for table in body["tables"] if table["name"] == "ingest_source")["rows"] += 1

    wrong = edit_manifest(archive, tmp_path / "wrong.zip", miscount)
    refused(wrong, "ingest_source: the manifest says 2 rows, the archive holds 1", "--replace")


def test_it_refuses_rows_that_refer_to_rows_the_archive_lacks(archive, tmp_path):
    """Foreign keys are checked once every table is in; a dangling one rolls the whole import back."""
    no_documents = with_table_data(archive, tmp_path / "dangling.zip", "ingest_document", keep_rows=0)
    refused(no_documents, "nothing was changed: .*foreign key", "--replace")


def test_export_refuses_to_overwrite_an_earlier_backup(archive):
    earlier = archive.read_bytes()
    with pytest.raises(CommandError, match="already exists"):
        call_command("export_data", str(archive))
    assert archive.read_bytes() == earlier
