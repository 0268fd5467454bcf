"""The seed article: China's stated positions on arms to Russia, peace talks, sanctions and aid to Ukraine."""

import datetime
from pathlib import Path

import pytest

from ingest.extraction import DocumentInput, Gazetteer, get_extractor
from ingest.extraction.gazetteer import REFERENCE_DIR
from ingest.extraction.samples import sample_gazetteer

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_2050d72d6a4b3bfd.txt"
SEED_TEXT = (
    "Is China Selling Weapons to Russia?\n\n"
    "Despite growing ties between Beijing and Moscow, Chinese Foreign Minister Wang Yi has assured Ukraine "
    "that China does not supply lethal weapons to Russia, signaling a commitment to peace and neutrality.\n\n"
    "He expressed China's commitment to promoting peace and negotiations.\n\n"
    "Despite refusing to join US-imposed sanctions against Russia, China has maintained a neutral stance on "
    "the conflict, emphasizing diplomacy over military intervention.\n\n"
    "Although China's permanent representative to the UN, Zhang Jun, previously criticized US military "
    "support for Ukraine at the Security Council, Beijing's overall approach has been one of restraint.\n"
)


def gazetteers():
    yield "sample", sample_gazetteer()
    if (REFERENCE_DIR / "actors.json").exists() and (REFERENCE_DIR / "officials.json").exists():
        yield "reference", Gazetteer.from_reference_files()


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8") if SEED.exists() else SEED_TEXT


@pytest.mark.parametrize("name, gazetteer", list(gazetteers()))
def test_the_seed_article_yields_chinas_four_positions_with_evidence(name, gazetteer):
    text = seed_text()
    result = get_extractor("rules", gazetteer).extract(
        DocumentInput(text, datetime.date(2024, 2, 19), title="Is China Selling Weapons to Russia?")
    )
    records = {(r.actor, r.topic): r for r in result.records}
    signs = {key: (record.stance > 0) - (record.stance < 0) for key, record in records.items()}
    assert signs[("CHN", "arms-to-russia")] == -1
    assert signs[("CHN", "peace-talks")] == 1
    assert signs[("CHN", "sanctions-russia")] == -1
    assert signs[("CHN", "military-aid-ukraine")] == -1
    assert "Zhang Jun" in records[("CHN", "military-aid-ukraine")].quote
    for record in records.values():
        assert text[record.start : record.end] == record.quote


def test_the_seed_article_credits_no_one_for_the_authors_analysis():
    result = get_extractor("rules", sample_gazetteer()).extract(
        DocumentInput(seed_text(), datetime.date(2024, 2, 19))
    )
    assert not any(record.actor in {"USA", "RUS"} for record in result.records)
