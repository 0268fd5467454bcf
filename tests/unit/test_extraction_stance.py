"""Step 4: sign and strength from the wording."""

import datetime

import pytest

from ingest.extraction import DocumentInput

DAY = datetime.date(2023, 6, 1)




def stance(extractor, text, actor, topic):
    records = {(r.actor, r.topic): r.stance for r in extractor.extract(DocumentInput(text, DAY)).records}
    return records.get((actor, topic))


def test_a_negated_supply_is_opposition(extractor):
    assert stance(extractor, "China does not supply lethal weapons to Russia.", "CHN", "arms-to-russia") == -1


def test_never_recognise_is_strong_opposition(extractor):
    assert (
        stance(extractor, "Germany will never recognise the annexation.", "DEU", "russian-annexation") == -2
    )


def test_a_past_denial_with_never_is_opposition_not_a_pledge(extractor):
    text = "China has never provided lethal weapons to Russia."
    assert stance(extractor, text, "CHN", "arms-to-russia") == -1


def test_refusing_to_join_is_opposition(extractor):
    assert stance(extractor, "India refused to join the sanctions.", "IND", "sanctions-russia") == -1


def test_a_vote_against_a_resolution_condemning_the_annexation_supports_it(extractor):
    text = "Belarus voted against the resolution condemning the annexation."
    assert stance(extractor, text, "BLR", "russian-annexation") == 1


def test_a_vote_for_a_resolution_on_territorial_integrity_is_support(extractor):
    text = "France voted in favour of the resolution on the territorial integrity of Ukraine."
    assert stance(extractor, text, "FRA", "ukraine-territorial-integrity") == 1


def test_abstention_and_declared_neutrality_are_zero(extractor):
    assert stance(extractor, "India abstained on sanctions.", "IND", "sanctions-russia") == 0
    assert stance(extractor, "Turkey is neutral on arms to Russia.", "TUR", "arms-to-russia") == 0


def test_delivery_is_strong_support_and_a_pledge_is_support(extractor):
    assert (
        stance(extractor, "Germany delivered Leopard tanks to Ukraine.", "DEU", "military-aid-ukraine") == 2
    )
    assert stance(extractor, "France pledged more weapons to Ukraine.", "FRA", "military-aid-ukraine") == 1


def test_condemning_the_invasion_supports_condemning_it(extractor):
    assert (
        stance(extractor, "The EU condemned the invasion in the strongest terms.", "EU", "condemn-invasion")
        == 2
    )


def test_a_hedge_weakens_and_studying_is_neutral(extractor):
    assert (
        stance(
            extractor,
            "Germany may strongly support sending troops to Ukraine.",
            "DEU",
            "foreign-troops-ukraine",
        )
        == 1
    )
    assert stance(extractor, "France is studying a reassurance force.", "FRA", "foreign-troops-ukraine") == 0


def test_a_rumour_is_no_position(extractor):
    assert stance(extractor, "China is reportedly sending drones to Russia.", "CHN", "arms-to-russia") is None


def test_a_predicate_after_the_topic_counts(extractor):
    assert stance(extractor, "The Kremlin said the sanctions were illegal.", "RUS", "sanctions-russia") == -1


def test_every_cue_phrase_is_plain_text_the_matcher_can_find():
    from ingest.extraction.lexicon import CUES

    assert not [phrase for phrase in CUES if any(mark in phrase.rstrip("*") for mark in "[]()|*")]
    assert CUES["authoris*"] == CUES["authoriz*"] and CUES["recognis*"].kind == "sup"


def test_the_stronger_of_two_coordinated_judgements_gives_the_strength(extractor):
    text = "G7 leaders said that Russia's nuclear rhetoric was dangerous and unacceptable."
    assert stance(extractor, text, "G7", "nuclear-threats") == -2
    text = "G7 leaders said that Russia's nuclear rhetoric was dangerous."
    assert stance(extractor, text, "G7", "nuclear-threats") == -1


def test_stationing_nuclear_weapons_is_the_strongest_nuclear_signal(extractor):
    text = "Vladimir Putin said Russia would station tactical nuclear weapons in Belarus."
    assert stance(extractor, text, "RUS", "nuclear-threats") == 2


def test_having_no_choice_but_to_act_is_support_for_the_act(extractor):
    text = "The United States said it would have no choice but to put sanctions on Russia."
    assert stance(extractor, text, "USA", "sanctions-russia") == 1


def test_a_phrase_naming_a_stance_stays_a_layer_under_the_cue(extractor):
    text = "Germany reaffirmed its policy of non-recognition."
    assert stance(extractor, text, "DEU", "russian-annexation") == -1
    condemned = "Germany condemned the illegal annexation."
    assert stance(extractor, condemned, "DEU", "russian-annexation") < 0
    unrelated = "Complete non-recognition of life as an unconditional value, Germany said."
    assert stance(extractor, unrelated, "DEU", "russian-annexation") is None


def test_rejecting_a_demand_to_renounce_supports_it(extractor):
    text = "Germany rejected Moscow's demand that Ukraine renounce NATO membership."
    assert stance(extractor, text, "DEU", "ukraine-nato") == 1


def test_the_writers_label_is_no_layer_under_support(extractor):
    text = "Belarus recognized Russia's illegal annexation of Crimea."
    assert stance(extractor, text, "BLR", "russian-annexation") > 0


def test_the_speakers_own_scorn_keeps_its_sign_under_support_only(extractor):
    given = "Lavrov said the West was trying to give the theft of Russian assets a legal form."
    condemned = "Lavrov condemned the theft of Russian assets."
    assert stance(extractor, given, "RUS", "frozen-assets") < 0
    assert stance(extractor, condemned, "RUS", "frozen-assets") < 0


def test_a_deed_phrase_stacks_with_an_opposing_cue(extractor):
    text = "Germany condemned attempts to circumvent sanctions."
    assert stance(extractor, text, "DEU", "sanctions-russia") > 0
    impossible = "Scholz said it was impossible to replace Russian gas."
    assert stance(extractor, impossible, "DEU", "russian-energy") > 0


def test_a_modal_passes_the_stance_to_the_verb_it_governs(extractor):
    lifted = "Sanctions against Russia must be lifted, Orban said."
    stopped = "The invasion must be stopped, Zelensky said."
    strengthened = "Sanctions against Russia should be strengthened, Kuleba said."
    assert stance(extractor, lifted, "HUN", "sanctions-russia") < 0
    assert stance(extractor, stopped, "UKR", "condemn-invasion") > 0
    assert stance(extractor, strengthened, "UKR", "sanctions-russia") > 0


def test_a_crime_told_in_the_passive_is_condemned_and_one_said_not_to_have_happened_is_denied(extractor):
    told = "War crimes are being committed in Bucha, Zelensky said."
    denied = "Lavrov said war crimes were not committed in Bucha."
    assert stance(extractor, told, "UKR", "war-crimes-accountability") > 0
    assert stance(extractor, denied, "RUS", "war-crimes-accountability") < 0


def test_the_wars_own_course_is_no_stance(extractor):
    text = "The invasion has not stopped in 27 days, Zelensky said."
    assert stance(extractor, text, "UKR", "condemn-invasion") is None


def test_refusing_to_negotiate_in_public_refuses_the_venue_not_the_talks(extractor):
    public = "Obviously, we're not going to negotiate this thing in public, Kirby said."
    refused = "Kirby said the United States would not negotiate with Moscow."
    assert stance(extractor, public, "USA", "peace-talks") is None
    assert stance(extractor, refused, "USA", "peace-talks") < 0


def test_an_indirect_question_about_the_wars_end_states_nothing(extractor):
    text = "Sullivan said he could not predict how the war will end."
    brutal = "Zelensky said how this brutal war will end is decided not only on the battlefield."
    assert stance(extractor, text, "USA", "peace-talks") is None
    assert stance(extractor, brutal, "UKR", "peace-talks") is None


def test_the_war_in_war_crimes_is_no_phrase_of_its_own(extractor):
    text = "Kuleba condemned Russia's war crimes in Bucha."
    records = {(r.actor, r.topic): r.stance for r in extractor.extract(DocumentInput(text, DAY)).records}
    assert records == {("UKR", "war-crimes-accountability"): 1}


def test_whoever_keeps_telling_of_the_crimes_condemns_them(extractor):
    documented = "We will continue to document Russia's war crimes, Zelensky said."
    told = "Zelensky continued to tell the world about the war crimes of Russia."
    backed = "Belarus continues to support the aggression."
    assert stance(extractor, documented, "UKR", "war-crimes-accountability") > 0
    assert stance(extractor, told, "UKR", "war-crimes-accountability") > 0
    assert stance(extractor, backed, "BLR", "condemn-invasion") < 0


@pytest.mark.parametrize(
    ("text", "actor", "topic"),
    [
        # A crime that "must not go unpunished" is pursued.
        (
            "Atrocities committed by Russian troops must not go unpunished, France said.",
            "FRA",
            "war-crimes-accountability",
        ),
        # A cost imposed on Russia while its war lasts condemns the war.
        (
            "The United States will impose costs on the Russian Federation so long as its aggression continues.",
            "USA",
            "condemn-invasion",
        ),
        # An adverb between a modal and its verb leaves the verb as the stance.
        ("Any attempt by Russia to circumvent sanctions must also be stopped, Kuleba said.", "UKR", "sanctions-russia"),
        # An "against" with a pronoun for its object governs nothing after it.
        (
            "For the crimes against us there must be a special tribunal, Zelensky said.",
            "UKR",
            "war-crimes-accountability",
        ),
    ],
)
def test_wordings_that_back_the_topic(extractor, text, actor, topic):
    assert stance(extractor, text, actor, topic) > 0


def test_taking_back_an_objection_or_a_veto_supports_the_topic(extractor):
    dropped = "Turkey dropped its objections to Sweden joining NATO."
    vetoed = "Hungary lifted its veto on military aid to Ukraine."
    plans = "Germany dropped its plans to send tanks to Ukraine."
    assert stance(extractor, dropped, "TUR", "nato-enlargement") > 0
    assert stance(extractor, vetoed, "HUN", "military-aid-ukraine") > 0
    assert stance(extractor, plans, "DEU", "military-aid-ukraine") < 0
