"""The UN votes adapter: a small fixture, and the real recorded votes when the shared corpora are present."""

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ingest.sources import get_adapter_class
from ingest.sources.base import AdapterError, SourceConfig, VoteRow
from ingest.sources.unvotes import DEFAULT_MAPPING, VotesAdapter, load_mapping

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
OFFICIAL_TALLIES = {
    "A/RES/ES-11/1": (141, 5, 35),
    "A/RES/ES-11/2": (140, 5, 38),
    "A/RES/ES-11/3": (93, 24, 58),
    "A/RES/ES-11/4": (143, 5, 35),
    "A/RES/ES-11/5": (94, 14, 73),
    "A/RES/ES-11/6": (141, 7, 32),
}
TOPICS_FILE = Path(__file__).resolve().parents[2] / "positions" / "reference" / "topics.json"
CORE_TOPICS = {topic["slug"] for topic in json.loads(TOPICS_FILE.read_text(encoding="utf-8"))}


def discover(path, **options):
    return VotesAdapter(SourceConfig(kind="unvotes", path=str(path), options=options)).discover()


def by_symbol(discovery):
    return {item.document.title.split(":")[0]: item.document for item in discovery.items}


def test_the_registry_finds_the_votes_adapter():
    assert get_adapter_class("unvotes") is VotesAdapter


def test_the_mapping_covers_the_ukraine_resolutions_with_core_topics():
    mapping = load_mapping()

    assert {f"A/RES/ES-11/{n}" for n in range(1, 9)} | {"A/RES/77/229", "A/RES/78/221"} <= set(mapping)
    assert all(link.topic in CORE_TOPICS for resolution in mapping.values() for link in resolution.topics)
    annexation = {link.topic: link.polarity for link in mapping["A/RES/ES-11/4"].topics}
    assert annexation == {"russian-annexation": -1, "ukraine-territorial-integrity": 1}
    assert mapping["A/RES/ES-11/7"].date == mapping["A/RES/ES-11/8"].date == date(2025, 2, 24)


def test_each_vote_becomes_a_line_and_one_record_per_topic(sources_data):
    discovery = discover(sources_data / "votes" / "small_votes.csv")

    document = by_symbol(discovery)["A/RES/ES-11/4"]
    assert document.text.splitlines()[0] == (
        "On 12 October 2022 the United Nations General Assembly voted on resolution A/RES/ES-11/4, "
        "“Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations”: "
        "2 in favour, 2 against and 2 abstaining; 1 member did not vote."
    )
    assert document.text.splitlines()[2:] == [
        "Belarus (BLR): voted no.",
        "China (CHN): abstained.",
        "Germany (DEU): voted yes.",
        "India (IND): abstained.",
        "Russian Federation (RUS): voted no.",
        "Ukraine (UKR): voted yes.",
    ]
    assert (document.url, document.published) == (
        "https://digitallibrary.un.org/record/3990400",
        date(2022, 10, 12),
    )
    records = {(row.country, row.topic): (row.vote, row.stance) for _, _, row in document.votes}
    assert records[("DEU", "russian-annexation")] == ("yes", -1)
    assert records[("DEU", "ukraine-territorial-integrity")] == ("yes", 1)
    assert records[("RUS", "russian-annexation")] == ("no", 1)
    assert records[("CHN", "ukraine-territorial-integrity")] == ("abstain", 0)
    assert "VEN" not in {row.country for _, _, row in document.votes}  # not voting: no record at all
    assert len(document.votes) == 6 * 2


def test_every_span_points_at_its_states_line(sources_data):
    for document in by_symbol(discover(sources_data / "votes" / "small_votes.csv")).values():
        for start, end, row in document.votes:
            assert isinstance(row, VoteRow)
            assert document.text[start:end].endswith(f"({row.country}): {_phrase(row.vote)}.")
            assert start == 0 or document.text[start - 1] == "\n"


def _phrase(vote: str) -> str:
    return {"yes": "voted yes", "no": "voted no", "abstain": "abstained"}[vote]


def test_unknown_resolutions_and_country_codes_are_reported_and_the_rest_counts(sources_data):
    discovery = discover(sources_data / "votes" / "small_votes.csv")

    assert sorted(by_symbol(discovery)) == ["A/RES/ES-11/3", "A/RES/ES-11/4"]
    assert discovery.errors == [
        "small_votes.csv:9: unknown country code 'XKX' on A/RES/ES-11/4; the vote was skipped.",
        "A/RES/76/999 (from line 12) is not in the resolutions mapping, so its 1 vote was skipped; "
        "add it with its topics.",
    ]


def test_another_mapping_can_be_given(sources_data, tmp_path):
    mapping = json.loads(DEFAULT_MAPPING.read_text())
    mapping["resolutions"]["A/RES/76/999"] = {"title": "Test", "date": "2022-05-01", "topics": [
        {"topic": "humanitarian-aid", "polarity": 1}]}  # fmt: skip
    (tmp_path / "mapping.json").write_text(json.dumps(mapping))

    discovery = discover(sources_data / "votes" / "small_votes.csv", mapping=str(tmp_path / "mapping.json"))

    assert "A/RES/76/999" in by_symbol(discovery)


def test_a_missing_file_or_mapping_is_an_adapter_error(sources_data, tmp_path):
    with pytest.raises(AdapterError, match="does not exist"):
        discover(tmp_path / "votes.csv")
    with pytest.raises(AdapterError, match="mapping"):
        discover(sources_data / "votes" / "small_votes.csv", mapping=str(tmp_path / "none.json"))


@pytest.mark.parametrize("name", ["unga_es11_votes.csv", "unga_ukraine_related_votes.csv"])
def test_the_real_votes_give_the_official_tallies_and_spans_on_each_line(name):
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    discovery = discover(path)

    assert discovery.errors == []
    documents = by_symbol(discovery)
    mapping = load_mapping()
    assert set(documents) == {row["resolution"] for row in rows}
    for symbol, document in documents.items():
        counts = Counter(
            row.vote for _, _, row in document.votes if row.topic == mapping[symbol].topics[0].topic
        )
        tally = (counts["yes"], counts["no"], counts["abstain"])
        assert tally == OFFICIAL_TALLIES.get(symbol, tuple(int(n) for n in mapping[symbol].tally.split("-")))
        assert "-".join(map(str, tally)) == mapping[symbol].tally
        states = {row["country_iso3"] for row in rows if row["resolution"] == symbol and row["vote"] != "X"}
        assert {row.country for _, _, row in document.votes} == states
        for start, end, row in document.votes:
            line = document.text[start:end]
            assert line.endswith(f"({row.country}): {_phrase(row.vote)}.")
            assert document.text[start - 1] == "\n" and document.text[end : end + 1] in ("\n", "")
