"""The file adapter on a folder of JSON Lines, CSV, text and HTML fixtures, and on the shared corpora."""

import json
from datetime import date
from pathlib import Path

import pytest

from ingest.sources import get_adapter_class
from ingest.sources.base import AdapterError, SourceConfig
from ingest.sources.files import FileAdapter

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"


def discover(path, **options):
    return FileAdapter(SourceConfig(kind="file", path=str(path), options=options)).discover()


def test_the_registry_finds_the_file_adapter():
    assert get_adapter_class("file") is FileAdapter


def test_a_folder_is_read_recursively_in_order_skipping_hidden_and_other_files(sources_data):
    discovery = discover(sources_data / "files")

    assert [(item.document.title, item.document.published) for item in discovery.items] == [
        ("Vote à l'Assemblée générale sur l'intégrité territoriale de l'Ukraine", date(2022, 10, 12)),
        ("Comment by the Ministry on the decision of the International Criminal Court", date(2023, 3, 17)),
        ("Statement on the attempted annexation", date(2022, 9, 30)),
        ("Communiqué of the Vilnius summit", date(2023, 7, 11)),
        ("G7 leaders on immobilised Russian assets", date(2024, 6, 13)),
        ("Foreign Minister on the ICC arrest warrant", date(2023, 3, 17)),
        ("Council adopts the eleventh package of sanctions", date(2023, 6, 23)),
        ("Address from Kyiv", date(2022, 2, 26)),
    ]
    assert all(item.document is not None for item in discovery.items)


def test_each_bad_record_is_reported_with_file_and_line(sources_data):
    discovery = discover(sources_data / "files")

    assert discovery.errors == [
        "menu_only.html:1: no article text",
        "notes/undated_note.txt:1: no date (put YYYY-MM-DD in the file name or set options['published'])",
        "statements.csv:5: no text",  # line 5: the record before it spans lines 2 and 3
        "statements.jsonl:3: bad date '2023-02-30' (expected YYYY-MM-DD)",
    ]


def test_jsonl_records_keep_actor_speaker_and_a_canonical_url(sources_data):
    discovery = discover(sources_data / "files" / "statements.jsonl")

    first, second, third = (item.document for item in discovery.items)
    assert (first.source_actor, first.speaker) == ("DEU", "Foreign Minister")
    assert first.url == "https://fmfa.example.gov/en/newsroom/2023/03/17/icc-warrant"
    assert (second.source_actor, second.speaker, second.published) == ("EU", None, date(2023, 6, 23))
    assert (third.source_actor, third.url) == ("UKR", "")


def test_csv_records_may_span_lines(sources_data):
    discovery = discover(sources_data / "files" / "statements.csv")

    annexation = discovery.items[0].document
    assert annexation.text.endswith("by Russia.\nThe referendums held under occupation are void.")
    assert (annexation.source_actor, annexation.speaker) == ("POL", "Ministry spokesperson")


def test_a_text_file_takes_its_title_from_the_first_line_and_its_date_from_the_name(sources_data):
    [item] = discover(sources_data / "files" / "notes" / "2023-03-17_icc_comment.txt").items

    assert (
        item.document.title == "Comment by the Ministry on the decision of the International Criminal Court"
    )
    assert item.document.text.endswith("crimes committed in Ukraine.")


def test_a_text_file_without_a_date_takes_the_published_option(sources_data):
    [item] = discover(sources_data / "files" / "notes" / "undated_note.txt", published="2024-05-01").items

    assert item.document.published == date(2024, 5, 1)


def test_an_html_file_is_read_like_a_page(sources_data):
    [item] = discover(sources_data / "files" / "2022-10-12_territorial_integrity.html").items

    document = item.document
    assert (document.language, document.url) == (
        "fr",
        "https://diplomatie.example.gouv.fr/fr/ukraine/vote-ag-2022-10-12",
    )
    assert "La France ne reconnaîtra jamais ces territoires comme russes" in document.text
    assert "Mentions légales" not in document.text


def test_unparseable_json_and_invalid_utf8_are_reported_not_raised(tmp_path):
    good = json.dumps({"date": "2023-02-24", "text": "One year on, we stand with Ukraine."}).encode()
    lines = [
        good,
        b'{"date": "2023-02-24", "text": "truncated',
        b'{"date": "2023-02-24", "text": "Caf\xe9"}',
        b"[1, 2]",
        b'{"date": "2023-02-24"}',
        good,
    ]
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")

    discovery = discover(tmp_path)

    assert len(discovery.items) == 2
    assert discovery.errors == [
        "mixed.jsonl:2: not valid JSON (Unterminated string starting at column 32)",
        "mixed.jsonl:3: not valid UTF-8 (byte 0xe9 at column 36)",
        "mixed.jsonl:4: not a JSON object",
        "mixed.jsonl:5: no text",
    ]


def test_invalid_utf8_in_csv_and_text_files_is_reported(tmp_path):
    (tmp_path / "votes.csv").write_bytes(
        b"date,title,text\n2023-01-01,Good,Fine text\n2023-01-02,Bad,Caf\xe9 text\n2023-01-03,Good,More\n"
    )
    (tmp_path / "2023-01-04_note.txt").write_bytes(b"Title\n\nSecond line \xff\n")

    discovery = discover(tmp_path)

    assert [item.document.title for item in discovery.items] == ["Good", "Good"]
    assert discovery.errors == [
        "2023-01-04_note.txt:3: not valid utf-8-sig (byte 0xff: invalid start byte)",
        "votes.csv:3: not valid UTF-8",
    ]


def test_a_csv_without_a_text_column_is_reported(tmp_path):
    (tmp_path / "no_header.csv").write_text("2023-01-01,Title,Some text\n")

    assert discover(tmp_path).errors == [
        "no_header.csv:1: the header has no 'text' column (a header row is required)"
    ]


def test_a_missing_path_is_an_adapter_error(tmp_path):
    with pytest.raises(AdapterError, match="does not exist"):
        discover(tmp_path / "nowhere")


@pytest.mark.parametrize("name", ["whitehouse_2022_2026_ukraine.jsonl", "ua_officials_2022_ukraine.jsonl"])
def test_the_shared_corpora_are_read_as_they_are(name):
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    rows = sum(1 for line in path.read_bytes().splitlines() if line.strip())

    discovery = discover(path)

    assert (len(discovery.items), discovery.errors) == (rows, [])
    document = discovery.items[0].document
    assert document.source_actor in {"USA", "UKR"} and document.published is not None and document.text
