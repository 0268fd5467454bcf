"""Fallback rules for positions without a stance cue, with several parties, or across two sentences, checked on
short texts written for these tests (not the gold sets)."""

import datetime

import pytest

from ingest.extraction import DocumentInput
from ingest.extraction.gazetteer import REFERENCE_DIR

DAY = datetime.date(2024, 6, 14)

pytestmark = pytest.mark.skipif(
    not (REFERENCE_DIR / "actors.json").exists(), reason="reference actor files are not present"
)


GAZETTEER = "reference"  # the extractor fixture (tests/unit/conftest.py) reads it


def records(extractor, text, published=DAY, **meta):
    return extractor.extract(DocumentInput(text, published, **meta)).records


def found(extractor, text, **meta) -> set[tuple[str, str, int]]:
    return {
        (record.actor, record.topic, (record.stance > 0) - (record.stance < 0))
        for record in records(extractor, text, **meta)
    }


# -- (a) default polarity of an action that advances the topic ------------------------------------------


def test_an_advancing_action_without_a_cue_gives_the_default_stance(extractor):
    assert ("NOR", "sanctions-russia", 1) in found(
        extractor, "Norway joined the price cap on Russian seaborne crude on Monday."
    )
    text = "Finland produced a draft peace framework for the region on Monday."
    assert ("FIN", "peace-talks", 1) in found(extractor, text)


def test_the_default_stance_is_less_sure_than_a_cue(extractor):
    (default,) = records(extractor, "Norway joined the price cap on Russian seaborne crude.")
    (cued,) = records(extractor, "Norway supports the price cap on Russian seaborne crude.")
    assert default.confidence < cued.confidence


def test_a_negated_advancing_action_opposes(extractor):
    assert ("NOR", "sanctions-russia", -1) in found(
        extractor, "Norway has not joined the price cap on Russian seaborne crude."
    )


def test_a_bare_mention_gives_no_default_stance(extractor):
    assert found(extractor, "Norway discussed the price cap on Russian seaborne crude on Monday.") == set()
    assert found(extractor, "Norway said the price cap on Russian seaborne crude was debated.") == set()


# -- (b) coordinated subjects and symmetric verbs --------------------------------------------------------


def test_every_actor_in_a_coordinated_subject_holds_the_position(extractor):
    text = "Spain, Portugal and Greece back a ceasefire along the current front line."
    assert {("ESP", "peace-talks", 1), ("PRT", "peace-talks", 1), ("GRC", "peace-talks", 1)} <= found(
        extractor, text
    )


def test_both_sides_of_a_symmetric_verb_hold_the_position(extractor):
    text = "Ukraine signed a peace agreement with Russia in Istanbul."
    assert {("UKR", "peace-talks", 1), ("RUS", "peace-talks", 1)} <= found(extractor, text)
    # Another conflict's peace is not this war's.
    assert found(extractor, "Armenia signed a peace agreement with Azerbaijan in Washington.") == set()
    text = "Moldova and Romania signed arrangements with Bulgaria and Turkey to keep the grain corridor open."
    assert {("MDA", "grain-deal", 1), ("BGR", "grain-deal", 1), ("TUR", "grain-deal", 1)} <= found(
        extractor, text
    )


def test_the_object_of_a_one_sided_verb_holds_nothing(extractor):
    records_ = found(extractor, "Finland wants peace talks with Russia.")
    assert ("FIN", "peace-talks", 1) in records_
    assert not any(actor == "RUS" for actor, _, _ in records_)
    records_ = found(extractor, "Chile agreed with the Brazilian proposal for a ceasefire.")
    assert not any(actor == "BRA" for actor, _, _ in records_)


# -- (c) a topic taken up in the next sentence ---------------------------------------------------------------


def test_the_proposal_in_the_next_sentence_takes_up_the_topic(extractor):
    text = (
        "The Netherlands proposed a special tribunal for the crime of aggression. "
        "Belgium said it fully supports the proposal."
    )
    assert ("BEL", "war-crimes-accountability", 1) in found(extractor, text)


def test_a_fronted_topic_is_taken_up_by_it_after_the_comma(extractor):
    text = "Asked about the special tribunal, the Irish foreign minister said Ireland supports it."
    assert ("IRL", "war-crimes-accountability", 1) in found(extractor, text)


def test_no_carry_over_across_paragraphs_or_to_a_subject_pronoun(extractor):
    text = "The Netherlands proposed a special tribunal.\n\nBelgium said it supports the proposal."
    assert not any(actor == "BEL" for actor, _, _ in found(extractor, text))
    text = "The Netherlands proposed a special tribunal. Belgium urged it to wait for the court."
    assert not any(actor == "BEL" for actor, _, _ in found(extractor, text))


def test_an_event_anaphor_takes_the_sign_of_the_deed_it_names(extractor):
    text = "Kyiv stopped the transit of Russian gas on Wednesday. Slovakia criticised the halt."
    assert ("SVK", "russian-energy", 1) in found(extractor, text)
    text = (
        "Russia suspended its participation in the Black Sea grain deal. "
        "Turkey urged Moscow to reverse the decision."
    )
    assert ("TUR", "grain-deal", 1) in found(extractor, text)


def test_a_noun_anaphor_judged_after_it_takes_up_the_topic(extractor):
    text = "Germany announced new sanctions on Russia's oil sector. The Kremlin said the sanctions were illegal."
    assert ("RUS", "sanctions-russia", -1) in found(extractor, text)


def test_a_later_clause_with_its_own_subject_takes_up_the_topic(extractor):
    text = "France said it supports a special tribunal, and Germany backs it too."
    assert ("DEU", "war-crimes-accountability", 1) in found(extractor, text)


def test_also_with_no_object_repeats_the_stance_just_before(extractor):
    text = "Hungary said it opposed the ban on Russian gas. Slovakia also objected, saying it would seek compensation."
    assert ("SVK", "russian-energy", 1) in found(extractor, text)


def test_a_warning_about_a_condition_is_the_position_of_the_one_who_warns(extractor):
    text = "Sullivan warned that North Korea would pay a price if it supplied weapons to Russia."
    assert found(extractor, text) == {("USA", "arms-to-russia", -1)}
    text = "Trump threatened severe tariffs on buyers of Russian oil if there was no peace deal within 50 days."
    assert ("USA", "peace-talks", 1) in found(extractor, text)


def test_a_participle_after_the_topic_is_no_predicate_and_a_target_threat_opposes(extractor):
    text = "Putin said that any foreign troops deployed in Ukraine would be legitimate targets for Russian forces."
    assert ("RUS", "foreign-troops-ukraine", -1) in found(extractor, text)


def test_refusing_to_stop_an_activity_supports_it(extractor):
    assert ("TUR", "russian-energy", 1) in found(extractor, "Turkey refused to stop buying Russian oil.")
    text = "Erdogan said he would discuss reviving the grain corridor with Putin."
    assert ("TUR", "grain-deal", 1) in found(extractor, text)
