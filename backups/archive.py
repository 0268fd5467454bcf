"""The archive: a zip file holding ``manifest.json`` and one CSV file per table.

The manifest says what the archive is (format and version), when it was made, the migrations applied to
the database it came from, and for each table its columns, row count and the SHA-256 of its CSV data. Zip
rather than tar because a zip member can be written while its size is still unknown, so a table streams
from COPY straight into the archive, and the manifest, known only at the end, can be read first.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

FORMAT = "stancetracker-backup"
VERSION = 1
MANIFEST_NAME = "manifest.json"
# A manifest lists a few dozen tables; anything far larger is not one of ours.
MAX_MANIFEST_BYTES = 1_000_000
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BackupError(Exception):
    """An archive that cannot be written or restored, with the reason in words."""


def member_name(table: str) -> str:
    """Where a table's CSV data lives in the archive (named from the table, never read from the manifest)."""
    return f"tables/{table}.csv"


@dataclass(frozen=True)
class TableEntry:
    name: str
    columns: list[str]
    rows: int
    sha256: str

    @property
    def member(self) -> str:
        return member_name(self.name)


@dataclass(frozen=True)
class Manifest:
    created: str
    migrations: dict[str, list[str]]
    tables: list[TableEntry]
    version: int = VERSION

    def to_json(self) -> bytes:
        body = {"format": FORMAT, **asdict(self)}
        return json.dumps(body, indent=2, ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            body = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BackupError(f"{MANIFEST_NAME} is not valid JSON: {error}") from None
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise BackupError(f"{MANIFEST_NAME} does not describe a {FORMAT} archive")
        if body.get("version") != VERSION:
            raise BackupError(
                f"the archive is format version {body.get('version')!r}; this code reads version {VERSION}"
            )
        return cls(
            created=_field(body, "created", str),
            migrations=_migrations(_field(body, "migrations", dict)),
            tables=[_table_entry(item) for item in _field(body, "tables", list)],
        )


def _field(body: dict, key: str, kind: type):
    value = body.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):  # JSON true is no count
        raise BackupError(f"{MANIFEST_NAME}: {key!r} is missing or not a {kind.__name__}")
    return value


def _migrations(value: dict) -> dict[str, list[str]]:
    for app, names in value.items():
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise BackupError(f"{MANIFEST_NAME}: the migrations of {app!r} are not a list of names")
    return value


def _table_entry(item) -> TableEntry:
    if not isinstance(item, dict):
        raise BackupError(f"{MANIFEST_NAME}: a table entry is not an object")
    entry = TableEntry(
        name=_field(item, "name", str),
        columns=_field(item, "columns", list),
        rows=_field(item, "rows", int),
        sha256=_field(item, "sha256", str),
    )
    if not all(isinstance(column, str) for column in entry.columns) or entry.rows < 0:
        raise BackupError(f"{MANIFEST_NAME}: the entry of table {entry.name!r} is malformed")
    if not _SHA256.fullmatch(entry.sha256):
        raise BackupError(f"{MANIFEST_NAME}: the checksum of table {entry.name!r} is not a SHA-256 digest")
    return entry


def open_archive(path: Path) -> tuple[zipfile.ZipFile, Manifest]:
    """The open archive and its manifest; a file that is not a whole archive of ours raises BackupError."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupError(f"{path} is not a backup archive, or it was cut short ({error})") from None
    try:
        return archive, Manifest.from_json(_read_manifest(archive))
    except BaseException:
        archive.close()
        raise


def _read_manifest(archive: zipfile.ZipFile) -> bytes:
    try:
        info = archive.getinfo(MANIFEST_NAME)
    except KeyError:
        raise BackupError(f"the archive has no {MANIFEST_NAME}: it was not made by export_data") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BackupError(f"{MANIFEST_NAME} is {info.file_size} bytes, too large to be a manifest")
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise BackupError(f"{MANIFEST_NAME} is damaged: {error}") from None
