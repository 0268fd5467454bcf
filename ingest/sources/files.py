"""Files on disk (kind ``file``): ``config.path`` is one file or a folder read recursively, in sorted order,
skipping hidden files and folders and files of other types.

- JSON Lines (``.jsonl``, ``.ndjson``) and CSV (``.csv``, header required): one document per record, with
  the keys ``text`` (required), ``title``, ``date`` or ``published`` (``YYYY-MM-DD`` or ISO 8601), ``url``,
  ``actor`` / ``actor_country`` / ``source_actor``, ``speaker``, ``language``. These are the fields of the
  corpora in ``/work/shared/corpora``.
- Plain text (``.txt``): one document per file; the title is its first non-empty line, the date a
  ``YYYY-MM-DD`` in the file name, else ``options["published"]``.
- HTML (``.html``, ``.htm``): one document per file, read like a fetched page; the date is the page's,
  else one in the file name, else ``options["published"]``.

Options: ``published`` (a default date), ``language``, ``encoding`` (of text files; default UTF-8).
A record that cannot be read (bad JSON, no text, a bad date, bytes that are not UTF-8) is reported in
``Discovery.errors`` as ``file:line: why``; the others still count.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ingest.http import canonical_url, detect_encoding
from ingest.sources.base import AdapterError, Discovery, FetchedDocument, ItemRef, SourceAdapter, implausible_date
from ingest.sources.extract_html import extract_article, parse_date

ACTOR_KEYS = ("actor", "actor_country", "source_actor")
DATE_KEYS = ("date", "published")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
CSV_FIELD_LIMIT = 64 * 1024 * 1024


class RecordError(ValueError):
    """One record or file that cannot become a document; the message says why."""


def _date_in_name(path: Path) -> date | None:
    for match in _DATE_IN_NAME.finditer(path.name):
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


class FileAdapter(SourceAdapter):
    def discover(self) -> Discovery:
        root = Path(self.config.path).expanduser()
        if not self.config.path or not root.exists():
            raise AdapterError(f"The path {str(root)!r} does not exist.")
        if root.is_file():
            if root.suffix.lower() not in READERS:
                raise AdapterError(f"{root} is not a file type this source reads ({', '.join(sorted(READERS))}).")
            files, base = [root], root.parent
        else:
            files, base = self._files_in(root), root
        items: list[ItemRef] = []
        errors: list[str] = []
        for path in files:
            name = str(path.relative_to(base))
            reader = READERS[path.suffix.lower()]
            for result in reader(self, path, name):
                if isinstance(result, str):
                    errors.append(result)
                else:
                    items.append(ItemRef.whole(result))
        return Discovery(items=items, errors=errors)

    @staticmethod
    def _files_in(root: Path) -> list[Path]:
        files = []
        for path in root.rglob("*"):
            relative = path.relative_to(root)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if path.is_file() and path.suffix.lower() in READERS:
                files.append(path)
        return sorted(files, key=lambda path: path.relative_to(root).parts)

    # one record -> one document

    def _option_date(self) -> date | None:
        value = self.config.options.get("published")
        parsed = parse_date(value) if value else None
        if value and parsed is None:
            raise AdapterError(f"options['published'] is not a date: {value!r} (expected YYYY-MM-DD).")
        return parsed

    def document_from_record(self, record: dict) -> FetchedDocument:
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise RecordError("no text")
        raw_date = next((record[key] for key in DATE_KEYS if record.get(key)), None)
        if raw_date is None:
            published = self._option_date()
            if published is None:
                raise RecordError("no date (give a 'date' or 'published' field, or options['published'])")
        else:
            published = parse_date(raw_date)
            if published is None:
                raise RecordError(f"bad date {raw_date!r} (expected YYYY-MM-DD)")
            if why := implausible_date(published):
                raise RecordError(why)
        actor = next((record[key] for key in ACTOR_KEYS if isinstance(record.get(key), str) and record[key]), None)
        url = record.get("url") if isinstance(record.get("url"), str) else ""
        return FetchedDocument(
            url=canonical_url(url) if url.startswith(("http://", "https://")) else url.strip(),
            title=" ".join(str(record.get("title") or "").split()),
            text=text.strip(),
            published=published,
            language=str(record.get("language") or record.get("lang") or self.config.options.get("language", "")),
            source_actor=actor.strip() if actor else self.config.default_actor,
            speaker=(str(record["speaker"]).strip() or None) if record.get("speaker") else None,
        )

    # readers: each yields documents and "file:line: why" strings

    def read_jsonl(self, path: Path, name: str) -> Iterator[FetchedDocument | str]:
        data = path.read_bytes()
        for number, raw in enumerate(data.split(b"\n"), start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                byte = raw[error.start]
                yield f"{name}:{number}: not valid UTF-8 (byte 0x{byte:02x} at column {error.start + 1})"
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                where = "column" if error.msg.endswith(" at") else "at column"
                yield f"{name}:{number}: not valid JSON ({error.msg} {where} {error.colno})"
                continue
            if not isinstance(record, dict):
                yield f"{name}:{number}: not a JSON object"
                continue
            try:
                yield self.document_from_record(record)
            except RecordError as error:
                yield f"{name}:{number}: {error}"

    def read_csv(self, path: Path, name: str) -> Iterator[FetchedDocument | str]:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
            bad_bytes = False
        except UnicodeDecodeError:
            # Decode what can be decoded; the records holding undecodable bytes are reported one by one.
            text = data.decode("utf-8-sig", errors="surrogateescape")
            bad_bytes = True
        csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            header = reader.fieldnames
        except csv.Error as error:
            yield f"{name}:1: not a readable CSV header ({error})"
            return
        if not header or "text" not in [column.strip() for column in header]:
            yield f"{name}:1: the header has no 'text' column (a header row is required)"
            return
        reader.fieldnames = [column.strip() for column in header]
        line = reader.line_num
        while True:
            start = line + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                yield f"{name}:{start}: not readable CSV ({error}); the rest of the file was skipped"
                break
            line = reader.line_num
            if None in row:
                fields = len(header) + len(row[None])
                yield f"{name}:{start}: {fields} fields where the header has {len(header)}"
                continue
            if bad_bytes and any(isinstance(value, str) and _has_surrogates(value) for value in row.values()):
                yield f"{name}:{start}: not valid UTF-8"
                continue
            try:
                yield self.document_from_record(row)
            except RecordError as error:
                yield f"{name}:{start}: {error}"

    def _text_of(self, name: str, data: bytes, encoding: str) -> str:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            line = 1 + data.count(b"\n", 0, error.start)
            raise RecordError(
                f"{name}:{line}: not valid {encoding} (byte 0x{data[error.start]:02x}: {error.reason})"
            ) from None
        except LookupError:
            raise AdapterError(f"options['encoding'] names an unknown encoding: {encoding!r}.") from None

    def _file_date(self, path: Path) -> date | None:
        return _date_in_name(path) or self._option_date()

    def read_txt(self, path: Path, name: str) -> Iterator[FetchedDocument | str]:
        encoding = self.config.options.get("encoding", "utf-8-sig")
        try:
            text = self._text_of(name, path.read_bytes(), encoding).strip()
        except RecordError as error:
            yield str(error)
            return
        if not text:
            yield f"{name}:1: empty file"
            return
        published = self._file_date(path)
        if published is None:
            yield f"{name}:1: no date (put YYYY-MM-DD in the file name or set options['published'])"
            return
        title = next(line.strip() for line in text.splitlines() if line.strip())
        yield FetchedDocument(
            url="",
            title=title,
            text=text,
            published=published,
            language=self.config.options.get("language", ""),
            source_actor=self.config.default_actor,
        )

    def read_html(self, path: Path, name: str) -> Iterator[FetchedDocument | str]:
        data = path.read_bytes()
        try:
            html = self._text_of(name, data, self.config.options.get("encoding") or detect_encoding(data))
        except RecordError as error:
            yield str(error)
            return
        page = extract_article(html)
        if page is None:
            yield f"{name}:1: no article text"
            return
        published = page.published or self._file_date(path)
        if published is None:
            yield f"{name}:1: no date (in the page, the file name or options['published'])"
            return
        yield FetchedDocument(
            url=canonical_url(page.url) if page.url.startswith(("http://", "https://")) else "",
            title=page.title or path.stem,
            text=page.text,
            published=published,
            language=page.language or self.config.options.get("language", ""),
            source_actor=self.config.default_actor,
        )


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


READERS = {
    ".jsonl": FileAdapter.read_jsonl,
    ".ndjson": FileAdapter.read_jsonl,
    ".csv": FileAdapter.read_csv,
    ".txt": FileAdapter.read_txt,
    ".html": FileAdapter.read_html,
    ".htm": FileAdapter.read_html,
}
