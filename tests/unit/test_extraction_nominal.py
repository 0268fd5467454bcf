"""Stance read from a noun phrase's predicate, from a pledge without end, and from a denial of reports about
oneself; short texts written for these tests (not the gold sets)."""

import datetime

import pytest

from ingest.extraction import DocumentInput
from ingest.extraction.gazetteer import REFERENCE_DIR

DAY = datetime.date(2023, 3, 8)

pytestmark = pytest.mark.skipif(
    not (REFERENCE_DIR / "actors.json").exists(), reason="reference actor files are not present"
)

GAZETTEER = "reference"  # the extractor fixture (tests/unit/conftest.py) reads it


def found(extractor, text) -> set[tuple[str, str, int]]:
    result = extractor.extract(DocumentInput(text, DAY))
    return {(record.actor, record.topic, record.stance) for record in result.records}


def test_a_debate_called_premature_is_a_hedge_not_support(extractor):
    records = found(extractor, "Scholz said a debate on deploying peacekeepers was premature.")
    assert ("DEU", "foreign-troops-ukraine", 0) in records


def test_rejecting_the_idea_of_a_step_still_opposes_it(extractor):
    records = found(extractor, "Scholz rejected the idea of deploying peacekeepers to Ukraine.")
    assert ("DEU", "foreign-troops-ukraine", -1) in records


def test_premature_alone_is_neutral(extractor):
    records = found(extractor, "Berlin said talk of sending troops to Ukraine was premature.")
    assert ("DEU", "foreign-troops-ukraine", 0) in records


def test_support_for_as_long_as_it_takes_is_strong(extractor):
    text = "Sweden will keep sending weapons to Ukraine, and its backing will continue for as long as necessary."
    assert ("SWE", "military-aid-ukraine", 2) in found(extractor, text)


def test_dismissing_reports_about_oneself_is_a_denial(extractor):
    text = "Iran's foreign ministry dismissed as baseless reports that Tehran is supplying drones to Russia."
    records = found(extractor, text)
    assert ("IRN", "arms-to-russia", -1) in records
    assert not any(stance > 0 for _, _, stance in records)


def test_rejecting_claims_with_the_name_repeated_is_a_denial(extractor):
    text = "The Kremlin rejected claims that Moscow was planning to use nuclear weapons."
    assert ("RUS", "nuclear-threats", -1) in found(extractor, text)


def test_dismissing_reports_about_another_state_states_nobodys_position(extractor):
    text = "Washington dismissed reports that Beijing was supplying weapons to Russia."
    assert not any(actor == "CHN" for actor, _, _ in found(extractor, text))


def test_a_topic_said_to_be_in_our_interest_is_supported_by_the_speaker(extractor):
    text = (
        "Speech by Chancellor Olaf Scholz in Prague. I want the Union to take in Ukraine and Moldova. "
        "Their accession is in our own interest."
    )
    assert ("DEU", "ukraine-eu", 1) in found(extractor, text)


def test_in_a_speech_what_another_state_must_do_is_the_speakers_position(extractor):
    text = (
        "Remarks by Prime Minister Kaja Kallas of Estonia. "
        "Ukraine must be able to restore its control over all of its territory."
    )
    records = found(extractor, text)
    assert ("EST", "ukraine-territorial-integrity", 1) in records
    assert not any(actor == "UKR" for actor, _, _ in records)


def test_what_a_state_must_do_in_a_plain_report_is_not_moved_to_anyone(extractor):
    text = "Ukraine must be able to restore its control over all of its territory, Kyiv said."
    assert not any(actor == "EST" for actor, _, _ in found(extractor, text))


def test_a_plan_to_cut_purchases_opposes_them(extractor):
    text = "The European Commission presented a plan to cut purchases of Russian gas by two thirds within a year."
    assert ("EU", "russian-energy", -1) in found(extractor, text)


def test_rejecting_and_condemning_are_one_layer_of_opposition(extractor):
    text = "Germany rejects and firmly condemns the annexation of Ukrainian regions by Russia."
    records = found(extractor, text)
    assert any(actor == "DEU" and topic == "russian-annexation" and stance < 0 for actor, topic, stance in records)


def test_a_membership_called_a_sovereign_right_is_accepted(extractor):
    text = (
        "Kremlin spokesman Dmitry Peskov said Ukraine's possible membership of the European Union was the "
        "sovereign right of any country."
    )
    assert ("RUS", "ukraine-eu", 1) in found(extractor, text)


def test_our_soldiers_needing_artillery_asks_for_military_aid(extractor):
    text = "Our soldiers need more artillery and shells, Zelensky said."
    assert ("UKR", "military-aid-ukraine", 1) in found(extractor, text)
