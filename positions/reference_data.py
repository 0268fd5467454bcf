"""Reference data (actors, officials, topics) kept as JSON files in positions/reference/.

Loading is idempotent. Each row remembers a digest of the file values it was last loaded with: a row
still equal to them follows the files when they change (a new release's topic patterns arrive), while a
row an admin has edited since is kept as it is. ``overwrite=True`` resets every row to the files.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry
from django.db import transaction

from positions.models import Actor, Official, Topic

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"


class ReferenceDataError(ValueError):
    """A reference file is unreadable or holds an invalid entry; the message names the file and entry."""


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # edited in the admin, so not taken from the files

    def count(self, bucket: str, model: str) -> None:
        counts = getattr(self, bucket)
        counts[model] = counts.get(model, 0) + 1

    def summary(self) -> str:
        parts = []
        for model in ("actors", "officials", "topics"):
            parts.append(
                f"{model}: {self.created.get(model, 0)} created, {self.updated.get(model, 0)} updated, "
                f"{self.unchanged.get(model, 0)} unchanged, {self.kept.get(model, 0)} kept as edited"
            )
        return "; ".join(parts)


def read_reference_file(name: str, directory: Path = REFERENCE_DIR) -> list[dict]:
    path = directory / name
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReferenceDataError(f"{path}: cannot be read as JSON: {error}") from None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ReferenceDataError(f"{path}: expected a JSON array of objects")
    return rows


def _parse_date(value, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ReferenceDataError(f"{where}: {value!r} is not an ISO date") from None


def _pycountry_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    return [
        getattr(country, attr) for attr in ("name", "official_name", "common_name") if hasattr(country, attr)
    ]


def actor_values(row: dict, where: str) -> dict:
    try:
        code, kind, name = row["code"], row["kind"], row["name"]
    except KeyError as missing:
        raise ReferenceDataError(f"{where}: missing key {missing}") from None
    if kind not in Actor.Kind.values:
        raise ReferenceDataError(f"{where}: kind {kind!r} is not one of {Actor.Kind.values}")
    aliases = list(row.get("aliases", []))
    if kind == Actor.Kind.STATE:
        for extra in _pycountry_names(code):
            if extra != name and extra not in aliases:
                aliases.append(extra)
    return {
        "kind": kind,
        "name": name,
        "aliases": aliases,
        "demonyms": list(row.get("demonyms", [])),
        "capital": row.get("capital") or "",
        "metonyms": list(row.get("metonyms", [])),
        "un_status": row.get("un_status") or "",
    }


def topic_values(row: dict, where: str) -> dict:
    try:
        values = {"name": row["name"], "proposition": row["proposition"]}
    except KeyError as missing:
        raise ReferenceDataError(f"{where}: missing key {missing}") from None
    values["description"] = row.get("description", "")
    values["patterns"] = list(row.get("patterns", []))
    values["is_core"] = True
    return values


def digest(values: dict) -> str:
    """A fingerprint of a row's reference values, to tell later whether anyone has edited the row."""
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def _save(model, lookup: dict, values: dict, overwrite: bool, report: LoadReport, label: str) -> None:
    existing = model.objects.filter(**lookup).first()
    if existing is None:
        model.objects.create(**lookup, **values, reference_digest=digest(values))
        report.count("created", label)
        return
    current = {key: getattr(existing, key) for key in values}
    if current == values:
        if existing.reference_digest != digest(values):
            existing.reference_digest = digest(values)
            existing.save(update_fields=["reference_digest"])
        report.count("unchanged", label)
        return
    untouched_since_load = existing.reference_digest == digest(current)
    if not (overwrite or untouched_since_load):
        report.count("kept", label)
        return
    for key, value in values.items():
        setattr(existing, key, value)
    existing.reference_digest = digest(values)
    existing.save(update_fields=[*values, "reference_digest"])
    report.count("updated", label)


@transaction.atomic
def load_reference(directory: Path = REFERENCE_DIR, *, overwrite: bool = False) -> LoadReport:
    report = LoadReport()
    for index, row in enumerate(read_reference_file("actors.json", directory), start=1):
        where = f"actors.json entry {index}"
        _save(Actor, {"code": row.get("code")}, actor_values(row, where), overwrite, report, "actors")
    for index, row in enumerate(read_reference_file("topics.json", directory), start=1):
        where = f"topics.json entry {index}"
        _save(Topic, {"slug": row.get("slug")}, topic_values(row, where), overwrite, report, "topics")
    known_actors = set(Actor.objects.values_list("code", flat=True))
    for index, row in enumerate(read_reference_file("officials.json", directory), start=1):
        where = f"officials.json entry {index} ({row.get('name')!r})"
        if row.get("actor") not in known_actors:
            raise ReferenceDataError(f"{where}: unknown actor {row.get('actor')!r}")
        lookup = {
            "name": row.get("name"),
            "actor_id": row["actor"],
            "role": row.get("role", ""),
            "valid_from": _parse_date(row.get("valid_from"), where),
        }
        values = {
            "aliases": list(row.get("aliases", [])),
            "role_kind": row.get("role_kind") or Official.RoleKind.OTHER,
            "valid_to": _parse_date(row.get("valid_to"), where),
        }
        if values["role_kind"] not in Official.RoleKind.values:
            raise ReferenceDataError(f"{where}: role_kind {values['role_kind']!r} is unknown")
        _save(Official, lookup, values, overwrite, report, "officials")
    return report
