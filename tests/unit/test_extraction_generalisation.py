"""General rules for news wording: reported speech, speakers named by role, scoped hedges, unnamed sources,
and the topic phrasings of news reports (nominalisations, self-stated calls for peace)."""

import datetime

import pytest

from ingest.extraction import DocumentInput
from ingest.extraction.gazetteer import REFERENCE_DIR

DAY = datetime.date(2024, 5, 10)

pytestmark = pytest.mark.skipif(
    not (REFERENCE_DIR / "actors.json").exists() or not (REFERENCE_DIR / "topics.json").exists(),
    reason="reference data not present",
)


GAZETTEER = "reference"  # the extractor fixture (tests/unit/conftest.py) reads it


def found(extractor, text, **meta):
    result = extractor.extract(DocumentInput(text, DAY, **meta))
    return {(record.actor, record.topic): record.stance for record in result.records}


# -- attribution ------------------------------------------------------------------------------------------


def test_a_quote_belongs_to_the_role_named_after_it(extractor):
    text = '"We shall never accept the annexation of Crimea," the Lithuanian foreign minister said on Friday.'
    assert found(extractor, text) == {("LTU", "russian-annexation"): -2}


def test_a_speaker_named_only_by_role_is_carried_to_the_next_sentence(extractor):
    text = "The Brazilian envoy addressed the General Assembly on Friday. She said sanctions were not the answer."
    assert found(extractor, text) == {("BRA", "sanctions-russia"): -1}


def test_the_minister_in_the_next_sentence_is_the_same_role(extractor):
    text = (
        "Norway's defence minister visited Odesa on Friday. "
        "The minister said Oslo would deliver more air defence systems to Ukraine."
    )
    assert found(extractor, text) == {("NOR", "military-aid-ukraine"): 2}


def test_he_after_a_role_in_the_same_sentence_is_that_role(extractor):
    text = "Mexico's president said on Monday that he hoped for a political settlement of the conflict."
    assert found(extractor, text) == {("MEX", "peace-talks"): 1}


def test_an_unnamed_adviser_forecasting_a_step_states_no_position(extractor):
    text = "A Spanish government adviser said Madrid would send troops to Ukraine after a ceasefire."
    assert found(extractor, text) == {}


def test_an_action_reported_as_done_by_an_unnamed_official_still_counts(extractor):
    text = "Slovakia has halted all military aid to Ukraine, a government official said on Monday."
    assert found(extractor, text) == {("SVK", "military-aid-ukraine"): -2}


def test_a_name_after_an_indefinite_article_is_a_modifier_not_the_holder(extractor):
    text = "Moldova said it welcomed a Turkish proposal for a ceasefire."
    assert found(extractor, text) == {("MDA", "peace-talks"): 1}


def test_a_possessive_with_a_long_role_names_the_holder(extractor):
    text = "Bulgaria's Supreme Council of National Security decided to donate air defence missiles to Ukraine."
    assert set(found(extractor, text)) == {("BGR", "military-aid-ukraine")}


# -- stance -----------------------------------------------------------------------------------------------


def test_not_ruling_out_covers_the_verb_after_it(extractor):
    text = "Finland's foreign minister said Finland did not rule out contributing troops to a peacekeeping force."
    assert found(extractor, text) == {("FIN", "foreign-troops-ukraine"): 0}


def test_out_of_the_question_after_the_topic_is_opposition(extractor):
    text = "Sending troops to Ukraine is out of the question, the Belgian prime minister said."
    assert found(extractor, text) == {("BEL", "foreign-troops-ukraine"): -1}


def test_a_predicate_after_a_long_subject_still_judges_it(extractor):
    text = (
        "Chile's foreign minister said that any annexation of the occupied southern regions of Ukraine by "
        "Moscow would have no legal value."
    )
    assert found(extractor, text) == {("CHL", "russian-annexation"): -1}


# -- topic phrasings --------------------------------------------------------------------------------------


def test_a_nominalised_delivery_before_the_speaker(extractor):
    text = "The delivery of Gripen jets to Ukraine will start next year, Sweden's prime minister said."
    assert found(extractor, text) == {("SWE", "military-aid-ukraine"): 2}


def test_a_call_for_a_just_peace_needs_no_verb(extractor):
    text = "Kenya's president told the summit that Africa wanted a just and lasting peace in Europe."
    assert found(extractor, text)[("KEN", "peace-talks")] == 1


def test_a_self_stated_phrase_can_still_be_judged_after_it(extractor):
    text = "Estonia's prime minister said the so-called peace plan was a sham."
    assert found(extractor, text)[("EST", "peace-talks")] < 0


def test_sanctioned_as_a_verb_is_an_imposed_sanction(extractor):
    text = "Australia has today sanctioned 40 more Russian entities."
    assert found(extractor, text) == {("AUS", "sanctions-russia"): 2}


def test_a_package_for_ukraine_is_military_aid(extractor):
    text = "Portugal approved a new defence materiel package for Ukraine on Thursday."
    assert found(extractor, text)[("PRT", "military-aid-ukraine")] == 2


def test_talks_with_the_leader_of_russia_are_peace_talks(extractor):
    text = '"There can be no negotiations with Putin while he bombs our cities," the Ukrainian president said.'
    assert found(extractor, text) == {("UKR", "peace-talks"): -1}


def test_humanitarian_help_in_a_list_of_kinds_of_support(extractor):
    text = "Ireland said it would provide only humanitarian and civilian help to Ukraine."
    assert found(extractor, text)[("IRL", "humanitarian-aid")] > 0
