"""Reported clauses and idioms: what one actor says another must or may do, a subject named before the verb
of an ``{ACTOR} ~ b`` pattern, stance idioms whose words are not topic phrases, and answers that take up what
a question asked about."""

import datetime

import pytest

from ingest.extraction import DocumentInput
from ingest.extraction.gazetteer import REFERENCE_DIR
from ingest.extraction.patterns import expand

DAY = datetime.date(2024, 5, 10)

pytestmark = pytest.mark.skipif(
    not (REFERENCE_DIR / "actors.json").exists() or not (REFERENCE_DIR / "topics.json").exists(),
    reason="reference data not present",
)

GAZETTEER = "reference"


def found(extractor, text, **meta):
    result = extractor.extract(DocumentInput(text, DAY, **meta))
    return {(record.actor, record.topic): record.stance for record in result.records}


def test_what_a_speaker_says_another_state_must_do_is_the_speakers_position(extractor):
    text = "Vladimir Putin said Ukraine must stay neutral and outside military blocs."
    assert found(extractor, text) == {("RUS", "ukraine-nato"): -1}


def test_what_a_speaker_says_another_state_should_be_allowed_is_the_speakers_position(extractor):
    text = "Emmanuel Macron said Ukraine should be allowed to strike military sites in Russia."
    assert found(extractor, text) == {("FRA", "long-range-strikes"): 1}


def test_a_speaker_prescribing_for_their_own_state_keeps_it(extractor):
    text = "Volodymyr Zelensky said Ukraine deserved to be in the alliance."
    assert found(extractor, text) == {("UKR", "ukraine-nato"): 1}


def test_a_pattern_led_by_an_actor_leaves_the_verb_between_readable(extractor):
    pattern = expand("ukraine-nato", "{UKR} ~ join nato", {"UKR": ["ukraine"]})[0]
    assert pattern.named_first and pattern.near == ("join nato",)
    text = "Donald Trump said on Wednesday that Ukraine could forget about joining NATO."
    assert found(extractor, text) == {("USA", "ukraine-nato"): -1}


def test_not_up_for_negotiation_strengthens_what_it_is_said_of_and_is_no_talk_of_talks(extractor):
    text = "Dmytro Kuleba said Ukraine's sovereignty and territorial integrity are not up for negotiation."
    assert found(extractor, text) == {("UKR", "ukraine-territorial-integrity"): 2}


def test_recovering_all_its_territory_is_territorial_integrity(extractor):
    text = "Kaja Kallas said Estonia wants Ukraine to restore its control over all of its territory."
    assert found(extractor, text).get(("EST", "ukraine-territorial-integrity"), 0) > 0


def test_they_points_back_to_the_actors_of_the_sentence_before(extractor):
    text = (
        "G7 leaders met in Hiroshima on Friday. "
        "They pledged to keep providing military support to Ukraine for as long as necessary."
    )
    assert found(extractor, text).get(("G7", "military-aid-ukraine"), 0) > 0


def test_they_after_a_list_in_the_same_sentence_is_every_state_listed(extractor):
    text = "The Netherlands and Denmark said on Sunday that they would supply F-16 fighter jets to Ukraine."
    assert found(extractor, text) == {("NLD", "military-aid-ukraine"): 2, ("DNK", "military-aid-ukraine"): 2}


def test_a_known_vote_serves_its_resolutions_topic_whatever_the_paraphrase(extractor):
    text = (
        "The General Assembly on Thursday adopted a resolution calling for a comprehensive, just and lasting "
        "peace in Ukraine. Russia and Belarus voted against; China and India abstained."
    )
    records = extractor.extract(DocumentInput(text, datetime.date(2023, 2, 24))).records
    votes = {(record.actor, record.topic): record.stance for record in records if record.actor != "UN"}
    assert votes == {
        ("RUS", "ukraine-territorial-integrity"): -1,
        ("BLR", "ukraine-territorial-integrity"): -1,
        ("CHN", "ukraine-territorial-integrity"): 0,
        ("IND", "ukraine-territorial-integrity"): 0,
    }


def test_a_topic_tied_to_ukraine_may_take_ukraine_from_the_sentence_before(extractor):
    text = (
        "Ukraine's bid was discussed at length in Brussels on Friday. "
        "Emmanuel Macron said France is in favour of enlarging the European Union."
    )
    assert found(extractor, text) == {("FRA", "ukraine-eu"): 1}


def test_a_second_part_of_a_near_pattern_is_not_sought_past_a_new_reported_clause(extractor):
    text = (
        "Joe Biden announced more artillery ammunition and anti-armour systems, and said America's "
        "commitment to Ukraine's sovereignty and territorial integrity would not waver."
    )
    assert found(extractor, text).get(("USA", "ukraine-territorial-integrity"), 0) > 0


def test_submitting_an_application_advances_membership(extractor):
    text = "Volodymyr Zelensky announced that Ukraine was submitting an application for accelerated membership of NATO."
    assert found(extractor, text) == {("UKR", "ukraine-nato"): 1}


def test_an_answer_opposing_such_a_permission_opposes_what_the_question_named(extractor):
    text = (
        "Q: Reports say Washington has let Kyiv strike targets inside Russia with its missiles. Your reaction?\n"
        "Dmitry Peskov: We oppose any such permission."
    )
    assert found(extractor, text) == {("RUS", "long-range-strikes"): -1}


def test_the_question_alone_gives_nobody_a_position(extractor):
    text = "Q: Reports say Washington let Kyiv strike targets inside Russia. Your view?\nDmitry Peskov: No comment."
    assert found(extractor, text) == {}


def test_a_bare_it_in_an_answer_does_not_reach_back_to_the_question(extractor):
    text = (
        "Q: Seoul may send more humanitarian aid to Ukraine. Your view?\n"
        "Dmitry Peskov: If Seoul began sending arms, we would oppose it."
    )
    assert ("RUS", "humanitarian-aid") not in found(extractor, text)


def test_an_answer_two_turns_later_does_not_take_up_an_older_question(extractor):
    text = (
        "Q: Reports say Washington has let Kyiv strike targets inside Russia. Your reaction?\n"
        "Dmitry Peskov: We have seen the reports.\n"
        "Q: And the weather in Moscow?\n"
        "Dmitry Peskov: We oppose any such permission."
    )
    assert found(extractor, text) == {}


def test_a_step_said_to_mean_being_at_war_is_opposed(extractor):
    text = (
        "Vladimir Putin said that allowing Ukraine to strike deep into Russia would mean that NATO countries "
        "were at war with Russia."
    )
    assert found(extractor, text) == {("RUS", "long-range-strikes"): -1}


def test_neutralising_targets_is_no_declared_neutrality(extractor):
    text = "Emmanuel Macron said Ukraine should be allowed to neutralise the military sites in Russia."
    assert found(extractor, text) == {("FRA", "long-range-strikes"): 1}


def test_lifting_restrictions_on_ukraines_use_of_weapons_supports_strikes(extractor):
    text = "Jens Stoltenberg said allies should lift their restrictions on Ukraine's use of Western weapons."
    assert found(extractor, text) == {("NATO", "long-range-strikes"): 1}


def test_a_reason_given_after_arguing_that_does_not_turn_a_refusal(extractor):
    text = (
        "Olaf Scholz said he would not send Taurus missiles to Ukraine, arguing that soldiers would have to help "
        "with targeting."
    )
    assert found(extractor, text) == {("DEU", "military-aid-ukraine"): -1}


def test_a_second_that_clause_after_and_is_read_on_its_own(extractor):
    text = (
        "T.S. Tirumurti said India unequivocally condemned the killings and that it supported the call for an "
        "independent investigation."
    )
    assert found(extractor, text) == {("IND", "war-crimes-accountability"): 1}


def test_a_proposal_that_others_agree_to_a_ceasefire_is_the_proposers(extractor):
    text = (
        "Indonesian Defence Minister Prabowo Subianto proposed on Saturday at a forum in Singapore that Russia "
        "and Ukraine agree to a ceasefire."
    )
    assert found(extractor, text) == {("IDN", "peace-talks"): 1}


def test_giving_named_weapons_is_a_delivery_as_sending_them_is(extractor):
    text = "Mette Frederiksen said Denmark would give Ukraine F-16 fighter jets."
    assert found(extractor, text) == {("DNK", "military-aid-ukraine"): 2}


def test_calling_a_step_historic_is_strong_support(extractor):
    text = "NATO Secretary General Jens Stoltenberg said Finland's accession was a historic day."
    assert found(extractor, text) == {("NATO", "nato-enlargement"): 2}


def test_authorising_strikes_in_either_spelling_is_support(extractor):
    for verb in ("authorised", "authorized"):
        text = f"Joe Biden {verb} Ukraine to strike targets inside Russia."
        assert found(extractor, text) == {("USA", "long-range-strikes"): 1}


def test_a_second_verb_after_and_starts_its_own_reading(extractor):
    text = (
        "Russia said on Saturday it was suspending its participation in the Black Sea grain deal. US Secretary "
        "of State Antony Blinken accused Moscow of weaponising food and urged it to reverse the decision."
    )
    assert found(extractor, text)[("USA", "grain-deal")] == 1


def test_calling_a_decision_historic_supports_what_was_decided(extractor):
    text = (
        "Denmark and the Netherlands said on Sunday that they would give Ukraine F-16 fighter jets. Volodymyr "
        "Zelensky called the decision historic."
    )
    assert found(extractor, text)[("UKR", "military-aid-ukraine")] == 1
