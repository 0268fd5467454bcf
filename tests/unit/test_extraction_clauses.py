"""Clause-level rules of the extractor, checked on short texts written for these tests (not the gold sets)."""

import datetime

import pytest

from ingest.extraction import DocumentInput
from ingest.extraction.gazetteer import REFERENCE_DIR

DAY = datetime.date(2024, 6, 14)

pytestmark = pytest.mark.skipif(
    not (REFERENCE_DIR / "actors.json").exists(), reason="reference actor files are not present"
)


GAZETTEER = "reference"  # the extractor fixture (tests/unit/conftest.py) reads it


def found(extractor, text, published=DAY, **meta) -> set[tuple[str, str, int]]:
    result = extractor.extract(DocumentInput(text, published, **meta))
    return {(record.actor, record.topic, record.stance) for record in result.records}


def signs(records) -> set[tuple[str, str, int]]:
    return {(actor, topic, (stance > 0) - (stance < 0)) for actor, topic, stance in records}


def test_a_vote_list_counts_only_on_the_topic_the_resolution_mainly_serves(extractor):
    text = (
        "The General Assembly adopted a resolution on Thursday demanding the restoration of Ukraine's "
        "territorial integrity and the withdrawal of Russian forces, by 120 votes to 9. "
        "Belarus and Syria voted against. Kazakhstan abstained."
    )
    records = found(extractor, text)
    assert ("BLR", "ukraine-territorial-integrity", -1) in records
    assert ("KAZ", "ukraine-territorial-integrity", 0) in records
    # The Assembly's own text demands the withdrawal too; the votes on it count on its main topic only.
    assert not any(topic == "condemn-invasion" for actor, topic, _ in records if actor != "UN")


def test_a_vote_tally_at_the_end_of_the_sentence_still_names_the_text(extractor):
    text = (
        "The Assembly rejected the illegal annexation of Crimea and called on states not to recognise it, "
        "by 100 votes to 11 with 58 abstentions. Armenia and Cuba abstained. Belarus voted against."
    )
    records = signs(found(extractor, text))
    assert ("CUB", "russian-annexation", 0) in records
    assert ("BLR", "russian-annexation", 1) in records


def test_the_addressee_of_a_proposal_is_not_its_author(extractor):
    text = (
        "Italian Prime Minister Giorgia Meloni proposed in a letter on Monday that the European Union "
        "impose new sanctions on Russian steel."
    )
    records = signs(found(extractor, text))
    assert ("ITA", "sanctions-russia", 1) in records
    assert not any(actor == "EU" for actor, _, _ in records)


def test_a_possessive_after_a_stance_verb_is_its_object(extractor):
    text = "Canada condemned, in the clearest possible terms, Russia's illegal bid to annex Ukrainian land."
    records = signs(found(extractor, text))
    assert ("CAN", "russian-annexation", -1) in records
    assert not any(actor == "RUS" for actor, _, _ in records)


def test_a_pronoun_in_the_next_clause_takes_up_the_topic(extractor):
    text = (
        "Moscow's war of aggression has now lasted two years, and Norway condemns it in the strongest "
        "possible terms."
    )
    assert ("NOR", "condemn-invasion", 2) in found(extractor, text)


def test_neither_nor_with_a_passive_verb_is_one_negation(extractor):
    text = (
        "Neither the staged referendums nor the annexation of the four regions will ever be recognised by "
        "Finland, the Finnish foreign ministry said."
    )
    records = signs(found(extractor, text))
    assert ("FIN", "russian-annexation", -1) in records


def test_a_judgment_after_the_topic_belongs_to_the_one_who_voices_it(extractor):
    text = (
        "Slovak Prime Minister Robert Fico said on Friday that the EU's sanctions against Russia had "
        "backfired on European industry."
    )
    records = signs(found(extractor, text))
    assert ("SVK", "sanctions-russia", -1) in records
    assert not any(actor == "EU" for actor, _, _ in records)


def test_former_officials_speak_for_nobody(extractor):
    text = "Former NATO Secretary General Anders Fogh Rasmussen said allies should send troops to Ukraine."
    assert found(extractor, text) == set()


def test_a_verb_that_opens_the_topic_phrase_is_its_cue(extractor):
    text = "The Netherlands will send Ukraine an additional Patriot battery, the defence ministry said."
    records = signs(found(extractor, text))
    assert ("NLD", "military-aid-ukraine", 1) in records


def test_a_name_right_after_a_stance_participle_is_its_object(extractor):
    text = "Hungary ended months of delay on Monday, approving Sweden's bid to join NATO."
    records = signs(found(extractor, text))
    assert ("HUN", "nato-enlargement", 1) in records
    assert not any(actor == "SWE" for actor, _, _ in records)


def test_votes_listed_after_a_vote_noun_take_that_vote(extractor):
    text = (
        "The Security Council adopted a resolution calling for a ceasefire, by 12 votes. "
        "It passed with twelve votes in favour, including Brazil and Japan, and three abstentions: "
        "Malta, Ecuador and Mozambique."
    )
    records = found(extractor, text)
    assert ("BRA", "peace-talks", 1) in records
    assert ("MLT", "peace-talks", 0) in records and ("MOZ", "peace-talks", 0) in records


def test_a_capital_naming_an_event_is_not_the_state(extractor):
    text = "Germany said the Minsk agreements must be the basis of a peace settlement."
    records = {actor for actor, _, _ in found(extractor, text)}
    assert "BLR" not in records and "DEU" in records


def test_part_of_a_bloc_is_not_the_bloc(extractor):
    text = "Several EU countries said they would send troops to Ukraine after a ceasefire."
    assert not any(actor == "EU" for actor, _, _ in found(extractor, text))


def test_a_fronted_question_states_no_position(extractor):
    text = "Asked whether Spain would send more Leopard tanks to Ukraine, the minister said nothing."
    assert found(extractor, text) == set()


def test_an_event_used_as_a_date_is_not_a_stance(extractor):
    text = "Since the invasion, Kenya has kept buying wheat from both countries."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, text))


def test_an_accusation_of_violating_the_topic_upholds_it(extractor):
    text = (
        "The Swiss foreign ministry said the strikes on the port violate Ukraine's sovereignty and "
        "territorial integrity."
    )
    assert ("CHE", "ukraine-territorial-integrity", 1) in found(extractor, text)


def test_short_names_are_found_only_as_whole_words(extractor):
    from ingest.extraction.gazetteer import Gazetteer as _Gazetteer

    gazetteer = _Gazetteer.from_reference_files()
    text = "The UK and the EU said he would go; the unit shut."
    words = {text[hit.start : hit.end] for hit in gazetteer.scan(text.lower(), text)}
    assert {"UK", "EU", "he"} <= words
    assert "un" not in {word.lower() for word in words}


def test_two_negations_before_one_judging_word_deny_it_once(extractor):
    for text in (
        "The Irish foreign minister said the invasion was neither provoked nor justified.",
        "The Irish foreign minister said the invasion was not provoked and not justified.",
    ):
        assert signs(found(extractor, text)) == {("IRL", "condemn-invasion", 1)}


def test_the_warrant_and_its_wording_are_the_accountability_topic(extractor):
    text = (
        "The Kremlin said the warrants were legally null and void for Moscow. "
        "The Dutch prime minister said on Friday that the warrant was justified."
    )
    records = found(extractor, text)
    assert ("RUS", "war-crimes-accountability", -2) in records
    assert ("NLD", "war-crimes-accountability", 1) in records
    assert not any(topic == "russian-annexation" for _, topic, _ in records)


def test_recognising_the_separatist_entities_is_the_annexation_topic(extractor):
    text = "Nairobi rejected Russia's recognition of the Donetsk and Luhansk regions as independent states."
    assert signs(found(extractor, text)) == {("KEN", "russian-annexation", -1)}


def test_a_stance_dated_before_the_conflict_is_background(extractor):
    text = (
        "On 5 December 1994 Kyiv gave up the nuclear arsenal it had inherited. "
        "Estonia has already given one per cent of its GDP in military aid to Ukraine."
    )
    records = found(extractor, text)
    assert not any(topic == "nuclear-threats" for _, topic, _ in records)
    assert ("EST", "military-aid-ukraine", 2) in records


def test_a_vote_on_this_resolution_is_the_known_vote_of_the_day(extractor):
    text = (
        "Explanation of vote by the Permanent Representative of Bangladesh, 2 March 2022. "
        "Bangladesh has decided to abstain on this resolution."
    )
    records = found(extractor, text, published=datetime.date(2022, 3, 2))
    assert records == {("BGD", "condemn-invasion", 0)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The UN General Assembly on Wednesday condemned Russia's attempted annexation of four regions. The "
            "resolution was adopted by 143 votes to 5. Russia and Belarus voted against. China and India abstained.",
            datetime.date(2022, 10, 13),
            {
                ("RUS", "russian-annexation", 1),
                ("BLR", "russian-annexation", 1),
                ("CHN", "russian-annexation", 0),
                ("IND", "russian-annexation", 0),
            },
        ),
        # The suspension from the Human Rights Council is a vote on accountability.
        (
            "The UN General Assembly yesterday suspended Russia from the Human Rights Council. The resolution "
            "passed with 93 votes in favour. Russia and China voted no, while India abstained.",
            datetime.date(2022, 4, 8),
            {
                ("RUS", "war-crimes-accountability", -1),
                ("CHN", "war-crimes-accountability", -1),
                ("IND", "war-crimes-accountability", 0),
            },
        ),
    ],
)
def test_a_tally_sentence_names_the_text_the_vote_lists_after_it_are_on(extractor, text, published, expected):
    assert signs(found(extractor, text, published=published)) == expected


def test_nobody_negates_what_follows(extractor):
    text = "Beijing has long held that nobody should ever use nuclear weapons."
    assert signs(found(extractor, text)) == {("CHN", "nuclear-threats", -1)}


def test_concerns_to_be_addressed_are_not_an_objection(extractor):
    text = "India urged the parties to address each other's legitimate concerns and revive the grain deal."
    assert signs(found(extractor, text)) == {("IND", "grain-deal", 1)}


def test_a_word_qualifying_a_later_topic_phrase_is_no_predicate_of_the_first(extractor):
    text = (
        "Canada said it was announcing further sanctions to curtail Russia's ability to wage its illegal "
        "war of aggression."
    )
    records = signs(found(extractor, text))
    assert ("CAN", "sanctions-russia", 1) in records
    assert ("CAN", "sanctions-russia", -1) not in records


def test_authorising_ukraine_to_use_weapons_across_the_border_is_the_strikes_topic(extractor):
    text = (
        "The Dutch defence minister said on Friday that the Netherlands had authorised Ukraine to use "
        "its F-16s against Russian forces across the border."
    )
    assert ("NLD", "long-range-strikes", 1) in signs(found(extractor, text))


def test_declining_to_preview_an_action_is_no_position(extractor):
    text = "A State Department spokesman said: I won't preview sanctions actions from here."
    assert found(extractor, text) == set()


def test_the_two_countries_points_back_to_the_pair_just_named(extractor):
    text = (
        "China and Brazil issued a joint document on Thursday. "
        "The two countries called for de-escalation and said all parties should oppose the use of nuclear weapons."
    )
    records = signs(found(extractor, text))
    assert {("CHN", "nuclear-threats", -1), ("BRA", "nuclear-threats", -1)} <= records


def test_it_judged_by_a_copula_takes_up_the_topic_just_named(extractor):
    text = (
        "European Union leaders decided on Thursday to open accession negotiations with Ukraine. "
        "Slovakia's prime minister said that it was a bad decision."
    )
    assert ("SVK", "ukraine-eu", -1) in found(extractor, text)


def test_a_path_that_cannot_be_reversed_is_strong_support(extractor):
    for text in (
        "NATO Secretary General Mark Rutte said Ukraine's path to NATO membership could not be reversed.",
        "NATO Secretary General Mark Rutte said Ukraine's path to NATO membership was irreversible.",
    ):
        assert ("NATO", "ukraine-nato", 2) in found(extractor, text, published=datetime.date(2025, 3, 1)), text


def test_one_negated_verb_governs_two_coordinated_destinations(extractor):
    text = "Serbia's president said Belgrade had not exported and would not export weapons to Russia or to Ukraine."
    records = signs(found(extractor, text))
    assert {("SRB", "arms-to-russia", -1), ("SRB", "military-aid-ukraine", -1)} <= records
    assert ("SRB", "military-aid-ukraine", 1) not in records


def test_aid_with_an_amount_or_named_systems_is_a_package_but_readiness_stays_readiness(extractor):
    assert ("DNK", "military-aid-ukraine", 2) in found(
        extractor, "Denmark pledged 19 Leopard 1 tanks to Ukraine on Tuesday, its defence minister said."
    )
    assert ("ESP", "military-aid-ukraine", 1) in found(
        extractor, "Spain's defence minister Margarita Robles said Madrid was willing to send Leopard tanks to Ukraine."
    )


def test_the_official_spoken_to_is_not_whom_he_points_back_to(extractor):
    text = (
        "The Prime Minister spoke to President Zelensky this morning. "
        "He said the UK had delivered Challenger 2 tanks to Ukraine."
    )
    records = found(extractor, text, source_actor="GBR")
    assert ("GBR", "military-aid-ukraine", 2) in records
    assert not any(actor == "UKR" for actor, _, _ in records)


def test_a_war_criminal_to_bring_to_justice_is_a_noun_not_a_verdict(extractor):
    text = "Ukraine's foreign ministry said it would work with the ICC to bring every Russian war criminal to justice."
    assert signs(found(extractor, text)) == {("UKR", "war-crimes-accountability", 1)}


def test_a_decree_is_not_a_decrying(extractor):
    text = "President Zelensky signed a decree that rules out negotiations with Vladimir Putin."
    assert signs(found(extractor, text)) == {("UKR", "peace-talks", -1)}


def test_preventing_something_opposes_it(extractor):
    text = "Macron said France stood ready to take measures to prevent transfers of Iranian missiles to Russia."
    assert signs(found(extractor, text)) == {("FRA", "arms-to-russia", -1)}


def test_an_annex_to_a_document_is_not_an_annexation(extractor):
    text = "The United States said the goods listed in the Annex to this proclamation would face duties."
    assert not any(topic == "russian-annexation" for _, topic, _ in found(extractor, text))


def test_a_negation_inside_a_noun_modifier_does_not_reach_the_verb(extractor):
    text = (
        "Lula proposed that a group of countries not involved in the war should come together to mediate talks, "
        "Brazil's foreign ministry said."
    )
    assert signs(found(extractor, text)) == {("BRA", "peace-talks", 1)}
    refusal = "Hungary said it was not interested in sending weapons to Ukraine."
    assert signs(found(extractor, refusal)) == {("HUN", "military-aid-ukraine", -1)}


def test_until_moscow_ends_its_aggression_is_no_position_of_moscow(extractor):
    text = "G7 leaders said Russia's assets would remain immobilised until Moscow ended its aggression."
    assert not any(actor == "RUS" for actor, _, _ in found(extractor, text))


def test_aggression_as_the_circumstance_of_support_is_not_its_object(extractor):
    text = "Sweden expressed unwavering support for Ukraine in the face of continued Russian aggression."
    assert not any(topic == "condemn-invasion" and stance < 0 for _, topic, stance in found(extractor, text))


def test_a_blockade_asked_for_inside_a_sanctions_package_is_no_objection(extractor):
    text = "Zelensky urged the EU to back a complete blockade of Russian banks in the new package of sanctions."
    assert ("UKR", "sanctions-russia", 1) in signs(found(extractor, text))


def test_a_humanitarian_corridor_is_not_the_grain_corridor(extractor):
    text = "The Holy See asked that humanitarian corridors be opened for civilians trapped in Mariupol, Ukraine."
    assert not any(topic == "grain-deal" for _, topic, _ in found(extractor, text))


def test_it_concerns_means_it_is_about(extractor):
    text = "Zelensky said the talks concern the acceleration of Ukraine's integration into the European Union."
    text += " In particular, it concerns Ukraine's candidate status for EU membership, Zelensky said."
    assert ("UKR", "ukraine-eu", -1) not in signs(found(extractor, text))


def test_not_only_adds_rather_than_negates(extractor):
    text = "Poland said it would not only support sanctions against Russia but also push for a tougher package."
    assert ("POL", "sanctions-russia", 1) in signs(found(extractor, text))


def test_the_invasion_as_a_time_or_a_cause_is_no_stance_on_it(extractor):
    for text in (
        "Zelensky thanked Finland for not delaying when this invasion by the Russian Federation began.",
        "Biden and Kishida agreed to address the food security challenges caused by Russia's war of aggression.",
    ):
        assert not any(topic == "condemn-invasion" and stance < 0 for _, topic, stance in found(extractor, text))


def test_deterring_aggression_opposes_it(extractor):
    text = "Stoltenberg said allies stand together to deter aggression against Ukraine."
    assert ("NATO", "condemn-invasion", 1) in signs(found(extractor, text))


def test_the_subject_of_an_opening_condition_states_no_position(extractor):
    assert found(extractor, "Talks failed. If Russia rejects peace talks, the war will go on.") == set()
    assert signs(found(extractor, "Talks failed. Russia rejected peace talks.")) == {("RUS", "peace-talks", -1)}


def test_the_one_offered_a_truce_holds_no_position_on_it(extractor):
    assert not any(actor == "RUS" for actor, _, _ in found(extractor, "Russia was offered an Easter ceasefire."))


def test_a_response_to_the_aggression_opposes_it(extractor):
    text = "Canada and Japan agreed to provide a robust joint response to Russia's war of aggression against Ukraine."
    records = signs(found(extractor, text))
    assert {("CAN", "condemn-invasion", 1), ("JPN", "condemn-invasion", 1)} <= records


def test_a_commitment_that_will_not_waver_is_strong(extractor):
    text = "Biden said America's commitment to Ukraine's sovereignty and territorial integrity would not waver."
    assert ("USA", "ukraine-territorial-integrity", 2) in found(extractor, text)


def test_refusing_to_give_up_sovereignty_upholds_it(extractor):
    text = "Zelensky said no one would force Ukrainians to give up their independence and their sovereignty."
    assert ("UKR", "ukraine-territorial-integrity", -1) not in signs(found(extractor, text))


def test_moving_away_from_russian_energy_opposes_it(extractor):
    for text in (
        "Germany said it was diversifying away from Russian energy sources.",
        "Germany said the new terminals curtail Russia's energy revenues.",
    ):
        assert signs(found(extractor, text)) == {("DEU", "russian-energy", -1)}, text


def test_a_new_verb_phrase_ends_a_split_topic_phrase(extractor):
    text = (
        "Biden and Scholz reiterated their concern about the Russian military build-up on Ukraine's borders "
        "and expressed their support for Ukraine's sovereignty and territorial integrity."
    )
    assert not any(topic == "military-aid-ukraine" for _, topic, _ in found(extractor, text))


def test_what_you_are_doing_is_the_audience_s_not_the_speaker_s(extractor):
    text = "Just as you are still delaying Ukraine's accession to the European Union, Zelensky told the Bundestag."
    assert not any(actor == "UKR" and stance < 0 for actor, _, stance in found(extractor, text))


def test_the_same_words_about_another_conflict_are_no_position_on_this_one(extractor):
    assert found(extractor, "Germany called for a ceasefire in Gaza.") == set()
    assert found(extractor, "Biden said the law lets Medicare negotiate lower drug prices.") == set()
    assert found(extractor, "Blinken said the United States had imposed more sanctions on Iran.") == set()
    assert found(extractor, "The White House said it fully supported the Libyan ceasefire agreement.") == set()
    assert found(extractor, "Biden said the budget negotiations with Congress would resume.") == set()
    assert signs(found(extractor, "Germany called for a ceasefire in Ukraine.")) == {("DEU", "peace-talks", 1)}


def test_the_one_spoken_with_is_not_the_subject_of_the_next_verb(extractor):
    text = (
        "Yesterday, Prime Minister Rishi Sunak spoke with President Zelensky and pledged to keep providing "
        "Ukraine with air defence systems."
    )
    records = found(extractor, text, published=datetime.date(2023, 6, 1))
    assert ("GBR", "military-aid-ukraine") in {(actor, topic) for actor, topic, _ in records}
    assert not any(actor == "UKR" for actor, _, _ in records)


def test_another_aggressor_s_aggression_is_not_this_war(extractor):
    text = "The United States affirmed its commitment to work with partners to confront Iran's aggression."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, text))


def test_the_war_should_end_is_a_call_for_its_end(extractor):
    text = "China has been very public in its view that the war should end through diplomacy."
    assert signs(found(extractor, text)) == {("CHN", "peace-talks", 1)}


def test_the_target_of_sanctions_does_not_support_them(extractor):
    text = "Zelensky said Russia has already begun receiving the first sanctions from a large package."
    assert not any(actor == "RUS" for actor, _, _ in found(extractor, text))


def test_a_ministry_s_account_of_another_state_is_not_that_state_s_position(extractor):
    text = "Russia is absolutely convinced of its impunity for everything it does."
    assert not any(actor == "RUS" for actor, _, _ in found(extractor, text, source_actor="UKR"))
    said = "Russia said on Monday that it rejected any tribunal."
    assert ("RUS", "war-crimes-accountability", -1) in signs(found(extractor, said, source_actor="UKR"))


def test_a_relative_clause_about_suppliers_is_not_the_holder_s_stance(extractor):
    text = "Biden said the sanctions would disrupt third countries that are supplying Russia's war effort."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, text))
    allies = "Italy will keep supporting the heroic Ukrainian people who are resisting the aggression, Meloni said."
    assert ("ITA", "condemn-invasion", 1) in signs(found(extractor, allies, published=datetime.date(2023, 1, 10)))


def test_the_accountability_office_is_an_office(extractor):
    text = "Trump said the Government Accountability Office had estimated fraud at 500 billion dollars."
    assert found(extractor, text) == set()


def test_a_commitment_to_non_proliferation_opposes_nuclear_threats(extractor):
    text = (
        "Japan reiterated its commitment to the nuclear non-proliferation regime and the Treaty on the "
        "Non-Proliferation of Nuclear Weapons."
    )
    assert signs(found(extractor, text)) == {("JPN", "nuclear-threats", -1)}


def test_a_document_annexed_to_a_statement_is_no_annexation(extractor):
    text = "Canada said it would cooperate as outlined in the declaration annexed to this Joint Statement."
    assert found(extractor, text) == set()


def test_a_bloc_s_statement_on_a_member_s_channel_speaks_for_the_bloc(extractor):
    text = "1.  We, the Leaders of the Group of Seven (G7), met today. We will continue to impose sanctions on Russia."
    assert signs(found(extractor, text, source_actor="USA")) == {("G7", "sanctions-russia", 1)}
    titled = "We will continue to impose sanctions on Russia."
    assert signs(found(extractor, titled, source_actor="USA", title="G7 Leaders’ Statement")) == {
        ("G7", "sanctions-russia", 1)
    }
    # A channel's own release about the invasion stays the channel's.
    own = found(extractor, titled, source_actor="USA", title="Statement on the anniversary of Russia's invasion")
    assert signs(own) == {("USA", "sanctions-russia", 1)}


def test_the_words_of_another_conflict_stay_there_through_the_sentence(extractor):
    syria = (
        "We have made clear that the sanctions on the Assad regime, imposed over many years, are the only "
        "sanctions policy that would change if Assad engaged in a political process."
    )
    assert found(extractor, syria, source_actor="USA") == set()
    both = "We will keep sanctions on Iran and impose new sanctions on Russia."
    assert ("USA", "sanctions-russia", 1) in signs(found(extractor, both, source_actor="USA"))
    lead = "In the Middle East, we conduct urgent diplomacy to secure an immediate ceasefire that brings hostages home."
    assert found(extractor, lead, source_actor="USA") == set()


def test_another_state_s_territorial_integrity_is_not_ukraine_s(extractor):
    bosnia = (
        "France and the United States will firmly protect Bosnia and Herzegovina’s sovereignty, territorial "
        "integrity."
    )
    assert found(extractor, bosnia) == set()
    moldova = "The ministry supports the sovereignty and territorial integrity of Moldova."
    assert found(extractor, moldova, source_actor="ROU") == set()
    both = "We support Georgia's and Ukraine's territorial integrity."
    assert ("USA", "ukraine-territorial-integrity", 1) in found(extractor, both, source_actor="USA")


def test_the_state_a_speaker_ensures_is_supplied_is_not_the_speaker(extractor):
    text = "We will ensure that Ukraine remains supplied with the air defense missiles it needs."
    assert {actor for actor, _, _ in found(extractor, text, source_actor="USA")} == {"USA"}


def test_theft_is_the_assets_topic_only_where_russia_is_named(extractor):
    fraud = "Let us crack down on criminal syndicates stealing billions of dollars from the American people."
    assert found(extractor, fraud, source_actor="USA") == set()
    zakharova = "Russian foreign ministry spokeswoman Maria Zakharova said the plan amounted to theft."
    assert ("RUS", "frozen-assets", -2) in found(extractor, zakharova)


def test_the_war_as_a_cause_is_no_stance_on_it(extractor):
    text = "The civil nuclear industry has been further strained by Russia’s war in Ukraine, the White House said."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, text))


def test_a_gerund_after_an_opposing_cue_is_its_object_not_a_repeat(extractor):
    assert ("DEU", "sanctions-russia", 1) in found(extractor, "Germany is against lifting the sanctions on Russia.")
    assert ("TUR", "grain-deal", 1) in found(extractor, "Turkey warned against ending the grain deal.")
    assert ("DEU", "russian-annexation", -2) in found(extractor, "Germany condemns the illegal annexation.")


def test_an_answer_s_such_limits_stands_for_the_restrictions_asked_about(extractor):
    text = (
        "Q: The chancellor says there are no longer any range restrictions on weapons supplied to Ukraine. "
        "How does the Kremlin view this?\nDmitry Peskov: We are against removing such limits."
    )
    assert ("RUS", "long-range-strikes", -1) in found(extractor, text, published=datetime.date(2025, 5, 26))


def test_a_neutral_predicate_after_the_topic_leaves_it_open(extractor):
    text = "Macron said sending Western troops to Ukraine could not be ruled out."
    assert found(extractor, text) == {("FRA", "foreign-troops-ukraine", 0)}


def test_a_violation_verb_after_the_topic_judges_it(extractor):
    annexation = "Kenya's ambassador said the annexation of Ukrainian regions violated the UN Charter."
    assert ("KEN", "russian-annexation", -1) in found(extractor, annexation)
    sanctions = "China said the sanctions violated international law."
    assert ("CHN", "sanctions-russia", -1) in found(extractor, sanctions)


def test_a_phrase_opening_with_a_verb_that_stops_something_reads_as_that_verb(extractor):
    assert ("DEU", "russian-energy", -1) in found(extractor, "Germany stopped importing Russian gas.")
    deal = "We are going to make a deal with Russia and Ukraine to stop killing people."
    assert not any(stance < 0 for _, _, stance in found(extractor, deal, source_actor="USA"))


def test_applying_to_join_and_returning_crimea_are_read(extractor):
    assert ("FIN", "nato-enlargement", 1) in found(extractor, "Finland applied to join NATO on Wednesday.")
    demand = "Kuleba demanded that Russia return Crimea."
    assert ("UKR", "russian-annexation", -1) in found(extractor, demand)
    refusal = signs(found(extractor, "Lavrov said Russia would never return Crimea to Ukraine."))
    assert ("RUS", "russian-annexation", 1) in refusal


def test_a_gerund_subject_is_judged_by_the_verb_after_it(extractor):
    text = "Moscow warned that supplying long-range missiles to Kyiv would mean NATO was at war with Russia."
    assert ("RUS", "long-range-strikes", -1) in found(extractor, text)


def test_thanks_for_aid_and_granting_a_status_are_support(extractor):
    assert ("UKR", "military-aid-ukraine") in {
        (actor, topic) for actor, topic, _ in found(extractor, "Zelensky thanked Denmark for the F-16 fighter jets.")
    }
    assert ("EU", "ukraine-eu", 1) in signs(found(extractor, "The EU agreed to grant Ukraine candidate status."))
    assert ("POL", "humanitarian-aid", 1) in found(extractor, "Poland is hosting a million Ukrainian refugees.")


def test_a_speaker_named_after_the_clause_reports_another_state_s_deed(extractor):
    text = "Beijing is providing Moscow with components for drones, Blinken said."
    assert signs(found(extractor, text)) == {("USA", "arms-to-russia", -1)}
    intelligence = "Pyongyang has sent more than 10,000 troops to Russia, according to South Korean intelligence."
    assert signs(found(extractor, intelligence)) == {("KOR", "arms-to-russia", -1)}
    own = "Germany will send tanks to Ukraine, Scholz said."
    assert ("DEU", "military-aid-ukraine", 2) in found(extractor, own)
    coordinated = (
        "Ukraine said it was ready to accept a US proposal for a ceasefire, and the United States said it "
        "would resume security assistance to Ukraine."
    )
    assert ("UKR", "peace-talks") in {(actor, topic) for actor, topic, _ in found(extractor, coordinated)}


def test_the_one_who_will_retaliate_is_the_one_warning(extractor):
    text = "Russia will retaliate if Western countries confiscate its frozen assets, Peskov warned."
    assert ("RUS", "frozen-assets", -1) in found(extractor, text)
    penalty = "Sullivan said North Korea would pay a price if it supplied weapons to Russia."
    assert signs(found(extractor, penalty)) == {("USA", "arms-to-russia", -1)}


def test_not_standing_in_the_way_allows_it(extractor):
    text = "Scholz said Germany would not stand in the way of Poland sending Leopard tanks to Ukraine."
    assert ("DEU", "military-aid-ukraine", 1) in signs(found(extractor, text))
    assert ("RUS", "peace-talks", 1) in found(extractor, "Putin said Russia was open to talks.")


def test_the_recipient_of_a_package_backs_it_without_delivering_it(extractor):
    text = "The Foreign Ministry of Ukraine welcomes the decision of the Netherlands to transfer F-16 fighter jets."
    assert ("UKR", "military-aid-ukraine", 1) in found(extractor, text)


def test_a_country_named_as_the_matter_is_not_a_speaker(extractor):
    text = "Lavrov met Wang Yi in Beijing. The two ministers agreed that the Ukraine crisis must be settled by talks."
    assert not any(actor == "UKR" for actor, _, _ in found(extractor, text))


def test_a_court_named_as_a_topic_phrase_can_still_speak(extractor):
    text = "The International Criminal Court issued an arrest warrant on Friday for Vladimir Putin."
    assert ("ICC", "war-crimes-accountability", 1) in signs(found(extractor, text))


def test_more_wording_read_as_stances(extractor):
    mexico = "Mexico will not impose any economic reprisals on Moscow."
    assert ("MEX", "sanctions-russia", -1) in found(extractor, mexico)
    nato = "NATO leaders said that Ukraine's future lay in the alliance."
    assert ("NATO", "ukraine-nato", 1) in found(extractor, nato)
    troops = "North Korea confirmed that it had sent troops to fight for Russia."
    assert ("PRK", "arms-to-russia", 1) in signs(found(extractor, troops))
    unpunished = "Russia said the theft of its assets would not go unpunished."
    assert ("RUS", "frozen-assets", -1) in signs(found(extractor, unpunished))


def test_null_and_void_judges_the_topic_it_is_said_of(extractor):
    assert ("DEU", "russian-annexation", -2) in found(extractor, "Germany declared the referendums null and void.")
    court = "Peskov said Russia did not recognise the court's jurisdiction, so any such decisions were null and void."
    assert not any(topic == "russian-annexation" for _, topic, _ in found(extractor, court))
    body = "Moscow says it will not recognise any such body."
    assert not any(topic == "russian-annexation" for _, topic, _ in found(extractor, body))
    front = "The force would not be deployed along the front line."
    assert not any(topic == "territorial-concessions" for _, topic, _ in found(extractor, front))


def test_since_a_deed_is_background_told_as_time(extractor):
    text = "It was the first vessel to leave a Ukrainian port since Russia pulled out of the grain arrangement."
    assert found(extractor, text) == set()


def test_a_he_in_the_sentence_is_the_official_it_named_first(extractor):
    text = (
        "Putin signed the documents. Hours later, in Kyiv, Volodymyr Zelensky signed what he called an "
        "application for accelerated accession to NATO."
    )
    assert {actor for actor, _, _ in found(extractor, text)} == {"UKR"}


def test_a_copula_after_the_subject_of_a_that_clause_judges_it(extractor):
    text = "Scholz said that he and the Chinese president agreed that nuclear threats were irresponsible."
    assert found(extractor, text) == {("DEU", "nuclear-threats", -1)}
    assert ("HUN", "sanctions-russia", -1) in found(extractor, "Hungary agreed that the sanctions were a mistake.")


def test_a_ministry_placed_in_a_capital_is_that_state_s(extractor):
    seoul = "In Seoul, the foreign ministry said it condemned the deployment of North Korean troops to Russia."
    assert ("KOR", "arms-to-russia", -2) in found(extractor, seoul)
    beijing = "The foreign ministry in Beijing said it firmly opposes unilateral sanctions."
    assert ("CHN", "sanctions-russia", -2) in found(extractor, beijing)


def test_refusing_to_talk_and_never_refusing(extractor):
    assert ("UKR", "peace-talks", -1) in found(extractor, "Kyiv refused to negotiate with Moscow.")
    never = "The Russian president said Moscow had never refused to talk."
    assert ("RUS", "peace-talks", 1) in found(extractor, never)


def test_calling_it_a_historic_moment_takes_up_the_topic_before(extractor):
    text = (
        "Ukraine became a candidate for membership of the European Union on Thursday. European Council "
        "President Charles Michel called it a historic moment."
    )
    assert ("EU", "ukraine-eu") in {(actor, topic) for actor, topic, _ in found(extractor, text)}


def test_an_anaphor_s_noun_finds_its_topic_further_back(extractor):
    text = (
        "Vladimir Putin on Tuesday signed a revised nuclear doctrine. Peskov said the document was timely. The "
        "same day Ukraine fired American ATACMS missiles at a military facility in Russia for the first time. "
        "In Brussels, Josep Borrell called the doctrine change totally irresponsible."
    )
    assert ("EU", "nuclear-threats") in {(actor, topic) for actor, topic, _ in found(extractor, text)}
    assert not any(actor == "EU" and topic == "military-aid-ukraine" for actor, topic, _ in found(extractor, text))


def test_a_tariff_as_a_penalty_for_buying_russian_oil_opposes_the_purchases(extractor):
    text = "Trump signed an order imposing a tariff on goods from India as a penalty for its purchases of Russian oil."
    assert ("USA", "russian-energy", -1) in signs(found(extractor, text))


def test_the_end_of_the_year_is_a_date_not_an_ending(extractor):
    text = (
        "Leaders of the Group of Seven agreed to lend Ukraine 50 billion dollars by the end of the year, to be "
        "repaid from the interest earned on Russian central bank assets frozen in Western jurisdictions."
    )
    assert ("G7", "frozen-assets", 1) in signs(found(extractor, text))


def test_the_one_spoken_alongside_is_not_the_speaker(extractor):
    text = "Donald Tusk, speaking alongside his Czech counterpart, said Poland did not plan to send troops to Ukraine."
    assert found(extractor, text) == {("POL", "foreign-troops-ukraine", -1)}


def test_the_transit_is_an_anaphor_for_the_topic_before(extractor):
    text = (
        "Russian gas stopped flowing to Europe through Ukraine, ending the gas transit agreement. Poland's "
        "foreign minister welcomed the end of the transit."
    )
    assert ("POL", "russian-energy", -1) in signs(found(extractor, text))


def test_a_topic_that_only_dates_a_plan_is_no_stance(extractor):
    text = "France will lead a reassurance force in Ukraine once a ceasefire holds, Emmanuel Macron said."
    assert not any(topic == "peace-talks" for _, topic, _ in found(extractor, text))


def test_a_reporter_named_by_role_after_the_clause_owns_its_judging_words(extractor):
    hostage = "The Kremlin had taken Belarus as a nuclear hostage, Ukraine's security council secretary wrote."
    assert found(extractor, hostage) == {("UKR", "nuclear-threats", -1)}
    arming = "Beijing is arming Moscow, the US secretary of state said."
    assert found(extractor, arming) == {("USA", "arms-to-russia", -1)}


def test_complying_with_sanctions_and_a_meaningless_warrant(extractor):
    comply = "Kazakhstan said it would comply with Western sanctions against Russia."
    assert ("KAZ", "sanctions-russia", 1) in found(extractor, comply)
    assert ("RUS", "war-crimes-accountability", -1) in found(extractor, "Russia said the ICC warrant was meaningless.")


def test_the_subject_of_an_embedded_how_clause_is_not_the_speaker(extractor):
    text = (
        "Germany and the United States have both loosened their rules on how Ukraine may use the weapons they "
        "supply, allowing strikes on Russian territory."
    )
    assert {actor for actor, _, _ in found(extractor, text)} == {"DEU", "USA"}
    assert ("FIN", "nato-enlargement", 2) in found(extractor, "Finland became NATO's 31st member on Tuesday.")


def test_a_body_and_its_named_official_are_one_member_of_a_list(extractor):
    text = (
        "President Volodymyr Zelensky and Council of Europe Secretary General Alain Berset signed an agreement "
        "establishing a special tribunal."
    )
    assert {actor for actor, _, _ in found(extractor, text)} == {"UKR", "CoE"}


def test_a_sentence_about_another_conflict_is_no_stance_on_this_war(extractor):
    iran = "We remain determined that Iran must never develop a nuclear weapon."
    assert found(extractor, iran, source_actor="USA") == set()
    haiti = "Our highest priority is ensuring that vital humanitarian assistance reaches the Haitian people."
    assert found(extractor, haiti, source_actor="USA") == set()
    assert ("IRN", "arms-to-russia", -1) in found(extractor, "Iran denied supplying Shahed drones.")


def test_part_of_a_group_is_nobody_in_particular(extractor):
    text = "Most members strongly condemn the aggression against Ukraine."
    assert found(extractor, text, source_actor="USA") == set()


def test_another_conflict_s_weapons_and_ceasefires_and_the_day_of_the_invasion(extractor):
    korea = "We call for the dismantlement of all North Korea's weapons of mass destruction and ballistic missiles."
    assert found(extractor, korea, source_actor="USA") == set()
    pakistan = "President Trump secured ceasefires between India and Pakistan."
    assert found(extractor, pakistan, source_actor="USA") == set()
    day = "The 34th day of the full-scale invasion of Russia and our defence is coming to an end."
    assert found(extractor, day, source_actor="UKR") == set()


def test_weapons_for_another_state_are_not_aid_to_ukraine(extractor):
    japan = "The United States will ship modifications for Japan to acquire the Tomahawk Land Attack Missile."
    assert found(extractor, japan, source_actor="USA") == set()
    assert ("DEU", "military-aid-ukraine", 2) in found(extractor, "Germany will send Patriot systems to Ukraine.")
    prior = "Inflation was already an issue prior to the invasion, the White House said."
    assert found(extractor, prior, source_actor="USA") == set()


def test_a_near_phrase_stops_at_the_reason_given_for_an_act(extractor):
    text = (
        "Trump signed an order imposing a 25 percent tariff on imports from India as a penalty for its purchases "
        "of Russian oil."
    )
    assert ("USA", "russian-energy", -1) in signs(found(extractor, text))


def test_two_overlapping_forms_of_one_name_are_one_mention_in_a_list(extractor):
    text = (
        "Chinese President Xi Jinping and German Chancellor Olaf Scholz said the international community "
        "should jointly oppose the use of nuclear weapons."
    )
    assert {actor for actor, _, _ in found(extractor, text)} == {"CHN", "DEU"}


def test_a_coordinated_infinitive_shares_the_verb_that_governs_the_first(extractor):
    text = (
        "We call on our partners to provide Ukraine with air defence systems and to ensure that those "
        "responsible for this crime are brought to justice."
    )
    assert ("UKR", "war-crimes-accountability", 1) in found(extractor, text, source_actor="UKR")


def test_the_sole_route_out_is_support(extractor):
    text = "Talks between the parties are the sole practical route out of the crisis, China said."
    assert ("CHN", "peace-talks", 1) in found(extractor, text)


def test_social_dialogue_and_the_iran_deal_are_other_matters(extractor):
    social = "We give care workers representation in social dialogue and collective bargaining."
    assert found(extractor, social, source_actor="USA") == set()
    jcpoa = "They had demands well in excess of the JCPOA, so we are not focused on the diplomacy at this point."
    assert found(extractor, jcpoa, source_actor="USA") == set()


def test_an_offer_on_a_condition_demands_the_condition(extractor):
    text = (
        "Vladimir Putin said that Russia would order a ceasefire and begin negotiations immediately if Ukraine "
        "withdrew its troops from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions."
    )
    records = found(extractor, text)
    assert ("RUS", "territorial-concessions", 1) in records
    assert not any(actor == "UKR" for actor, _, _ in records)


def test_a_concessive_clause_neither_speaks_nor_cues(extractor):
    text = (
        "Maria Zakharova: Whatever name Brussels gives it, taking Russian state assets is theft, pure and simple, "
        "and we condemn these plans."
    )
    assert found(extractor, text) == {("RUS", "frozen-assets", -2)}


def test_what_is_vetoed_is_not_the_one_vetoing(extractor):
    text = "Viktor Orban vetoed the EU's joint statement supporting Ukraine's accession talks."
    assert found(extractor, text) == {("HUN", "ukraine-eu", -1)}
    children = "The Vatican's secretary of state called for the return of deported Ukrainian children."
    assert ("VAT", "humanitarian-aid", 1) in found(extractor, children)


def test_urging_both_sides_to_negotiate_presses_for_talks(extractor):
    assert ("VAT", "peace-talks", 1) in found(extractor, "Pope Francis urged both sides in the war to negotiate.")


def test_a_he_after_a_state_named_with_a_role_is_that_state(extractor):
    text = "The Turkish president said he would not approve Sweden's membership."
    assert ("TUR", "nato-enlargement", -1) in found(extractor, text)


def test_a_direct_clash_is_a_warning_against(extractor):
    text = "Lavrov warned that sending Western troops to Ukraine would lead to a direct clash with NATO."
    assert ("RUS", "foreign-troops-ukraine", -1) in found(extractor, text)


def test_an_answer_that_opens_with_no_is_not_the_number_sign(extractor):
    text = "Q: Is Germany ready to send troops?\nOlaf Scholz: No. There will be no German soldiers on Ukrainian soil."
    assert found(extractor, text) == {("DEU", "foreign-troops-ukraine", -1)}


def test_the_main_predicate_after_a_relative_clause_still_judges(extractor):
    text = "Olaf Scholz said the sanctions that Russia fears most must be extended."
    assert signs(found(extractor, text)) == {("DEU", "sanctions-russia", 1)}


def test_a_relative_clause_with_its_own_subject_is_no_judgment_of_the_topic(extractor):
    text = "Dmytro Kuleba spoke about the war crimes that the Russian army is committing in Bucha."
    assert not any(topic == "war-crimes-accountability" and stance < 0 for _, topic, stance in found(extractor, text))
    own = "Antony Blinken laid out the military aid that we have provided to Ukraine."
    assert ("USA", "military-aid-ukraine", 1) in signs(found(extractor, own))


def test_a_purpose_clause_with_its_own_subject_states_nothing_of_the_holder(extractor):
    text = "Olaf Scholz said Ukraine must not disarm so that it is left open to future Russian aggression."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, text))


def test_a_penalty_for_the_invasion_condemns_it(extractor):
    text = "The leaders affirmed their determination to keep raising the costs on Russia for its unprovoked invasion."
    assert ("USA", "condemn-invasion", 1) in signs(found(extractor, text, source_actor="USA"))
    others = "Orban said Europe was paying a heavy price for the war against Ukraine."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, others))


def test_invasion_forces_name_troops_and_judge_nothing(extractor):
    text = "Kuleba urged partners to help repel the invasion forces."
    assert not any(topic == "condemn-invasion" for _, topic, _ in found(extractor, text))


def test_ukraines_borders_as_a_place_are_not_its_integrity(extractor):
    text = (
        "The leaders voiced concern about the military build-up on Ukraine's borders, and affirmed their support "
        "for Ukraine's sovereignty and territorial integrity."
    )
    assert signs(found(extractor, text, source_actor="USA")) == {("USA", "ukraine-territorial-integrity", 1)}


def test_what_threatens_the_topic_is_opposed_by_who_objects(extractor):
    text = "We are not satisfied with any arrangement that threatens the territorial integrity of Ukraine."
    assert ("UKR", "ukraine-territorial-integrity", 1) in signs(found(extractor, text, source_actor="UKR"))
    veto = "Viktor Orban, who had threatened to block the package, said Hungary opposed new sanctions."
    assert ("HUN", "sanctions-russia", -1) in signs(found(extractor, veto))


def test_not_holding_back_is_support(extractor):
    text = "Jake Sullivan said the United States was not holding back in enforcing the sanctions."
    assert ("USA", "sanctions-russia", 1) in signs(found(extractor, text))


def test_a_ceasefire_to_free_hostages_is_another_conflicts(extractor):
    text = "John Kirby said the United States would push for a ceasefire that lets the hostages get out."
    assert not any(topic == "peace-talks" for _, topic, _ in found(extractor, text))


def test_a_repeated_against_is_one_preposition(extractor):
    text = "Ukraine will work for new sanctions against the Russian Federation, against the aggression, Kuleba said."
    assert ("UKR", "condemn-invasion", 1) in signs(found(extractor, text))


def test_a_cue_with_its_own_object_does_not_govern_the_next_verb(extractor):
    text = "Denys Shmyhal said Ukraine would stop the aggressor and liberate the occupied territories."
    assert ("UKR", "ukraine-territorial-integrity", 1) in signs(found(extractor, text))


def test_a_when_clause_of_the_other_side_is_no_stance(extractor):
    text = (
        "Zelensky said fair negotiations were possible when one side does not shell the other at the very "
        "moment of negotiations."
    )
    assert ("UKR", "peace-talks", -1) not in signs(found(extractor, text))


def test_a_non_prefix_names_everything_else(extractor):
    text = "Kuleba said there were no non-nuclear weapons the invaders had not yet used against civilians."
    assert not any(topic == "nuclear-threats" for _, topic, _ in found(extractor, text))


def test_telling_of_anothers_crime_condemns_it(extractor):
    text = "Zelensky said the invaders had committed new and obvious war crimes."
    assert ("UKR", "war-crimes-accountability", 1) in signs(found(extractor, text))


def test_by_any_means_necessary_is_no_support(extractor):
    text = "It was always about Putin's desire for empire by any means necessary, by changing borders by force."
    assert not any(stance < 0 for _, _, stance in found(extractor, text, source_actor="USA"))


def test_the_only_reliable_way_judges_the_gerund_subject(extractor):
    text = (
        "Zelensky said liberating our territory from Russian invaders is the only reliable way to stop the food "
        "crisis."
    )
    assert ("UKR", "ukraine-territorial-integrity", 1) in signs(found(extractor, text))


def test_a_supply_noun_opening_the_clause_is_judged_by_its_verb(extractor):
    text = (
        "John Kirby said Russia's transfer of ballistic missiles from the DPRK directly violates multiple U.N. "
        "security resolutions."
    )
    assert signs(found(extractor, text)) == {("USA", "arms-to-russia", -1)}


def test_defending_the_land_from_the_invasion_condemns_it(extractor):
    text = "Shmyhal said Ukrainian troops bravely defend the land from the invasion of the occupiers."
    assert ("UKR", "condemn-invasion", 1) in signs(found(extractor, text))


def test_a_conditional_aside_leaves_the_predicate_to_judge_the_anaphor(extractor):
    text = (
        "US officials said on Sunday that Joe Biden had allowed Ukraine to use ATACMS missiles against targets "
        "inside Russia. Kremlin spokesman Dmitry Peskov said on Monday that such a step, if it had been taken, "
        "would mean a new round of tension."
    )
    assert ("RUS", "long-range-strikes", -1) in signs(found(extractor, text))


def test_leaving_the_decision_to_ukrainians_is_neutral(extractor):
    text = "Macron said it was up to Ukrainians alone to decide on any territorial questions."
    assert found(extractor, text) == {("FRA", "territorial-concessions", 0)}
    dialogue = "Erdogan said territorial issues should be resolved through dialogue."
    assert not any(topic == "territorial-concessions" for _, topic, _ in found(extractor, dialogue))


def test_replacing_russian_supplies_turns_away_from_them(extractor):
    text = "Italy signed new gas deals with Algeria to replace Russian supplies."
    assert signs(found(extractor, text)) == {("ITA", "russian-energy", -1)}


def test_a_deed_verb_opening_the_topic_phrase_advances_it(extractor):
    text = "North Korea is shipping artillery shells to Russia, the White House said."
    assert ("USA", "arms-to-russia", -1) in signs(found(extractor, text))
    plan = "The EU will use the profits from frozen Russian assets to fund weapons for Ukraine."
    assert ("EU", "frozen-assets", 1) in signs(found(extractor, plan))
    gerund = "Leaders were divided over the idea of sending troops to Ukraine."
    assert not any(topic == "foreign-troops-ukraine" for _, topic, _ in found(extractor, gerund))


def test_must_not_reads_the_modal_with_its_negation(extractor):
    text = "China said nuclear weapons must not be used and nuclear wars must not be fought."
    assert signs(found(extractor, text)) == {("CHN", "nuclear-threats", -1)}
    lifted = "Hungary said the sanctions must not be lifted."
    assert signs(found(extractor, lifted)) == {("HUN", "sanctions-russia", 1)}
    weakened = "Olaf Scholz said the sanctions must not be weakened."
    assert signs(found(extractor, weakened)) == {("DEU", "sanctions-russia", 1)}
    against = "China said nuclear weapons must not be used against Ukraine."
    assert signs(found(extractor, against)) == {("CHN", "nuclear-threats", -1)}


def test_a_short_sentence_sharing_one_word_with_another_language_is_english(extractor):
    text = "Dmitry Medvedev threatened a nuclear response if Ukraine attacked Crimea."
    result = extractor.extract(DocumentInput(text, DAY))
    assert result.language == "en"
    french = extractor.extract(DocumentInput("Macron soutient l'Ukraine face à la Russie.", DAY))
    assert french.language == "fr" and french.records == []
    assert ("RUS", "nuclear-threats", 1) in signs({(r.actor, r.topic, r.stance) for r in result.records})


def test_wanting_the_topic_to_be_lifted_opposes_it(extractor):
    text = "Hungary wants the sanctions to be lifted, Orban said."
    assert ("HUN", "sanctions-russia", -1) in signs(found(extractor, text))


def test_refusing_to_rule_out_leaves_it_open(extractor):
    assert found(extractor, "Macron refused to rule out sending Western troops to Ukraine.") == {
        ("FRA", "foreign-troops-ukraine", 0)
    }


def test_the_court_named_before_its_warrant_is_no_speaker(extractor):
    text = "The ICC warrant for Putin must be enforced by every member state, the Dutch foreign minister said."
    assert ("NLD", "war-crimes-accountability", 1) in signs(found(extractor, text))


def test_a_call_from_someone_is_their_request_for_the_topic(extractor):
    text = "Scholz rejected calls from Poland for more tanks to Ukraine."
    assert signs(found(extractor, text)) == {("DEU", "military-aid-ukraine", -1), ("POL", "military-aid-ukraine", 1)}
    lift = "Brussels rejected calls from Hungary to lift the sanctions on Russia."
    assert ("HUN", "sanctions-russia", -1) in signs(found(extractor, lift))
    asked = "Kyiv welcomed calls from Poland for Germany to send tanks to Ukraine."
    assert not any(actor == "DEU" for actor, _, _ in found(extractor, asked))


def test_the_general_assembly_and_its_no_votes(extractor):
    text = (
        "The General Assembly on Wednesday condemned Russia's attempted illegal annexation of four Ukrainian "
        "regions, with 143 countries in favour, five against and 35 abstaining. Besides Russia, the no votes came "
        "from Belarus, Syria, North Korea and Nicaragua."
    )
    records = signs(found(extractor, text))
    # The Assembly's vote is its members' positions, each told where it counts; the UN as an actor takes none.
    assert not any(actor == "UN" for actor, _, _ in records)
    assert {("BLR", "russian-annexation", 1), ("NIC", "russian-annexation", 1)} <= records
    elsewhere = "The Illinois General Assembly passed a resolution condemning the Russian invasion of Ukraine."
    assert not any(actor == "UN" for actor, _, _ in found(extractor, elsewhere))
    modifier = "China abstained on the General Assembly resolution calling for a just and lasting peace."
    assert not any(actor == "UN" for actor, _, _ in found(extractor, modifier))
    veto = "The sponsors said they would take the text to the General Assembly, where no country holds a veto."
    assert found(extractor, veto) == set()


def test_a_possessors_decision_is_its_deed(extractor):
    text = "Kuleba welcomed Germany's decision to send Leopard tanks to Ukraine."
    assert signs(found(extractor, text)) == {("UKR", "military-aid-ukraine", 1), ("DEU", "military-aid-ukraine", 1)}


def test_a_plan_judged_after_the_topic_keeps_its_own_verb(extractor):
    text = "Robert Fico said that the EU's plan to end all imports of Russian gas by 2027 was a mistake."
    assert signs(found(extractor, text)) == {("SVK", "russian-energy", 1), ("EU", "russian-energy", -1)}
    gerund = "Robert Fico said that the plan to stop buying Russian gas was a serious mistake."
    assert signs(found(extractor, gerund)) == {("SVK", "russian-energy", 1)}


def test_a_decision_taken_is_a_firm_stance(extractor):
    ratified = "Turkey's parliament ratified Sweden's accession to NATO on Tuesday."
    assert ("TUR", "nato-enlargement", 2) in found(extractor, ratified)
    agreed = "EU leaders agreed on Thursday to open accession negotiations with Ukraine."
    assert ("EU", "ukraine-eu", 2) in found(extractor, agreed)


def test_dropping_the_membership_action_plan_backs_membership(extractor):
    text = "NATO allies agreed to drop the requirement for a Membership Action Plan for Ukraine."
    assert ("NATO", "ukraine-nato", 2) in found(extractor, text)


def test_what_a_leaked_document_suggested_is_no_stance(extractor):
    text = (
        "Aleksandar Vucic said Serbia would not export weapons to Ukraine, after a leaked document suggested "
        "Belgrade had agreed to supply arms to Kyiv."
    )
    assert signs(found(extractor, text)) == {("SRB", "military-aid-ukraine", -1)}
    alone = "Vucic spoke in Belgrade on Friday, after a leaked document suggested Serbia had sent shells to Kyiv."
    assert found(extractor, alone) == set()


def test_reacting_to_the_aggression_opposes_it(extractor):
    text = "Zelensky said it was necessary to react to the Russian aggression much faster."
    assert ("UKR", "condemn-invasion", 1) in signs(found(extractor, text))


def test_robbery_by_the_army_is_no_talk_of_frozen_assets(extractor):
    text = "Zelensky said they must stop sponsoring the rape, robbery and looting by the Russian army."
    assert not any(topic == "frozen-assets" for _, topic, _ in found(extractor, text))


def test_bipartisan_negotiations_are_another_matter(extractor):
    text = "Karine Jean-Pierre said bipartisan negotiations in Congress should not be paused."
    assert not any(topic == "peace-talks" for _, topic, _ in found(extractor, text))


def test_an_answer_opening_with_an_anaphor_takes_up_the_question(extractor):
    text = (
        "Question: What is Russia's reaction to the new US aid package for Ukraine?\n"
        "Zakharova: These deliveries will only prolong the conflict and increase the number of victims."
    )
    assert signs(found(extractor, text, source_actor="RUS")) == {("RUS", "military-aid-ukraine", -1)}


def test_requests_from_one_side_declined_by_the_other(extractor):
    text = "Israel has declined Ukrainian requests for air defence systems."
    assert signs(found(extractor, text)) == {("ISR", "military-aid-ukraine", -1), ("UKR", "military-aid-ukraine", 1)}


def test_accusing_another_of_blocking_aid_backs_the_aid(extractor):
    text = "Russia blocked humanitarian convoys from reaching Mariupol, Kyiv said."
    assert signs(found(extractor, text)) == {("UKR", "humanitarian-aid", 1)}


def test_a_price_cap_on_russian_oil_is_a_sanction(extractor):
    assert found(extractor, "The G7 agreed to cap the price of Russian oil.") == {("G7", "sanctions-russia", 2)}


def test_safe_passage_for_civilians_is_humanitarian(extractor):
    text = "The UN called for safe passage for civilians trapped in Mariupol."
    assert signs(found(extractor, text)) == {("UN", "humanitarian-aid", 1)}


def test_an_adjective_labelling_the_war_adds_no_layer(extractor):
    text = "Biden said the US would stand with Ukrainians as they defend against Russia's barbaric war of aggression."
    assert ("USA", "condemn-invasion", 1) in signs(found(extractor, text))
    alone = "As long as this criminal invasion of Ukraine continues, the Russian state is suffering losses."
    assert ("UKR", "condemn-invasion", 1) in signs(found(extractor, alone, source_actor="UKR"))


def test_a_criminal_named_as_a_person_is_no_judgment(extractor):
    text = "Ukraine's position is clear: every Russian criminal must and will be brought to justice."
    assert signs(found(extractor, text, source_actor="UKR")) == {("UKR", "war-crimes-accountability", 1)}


def test_migration_and_forced_labour_are_other_matters(extractor):
    text = "Joe Biden continues to implement a regional migration strategy focused on enforcement and diplomacy."
    assert found(extractor, text) == set()


def test_punishing_those_who_committed_atrocities_backs_accountability(extractor):
    text = "We will punish everyone who committed atrocities in this war."
    assert signs(found(extractor, text, source_actor="UKR")) == {("UKR", "war-crimes-accountability", 1)}


def test_an_invasion_at_the_southern_border_is_another_matter(extractor):
    text = "Donald Trump said he deployed Border Patrol to repel the invasion at the southern border."
    assert found(extractor, text) == set()


def test_an_item_of_a_list_answers_to_the_verb_governing_the_list(extractor):
    text = (
        "The European Union formally adopted its sixth package of sanctions against Russia, including a ban on "
        "seaborne imports of Russian crude oil."
    )
    records = found(extractor, text)
    assert ("EU", "russian-energy", -2) in records and ("EU", "sanctions-russia", 2) in records


def test_a_crime_that_must_be_investigated_is_condemned(extractor):
    text = "Macron said the atrocities in Bucha must be punished."
    assert signs(found(extractor, text)) == {("FRA", "war-crimes-accountability", 1)}


def test_an_against_inside_the_conjunct_before_does_not_reach_the_topic(extractor):
    text = (
        "Biden addressed the nation on our response to Hamas' terrorist attacks against Israel and Russia's "
        "ongoing brutal war against Ukraine."
    )
    assert signs(found(extractor, text)) == {("USA", "condemn-invasion", 1)}


def test_resolution_no_is_a_number_and_a_present_tense_verb_parts_clauses(extractor):
    text = (
        "We recalled Resolution No. ES-11/1, which deplores the aggression by the Russian Federation against "
        "Ukraine and demands its complete and unconditional withdrawal."
    )
    assert all(stance > 0 for _, topic, stance in found(extractor, text, source_actor="USA"))
    assert found(extractor, text, source_actor="USA")


def test_support_for_recovery_from_the_aggression_condemns_it(extractor):
    text = "Jon Finer underscored steadfast U.S. support for Ukraine's defense and recovery from Russian aggression."
    assert signs(found(extractor, text, source_actor="USA")) == {("USA", "condemn-invasion", 1)}


def test_those_who_refused_are_the_ones_refusing(extractor):
    text = "People who once again refused to open humanitarian corridors from Mariupol are not Christians."
    assert found(extractor, text, source_actor="UKR") == set()


def test_a_list_item_a_few_words_after_including(extractor):
    text = "The Government has imposed a suite of measures against Russia, including over 1,200 targeted sanctions."
    assert signs(found(extractor, text, source_actor="USA")) == {("USA", "sanctions-russia", 1)}


def test_an_accountable_online_space_is_no_accountability_for_war_crimes(extractor):
    text = "France and the United States promote a safe and accountable online space, Macron said."
    assert not any(topic == "war-crimes-accountability" for _, topic, _ in found(extractor, text))


def test_a_negated_verb_governing_a_list_keeps_its_negation(extractor):
    text = "Orban said Hungary would not support new measures, including sanctions on Russian nuclear energy."
    assert ("HUN", "sanctions-russia", -1) in signs(found(extractor, text))
    open_ = "Macron did not rule out any option, including sending Western troops to Ukraine."
    assert found(extractor, open_) == {("FRA", "foreign-troops-ukraine", 0)}


def test_against_a_name_and_its_aggression_is_one_object_list(extractor):
    text = "Zelensky urged the world to unite against Russia and its aggression."
    assert signs(found(extractor, text)) == {("UKR", "condemn-invasion", 1)}


def test_honouring_those_who_committed_war_crimes_is_no_condemnation(extractor):
    text = "Putin honoured the soldiers who had committed war crimes in Bucha."
    assert ("RUS", "war-crimes-accountability", 1) not in signs(found(extractor, text))


def test_calls_and_demands_after_and_are_nouns_here(extractor):
    text = "Hungary rejected EU pressure and calls to send weapons to Ukraine."
    assert signs(found(extractor, text)) == {("HUN", "military-aid-ukraine", -1)}


def test_condemning_those_who_blocked_aid_backs_the_aid(extractor):
    text = "Zelensky condemned those who blocked military aid to Ukraine."
    assert ("UKR", "military-aid-ukraine", 1) in signs(found(extractor, text))


def test_only_war_crimes_are_pursued_after_the_phrase(extractor):
    text = "Lavrov said Ukraine's aggression against the Kursk region will be punished."
    assert not any(topic == "condemn-invasion" and stance > 0 for _, topic, stance in found(extractor, text))
    made = "Macron said Russia should be made accountable for the crimes."
    assert ("FRA", "war-crimes-accountability", 1) in signs(found(extractor, made))


def test_resolution_no_longer_is_still_a_negation(extractor):
    text = "Hungary said the resolution no longer reflected its support for sanctions against Russia."
    assert ("HUN", "sanctions-russia", -1) in signs(found(extractor, text))


def test_cooperation_dialogues_and_other_regions_are_other_matters(extractor):
    dialogue = "The United States is deepening cooperation with the ROK through the Commercial Dialogue, Biden said."
    assert found(extractor, dialogue) == set()
    peninsula = "Biden said he supports a durable peace on the Korean peninsula."
    assert found(extractor, peninsula) == set()
    peacekeeping = "Biden applauded Seoul's plan to expand contributions to UN peacekeeping activities."
    assert found(extractor, peacekeeping) == set()
    ai = "The two countries agreed to convene the first of an ongoing AI Dialogue, the White House said."
    assert found(extractor, ai) == set()


def test_names_given_as_examples_of_a_subject_hold_its_deed(extractor):
    text = "We have also seen nations like North Korea and Iran send weapons in support of Russia's brutal war."
    assert signs(found(extractor, text, source_actor="USA")) == {
        ("PRK", "condemn-invasion", -1),
        ("IRN", "condemn-invasion", -1),
    }
    sold = found(extractor, "Russia bought drones from countries like Iran, Blinken said.", source_actor="USA")
    assert not any(actor == "IRN" for actor, _, _ in sold)


def test_lifting_limits_on_named_long_range_missiles_backs_the_strikes(extractor):
    text = "Washington lifted restrictions on Ukraine's use of ATACMS against targets in Russia."
    assert signs(found(extractor, text)) == {("USA", "long-range-strikes", 1)}


def test_what_a_speaker_suggests_another_might_have_to_do_is_the_speakers_position(extractor):
    text = "Trump suggested Ukraine might have to give up some territory to end the war."
    assert signs(found(extractor, text)) == {("USA", "territorial-concessions", 1)}


def test_helping_russia_rebuild_its_arsenal_and_a_contract_with_gazprom_are_topics(extractor):
    helped = "The United States accused China of helping Russia rebuild its military-industrial base."
    assert signs(found(extractor, helped)) == {("USA", "arms-to-russia", -1)}
    contract = "Kyiv said it would not renew the transit contract with Gazprom."
    assert ("UKR", "russian-energy", -1) in signs(found(extractor, contract))


def test_inadmissible_rejects_what_it_judges(extractor):
    text = "The G20 declared that the use or threat of use of nuclear weapons is inadmissible."
    assert signs(found(extractor, text)) == {("G20", "nuclear-threats", -1)}


def test_an_actor_after_a_verb_of_issuing_is_its_object(extractor):
    text = "Germany opposed issuing Ukraine an invitation to join NATO at the Vilnius summit."
    assert signs(found(extractor, text)) == {("DEU", "ukraine-nato", -1)}


def test_judging_another_not_ready_to_join_is_the_judges_position(extractor):
    nato = "Biden said Ukraine was not ready for NATO membership."
    eu = "Orban said Ukraine was not ready to join the European Union."
    talks = "Zelensky said Russia was not ready for peace talks."
    assert signs(found(extractor, nato)) == {("USA", "ukraine-nato", -1)}
    assert signs(found(extractor, eu)) == {("HUN", "ukraine-eu", -1)}
    assert ("UKR", "peace-talks", -1) not in found(extractor, talks)


def test_penalising_those_who_supply_russia_opposes_the_supplies(extractor):
    entities = "The UK has sanctioned a further 100 entities involved in supplying Russia's war machine."
    firms = "The EU sanctioned companies that ship drones to Russia."
    assert signs(found(extractor, entities)) == {("GBR", "arms-to-russia", -1), ("GBR", "sanctions-russia", 1)}
    assert signs(found(extractor, firms)) == {("EU", "arms-to-russia", -1)}


def test_new_wordings_of_known_topics(extractor):
    brigade = "France will train and equip a Ukrainian brigade."
    elections = (
        "Ukraine strongly condemns the so-called elections held by Russia in the temporarily occupied territories."
    )
    formula = "Russia said the so-called peace formula of Zelensky is detached from reality."
    assert signs(found(extractor, brigade)) == {("FRA", "military-aid-ukraine", 1)}
    assert signs(found(extractor, elections)) == {("UKR", "russian-annexation", -1)}
    assert signs(found(extractor, formula)) == {("RUS", "peace-talks", -1)}


def test_aggression_in_general_and_trade_negotiations_are_not_this_war(extractor):
    deter = "We made sure NATO was prepared to deter any aggression against any member state, Biden said."
    future = "Ukraine will build a force that can deter future aggression, Biden said."
    steel = "The United States and the EU agreed to conclude negotiations on global steel and aluminum arrangements."
    assert found(extractor, deter) == set()
    assert found(extractor, future) == set()
    assert found(extractor, steel) == set()


def test_the_war_ending_and_the_victims_of_aggression_do_not_turn_the_sign(extractor):
    ends = (
        "Zelensky called for creating conditions so that the war ends as soon as possible with the liberation of "
        "our land."
    )
    victims = "Zelensky said the world must provide assistance to the victims of aggression."
    assert ("UKR", "ukraine-territorial-integrity", 1) in signs(found(extractor, ends))
    assert signs(found(extractor, victims)) == {("UKR", "condemn-invasion", 1)}


def test_a_negated_belief_negates_what_it_prescribes(extractor):
    text = "We do not think India should accelerate or increase imports of Russian energy."
    assert signs(found(extractor, text, source_actor="USA")) == {("USA", "russian-energy", -1)}
    bargaining = "I'm not going to negotiate against myself, Biden said."
    assert found(extractor, bargaining) == set()


def test_aid_said_to_be_blocked_is_a_complaint_for_it(extractor):
    blocked = "Unfortunately, the humanitarian corridor to Mariupol was blocked."
    ended = "The grain deal was terminated."
    assert signs(found(extractor, blocked, source_actor="UKR")) == {("UKR", "humanitarian-aid", 1)}
    assert signs(found(extractor, ended, source_actor="UKR")) == {("UKR", "grain-deal", -1)}


def test_the_goals_verbs_are_not_cues_on_the_means(extractor):
    text = "Zelensky said the best way to stop tyranny and protect freedom is to provide Ukraine with weapons."
    assert signs(found(extractor, text)) == {("UKR", "military-aid-ukraine", 1)}


def test_a_name_after_a_comma_is_not_the_object_of_the_verb_before_it(extractor):
    condemned = "The referendums will never be recognised, Germany said."
    pressed = "After weeks of pressure, Germany said it would send 14 Leopard tanks to Ukraine."
    blocked = "Humanitarian aid is blocked, Zelensky said."
    object_ = "Germany condemned Russia."
    assert signs(found(extractor, condemned)) == {("DEU", "russian-annexation", -1)}
    assert signs(found(extractor, pressed)) == {("DEU", "military-aid-ukraine", 1)}
    assert signs(found(extractor, blocked)) == {("UKR", "humanitarian-aid", 1)}
    assert not any(actor == "RUS" for actor, _, _ in found(extractor, object_))


def test_a_condemnation_and_a_firm_rejection_are_one_layer(extractor):
    text = "The G7 reiterated its unequivocal condemnation and firm rejection of the attempted illegal annexation."
    assert signs(found(extractor, text)) == {("G7", "russian-annexation", -1)}


def test_a_cost_clause_broken_over_lines_still_condemns(extractor):
    text = "We will impose costs on the Russian Federation so long\nas its aggression against Ukraine continues."
    assert signs(found(extractor, text, source_actor="USA")) == {("USA", "condemn-invasion", 1)}


def test_peacekeeping_capacity_in_general_is_not_a_force_for_ukraine(extractor):
    text = "The United States and Indonesia commit to strengthen peacekeeping capacity."
    assert found(extractor, text) == set()


def test_a_line_break_inside_a_sentence_reads_as_a_space(extractor):
    text = "Obviously, we're not going to negotiate this thing in\npublic, Kirby said."
    assert found(extractor, text) == set()
    annexed = "We will cooperate on interoperability, as outlined in the declaration annexed to this Joint\nStatement."
    assert found(extractor, annexed, source_actor="USA") == set()


def test_a_participle_of_stressing_opens_a_clause_of_its_own(extractor):
    text = (
        "The leaders call on the Russian Federation to completely withdraw from the territory of Ukraine, "
        "underscoring the need to reach a just and lasting peace."
    )
    assert signs(found(extractor, text, source_actor="USA")) == {("USA", "peace-talks", 1)}
    relief = "We plan to set up a humanitarian assistance and disaster relief hub in Japan."
    assert found(extractor, relief, source_actor="USA") == set()


def test_names_after_a_closing_comma_and_before_their_verb_are_subjects(extractor):
    text = (
        "As part of our actions to impose costs on Russia for its appalling actions in Ukraine, "
        "Australia and the United States imposed a further tranche of sanctions on Russian entities."
    )
    assert signs(found(extractor, text)) == {("AUS", "sanctions-russia", 1), ("USA", "sanctions-russia", 1)}
    sent = "Germany sent weapons to Ukraine, Poland and the Baltic states."
    assert {actor for actor, _, _ in found(extractor, sent)} == {"DEU"}


def test_an_against_closed_by_a_list_comma_governs_no_later_item(extractor):
    items = "Zelensky named sanctions against the Russian Federation, energy embargo, asset blocking."
    repeated = (
        "Zelensky said Ukraine would work for new sanctions against the Russian Federation, against the aggression."
    )
    assert ("UKR", "sanctions-russia", -1) not in signs(found(extractor, items))
    assert ("UKR", "condemn-invasion", 1) in signs(found(extractor, repeated))


def test_the_deed_thanked_for_is_the_thanked_ones(extractor):
    sanctions = "Kuleba thanked Canada for its new sanctions against Russia."
    grateful = "I am grateful to Italy for supporting Ukraine's membership in the EU."
    assert signs(found(extractor, sanctions)) == {("UKR", "sanctions-russia", 1), ("CAN", "sanctions-russia", 1)}
    assert ("ITA", "ukraine-eu", 1) in signs(found(extractor, grateful, source_actor="UKR"))


def test_an_against_does_not_reach_the_means_after_its_object(extractor):
    text = "Lavrov accused the West of waging a proxy war against Russia by arming Ukraine."
    assert signs(found(extractor, text)) == {("RUS", "military-aid-ukraine", -1)}


def test_accepting_the_new_territorial_realities_is_a_concession(extractor):
    text = "Peskov said Moscow was open to talks but that Kyiv must accept the new territorial realities."
    assert ("RUS", "territorial-concessions", 1) in signs(found(extractor, text))


def test_a_cue_done_with_its_object_does_not_govern_the_next_verb_of_a_list(extractor):
    text = (
        "The leaders called on Moscow to end the horrific violence, allow unhindered humanitarian access to "
        "Mariupol and release all those unjustly detained."
    )
    assert ("USA", "humanitarian-aid", 1) in signs(found(extractor, text, source_actor="USA"))


def test_myanmar_and_the_south_caucasus_are_other_matters(extractor):
    myanmar = "The leaders call on the regime to allow unhindered humanitarian access and restore Myanmar's democracy."
    caucasus = "France supports a lasting peace in the South Caucasus based on territorial integrity."
    assert found(extractor, myanmar, source_actor="USA") == set()
    assert found(extractor, caucasus) == set()


def test_what_the_world_should_be_free_of_is_opposed(extractor):
    text = "The G7 reiterated its commitment to work toward a world free from the threat of nuclear weapons."
    assert signs(found(extractor, text)) == {("G7", "nuclear-threats", -1)}


def test_raising_the_cost_of_russias_war_condemns_it(extractor):
    text = "We will continue to raise the cost of Russia's war, Blinken said."
    assert signs(found(extractor, text)) == {("USA", "condemn-invasion", 1)}


def test_neither_supporting_nor_opposing_is_neutral(extractor):
    text = "Austria neither supports nor opposes the plan to use frozen Russian assets."
    assert found(extractor, text) == {("AUT", "frozen-assets", 0)}


def test_calling_sanctions_an_effective_tool_or_not_judges_them(extractor):
    not_effective = "China has always maintained that sanctions are not an effective way to resolve issues."
    effective = "Sanctions are an effective tool to end the war, Kuleba said."
    assert signs(found(extractor, not_effective)) == {("CHN", "sanctions-russia", -1)}
    assert ("UKR", "sanctions-russia", 1) in signs(found(extractor, effective))


def test_a_relative_clause_past_a_place_is_not_the_topics_predicate(extractor):
    blocked = (
        "I'm grateful for the work here at the U.N. - including your leadership - establishing a mechanism to "
        "export grain from Black Sea ports in Ukraine that Russia had blocked for months."
    )
    assert ("USA", "grain-deal", -1) not in signs(found(extractor, blocked, source_actor="USA"))


def test_lebanon_and_the_blue_line_are_another_matter(extractor):
    text = "They underline the importance of de-escalation on the Blue Line and will work together for peace."
    assert found(extractor, text, source_actor="USA") == set()


def test_a_judgment_of_a_withdrawal_from_the_topic_is_a_layer_over_it(extractor):
    hurt = "Kenya's ambassador said Russia's withdrawal from the grain deal would hurt Africa."
    justified = "Russia's withdrawal from the grain deal was justified, Lavrov said."
    assert signs(found(extractor, hurt)) == {("KEN", "grain-deal", 1)}
    assert signs(found(extractor, justified)) == {("RUS", "grain-deal", -1)}


def test_calling_a_warrant_legally_void_rejects_it(extractor):
    text = "Moscow called the ICC warrant for Putin legally void."
    assert signs(found(extractor, text)) == {("RUS", "war-crimes-accountability", -1)}


def test_yet_to_act_is_not_acting_and_crossing_red_lines_condemns_the_deed(extractor):
    ratify = "Hungary's parliament has yet to ratify Sweden's accession."
    red_lines = "Putin said the West had crossed all red lines by supplying F-16s to Ukraine."
    future = "Zelensky said Ukraine's future is in the EU."
    assert signs(found(extractor, ratify)) == {("HUN", "nato-enlargement", -1)}
    assert signs(found(extractor, red_lines)) == {("RUS", "military-aid-ukraine", -1)}
    assert signs(found(extractor, future)) == {("UKR", "ukraine-eu", 1)}


def test_leaving_the_decision_to_ukraine_is_neutral(extractor):
    text = "It will be up to Ukraine to decide how it wants to proceed with diplomacy and negotiations, Kirby said."
    assert signs(found(extractor, text)) == {("USA", "peace-talks", 0)}
    hostage = "It was him who stood in the way of progress towards a ceasefire and hostage deal, Kirby said."
    assert found(extractor, hostage) == set()


def test_never_on_the_agenda_rules_the_step_out_after_a_perfect_tense(extractor):
    perfect = "Sending Italian soldiers to Ukraine has never been on the agenda, Meloni said."
    simple = "Sending Italian soldiers to Ukraine was never on the agenda, Meloni said."
    assert signs(found(extractor, perfect)) == {("ITA", "foreign-troops-ukraine", -1)}
    assert signs(found(extractor, simple)) == {("ITA", "foreign-troops-ukraine", -1)}


def test_claims_on_ukraines_territory_are_the_annexation(extractor):
    text = "Biden said the United States would never recognise Russia's claims on Ukraine's sovereign territory."
    assert {(actor, topic, stance < 0) for actor, topic, stance in signs(found(extractor, text))} == {
        ("USA", "russian-annexation", True)
    }


def test_a_demand_that_russia_withdraw_is_the_invasion_condemned(extractor):
    abstained = "South Africa abstained on the resolution demanding Russia withdraw."
    urged = "Kenya urged Russia to withdraw from Ukrainian territory."
    ukraine = "Putin said Ukraine must withdraw from the four regions before any talks."
    assert signs(found(extractor, abstained)) == {("ZAF", "condemn-invasion", 0)}
    assert signs(found(extractor, urged)) == {("KEN", "condemn-invasion", 1)}
    assert ("RUS", "condemn-invasion") not in {(actor, topic) for actor, topic, _ in signs(found(extractor, ukraine))}


def test_calling_a_step_risky_opposes_it(extractor):
    risky = "Belgium warned that seizing Russian central bank assets would be risky."
    legal = "Belgium said confiscating the frozen Russian assets would pose legal risks."
    assert signs(found(extractor, risky)) == {("BEL", "frozen-assets", -1)}
    assert signs(found(extractor, legal)) == {("BEL", "frozen-assets", -1)}


def test_neither_one_nor_the_other_negates_what_each_did(extractor):
    troops = "Neither Germany nor France supported sending ground troops to Ukraine."
    condemned = "Neither China nor India has condemned the invasion."
    both = "Germany and France supported sending troops to Ukraine."
    assert signs(found(extractor, troops)) == {
        ("DEU", "foreign-troops-ukraine", -1),
        ("FRA", "foreign-troops-ukraine", -1),
    }
    assert signs(found(extractor, condemned)) == {("CHN", "condemn-invasion", -1), ("IND", "condemn-invasion", -1)}
    assert signs(found(extractor, both)) == {("DEU", "foreign-troops-ukraine", 1), ("FRA", "foreign-troops-ukraine", 1)}


def test_neither_condemning_nor_supporting_is_neutral(extractor):
    text = "China has neither condemned nor supported the invasion."
    assert signs(found(extractor, text)) == {("CHN", "condemn-invasion", 0)}


def test_a_relative_clause_on_the_object_takes_the_verb_over_it(extractor):
    cedes = "Ukraine will not accept any peace deal that cedes territory to Russia, Zelensky said."
    respects = "We support a peace deal that respects Ukraine's territorial integrity, Scholz said."
    assert signs(found(extractor, cedes)) == {("UKR", "territorial-concessions", -1)}
    assert signs(found(extractor, respects)) == {
        ("DEU", "peace-talks", 1),
        ("DEU", "ukraine-territorial-integrity", 1),
    }


def test_the_one_pushed_to_act_is_not_the_holder(extractor):
    pushing = "Washington is pushing Kyiv to accept a deal that would leave Crimea under Russian control."
    briefing = "Peskov told a press briefing that Russia would never give up the new regions."
    assert {actor for actor, _, _ in signs(found(extractor, pushing))} == {"USA"}
    assert {actor for actor, _, _ in signs(found(extractor, briefing))} == {"RUS"}


def test_let_no_one_think_denies_what_follows(extractor):
    text = "And let no one think that Ukraine will buy peace with pieces of its territory, Zelensky said."
    assert signs(found(extractor, text)) == {("UKR", "territorial-concessions", -1)}


def test_not_in_a_named_countrys_interest_opposes_the_step(extractor):
    text = "Buying Russian oil is not in India's interest, Blinken said."
    assert signs(found(extractor, text)) == {("USA", "russian-energy", -1)}


def test_a_paragraph_on_another_conflict_speaks_of_that_conflict(extractor):
    text = (
        "Australia welcomes the announcement that Israel and Hamas have signed the first phase of the plan. "
        "We thank President Trump for his diplomatic efforts and the mediators for delivering this agreement.\n\n"
        "We thank President Trump for his efforts to bring peace to Ukraine."
    )
    records = extractor.extract(DocumentInput(text, DAY, source_actor="AUS")).records
    assert ("AUS", "peace-talks") in {(record.actor, record.topic) for record in records}
    assert {record.quote[-20:] for record in records} == {"ng peace to Ukraine."}


def test_a_link_address_names_no_topic(extractor):
    text = "President Trump [spoke](https://example.com/trump-backs-sanctions-on-russia) at a rally in Ohio."
    assert found(extractor, text, source_actor="USA") == set()


def test_a_cue_before_a_verb_of_knowing_is_not_on_the_clause_after_it(extractor):
    prove = "The targets prove that the war against Ukraine is a war of extermination."
    understand = "Few people do not understand that Russia's war against Ukraine is just the beginning."
    assert signs(found(extractor, prove, source_actor="UKR")) == {("UKR", "condemn-invasion", 1)}
    assert found(extractor, understand, source_actor="UKR") == set()


def test_a_crime_naming_its_pursuit_is_the_pursuit(extractor):
    investigations = "The US supports war crimes investigations in Ukraine, Blinken said."
    tribunal = "Germany will fund a war crimes tribunal, Baerbock said."
    charges = "Russia rejected the war crimes charges against Putin."
    committed = "The EU condemned the war crimes committed in Bucha."
    assert signs(found(extractor, investigations)) == {("USA", "war-crimes-accountability", 1)}
    assert signs(found(extractor, tribunal)) == {("DEU", "war-crimes-accountability", 1)}
    assert signs(found(extractor, charges)) == {("RUS", "war-crimes-accountability", -1)}
    assert signs(found(extractor, committed)) == {("EU", "war-crimes-accountability", 1)}


def test_and_said_opens_a_clause_of_its_own(extractor):
    text = (
        "Joe Biden called Vladimir Putin a war criminal and told reporters that the details had to be gathered "
        "so that there could be an actual war-crimes trial."
    )
    assert signs(found(extractor, text)) == {("USA", "war-crimes-accountability", 1)}


def test_cracking_down_on_sanctions_evasion_enforces_the_sanctions(extractor):
    evasion = "The UK will crack down on sanctions evasion, the Foreign Office said."
    circumvention = "The G7 will tackle the circumvention of sanctions through third countries."
    combat_troops = "Stoltenberg said there were no plans for NATO combat troops on the ground in Ukraine."
    assert signs(found(extractor, evasion)) == {("GBR", "sanctions-russia", 1)}
    assert signs(found(extractor, circumvention)) == {("G7", "sanctions-russia", 1)}
    assert signs(found(extractor, combat_troops)) == {("NATO", "foreign-troops-ukraine", -1)}


def test_a_deed_penalised_for_is_opposed(extractor):
    embargo = "The EU imposed an arms embargo on Belarus for its support of Russia's war."
    praised = "China praised Belarus for its support of peace talks."
    assert signs(found(extractor, embargo)) == {("EU", "condemn-invasion", 1), ("EU", "sanctions-russia", 1)}
    assert signs(found(extractor, praised)) == {("CHN", "peace-talks", 1)}


def test_an_accusation_judges_the_means_once(extractor):
    accused = "The Kremlin accused the West of prolonging the war by supplying weapons to Kyiv."
    said = "Lavrov said the West is prolonging the war by supplying weapons to Kyiv."
    blocking = "Ukraine accused Russia of weaponising food by blocking grain exports."
    assert signs(found(extractor, accused)) == {("RUS", "military-aid-ukraine", -1)}
    assert signs(found(extractor, said)) == {("RUS", "military-aid-ukraine", -1)}
    assert signs(found(extractor, blocking)) == {("UKR", "grain-deal", 1)}


def test_a_donor_of_aid_gives_it(extractor):
    text = "Germany is the second-largest donor of military aid to Ukraine after the United States."
    assert signs(found(extractor, text)) == {("DEU", "military-aid-ukraine", 1)}


def test_leaving_nuclear_use_open_is_a_threat(extractor):
    open_use = "Russia does not rule out using nuclear weapons if its existence is threatened, Peskov said."
    troops = "Macron refused to rule out sending troops to Ukraine."
    assert signs(found(extractor, open_use)) == {("RUS", "nuclear-threats", 1)}
    assert signs(found(extractor, troops)) == {("FRA", "foreign-troops-ukraine", 0)}


def test_atrocities_that_could_be_documented_are_pursued(extractor):
    text = (
        "Scholz demanded access for international organisations such as the Red Cross so that the atrocities "
        "could be documented."
    )
    assert signs(found(extractor, text)) == {("DEU", "war-crimes-accountability", 1)}


def test_a_supply_to_russia_told_in_the_passive_is_no_stance_of_the_teller(extractor):
    told = "Ukraine said about 11,000 North Korean soldiers were sent to Russia last autumn."
    denied = "Iran denied that drones were supplied to Russia."
    assert found(extractor, told) == set()
    assert signs(found(extractor, denied)) == {("IRN", "arms-to-russia", -1)}


def test_a_tax_on_a_supply_or_shutting_it_down_opposes_it(extractor):
    tax = "Bulgaria imposed a tax on Russian gas transit to Hungary and Serbia."
    shut = "Russia shut off gas supplies to Europe through Nord Stream."
    assert signs(found(extractor, tax)) == {("BGR", "russian-energy", -1)}
    assert signs(found(extractor, shut)) == {("RUS", "russian-energy", -1)}


def test_weapons_used_against_targets_in_russia_are_strikes_not_opposition(extractor):
    soil = "Scholz said Germany would not allow its weapons to be used against targets on Russian soil."
    objection = "Britain has no objection to Ukraine using Storm Shadow missiles inside Russia, Cameron said."
    outside = "Italy does not authorise the use of its weapons outside Ukrainian territory, Tajani said."
    fire = "Trump criticised Biden's decision to let Ukraine fire missiles into Russia."
    assert signs(found(extractor, soil)) == {("DEU", "long-range-strikes", -1)}
    assert signs(found(extractor, objection)) == {("GBR", "long-range-strikes", 1)}
    assert signs(found(extractor, outside)) == {("ITA", "long-range-strikes", -1)}
    assert signs(found(extractor, fire)) == {("USA", "long-range-strikes", -1)}


def test_what_another_must_do_is_the_trailing_speakers_position(extractor):
    allowed = "Ukraine must be allowed to hit military targets in Russia, Stoltenberg said."
    opposition = (
        "Friedrich Merz, leader of Germany's opposition Christian Democrats, said the government should finally "
        "deliver Taurus cruise missiles to Ukraine."
    )
    assert signs(found(extractor, allowed)) == {("NATO", "long-range-strikes", 1)}
    assert found(extractor, opposition, published=datetime.date(2024, 1, 30)) == set()


def test_russian_sovereignty_over_crimea_is_the_annexation(extractor):
    text = "Ukraine will never accept Russian sovereignty over Crimea, Kuleba said."
    assert signs(found(extractor, text)) == {("UKR", "russian-annexation", -1)}


def test_considering_a_step_leaves_it_open_and_considering_it_a_target_judges_it(extractor):
    weighing = "Germany is considering sending more air defence systems to Ukraine."
    target = "Russia will consider any Western troops in Ukraine a legitimate target, Zakharova said."
    accused = "Blinken said China was considering providing lethal support to Russia."
    assert signs(found(extractor, weighing)) == {("DEU", "military-aid-ukraine", 0)}
    assert signs(found(extractor, target)) == {("RUS", "foreign-troops-ukraine", -1)}
    assert signs(found(extractor, accused)) == {("USA", "arms-to-russia", -1)}


def test_a_state_named_in_its_spokespersons_turn_has_her_as_speaker(extractor):
    text = (
        "Reuters: Will China attend the peace summit in Switzerland?\n\n"
        "Mao Ning: China has always supported peace talks."
    )
    records = extractor.extract(DocumentInput(text, datetime.date(2024, 5, 20), source_actor="CHN")).records
    assert [(record.actor, record.topic, record.speaker) for record in records] == [
        ("CHN", "peace-talks", "Mao Ning")
    ]


def test_the_collapse_of_a_deal_is_a_layer_over_it(extractor):
    regretted = "Peskov said Russia regretted the collapse of the grain deal but blamed the West."
    fault = "Zelensky said the collapse of the grain deal was Russia's fault."
    hurt = "The collapse of the grain deal would hurt Africa, Ruto said."
    assert signs(found(extractor, regretted)) == {("RUS", "grain-deal", 1)}
    assert signs(found(extractor, fault)) == {("UKR", "grain-deal", 1)}
    assert signs(found(extractor, hurt)) == {("KEN", "grain-deal", 1)}


def test_a_vote_against_condemning_the_illegal_annexation_backs_it(extractor):
    against = "Nicaragua voted against the resolution condemning the illegal annexation."
    for_it = "Kenya voted for the resolution condemning the illegal annexation."
    assert signs(found(extractor, against)) == {("NIC", "russian-annexation", 1)}
    assert signs(found(extractor, for_it)) == {("KEN", "russian-annexation", -1)}


def _cases(table):
    return [pytest.param(*row, id=f"{theme}-{n}") for theme, rows in table.items() for n, row in enumerate(rows, 1)]


# Whole sentences and the records they give, by sign: (text, the channel's own actor, records).
SIGNED_READINGS = {
    "a_vote_takes_what_the_resolution_says_after_the_topic": [
        ("Russia vetoed the draft declaring the referendums illegal.", None, {("RUS", "russian-annexation", 1)}),
        (
            "India voted against the resolution declaring the annexation illegal.",
            None,
            {("IND", "russian-annexation", 1)},
        ),
        (
            "Brazil voted for the resolution declaring the referendums null and void.",
            None,
            {("BRA", "russian-annexation", -1)},
        ),
        ("China abstained on the draft declaring the referendums illegal.", None, {("CHN", "russian-annexation", 0)}),
    ],
    "that_another_has_no_claim_is_the_speakers_position": [
        ("Russia has no claim over Ukrainian land, Kuleba said.", None, {("UKR", "russian-annexation", -1)}),
        ("Kuleba said Russia has no claim over Ukrainian land.", None, {("UKR", "russian-annexation", -1)}),
        ("Russia has no claim over Ukrainian land, the minister said.", "UKR", {("UKR", "russian-annexation", -1)}),
    ],
    "a_negation_stays_with_the_verb_of_its_own_list_item": [
        (
            "Close your ports to them, do not supply goods, give up Russian energy resources.",
            "UKR",
            {("UKR", "russian-energy", -1)},
        ),
    ],
    "a_second_verb_with_its_own_auxiliary_leaves_the_first_verbs_negation_behind": [
        (
            "China is not a party to the crisis and has never provided lethal weapons to either side.",
            None,
            {("CHN", "arms-to-russia", -1)},
        ),
        (
            "China does not want the war and has never supplied weapons to Russia.",
            None,
            {("CHN", "arms-to-russia", -1)},
        ),
        (
            "North Korea has never exported weapons or ammunition to Russia and has no plan to do so.",
            None,
            {("PRK", "arms-to-russia", -1)},
        ),
        (
            "China has not supplied lethal weapons to Russia and will not do so.",
            None,
            {("CHN", "arms-to-russia", -1)},
        ),
    ],
    "a_negation_said_twice_of_one_verb_counts_once": [
        ("Hungary cannot and will not support new sanctions.", None, {("HUN", "sanctions-russia", -1)}),
        (
            "Ukraine cannot and will not agree with the passive sanctions position of some entities towards Russia.",
            None,
            {("UKR", "sanctions-russia", 1)},
        ),
        (
            "We are not supplying and will not supply weapons to Russia, Pezeshkian said.",
            None,
            {("IRN", "arms-to-russia", -1)},
        ),
        ("Hungary has not approved and will not approve new sanctions.", None, {("HUN", "sanctions-russia", -1)}),
        ("Iran has not sent and will not send weapons to Russia.", None, {("IRN", "arms-to-russia", -1)}),
    ],
    "a_step_that_will_be_met_with_a_response_is_opposed": [
        (
            "Russia warned that any deployment of Western troops to Ukraine would be met with a response.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
        (
            "Any attempt to seize Russian assets will be met with a harsh response, Peskov said.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
    ],
    "a_supply_verb_in_any_tense_before_ukraine_and_the_arms": [
        ("Germany has delivered Ukraine three Patriot systems.", None, {("DEU", "military-aid-ukraine", 1)}),
        ("Norway donated Ukraine 20 howitzers.", None, {("NOR", "military-aid-ukraine", 1)}),
    ],
    "a_step_said_to_ruin_or_destroy_is_opposed": [
        (
            "Orban has repeatedly said Ukraine's EU membership would ruin Hungarian farmers.",
            None,
            {("HUN", "ukraine-eu", -1)},
        ),
        ("A ban on Russian gas would destroy our economy, Fico said.", None, {("SVK", "russian-energy", 1)}),
    ],
    "calling_a_crime_or_a_supply_staged_or_made_up_denies_it": [
        (
            "Russia said the massacre in Bucha was a staged provocation.",
            None,
            {("RUS", "war-crimes-accountability", -1)},
        ),
        (
            "Moscow called reports of war crimes in Bucha a fabrication.",
            None,
            {("RUS", "war-crimes-accountability", -1)},
        ),
        (
            "Peskov said the reports of North Korean troops in Russia were made up.",
            None,
            {("RUS", "arms-to-russia", -1)},
        ),
    ],
    "russian_strikes_and_resolutions_condemning_russia_are_the_invasions_topic": [
        (
            "In a statement, the Polish foreign ministry condemned the Russian missile strike on Kyiv.",
            None,
            {("POL", "condemn-invasion", 1)},
        ),
        (
            "Eritrea, Mali, Nicaragua and Syria voted against the resolution condemning Russia.",
            None,
            {(code, "condemn-invasion", -1) for code in ("ERI", "MLI", "NIC", "SYR")},
        ),
        (
            "Israel has declined to supply Ukraine with its Iron Dome system.",
            None,
            {("ISR", "military-aid-ukraine", -1)},
        ),
    ],
    "banning_russian_state_media_is_a_sanction": [
        ("The EU has banned Russian state media outlets RT and Sputnik.", None, {("EU", "sanctions-russia", 1)}),
        ("Serbia refused to ban RT and Sputnik.", None, {("SRB", "sanctions-russia", -1)}),
    ],
    "a_step_that_solves_nothing_is_opposed": [
        ("Sanctions solve nothing, Erdogan said.", None, {("TUR", "sanctions-russia", -1)}),
    ],
    "a_step_taken_as_part_of_a_package_takes_the_package": [
        (
            "European Union leaders agreed to ban two thirds of the bloc's oil imports from Russia, as part of a sixth "
            "package of sanctions.",
            None,
            {("EU", "russian-energy", -1), ("EU", "sanctions-russia", 1)},
        ),
        ("Hungary refused to cap gas prices as part of the sanctions.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "a_list_item_after_a_bare_object_and_a_possessor_starts_afresh": [
        (
            "It is time for Congress to fund Israel's right to defend itself against terrorists, Ukraine's right to "
            "defend itself against Russian aggression, and our border security.",
            "USA",
            {("USA", "condemn-invasion", 1)},
        ),
    ],
    "a_failure_judged_as_a_blow_backs_what_was_not_done": [
        (
            "Ukraine's foreign ministry said Mongolia's failure to execute the warrant was a heavy blow to the ICC.",
            None,
            {("UKR", "war-crimes-accountability", 1)},
        ),
    ],
    "what_another_might_have_to_do_and_what_is_recommended_are_backed": [
        (
            "Trump said Ukraine might have to cede Crimea as part of a deal.",
            None,
            {("USA", "territorial-concessions", 1)},
        ),
        ("The European Commission recommended granting Ukraine candidate status.", None, {("EU", "ukraine-eu", 1)}),
    ],
    "suggesting_a_deed_proposes_it": [
        ("Vance suggested freezing the front line where it is now.", None, {("USA", "territorial-concessions", 1)}),
        (
            "Vance suggested that freezing the front line would be a mistake.",
            None,
            {("USA", "territorial-concessions", -1)},
        ),
    ],
    "crimea_said_to_be_russian_no_talks_while_and_the_pope": [
        (
            "Russia says Crimea is Russian territory and not open to discussion.",
            None,
            {("RUS", "russian-annexation", 1)},
        ),
        ("Ukraine will never accept that Crimea is Russian, Kuleba said.", None, {("UKR", "russian-annexation", -1)}),
        (
            "Zelensky said there could be no talks while Russian troops occupy Ukrainian land.",
            None,
            {("UKR", "peace-talks", -1)},
        ),
        ("The Pope appealed for an Easter truce in Ukraine.", None, {("VAT", "peace-talks", 1)}),
    ],
    "a_warning_against_finland_joining_nato_opposes_enlargement": [
        ("The Kremlin warned Finland against joining NATO.", None, {("RUS", "nato-enlargement", -1)}),
    ],
    "lifting_restrictions_on_ukraine_using_missiles_allows_the_strikes": [
        (
            "Britain lifted restrictions on Ukraine using Storm Shadow missiles against Russian territory.",
            None,
            {("GBR", "long-range-strikes", 1)},
        ),
    ],
    "named_arms_used_against_russia_are_the_means_of_the_strikes": [
        (
            "Germany does not want its Taurus missiles used against targets in Russia, Scholz said.",
            None,
            {("DEU", "long-range-strikes", -1)},
        ),
        (
            "The US will not allow ATACMS to be used to strike deep inside Russia.",
            None,
            {("USA", "long-range-strikes", -1)},
        ),
    ],
    "no_other_choice_but_a_step_backs_it": [
        (
            "On Ukraine, we believe there is no other choice but the path of diplomacy and dialogue.",
            "IND",
            {("IND", "peace-talks", 1)},
        ),
        ("There is no alternative to sanctions, Borrell said.", None, {("EU", "sanctions-russia", 1)}),
    ],
    "rejecting_attempts_to_alter_ukraines_borders_backs_its_integrity": [
        (
            "Chile firmly rejects any attempt to alter Ukraine's borders by force.",
            None,
            {("CHL", "ukraine-territorial-integrity", 1)},
        ),
    ],
    "the_first_member_of_a_bloc_is_not_the_bloc": [
        ("Lithuania was the first EU country to stop importing Russian gas.", None, {("LTU", "russian-energy", -1)}),
    ],
    "a_vote_on_a_resolution_on_the_aggression_is_a_vote_on_condemning_it": [
        (
            "Serbia voted in favour of the resolution on the aggression against Ukraine.",
            None,
            {("SRB", "condemn-invasion", 1)},
        ),
        ("Hungary voted against the resolution on Russia's aggression.", None, {("HUN", "condemn-invasion", -1)}),
        (
            "North Korea rejects the resolution on the illegal annexation of Ukrainian regions.",
            None,
            {("PRK", "russian-annexation", 1)},
        ),
    ],
    "no_concessions_on_a_thing_a_legitimate_response_and_direct_parties": [
        (
            "There will be no concessions on our sovereignty and territorial integrity.",
            "UKR",
            {("UKR", "ukraine-territorial-integrity", 1)},
        ),
        (
            "Stationing nuclear weapons in Belarus is a legitimate response to NATO's policy, the ministry said.",
            "RUS",
            {("RUS", "nuclear-threats", 1)},
        ),
        (
            "Any supply of long-range weapons for strikes on Russian territory will make those countries direct "
            "parties to the conflict, Nebenzia said.",
            None,
            {("RUS", "long-range-strikes", -1)},
        ),
    ],
    "recognising_occupied_territory_as_russian_is_the_annexation": [
        (
            "Volodymyr Zelensky: We will never recognise any occupied territory as Russian, whatever happens.",
            None,
            {("UKR", "russian-annexation", -1)},
        ),
    ],
    "expanding_eastward_and_a_matter_of_justice": [
        (
            "Spokesperson Lin Jian: NATO should stop expanding eastward and stop stirring up bloc confrontation.",
            None,
            {("CHN", "nato-enlargement", -1)},
        ),
        (
            "Confiscating Russian assets to rebuild Ukraine is a matter of justice.",
            "UKR",
            {("UKR", "frozen-assets", 1)},
        ),
    ],
    "security_and_defence_assistance_to_ukraine_is_military_aid": [
        (
            "We will keep providing security and defence assistance to Ukraine for as long as it takes.",
            "G7",
            {("G7", "military-aid-ukraine", 1)},
        ),
    ],
    "not_hesitating_to_take_a_step_takes_it": [
        (
            "Lukashenko said he would not hesitate to use nuclear weapons if Belarus were attacked.",
            None,
            {("BLR", "nuclear-threats", 1)},
        ),
        ("Germany hesitated to send tanks to Ukraine for months.", None, {("DEU", "military-aid-ukraine", -1)}),
    ],
    "what_another_will_do_foretold_in_a_speakers_turn_is_the_speakers": [
        ("Ambassador Vassily Nebenzia: Ukraine will never be in NATO.", None, {("RUS", "ukraine-nato", -1)}),
        (
            "Volodymyr Zelensky: Ukraine will never give up its territory.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
    ],
    "a_gerund_subject_is_judged_past_an_aside_listing_examples": [
        (
            "Sending Western troops to Ukraine under any label, including so-called peacekeepers, is categorically "
            "unacceptable to us, Zakharova said.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "never_having_refused_talks_backs_them": [
        ("We have never refused talks, the ministry said.", "RUS", {("RUS", "peace-talks", 1)}),
    ],
    "a_step_that_would_mean_fighting_directly_is_opposed": [
        (
            "Strikes deep into Russia with Western long-range missiles would mean that NATO countries are directly "
            "fighting Russia, Putin said.",
            None,
            {("RUS", "long-range-strikes", -1)},
        ),
    ],
    "an_a_turn_after_a_question_is_the_ministrys_answer": [
        (
            "Q: How does Moscow view the strikes?\nA: Strikes deep into Russia with Western long-range missiles mean "
            "that NATO countries are directly fighting Russia, and we will respond accordingly.",
            "RUS",
            {("RUS", "long-range-strikes", -1)},
        ),
    ],
    "a_vote_on_a_draft_demanding_russian_withdrawal": [
        (
            "Hungary voted against the draft demanding Russian withdrawal, because it will not bring peace closer.",
            None,
            {("HUN", "condemn-invasion", -1)},
        ),
        ("Iran abstained on the resolution demanding Russia's withdrawal.", None, {("IRN", "condemn-invasion", 0)}),
    ],
    "a_neutral_status_for_ukraine_listed_with_others_is_against_its_nato_path": [
        ("Russia demands a neutral and non-aligned status for Ukraine.", None, {("RUS", "ukraine-nato", -1)}),
        ("Ukraine rejects any neutral or non-bloc status, Kuleba said.", None, {("UKR", "ukraine-nato", 1)}),
    ],
    "a_gerund_with_a_particle_opens_its_clause_after_a_long_address": [
        (
            "Biden told Prime Minister Narendra Modi in a video call that speeding up imports of Russian energy was "
            "not in India's interest.",
            None,
            {("USA", "russian-energy", -1)},
        ),
        (
            "Speeding up imports of Russian energy is not in our interest, Biden said.",
            None,
            {("USA", "russian-energy", -1)},
        ),
    ],
    "a_step_said_to_be_in_or_not_in_a_states_interest_is_judged": [
        (
            "Buying Russian oil is in our national interest, Jaishankar said.",
            None,
            {("IND", "russian-energy", 1)},
        ),
        (
            "Sending troops to Ukraine is not in Hungary's interest, Orban said.",
            None,
            {("HUN", "foreign-troops-ukraine", -1)},
        ),
    ],
    "votes_told_after_the_text_in_its_own_sentence_are_a_vote_list": [
        (
            "The Assembly condemned the annexation by 143 votes to 5, with Russia and Belarus voting against and "
            "China and India among the 35 abstentions.",
            None,
            {
                ("RUS", "russian-annexation", 1),
                ("BLR", "russian-annexation", 1),
                ("CHN", "russian-annexation", 0),
                ("IND", "russian-annexation", 0),
            },
        ),
        (
            "Russia vetoed a draft resolution condemning the annexation, while China and India abstained.",
            None,
            {("RUS", "russian-annexation", 1), ("CHN", "russian-annexation", 0), ("IND", "russian-annexation", 0)},
        ),
        (
            "The Assembly adopted a draft condemning the annexation; Nicaragua voted against, while Laos abstained.",
            None,
            {("NIC", "russian-annexation", 1), ("LAO", "russian-annexation", 0)},
        ),
    ],
    "no_doubt_is_no_negation": [
        (
            "There is no word for it other than an illegal and unprovoked invasion, Penny Wong said.",
            None,
            {("AUS", "condemn-invasion", 1)},
        ),
        (
            "There can be no doubt that Russia's aggression against Ukraine must be condemned, Billstrom said.",
            None,
            {("SWE", "condemn-invasion", 1)},
        ),
        (
            "There is no question of sending troops to Ukraine, Scholz said.",
            None,
            {("DEU", "foreign-troops-ukraine", -1)},
        ),
    ],
    "prosecuting_or_punishing_the_perpetrators_is_the_pursuit": [
        ("Those responsible must be held to account, Blinken said.", None, {("USA", "war-crimes-accountability", 1)}),
        (
            "We will hold Russia to account for its war crimes, Macron said.",
            None,
            {("FRA", "war-crimes-accountability", 1)},
        ),
        (
            "The EU will punish those responsible for war crimes in Ukraine.",
            None,
            {("EU", "war-crimes-accountability", 1)},
        ),
        ("Hungary refused to prosecute war criminals.", None, {("HUN", "war-crimes-accountability", -1)}),
    ],
    "an_answers_no_is_said_of_the_question": [
        (
            "Q: Will you ease sanctions? A: No, our sanctions remain in force and we will keep enforcing them.",
            "USA",
            {("USA", "sanctions-russia", 1)},
        ),
        ("No sanctions will be lifted, Blinken said.", None, {("USA", "sanctions-russia", 1)}),
        (
            "Q: Will you ease sanctions? A: No - our sanctions remain in force and we will keep enforcing them.",
            "USA",
            {("USA", "sanctions-russia", 1)},
        ),
    ],
    "a_war_chest_is_no_war": [
        ("Britain will keep squeezing the Kremlin's war chest, Lammy said.", None, set()),
        ("Britain condemns the Kremlin's war, Lammy said.", None, {("GBR", "condemn-invasion", 1)}),
    ],
    "foreign_ministries_by_their_own_names": [
        (
            "The Federal Foreign Office condemns Russia's invasion of Ukraine.",
            None,
            {("DEU", "condemn-invasion", 1)},
        ),
        ("The FCDO announced new sanctions on Russian banks.", None, {("GBR", "sanctions-russia", 1)}),
    ],
    "a_verb_before_those_responsible_for_a_crime_pursues_them": [
        (
            "Karim Khan said the ICC would pursue everyone responsible for the deportation of Ukrainian children.",
            None,
            {("ICC", "war-crimes-accountability", 1)},
        ),
        (
            "The Russians do not believe that the international community can hold those responsible for the war "
            "crimes to justice.",
            "UKR",
            {("UKR", "war-crimes-accountability", 1)},
        ),
    ],
    "what_we_said_another_should_do_is_the_ministrys_position": [
        ("We have always said that NATO should stop expanding eastward.", "CHN", {("CHN", "nato-enlargement", -1)}),
        ("We have always said that Ukraine should never join NATO.", "RUS", {("RUS", "ukraine-nato", -1)}),
    ],
    "those_named_alongside_a_voter_cast_the_same_vote": [
        (
            "The United States voted against a resolution condemning Russia's war against Ukraine, alongside "
            "Russia, Hungary and Israel.",
            None,
            {(code, "condemn-invasion", -1) for code in ("USA", "RUS", "HUN", "ISR")},
        ),
        (
            "Germany backed the resolution condemning the annexation, alongside France.",
            None,
            {("DEU", "russian-annexation", -1), ("FRA", "russian-annexation", -1)},
        ),
    ],
    "a_phrase_whose_last_word_owns_what_follows_is_cut_short": [
        (
            "Belarus voted against the resolution condemning Russia's annexation of Crimea.",
            None,
            {("BLR", "russian-annexation", 1)},
        ),
        ("Australia agreed to join NATO's training initiative for Ukraine.", None, set()),
        (
            "Ukraine must be able to strike military targets on Russia's territory, Stoltenberg said.",
            None,
            {("NATO", "long-range-strikes", 1)},
        ),
    ],
    "a_weapon_named_before_the_strikes_says_what_strikes": [
        (
            "Kyiv welcomed the decision to allow ATACMS strikes on Russian territory.",
            None,
            {("UKR", "long-range-strikes", 1)},
        ),
    ],
    "an_answer_opening_with_a_stance_on_it_takes_the_question_up": [
        (
            "Q: Will Hungary support opening accession talks with Ukraine? A: No, we will not support it.",
            "HUN",
            {("HUN", "ukraine-eu", -1)},
        ),
        (
            "Q: Will Hungary support opening accession talks with Ukraine? A: No. We will not support it.",
            "HUN",
            {("HUN", "ukraine-eu", -1)},
        ),
        (
            "Q: Will Hungary support opening accession talks with Ukraine? A: We welcome it.",
            "HUN",
            {("HUN", "ukraine-eu", 1)},
        ),
        (
            "Q: Will Korea send humanitarian aid? A: If Seoul began sending arms, we would oppose it.",
            "RUS",
            set(),
        ),
    ],
    "a_predicate_judges_a_states_participation_in_the_topic": [
        (
            "Nebenzia said that Russia's participation in the Black Sea deal had ended.",
            None,
            {("RUS", "grain-deal", -1)},
        ),
        (
            "Turkey's participation in the sanctions is out of the question, Erdogan said.",
            None,
            {("TUR", "sanctions-russia", -1)},
        ),
    ],
    "two_phrases_of_one_topic_running_into_each_other_are_one": [
        (
            "Stubb said Ukraine must not be pushed into giving up territory in exchange for a ceasefire.",
            None,
            {("FIN", "territorial-concessions", -1)},
        ),
        (
            "Biden said there is not going to be U.S. boots on the ground in combat in Ukraine.",
            None,
            {("USA", "foreign-troops-ukraine", -1)},
        ),
    ],
    "a_word_describing_the_topic_leaves_it_to_the_predicate": [
        (
            "We have always held that NATO's continued eastward expansion does not help build lasting security.",
            "CHN",
            {("CHN", "nato-enlargement", -1)},
        ),
        ("Sanctions do not help, Orban said.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "an_aside_telling_a_former_stance_leaves_the_present_one": [
        (
            "Sweden, neutral for two centuries, became NATO's 32nd member in March 2024, Kristersson said.",
            None,
            {("SWE", "nato-enlargement", 1)},
        ),
        (
            "Germany, which had long refused to send tanks, will send Leopard tanks to Ukraine.",
            None,
            {("DEU", "military-aid-ukraine", 1)},
        ),
        (
            "Having opposed arms deliveries to Ukraine for two years, Germany now supports them.",
            None,
            {("DEU", "military-aid-ukraine", 1)},
        ),
        (
            "Sweden, which had not sent weapons to a country at war since 1939, will deliver anti-tank weapons to "
            "Ukraine, Andersson said.",
            None,
            {("SWE", "military-aid-ukraine", 1)},
        ),
        (
            "Emmanuel Macron, whose government had long been cautious about Kyiv's membership bid, said Ukraine must "
            "be given a path to NATO membership.",
            None,
            {("FRA", "ukraine-nato", 1)},
        ),
        (
            "Orban, who had threatened a veto, stepped out of the room when the decision to open accession talks "
            "with Ukraine was taken.",
            None,
            {("HUN", "ukraine-eu", -1)},
        ),
    ],
    "negotiations_on_accession_or_membership_are_no_peace_talks": [
        (
            "The European Council decided to open accession negotiations with Ukraine.",
            None,
            {("EU", "ukraine-eu", 1)},
        ),
        ("Hungary blocked the start of accession negotiations, Orban said.", None, set()),
    ],
    "the_consequence_of_an_if_clause_judges_its_step": [
        (
            "If the West sends troops to Ukraine, they will become targets, Medvedev warned.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
        (
            "If the West sends troops to Ukraine, it would be a grave mistake, Medvedev warned.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "the_verdict_on_a_judged_object_is_the_stance": [
        (
            "The Foreign Ministry regards the transfer of F-16 aircraft to the Kyiv regime as a deliberate escalation.",
            "RUS",
            {("RUS", "military-aid-ukraine", -1)},
        ),
        (
            "Russia regards the transfer of F-16s to Ukraine as a deliberate escalation.",
            None,
            {("RUS", "military-aid-ukraine", -1)},
        ),
        (
            "Moscow called the supply of F-16s to Ukraine a dangerous escalation.",
            None,
            {("RUS", "military-aid-ukraine", -1)},
        ),
    ],
    "more_wording_of_enlargement_annexation_claims_and_foreign_contingents": [
        ("We welcome Finland as the 31st member of NATO.", "USA", {("USA", "nato-enlargement", 1)}),
        ("Canada will never accept Russia's claim to Crimea, Joly said.", None, {("CAN", "russian-annexation", -1)}),
        (
            "We categorically reject the deployment of any military contingents from NATO countries in Ukraine.",
            "RUS",
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "votes_told_after_a_decision_are_votes_on_it": [
        (
            "EU energy ministers approved a plan to phase out imports of Russian gas, with Hungary and Slovakia "
            "voting against.",
            None,
            {("EU", "russian-energy", -1), ("HUN", "russian-energy", 1), ("SVK", "russian-energy", 1)},
        ),
        (
            "The EU adopted its 14th sanctions package, while Hungary abstained.",
            None,
            {("EU", "sanctions-russia", 1), ("HUN", "sanctions-russia", 0)},
        ),
    ],
    "a_step_said_only_to_deepen_the_crisis_is_opposed": [
        (
            "Brazil voted for the resolution demanding Russia's withdrawal, but its ambassador warned that "
            "indiscriminate sanctions would only deepen the crisis.",
            None,
            {("BRA", "condemn-invasion", 1), ("BRA", "sanctions-russia", -1)},
        ),
        ("Sanctions only prolong the war, Orban said.", None, {("HUN", "sanctions-russia", -1)}),
        ("Sanctions are worsening the crisis, Orban said.", None, {("HUN", "sanctions-russia", -1)}),
        (
            "Weapons deliveries to Ukraine only aggravate the crisis, Orban said.",
            None,
            {("HUN", "military-aid-ukraine", -1)},
        ),
    ],
    "never_giving_back_the_new_regions_keeps_the_annexation": [
        ("Russia will never give back the new regions, Putin said.", None, {("RUS", "russian-annexation", 1)}),
    ],
    "a_phrase_coordinated_inside_a_two_part_phrase_is_read_too": [
        (
            "Argentina has no plans to send weapons to Ukraine or to Russia, Fernandez said.",
            None,
            {("ARG", "military-aid-ukraine", -1), ("ARG", "arms-to-russia", -1)},
        ),
    ],
    "a_ban_list_is_a_name_not_a_ban": [
        (
            "Japan has added firms to its export ban list to prevent the circumvention of sanctions.",
            None,
            {("JPN", "sanctions-russia", 1)},
        ),
    ],
    "freezing_the_assets_of_russian_banks_or_officials_is_a_sanction": [
        ("Japan will freeze the assets of more Russian banks and officials.", None, {("JPN", "sanctions-russia", 1)}),
        ("Turkey refused to freeze the assets of Russian oligarchs.", None, {("TUR", "sanctions-russia", -1)}),
    ],
    "a_green_or_evacuation_corridor_is_humanitarian_not_the_grain_corridor": [
        (
            "Kyiv and Moscow agreed to open green corridors to evacuate civilians from Mariupol.",
            None,
            {("UKR", "humanitarian-aid", 1), ("RUS", "humanitarian-aid", 1)},
        ),
        ("Turkey said it would keep the grain corridor open.", None, {("TUR", "grain-deal", 1)}),
    ],
    "votes_told_after_and_in_the_sentence_describing_the_text": [
        (
            "Russia vetoed a draft deploring its aggression against Ukraine, and China, India and the United Arab "
            "Emirates abstained.",
            None,
            {
                ("RUS", "condemn-invasion", -1),
                ("CHN", "condemn-invasion", 0),
                ("IND", "condemn-invasion", 0),
                ("ARE", "condemn-invasion", 0),
            },
        ),
    ],
    "saying_a_step_will_not_solve_the_problem_opposes_it": [
        (
            "Zhang Jun spoke to the Security Council. He warned that sanctions would not solve the problem.",
            None,
            {("CHN", "sanctions-russia", -1)},
        ),
    ],
    "going_on_with_a_step_keeps_it": [
        (
            "Jaishankar held talks with Lavrov in Moscow. He told reporters that India would go on buying Russian oil.",
            None,
            {("IND", "russian-energy", 1)},
        ),
    ],
    "punishing_a_step_opposes_it_and_the_places_toured_are_no_holders": [
        (
            "Trump imposed an additional tariff on Indian goods to punish New Delhi's purchases of Russian oil.",
            None,
            {("USA", "russian-energy", -1)},
        ),
        (
            "Li Hui, Beijing's special representative, toured Kyiv, Warsaw and Moscow to promote a political "
            "settlement.",
            None,
            {("CHN", "peace-talks", 1)},
        ),
        ("Biden said punishing sanctions would stay in place.", None, {("USA", "sanctions-russia", 1)}),
    ],
    "the_one_forced_to_do_a_thing_is_not_its_holder": [
        (
            "Ukraine's foreign ministry dismissed Putin's terms as an ultimatum that would force Kyiv to give up even "
            "more land.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
        ("Kyiv said Russia wants to force Ukraine to give up land.", None, set()),
    ],
    "a_negated_verb_with_its_own_object_leaves_the_next_verb_alone": [
        (
            "China urged all sides not to widen the battlefield, backed an international peace conference and opposed "
            "sanctions.",
            None,
            {("CHN", "peace-talks", 1), ("CHN", "sanctions-russia", -1)},
        ),
        ("Germany will not send the tanks and backed sanctions.", None, {("DEU", "sanctions-russia", 1)}),
        ("Hungary does not want the war and will not support sanctions.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "the_agent_of_a_participle_is_no_subject_of_the_verb_joined_after_it": [
        (
            "China and Brazil supported a peace conference recognised by both Russia and Ukraine, and opposed any "
            "use of nuclear weapons.",
            None,
            {
                ("CHN", "peace-talks", 1),
                ("BRA", "peace-talks", 1),
                ("CHN", "nuclear-threats", -1),
                ("BRA", "nuclear-threats", -1),
            },
        ),
    ],
    "a_bare_verdict_on_what_is_declared_judges_it": [
        (
            "Zelensky signed a decree in October 2022 declaring negotiations with Putin impossible.",
            None,
            {("UKR", "peace-talks", -1)},
        ),
        ("The EU declared the referendums null and void.", None, {("EU", "russian-annexation", -1)}),
    ],
    "ending_a_veto_backs_what_it_blocked": [
        ("Hungary ended its veto on the sanctions package.", None, {("HUN", "sanctions-russia", 1)}),
    ],
    "an_appositive_move_judged_by_another_is_no_predicate_of_the_step": [
        (
            "Biden allowed Ukraine to use ATACMS against targets inside Russia, a move Moscow called reckless.",
            None,
            {("USA", "long-range-strikes", 1)},
        ),
        ("Germany agreed to send Leopard tanks, a step Russia condemned.", None, {("DEU", "military-aid-ukraine", 1)}),
    ],
    "with_a_name_saying_it_is_the_speaker_and_ended_through_talks_backs_them": [
        (
            "South Africa abstained on the resolutions, with Ramaphosa saying the war could only be ended through "
            "dialogue and negotiation.",
            None,
            {("ZAF", "peace-talks", 1)},
        ),
    ],
    "joining_others_in_voting_no_is_their_vote": [
        (
            "The General Assembly called for Russian troops to leave; Mali and Nicaragua joined Russia and Syria in "
            "voting no, while China abstained.",
            None,
            {
                ("MLI", "condemn-invasion", -1),
                ("NIC", "condemn-invasion", -1),
                ("RUS", "condemn-invasion", -1),
                ("SYR", "condemn-invasion", -1),
                ("CHN", "condemn-invasion", 0),
            },
        ),
    ],
    "voting_or_siding_with_moscow_is_its_vote": [
        (
            "The General Assembly demanded that Russia withdraw from Ukraine; Belarus and Syria voted with Moscow, "
            "while China abstained.",
            None,
            {
                ("BLR", "condemn-invasion", -1),
                ("SYR", "condemn-invasion", -1),
                ("RUS", "condemn-invasion", -1),
                ("CHN", "condemn-invasion", 0),
            },
        ),
        (
            "The United States sided with Russia against a resolution that named Russia's aggression; Hungary also "
            "voted no, while China abstained.",
            None,
            {("USA", "condemn-invasion", -1), ("HUN", "condemn-invasion", -1), ("CHN", "condemn-invasion", 0)},
        ),
    ],
    "holding_up_or_challenging_a_measure_opposes_it": [
        ("Slovakia held up the EU's 18th sanctions package for weeks.", None, {("SVK", "sanctions-russia", -1)}),
        (
            "Szijjarto said Hungary would challenge the EU's planned ban on Russian gas imports in court.",
            None,
            {("HUN", "russian-energy", 1)},
        ),
    ],
    "peace_talks_that_only_frame_another_topic_are_no_stance_on_them": [
        (
            "Hegseth said NATO membership for Ukraine was not a realistic outcome of a negotiated settlement.",
            None,
            {("USA", "ukraine-nato", -1)},
        ),
        ("Hegseth said Washington backed a negotiated settlement.", None, {("USA", "peace-talks", 1)}),
    ],
    "saying_a_measure_stays_in_place_supports_it": [
        ("Borrell said the sanctions would remain in place.", None, {("EU", "sanctions-russia", 1)}),
        ("Orban said the sanctions should not remain in force.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "topic_wording_staged_votes_are_the_referendums": [
        (
            "On 12 October 2022, 143 states voted to declare the staged votes in four occupied Ukrainian regions "
            "invalid; Russia and Syria voted no, and China abstained.",
            None,
            {("RUS", "russian-annexation", 1), ("SYR", "russian-annexation", 1), ("CHN", "russian-annexation", 0)},
        ),
    ],
    "topic_wording_annexations_in_the_plural": [
        ("Serbia will not recognise Russia's annexations.", None, {("SRB", "russian-annexation", -1)}),
    ],
    "topic_wording_efforts_conducive_to_peace": [
        ("China welcomes all efforts that are conducive to peace.", "CHN", {("CHN", "peace-talks", 1)}),
    ],
    "topic_wording_pulling_forces_out_of_ukraine": [
        (
            "South Africa asks the Russian Federation to pull its forces out of Ukraine without delay.",
            None,
            {("ZAF", "condemn-invasion", 1)},
        ),
    ],
    "topic_wording_military_units_of_nato_countries": [
        (
            "We categorically reject any scenario in which military units of NATO countries are deployed in Ukraine.",
            "RUS",
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "topic_wording_seaborne_price_caps_and_any_of_its_soldiers": [
        (
            "The G7 and Australia agreed to cap the price of seaborne Russian crude at 60 dollars a barrel.",
            None,
            {("G7", "sanctions-russia", 1), ("AUS", "sanctions-russia", 1)},
        ),
        (
            "Tajani said Italian weapons could only be used inside Ukraine and that Rome would not send any of its "
            "soldiers there.",
            None,
            {("ITA", "foreign-troops-ukraine", -1), ("ITA", "long-range-strikes", -1)},
        ),
    ],
    "refusing_to_call_it_an_invasion_refuses_to_condemn_it": [
        (
            "China's foreign ministry spokesperson refused on 24 February 2022 to describe Russia's military "
            "operation as an invasion.",
            None,
            {("CHN", "condemn-invasion", -1)},
        ),
        ("India has avoided calling the war an invasion.", None, {("IND", "condemn-invasion", -1)}),
        ("Biden did not hesitate to call it an invasion.", None, {("USA", "condemn-invasion", 1)}),
    ],
    "countermeasures_in_response_to_a_step_oppose_it_once": [
        (
            "Moscow warned that it would take military-technical countermeasures in response to Finland's accession "
            "to NATO.",
            None,
            {("RUS", "nato-enlargement", -1)},
        ),
        (
            "Russia announced retaliatory measures in response to the new sanctions.",
            None,
            {("RUS", "sanctions-russia", -1)},
        ),
    ],
    "a_relative_clause_on_the_holder_bears_on_no_later_topic": [
        ("Kishida, who hosted the summit, said the sanctions were wrong.", None, {("JPN", "sanctions-russia", -1)}),
        (
            "Kishida, who hosted the G7 summit in Hiroshima, said Moscow's threats to use nuclear weapons were "
            "inadmissible.",
            None,
            {("JPN", "nuclear-threats", -1)},
        ),
        (
            "Orban, who opposes sanctions, said Hungary would not block the package.",
            None,
            {("HUN", "sanctions-russia", -1)},
        ),
    ],
    "a_weapon_taken_in_battle_is_no_supply": [
        ("Zelensky said the soldier defended Chernihiv and captured a T-72 tank.", "UKR", set()),
        ("Slovakia said it had sent a T-72 tank to Ukraine.", None, {("SVK", "military-aid-ukraine", 1)}),
    ],
    "defeating_or_prevailing_over_the_aggression_opposes_it": [
        (
            "The United States will stand with Ukraine until it triumphs over Russia's aggression.",
            None,
            {("USA", "condemn-invasion", 1)},
        ),
        ("Poland said it would help Ukraine defeat the Russian invasion.", None, {("POL", "condemn-invasion", 1)}),
        ("Britain said the free world must prevail over Russia's aggression.", None, {("GBR", "condemn-invasion", 1)}),
    ],
    "the_talks_after_accession_talks_are_those_talks": [
        (
            "The EU opened accession negotiations with Ukraine on Tuesday. Kyiv said it would complete the "
            "negotiations as quickly as possible.",
            None,
            {("EU", "ukraine-eu", 1), ("UKR", "ukraine-eu", 1)},
        ),
        (
            "The EU opened accession negotiations with Ukraine on Tuesday. Russia and Ukraine held peace talks in "
            "Istanbul. Turkey said it would host the next round of the negotiations.",
            None,
            {("EU", "ukraine-eu", 1), ("RUS", "peace-talks", 1), ("UKR", "peace-talks", 1), ("TUR", "peace-talks", 1)},
        ),
    ],
    "a_role_opening_a_ministrys_text_is_its_own_official": [
        (
            "The Prime Minister spoke to President Zelensky this morning. He set out plans to send Challenger 2 tanks.",
            "GBR",
            {("GBR", "military-aid-ukraine", 1)},
        ),
        (
            "Foreign Minister Dmytro Kuleba met the Foreign Secretary. The minister then said he would ask for tanks.",
            "GBR",
            set(),
        ),
    ],
    "a_paper_speaks_for_whoever_a_sentence_after_an_opening_phrase_says_published_it": [
        (
            "On the anniversary of the war, Beijing published a twelve-point paper on the crisis. The paper calls "
            "for a general ceasefire.",
            None,
            {("CHN", "peace-talks", 1)},
        ),
        (
            "On Friday, the G7 adopted a statement. The document calls for more sanctions on Russia.",
            None,
            {("G7", "sanctions-russia", 1)},
        ),
        ("In Washington, officials met. The paper calls for a general ceasefire.", None, set()),
    ],
    "not_describing_russias_actions_as_an_invasion_withholds_the_name": [
        ("China does not describe Russia's actions as an invasion.", None, {("CHN", "condemn-invasion", -1)}),
        ("India has never called the military actions an invasion.", None, {("IND", "condemn-invasion", -1)}),
    ],
    "sending_a_named_nations_soldiers_is_the_troops_topic_without_ukraine_in_the_sentence": [
        (
            "Meloni said on Sunday that sending Italian soldiers had never been on the agenda.",
            "ITA",
            {("ITA", "foreign-troops-ukraine", -1)},
        ),
        (
            "Spain is ready to consider sending Spanish troops, Sanchez said.",
            None,
            {("ESP", "foreign-troops-ukraine", 0)},
        ),
    ],
    "a_modal_right_before_a_deed_commits_the_holder_to_it": [
        (
            "Putin said Russia would cease fire and begin talks as soon as Kyiv pulled its troops out.",
            None,
            {("RUS", "peace-talks", 1)},
        ),
        ("Moscow said it would certainly cease fire once Kyiv withdrew.", None, {("RUS", "peace-talks", 1)}),
        ("Moscow said it would not cease fire.", None, {("RUS", "peace-talks", -1)}),
    ],
    "the_assets_take_up_the_assets_named_before": [
        (
            "EU leaders postponed a decision on using immobilised Russian assets. Von der Leyen said the assets "
            "should be used to support Ukraine.",
            None,
            {("EU", "frozen-assets", 1)},
        ),
        ("Von der Leyen said the assets should be used to support Ukraine.", None, set()),
    ],
    "the_next_he_is_the_official_who_spoke_not_the_one_spoken_of": [
        (
            "Japan will freeze the assets of President Vladimir Putin, Prime Minister Fumio Kishida said on Sunday. "
            "He added that Japan would provide emergency humanitarian aid.",
            None,
            {("JPN", "humanitarian-aid", 1)},
        ),
        (
            "Chancellor Olaf Scholz said he had spoken to President Vladimir Putin. He added that Germany would "
            "provide humanitarian aid.",
            None,
            {("DEU", "humanitarian-aid", 1)},
        ),
    ],
    "a_phrase_joined_to_the_first_part_of_a_two_part_phrase_is_spoken_of_too": [
        (
            "Norway provides military support and humanitarian aid to Ukraine.",
            None,
            {("NOR", "military-aid-ukraine", 1), ("NOR", "humanitarian-aid", 1)},
        ),
        (
            "Norway will send weapons as well as humanitarian aid to Ukraine.",
            None,
            {("NOR", "military-aid-ukraine", 1), ("NOR", "humanitarian-aid", 1)},
        ),
        (
            "Hungary will not send weapons or humanitarian aid to Ukraine.",
            None,
            {("HUN", "military-aid-ukraine", -1), ("HUN", "humanitarian-aid", -1)},
        ),
    ],
    "making_the_alliance_stronger_or_europe_less_safe_judges_the_step": [
        ("Stoltenberg said Finland's accession made the alliance stronger.", None, {("NATO", "nato-enlargement", 1)}),
        (
            "Peskov said Finland's membership of NATO would make Europe less secure.",
            None,
            {("RUS", "nato-enlargement", -1)},
        ),
        ("Sweden's membership will make NATO stronger, Kristersson said.", None, {("SWE", "nato-enlargement", 1)}),
    ],
    "the_verbs_of_a_relative_clause_between_commas_describe_a_noun_before_the_topic": [
        (
            "Second is the supply of medicine to the cities, which were cut off by the fighting, the opening of green "
            "corridors for the evacuation of civilians.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
        (
            "Second is the provision of the population with essential goods in those regions, that were blocked "
            "through the hostilities, the organization of green corridors for the evacuation of civilians.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
    ],
    "a_two_part_phrase_does_not_reach_past_a_comma_and_an_auxiliary": [
        (
            "Germany, which refused to send tanks last year, will now send Leopard tanks to Ukraine.",
            None,
            {("DEU", "military-aid-ukraine", 1)},
        ),
        ("Canada will send tanks, and more ammunition, to Ukraine.", None, {("CAN", "military-aid-ukraine", 1)}),
    ],
    "the_invaders_troops_in_ukraine_are_no_foreign_deployment": [
        (
            "Kuleba said schools destroyed by Russian troops in Ukraine would be rebuilt.",
            None,
            set(),
        ),
        (
            "Zelensky said Ukraine would not accept occupying forces in Ukraine.",
            None,
            set(),
        ),
        ("Macron said France could send troops to Ukraine.", None, {("FRA", "foreign-troops-ukraine", 1)}),
    ],
    "a_topic_phrase_right_after_only_is_the_verdict_on_the_topic_before": [
        ("Zelensky said that a ceasefire would only freeze the conflict.", None, {("UKR", "peace-talks", -1)}),
        (
            "Zelensky said that allowing negotiations with Russia would only freeze the war.",
            None,
            {("UKR", "peace-talks", -1)},
        ),
        ("Kuleba said Kyiv would not freeze the war.", None, {("UKR", "territorial-concessions", -1)}),
        (
            "Kuleba said Ukraine would not agree to a ceasefire that would only freeze the conflict.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
    ],
    "a_name_labelling_a_plan_the_subject_judges_is_not_its_holder": [
        ("Hungary opposes the EU proposal to ban Russian oil imports.", None, {("HUN", "russian-energy", 1)}),
        (
            "Fico said his government would not support any EU plan to end Russian gas imports by 2027.",
            None,
            {("SVK", "russian-energy", 1)},
        ),
        ("Hungary criticised the EU decision to send tanks to Ukraine.", None, {("HUN", "military-aid-ukraine", -1)}),
        ("The EU plan to end Russian gas imports was approved by ministers.", None, {("EU", "russian-energy", -1)}),
    ],
    "a_central_bank_speaks_for_its_state": [
        (
            "Russia's central bank said the seizure of its assets would be theft.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
        (
            "The Russian central bank said it would retaliate against any use of its frozen reserves.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
    ],
    "drone_parts_for_russia_and_ukraines_path_to_the_union_are_topics": [
        (
            "Britain sanctioned Chinese companies for sending drone parts to Russia's military.",
            None,
            {("GBR", "arms-to-russia", -1)},
        ),
        ("Poland supports Ukraine's path to the European Union.", None, {("POL", "ukraine-eu", 1)}),
    ],
    "a_predicate_judging_the_termination_of_a_deal_judges_its_end": [
        ("The termination of the grain deal was a mistake, Guterres said.", None, {("UN", "grain-deal", 1)}),
        (
            "Turkey said the end of the grain deal would hurt poor countries.",
            None,
            {("TUR", "grain-deal", 1)},
        ),
        ("Hungary demanded the end of sanctions.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "an_irregular_participle_after_a_topic_modifies_it": [
        (
            "The referendums held in occupied regions will never be recognised, Japan said.",
            None,
            {("JPN", "russian-annexation", -1)},
        ),
        (
            "The weapons sent to Ukraine are prolonging the war, Hungary said.",
            None,
            {("HUN", "military-aid-ukraine", -1)},
        ),
    ],
    "saying_a_measure_works_supports_it": [
        ("Sanctions imposed on Russia are working, the EU said.", None, {("EU", "sanctions-russia", 1)}),
        ("The sanctions are biting, Blinken said.", None, {("USA", "sanctions-russia", 1)}),
        ("Sanctions against Russia are not working, Orban said.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "its_integrity_is_the_named_states_when_ukraine_goes_unnamed": [
        (
            "Putin warned that Russia would use all means at its disposal if its territorial integrity were "
            "threatened.",
            None,
            {("RUS", "nuclear-threats", 1)},
        ),
        (
            "China supports Ukraine and respects its sovereignty and territorial integrity.",
            None,
            {("CHN", "ukraine-territorial-integrity", 1)},
        ),
    ],
    "calling_a_step_the_best_security_guarantee_supports_it": [
        (
            "Estonia's prime minister said Ukraine's membership of the EU would be the strongest security guarantee.",
            None,
            {("EST", "ukraine-eu", 1)},
        ),
        (
            "Zelensky said NATO membership is the best security guarantee for Ukraine.",
            None,
            {("UKR", "ukraine-nato", 1)},
        ),
    ],
    "crimea_said_to_remain_ukrainian_backs_ukraines_borders": [
        (
            "Poland's president Andrzej Duda said Crimea had been Ukrainian and would remain Ukrainian.",
            None,
            {("POL", "ukraine-territorial-integrity", 1)},
        ),
        ("Crimea is Ukrainian land, the G7 said.", None, {("G7", "ukraine-territorial-integrity", 1)}),
    ],
    "the_kyiv_regime_is_ukraine": [
        ("Russia condemns the supply of weapons to the Kyiv regime.", None, {("RUS", "military-aid-ukraine", -1)}),
    ],
    "calling_a_step_a_direct_or_grave_threat_opposes_it": [
        (
            "Lavrov said the deployment of Western troops in Ukraine would be a grave threat.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
        (
            "Russia views the supply of Western weapons to Kyiv as a direct threat.",
            None,
            {("RUS", "military-aid-ukraine", -1)},
        ),
    ],
    "the_occupied_part_of_a_territory_is_no_concession": [
        (
            "We will give Ukraine more than Russia can give to the occupied part of our territory.",
            "UKR",
            set(),
        ),
        (
            "Zelensky said Ukraine will not buy peace with pieces of its territory.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
    ],
    "calling_a_vote_rigged_or_falsified_denies_it": [
        ("Kyiv said the referendums were rigged.", None, {("UKR", "russian-annexation", -1)}),
        (
            "The EU said the referendums in the occupied regions were falsified.",
            None,
            {("EU", "russian-annexation", -1)},
        ),
        ("This is aimed to falsify the so-called referendum.", "UKR", {("UKR", "russian-annexation", -1)}),
    ],
    "a_step_shown_as_evidence_of_a_deed_is_backed_not_judged_by_it": [
        (
            "We will impede its efforts, as demonstrated by our recently approved sanctions packages.",
            "USA",
            {("USA", "sanctions-russia", 1)},
        ),
    ],
    "sources_of_revenue_are_no_speakers": [
        (
            "We will raise the cost of the war and degrade Russia's sources of revenue, as demonstrated by our "
            "recently approved sanctions.",
            "USA",
            {("USA", "sanctions-russia", 1)},
        ),
    ],
    "holding_a_state_accountable_for_a_deed_opposes_the_deed": [
        (
            "The US will hold Iran accountable for providing drones to Russia.",
            None,
            {("USA", "arms-to-russia", -1)},
        ),
        (
            "Japan said North Korea must be held accountable for sending troops to Russia.",
            None,
            {("JPN", "arms-to-russia", -1)},
        ),
        ("We will hold Russia accountable for war crimes.", "USA", {("USA", "war-crimes-accountability", 1)}),
    ],
    "strikes_inside_of_russia_are_long_range_strikes": [
        ("We do not support attacks inside of Russia.", "USA", {("USA", "long-range-strikes", -1)}),
        (
            "Biden allowed Ukraine to strike inside of Russia with ATACMS.",
            None,
            {("USA", "long-range-strikes", 1)},
        ),
    ],
    "make_no_mistake_is_emphasis_not_a_verdict": [
        (
            "But make no mistake, it pales in comparison to the cost of living in a world where aggression prevails.",
            "USA",
            set(),
        ),
        ("Make no mistake, these sanctions will stay in place.", "USA", {("USA", "sanctions-russia", 1)}),
    ],
    "following_suit_takes_the_step_just_told": [
        (
            "Canada announced new sanctions on Russian individuals. Australia said it would follow suit.",
            None,
            {("CAN", "sanctions-russia", 1), ("AUS", "sanctions-russia", 1)},
        ),
        (
            "Germany refused to send Taurus missiles to Ukraine. Italy did the same.",
            None,
            {("DEU", "military-aid-ukraine", -1), ("ITA", "military-aid-ukraine", -1)},
        ),
        (
            "The EU imposed new sanctions on Russia. It urged China to do the same.",
            None,
            {("EU", "sanctions-russia", 1)},
        ),
    ],
    "a_second_object_joined_by_and_shares_the_verb": [
        (
            "China opposes unilateral sanctions and the seizure of Russian assets.",
            None,
            {("CHN", "sanctions-russia", -1), ("CHN", "frozen-assets", -1)},
        ),
        (
            "Germany supports sanctions and weapons deliveries to Ukraine.",
            None,
            {("DEU", "sanctions-russia", 1), ("DEU", "military-aid-ukraine", 1)},
        ),
        (
            "Germany supports sanctions but opposes weapons deliveries to Ukraine.",
            None,
            {("DEU", "sanctions-russia", 1), ("DEU", "military-aid-ukraine", -1)},
        ),
    ],
    "seizing_sovereign_property_or_frozen_money_is_the_frozen_assets": [
        (
            "Every dollar of frozen Russian money must go to rebuilding Ukraine, Kuleba said.",
            None,
            {("UKR", "frozen-assets", 1)},
        ),
        (
            "A: We oppose the seizure of sovereign property.",
            "CHN",
            {("CHN", "frozen-assets", -1)},
        ),
    ],
    "security_assistance_in_a_sentence_naming_ukraine_is_military_aid": [
        (
            "Biden announced a surge in security assistance to help Ukraine resist Russia's aggression.",
            None,
            {("USA", "military-aid-ukraine", 1), ("USA", "condemn-invasion", 1)},
        ),
        (
            "We have not seen the provision of lethal aid by China, the United States said.",
            None,
            set(),
        ),
    ],
    "the_one_leading_a_delegation_spoken_with_is_no_holder": [
        (
            "After talks with a Ukrainian delegation led by Andriy Yermak, the United States undertook to resume "
            "security assistance.",
            None,
            {("USA", "military-aid-ukraine", 1)},
        ),
    ],
    "a_negation_in_the_gap_of_a_two_part_phrase_is_read": [
        (
            "Germany imported no Russian gas in 2023, the economy ministry said.",
            None,
            {("DEU", "russian-energy", -1)},
        ),
        ("Germany imported Russian gas in 2021.", None, {("DEU", "russian-energy", 1)}),
    ],
    "caution_about_a_step_opposes_it": [
        (
            "France was cautious about confiscating the Russian central bank's assets.",
            None,
            {("FRA", "frozen-assets", -1)},
        ),
        ("Finland, wary of Russia, applied to join NATO.", None, {("FIN", "nato-enlargement", 1)}),
    ],
    "a_korean_scenario_is_a_frozen_line": [
        (
            "Zelensky said Ukraine would never accept a Korean scenario that divides the country.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
    ],
    "prolonging_the_agony_or_dragging_out_the_war_opposes_a_step": [
        (
            "Russia said Western arms deliveries to Ukraine only prolong the agony.",
            None,
            {("RUS", "military-aid-ukraine", -1)},
        ),
        ("Hungary said sanctions only drag out the war.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "allied_leaders_are_nato": [
        (
            "Allied leaders reaffirmed their support for Ukraine's sovereignty and territorial integrity.",
            None,
            {("NATO", "ukraine-territorial-integrity", 1)},
        ),
    ],
    "reaffirming_that_reports_a_stance_in_a_ministrys_own_text": [
        ("Germany reaffirmed that Ukraine's future is in NATO.", "USA", {("DEU", "ukraine-nato", 1)}),
        ("Germany reaffirmed that Ukraine's future is in NATO.", None, {("DEU", "ukraine-nato", 1)}),
    ],
    "such_limits_in_an_answer_are_the_ones_asked_about": [
        (
            "Q: Will Germany lift the range restrictions on weapons supplied to Ukraine?\n"
            "Dmitry Peskov: It cuts against the search for a negotiated solution. We are against removing such "
            "limits.",
            None,
            {("RUS", "long-range-strikes", -1), ("RUS", "peace-talks", 1)},
        ),
    ],
    "a_predicate_after_a_run_of_whatever_asides_judges_the_topic": [
        (
            "The appearance in Ukraine of armed forces of NATO countries, under whatever flag, in whatever capacity "
            "and under whatever label, is categorically unacceptable to us, Zakharova said.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "green_corridors_policy_dialogues_and_farm_talks_are_other_matters": [
        (
            "The United States and Japan also intend to support the establishment of green shipping corridors "
            "including a new grain corridor to support global efforts to decarbonize the shipping sector.",
            "USA",
            set(),
        ),
        ("The United States and the ROK held a meeting under the Energy Policy Dialogue.", "USA", set()),
        ("The United States and Japan launched a Dialogue on Sustainable Agriculture.", "USA", set()),
        ("The United States supports dialogue and diplomacy to end the war.", "USA", {("USA", "peace-talks", 1)}),
    ],
    "iran_or_north_koreas_nuclear_escalation_is_another_matter": [
        (
            "France and the United States met. They reaffirmed their determination to increase pressure on Iran to "
            "curb its destabilizing regional activities, nuclear escalation and missile proliferation, and halt its "
            "support to Russia's war of aggression against Ukraine.",
            "USA",
            {("USA", "arms-to-russia", -1)},
        ),
        (
            "They will increase pressure on Iran. Russia's irresponsible nuclear rhetoric is unacceptable.",
            "USA",
            {("USA", "nuclear-threats", -1)},
        ),
    ],
    "an_inverted_condition_states_no_position": [
        (
            "Zelensky warned that the Russians, should they decide to move forward with an invasion, would face "
            "fierce resistance.",
            None,
            set(),
        ),
        ("Zelensky condemned the invasion.", None, {("UKR", "condemn-invasion", 1)}),
    ],
    "saying_it_is_an_invasion_names_and_condemns_it": [
        (
            "And we agreed it's not only an attack on Ukraine, it's an attack on the security of Europe.",
            "USA",
            {("USA", "condemn-invasion", 1)},
        ),
        ("Lavrov said it was a special military operation, not a war.", None, set()),
        ("It is not an invasion, Lavrov said.", None, {("RUS", "condemn-invasion", -1)}),
        ("And it was a brutal attack on our democracy.", "USA", set()),
    ],
    "the_deeds_of_those_to_be_held_accountable_are_no_verdict": [
        (
            "The war will end for us when all those who gave and carried out criminal orders will be held "
            "accountable.",
            "UKR",
            {("UKR", "war-crimes-accountability", 1), ("UKR", "peace-talks", 1)},
        ),
        ("Those who shelled Kharkiv must be brought to justice.", "UKR", {("UKR", "war-crimes-accountability", 1)}),
    ],
    "a_negation_before_comma_but_to_stays_in_its_half": [
        (
            "Our defenders deserve not to think about the criteria, but to know that Ukraine will be a member of "
            "the European Union.",
            "UKR",
            set(),
        ),
        (
            "We have no choice but to send more weapons to Ukraine, Germany said.",
            None,
            {("DEU", "military-aid-ukraine", 1)},
        ),
    ],
    "readings_that_must_not_overreach": [
        ("Canada announced new sanctions on Russian oil. Italy declined to follow suit.", None,
         {("CAN", "sanctions-russia", 1)}),
        ("Poland sent MiG-29 jets to Ukraine. Hungary refused to do the same.", None,
         {("POL", "military-aid-ukraine", 1)}),
        ("A delegation led by Yermak urged Washington to send more Patriot systems to Ukraine.", None,
         {("UKR", "military-aid-ukraine", 1)}),
        ("Diplomats said the EU plans to ban Russian LNG imports.", None, {("EU", "russian-energy", -1)}),
        ("Kallas said that Hungary plans to block the new sanctions package.", None, set()),
        ("The EU condemned Russia's threats to use strategic nuclear weapons.", None, {("EU", "nuclear-threats", -1)}),
        ("Zelensky said Ukraine would be accountable for every dollar of military aid.", None, set()),
        ("Turkey has imported no fewer than five million tonnes of Russian oil this year.", None,
         {("TUR", "russian-energy", 1)}),
        ("Hungary condemned the sanctions, and the seizure of Russian assets was postponed.", None,
         {("HUN", "sanctions-russia", -1)}),
        ("Russia's occupation authorities continue to seize state property in Crimea, Kyiv said.", None, set()),
        ("Macron assured Zelensky that France would back the country until its territorial integrity is restored.",
         None, {("FRA", "ukraine-territorial-integrity", 1)}),
        ("The EU condemned the deployment of troops from North Korea and nuclear threats by Russia.", None,
         {("EU", "nuclear-threats", -1)}),
        ("Ukraine's intelligence said North Korea is giving Russia defence aid.", None, set()),
    ],
    "only_an_endorsing_verb_backs_the_war_itself": [
        ("Her son was sent to war against Ukraine.", "UKR", set()),
        ("We ask the whole world to help us fight this cruel aggression.", "UKR", set()),
        ("Now is not the time to support Russia's war.", "USA", {("USA", "condemn-invasion", 1)}),
        ("Belarus backed the invasion of Ukraine.", None, {("BLR", "condemn-invasion", -1)}),
        ("Lukashenko gave the green light to the invasion.", None, {("BLR", "condemn-invasion", -1)}),
        ("China refused to condemn the invasion.", None, {("CHN", "condemn-invasion", -1)}),
        ("Medvedev said the invasion was necessary.", None, {("RUS", "condemn-invasion", -1)}),
        ("Belarus stands with Russia in its war against Ukraine.", None, {("BLR", "condemn-invasion", -1)}),
        (
            "The United States stands with Ukrainians as they beat back the aggression from Russia.",
            None,
            {("USA", "condemn-invasion", 1)},
        ),
        ("Minsk encouraged the invasion from the first day.", None, {("BLR", "condemn-invasion", -1)}),
        (
            "Canada stands with Ukraine as it defends itself against the invasion.",
            None,
            {("CAN", "condemn-invasion", 1)},
        ),
    ],
    "the_invaders_obstructing_aid_is_a_complaint_by_its_teller": [
        (
            "The Russian military does not allow any humanitarian aid into the city.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
        ("And the occupiers again blocked the grain exports from Odesa.", "UKR", {("UKR", "grain-deal", 1)}),
        ("The military will not deliver humanitarian aid there.", "UKR", {("UKR", "humanitarian-aid", -1)}),
        (
            "Russian troops will not allow humanitarian convoys into Mariupol, Zelensky said.",
            None,
            {("UKR", "humanitarian-aid", 1)},
        ),
    ],
    "they_or_no_subject_go_on_telling_of_the_invaders": [
        (
            "We try to make the corridors work. But the Russian military does not release people into the free "
            "territory of Ukraine. And does not allow any humanitarian cargo into Mariupol.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
        (
            "Russian troops shell the city round the clock. And they do not let any humanitarian cargo into our "
            "blocked city.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
        ("We sent food to the city. And they do not let any humanitarian cargo into our blocked city.", "UKR", set()),
        (
            "The occupiers destroyed the dam. The UN and the Red Cross are silent. They do not deliver humanitarian "
            "aid to Kherson.",
            "UKR",
            {("UN", "humanitarian-aid", -1)},
        ),
        (
            "Russian troops shelled the city. Do not let any humanitarian cargo be stolen.",
            "UKR",
            {("UKR", "humanitarian-aid", -1)},
        ),
    ],
    "the_invaders_deed_told_by_russia_is_its_own": [
        (
            "Russian troops will not allow humanitarian convoys into Mariupol, Shoigu said.",
            "UKR",
            {("RUS", "humanitarian-aid", -1)},
        ),
        ("Russian troops will not observe the Easter ceasefire, Shoigu said.", None, {("RUS", "peace-talks", -1)}),
        (
            "The Russian army will not allow humanitarian convoys into the city.",
            "RUS",
            {("RUS", "humanitarian-aid", -1)},
        ),
    ],
    "the_invaders_deed_told_is_not_the_writers_stance": [
        ("The Russian state is not yet ready to stop the war.", "UKR", set()),
        ("Russian troops did not cease fire.", "UKR", set()),
        (
            "Although we did everything to make the corridor work, Russian troops did not cease fire.",
            "UKR",
            set(),
        ),
        (
            "Although we agreed on the route, the occupiers again blocked the humanitarian convoy to Mariupol.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
        (
            "The occupiers must not escape punishment for their war crimes.",
            "UKR",
            {("UKR", "war-crimes-accountability", 1)},
        ),
    ],
    "accountability_counts_only_beside_the_wars_parties": [
        (
            "The President signed a bill that will expand accountability for gun dealers, the White House said.",
            None,
            set(),
        ),
        ("We want to promote accountability for such terrorist attacks, Biden said.", None, set()),
        ("Kyiv demanded accountability for the killings in Bucha.", None, {("UKR", "war-crimes-accountability", 1)}),
        (
            "There must be accountability for the atrocities in Bucha and Irpin, the EU said.",
            None,
            {("EU", "war-crimes-accountability", 1)},
        ),
        (
            "The EU said there must be accountability for all crimes committed.",
            None,
            {("EU", "war-crimes-accountability", 1)},
        ),
    ],
    "shelter_is_aid_only_beside_ukraine": [
        ("Help find shelter when there is an air alarm.", "UKR", set()),
        ("Falling rents should mean lower shelter inflation, the White House said.", None, set()),
        (
            "The funding will provide shelter and heating for Ukraine's displaced families.",
            "EU",
            {("EU", "humanitarian-aid", 1)},
        ),
        ("Poland has given shelter to millions of people fleeing the war.", None, {("POL", "humanitarian-aid", 1)}),
        ("People took shelter in the metro as the war came to the city.", "UKR", set()),
    ],
    "military_or_other_assistance_to_russia_is_arms_for_it": [
        (
            "We urge all countries not to give military or other assistance to Russia, the G7 leaders said.",
            None,
            {("G7", "arms-to-russia", -1)},
        ),
        ("Washington gives military and economic assistance to Ukraine.", None, {("USA", "military-aid-ukraine", 1)}),
    ],
    "talks_dialogue_and_diplomacy_are_the_wars_only_beside_it": [
        (
            "The budget deal needs more time.\nThe United States remains committed to diplomacy, Blinken said.",
            None,
            set(),
        ),
        (
            "Russia has massed troops on the border. The United States remains committed to diplomacy, Blinken said.",
            None,
            {("USA", "peace-talks", 1)},
        ),
        ("Q: Will Congress pass the budget this week?\n\nA: We have always supported dialogue.", "CHN", set()),
        ("The occupiers shelled the city again. We remain open to negotiations.", "UKR", {("UKR", "peace-talks", 1)}),
        (
            "Q: Will Kyiv and Moscow meet again?\n\nA: We have always supported dialogue.",
            "CHN",
            {("CHN", "peace-talks", 1)},
        ),
        (
            "Q: Is China ready to mediate between Russia and Ukraine?\n\nA: Yes. China supports this.",
            "CHN",
            {("CHN", "peace-talks", 1)},
        ),
        ("Q: Will China mediate in the budget talks?\n\nA: Yes. China supports this.", "CHN", set()),
        (
            "The President will launch a process, open to any nation, to negotiate bilateral security agreements "
            "with Ukraine.",
            "USA",
            set(),
        ),
        ("Russia is ready to negotiate an agreement with Ukraine, Peskov said.", None, {("RUS", "peace-talks", 1)}),
        (
            "Turkey is ready to mediate agreements between Moscow and Kyiv, Erdogan said.",
            None,
            {("TUR", "peace-talks", 1)},
        ),
    ],
    "a_purpose_clause_before_the_comma_is_no_cue_for_what_follows": [
        (
            "In order for freedom not to lose, the world must support it with sanctions against the aggressor.",
            "UKR",
            {("UKR", "sanctions-russia", 1)},
        ),
        ("Whatever Moscow says, we will not lift the sanctions.", "UKR", {("UKR", "sanctions-russia", 1)}),
    ],
    "the_end_of_the_war_is_no_cue_on_the_items_after_it": [
        (
            "My priorities are clear: the end of the war, security guarantees, restoration of territorial integrity.",
            "UKR",
            {("UKR", "ukraine-territorial-integrity", 1)},
        ),
        ("To the end of this brutal war.", "UKR", {("UKR", "condemn-invasion", 1)}),
        (
            "Moscow seeks the end of this war and of Western sanctions, Peskov said.",
            None,
            {("RUS", "sanctions-russia", -1)},
        ),
        (
            "Turkey said it meant an end to hostilities and a truce reached through negotiation.",
            None,
            {("TUR", "peace-talks", 1)},
        ),
    ],
    "a_clause_without_that_after_agreeing_is_judged_by_its_own_predicate": [
        (
            "Scholz said afterwards that both leaders agreed nuclear threats were irresponsible.",
            None,
            {("DEU", "nuclear-threats", -1)},
        ),
        ("Germany agreed sanctions were necessary, Scholz said.", None, {("DEU", "sanctions-russia", 1)}),
    ],
    "a_paragraph_going_on_from_another_conflicts_is_that_conflicts": [
        (
            "We stand with Iranian women and their concerns.\n\nAnd we will hold the regime accountable for the way "
            "it is treating its people.",
            "USA",
            set(),
        ),
        (
            "Q: What about the ceasefire in Lebanon?\n\nA: We want to see this ceasefire maintained, Kirby said.",
            None,
            set(),
        ),
        (
            "We stand with Iranian women and their concerns.\n\nWe will hold Russia accountable for its war crimes.",
            "USA",
            {("USA", "war-crimes-accountability", 1)},
        ),
    ],
    "too_little_for_its_end_calls_for_more": [
        ("After sanctions, which are obviously not enough to stop this war.", "UKR", {("UKR", "peace-talks", 1)}),
        (
            "Zelensky said the sanctions imposed so far are not enough to stop Russia.",
            None,
            {("UKR", "sanctions-russia", 1)},
        ),
        ("Kuleba said the West was not doing enough to end the war.", None, {("UKR", "peace-talks", 1)}),
        (
            "Kyiv said the aid delivered was not sufficient to stop the invasion.",
            None,
            {("UKR", "condemn-invasion", 1)},
        ),
        (
            "Hungary said the evidence was not sufficient to justify new sanctions.",
            None,
            {("HUN", "sanctions-russia", -1)},
        ),
        ("Kyiv said the sanctions were far from enough to stop Russia.", None, {("UKR", "sanctions-russia", 1)}),
    ],
    "economic_security_is_no_military_aid": [
        (
            "G7 leaders agreed to provide Ukraine with economic security and humanitarian assistance.",
            None,
            {("G7", "humanitarian-aid", 1)},
        ),
        (
            "We will provide Ukraine with the security assistance it needs, Biden said.",
            None,
            {("USA", "military-aid-ukraine", 1)},
        ),
    ],
    "gifting_land_and_a_reprisal_against_russia": [
        (
            "Zelensky said Ukrainians would not gift their land to the occupier.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
        (
            "Mexico is not going to take any kind of economic reprisal against Russia, Lopez Obrador said.",
            None,
            {("MEX", "sanctions-russia", -1)},
        ),
        ("Putin said Khrushchev's gift of Crimea to Ukraine in 1954 was a historic mistake.", None, set()),
        ("Ukraine launched drones in reprisal against Russian strikes on Odesa.", None, set()),
    ],
    "no_step_without_a_condition_is_no_rejection": [
        ("There can be no lasting peace without justice, the EU said.", None, set()),
        ("Moscow said there would be no ceasefire, Peskov said.", None, {("RUS", "peace-talks", -1)}),
        ("There can be no lasting peace in Europe without justice, the EU said.", None, set()),
        (
            "There will be no sanctions relief without a full withdrawal, Blinken said.",
            None,
            {("USA", "sanctions-russia", 1), ("USA", "condemn-invasion", 1)},
        ),
    ],
    "what_a_sentence_opens_by_lacking_is_asked_for": [
        ("Without a full Lend-Lease, we can only defend ourselves.", "UKR", {("UKR", "military-aid-ukraine", 1)}),
        (
            "Without Ukrainian grain exports, this will result in food shortages in Africa.",
            "UKR",
            {("UKR", "grain-deal", 1)},
        ),
        (
            "Unfortunately, we were unable to deliver the humanitarian cargo to the cities of the Kherson region.",
            "UKR",
            {("UKR", "humanitarian-aid", 1)},
        ),
        ("Without hesitation, Germany decided to send tanks to Ukraine.", None, {("DEU", "military-aid-ukraine", 1)}),
        ("It is impossible to negotiate with Putin, Zelensky said.", None, {("UKR", "peace-talks", -1)}),
    ],
    "a_body_of_member_states_holds_no_position_of_the_uns_own": [
        (
            "The UN General Assembly on Wednesday adopted a resolution deploring Russia's aggression against "
            "Ukraine, by 141 votes to 5.",
            None,
            set(),
        ),
        ("The Security Council called for a swift end to the conflict.", None, set()),
        ("The United Nations called for a swift end to the conflict.", None, {("UN", "peace-talks", 1)}),
        ("Security Council Secretary Nikolai Patrushev opposed the grain deal.", None, {("RUS", "grain-deal", -1)}),
    ],
    "another_foretelling_or_ruling_out_an_accession_states_its_view": [
        ("Stoltenberg said on Wednesday that Ukraine would join NATO one day.", None, {("NATO", "ukraine-nato", 1)}),
        ("Lavrov said on Wednesday that Ukraine would never join NATO.", None, {("RUS", "ukraine-nato", -1)}),
        ("Stoltenberg said on Wednesday that Finland will join NATO.", None, {("NATO", "nato-enlargement", 1)}),
        (
            "Stoltenberg said on Wednesday that Ukraine was on an irreversible path to NATO membership.",
            None,
            {("NATO", "ukraine-nato", 1)},
        ),
        # The candidate's own deed or wish, reported: no view of the reporter's.
        ("Lavrov said on Wednesday that Ukraine wants to join NATO.", None, set()),
        ("Lavrov said on Wednesday that Ukraine has applied to join NATO.", None, set()),
        # A fact told is no forecast of the teller's; a forecast judged by a verb before it takes the verb's sign.
        ("Sweden has not joined NATO yet, Erdogan said.", None, set()),
        ("Lavrov said it was a mistake to think that Ukraine would join NATO.", None, {("RUS", "ukraine-nato", -1)}),
    ],
    "a_should_after_its_subject_is_no_condition": [
        (
            "Zelensky warned that the West should send more air defence systems to Ukraine.",
            None,
            {("UKR", "military-aid-ukraine", 1)},
        ),
        (
            "Blinken warned that Europe should keep up its military aid to Ukraine.",
            None,
            {("USA", "military-aid-ukraine", 1)},
        ),
        # An inverted condition still is one.
        (
            "Lavrov warned that should NATO send troops to Ukraine, Russia would respond.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "where_ukraine_belongs_is_a_view_of_its_accession": [
        ("Macron said on Wednesday that Ukraine belongs in the European Union.", None, {("FRA", "ukraine-eu", 1)}),
        ("Orban said Ukraine does not belong in the European Union.", None, {("HUN", "ukraine-eu", -1)}),
        ("Ukraine should not be a member of the EU, Orban said.", None, {("HUN", "ukraine-eu", -1)}),
    ],
    "such_a_court_takes_up_the_tribunal_named_before": [
        (
            "The EU backs a special tribunal for the crime of aggression. Russia said it would never recognise such a "
            "court.",
            None,
            {("EU", "war-crimes-accountability", 1), ("RUS", "war-crimes-accountability", -1)},
        ),
        (
            "The EU backs a special tribunal for the crime of aggression. Moscow says it will not recognise any such "
            "body.",
            None,
            {("EU", "war-crimes-accountability", 1), ("RUS", "war-crimes-accountability", -1)},
        ),
        # With nothing named before, there is nothing to take up.
        ("Russia said it would never recognise such a court.", None, set()),
    ],
    "what_is_wanted_done_to_the_topic_is_the_stance": [
        ("Russia wants the sanctions lifted.", None, {("RUS", "sanctions-russia", -1)}),
        ("Hungary wants the sanctions on Russia eased.", None, {("HUN", "sanctions-russia", -1)}),
        ("Russia allowed the grain deal to expire on Monday.", None, {("RUS", "grain-deal", -1)}),
        # As before: "to be" and a verb that advances the topic.
        ("Russia wants the sanctions to be lifted.", None, {("RUS", "sanctions-russia", -1)}),
        ("Turkey wants the grain deal extended.", None, {("TUR", "grain-deal", 1)}),
    ],
    "a_negated_verb_said_twice_after_other_cues_counts_once": [
        (
            "Serbia's president, in Moscow on Friday for the parade, told Putin that Serbia had not imposed and would "
            "not impose sanctions on Russia, despite pressure from Brussels.",
            None,
            {("SRB", "sanctions-russia", -1)},
        ),
    ],
    "a_warned_condition_ends_at_its_comma": [
        (
            "Peskov warned that if NATO troops were sent to Ukraine, a direct conflict would become not a probability "
            "but an inevitability.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
        (
            "Macron said sending ground troops to Ukraine could not be ruled out. Peskov warned on Tuesday that if "
            "such troops were sent, a direct conflict between Russia and NATO would become not a probability but an "
            "inevitability.",
            None,
            {("FRA", "foreign-troops-ukraine", 0), ("RUS", "foreign-troops-ukraine", -1)},
        ),
        # A negation inside the condition still turns the warning into pressure for the topic.
        (
            "Lavrov warned that if no peace talks were held, the war would go on.",
            None,
            {("RUS", "peace-talks", 1)},
        ),
    ],
    "a_negotiating_position_on_a_law_is_no_talks_on_the_war": [
        (
            "EU ministers agreed on Monday on their negotiating position for a law banning imports of Russian gas.",
            None,
            {("EU", "russian-energy", -1)},
        ),
        ("The EU backs negotiations between Russia and Ukraine.", None, {("EU", "peace-talks", 1)}),
    ],
    "the_decision_is_the_first_deed_the_paragraph_told": [
        (
            "Russia said on Monday it was suspending its part in the grain deal, and Lavrov said Russia would return "
            "to the deal once its demands were met. Guterres said he deeply regretted the decision.",
            None,
            {("RUS", "grain-deal", -1), ("UN", "grain-deal", 1)},
        ),
        # A deed in a later paragraph is new news: "the decision" then means it.
        (
            "Russia suspended its part in the grain deal in July.\n\nIn November Russia resumed its part in the "
            "grain deal. Guterres welcomed the decision.",
            None,
            {("RUS", "grain-deal", -1), ("UN", "grain-deal", 1)},
        ),
    ],
    "joining_is_the_candidates_deed_and_the_enlargement_takes_it_up": [
        ("Finland joined NATO on Tuesday.", None, {("FIN", "nato-enlargement", 1)}),
        (
            "Finland joined NATO on Tuesday. Peskov said the enlargement encroached on Russia's security and would "
            "force Moscow to take countermeasures.",
            None,
            {("FIN", "nato-enlargement", 1), ("RUS", "nato-enlargement", -1)},
        ),
        (
            "Finland joined NATO on Tuesday. Stoltenberg welcomed the move.",
            None,
            {("FIN", "nato-enlargement", 1), ("NATO", "nato-enlargement", 1)},
        ),
    ],
    "a_ceasefire_that_ends_the_clause_after_after_tells_when": [
        (
            "Britain was ready to put its own troops on the ground in Ukraine as part of security guarantees after a "
            "ceasefire.",
            None,
            {("GBR", "foreign-troops-ukraine", 1)},
        ),
        ("Britain backs a ceasefire between Russia and Ukraine.", None, {("GBR", "peace-talks", 1)}),
    ],
    "whether_weapons_may_be_used_to_strike_russia": [
        ("Scholz said German weapons could not be used to strike Russia.", None, {("DEU", "long-range-strikes", -1)}),
        ("Britain said its missiles could be used to strike Russia.", None, {("GBR", "long-range-strikes", 1)}),
        ("Germany insists its weapons must not be used to strike Russia.", None, {("DEU", "long-range-strikes", -1)}),
        # Told as a fact, the use is no one's stance.
        ("Russia said Western missiles were used to strike Russia.", None, set()),
    ],
    "a_threatened_response_opposes_what_would_draw_it": [
        (
            "Lavrov warned that any seizure of Russian property would draw a response.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
        (
            "Lavrov said the confiscation of Russian assets would not go unanswered.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
    ],
    "the_german_decision_takes_up_the_deed_named_before": [
        (
            "Scholz announced on Wednesday that Germany would send Leopard tanks to Ukraine. Lavrov called the German "
            "decision extremely dangerous.",
            None,
            {("DEU", "military-aid-ukraine", 1), ("RUS", "military-aid-ukraine", -1)},
        ),
        (
            "Germany stopped buying Russian gas. Hungary criticised the German move.",
            None,
            {("DEU", "russian-energy", -1), ("HUN", "russian-energy", 1)},
        ),
    ],
    "a_plan_is_what_it_would_do_to_the_topic": [
        (
            "The EU said on Tuesday it would phase out imports of Russian gas by 2027. Orban said the plan was a grave "
            "violation of national sovereignty.",
            None,
            {("EU", "russian-energy", -1), ("HUN", "russian-energy", 1)},
        ),
        # A plan for the topic itself, as before.
        (
            "Macron said he was ready to send troops to Ukraine. Russia condemned the plan.",
            None,
            {("FRA", "foreign-troops-ukraine", 1), ("RUS", "foreign-troops-ukraine", -1)},
        ),
    ],
    "declining_to_say_or_confirm_is_no_refusal": [
        ("Paris declined to confirm the delivery of SCALP missiles to Ukraine.", None, set()),
        ("Paris declined to send SCALP missiles to Ukraine.", None, {("FRA", "military-aid-ukraine", -1)}),
    ],
    "responding_to_the_humanitarian_crisis_is_aid": [
        ("Japan will respond to the humanitarian crisis in Ukraine.", None, {("JPN", "humanitarian-aid", 1)}),
        ("Lavrov said the Kremlin had no concerns about the arrest warrant.", None, set()),
    ],
    "together_with_lists_one_more_holder": [
        (
            "The leaders of France and Germany, together with European Commission President Ursula von der Leyen, "
            "welcomed a ceasefire in Ukraine.",
            None,
            {("FRA", "peace-talks", 1), ("DEU", "peace-talks", 1), ("EU", "peace-talks", 1)},
        ),
        (
            "France and Germany, along with Finland, issued a joint statement. They said international borders must "
            "not be changed by force.",
            None,
            {
                ("FRA", "ukraine-territorial-integrity", 1),
                ("DEU", "ukraine-territorial-integrity", 1),
                ("FIN", "ukraine-territorial-integrity", 1),
            },
        ),
    ],
    "the_shutdown_takes_up_the_halt_and_natos_enlargement_is_not_the_unions": [
        (
            "Ukraine halted the transit of Russian gas on Wednesday. Germany welcomed the shutdown.",
            None,
            {("UKR", "russian-energy", -1), ("DEU", "russian-energy", -1)},
        ),
        (
            "Ukraine's accession talks go on. Germany welcomed the enlargement of NATO to Finland and Sweden.",
            None,
            {("DEU", "nato-enlargement", 1)},
        ),
    ],
    "opposing_or_supporting_the_text_is_a_vote_on_it": [
        (
            "The General Assembly adopted a resolution condemning Russia's aggression against Ukraine. Russia and "
            "Belarus opposed the text, while China and India abstained.",
            None,
            {
                ("RUS", "condemn-invasion", -1),
                ("BLR", "condemn-invasion", -1),
                ("CHN", "condemn-invasion", 0),
                ("IND", "condemn-invasion", 0),
            },
        ),
        (
            "The General Assembly adopted a resolution condemning Russia's aggression against Ukraine. Germany and "
            "France supported the text.",
            None,
            {("DEU", "condemn-invasion", 1), ("FRA", "condemn-invasion", 1)},
        ),
    ],
    "the_agent_of_a_passive_holds_not_the_owner": [
        (
            "Sweden applied in May 2022, but its bid was held up for months by Turkey and Hungary.",
            None,
            {("TUR", "nato-enlargement", -1), ("HUN", "nato-enlargement", -1)},
        ),
        ("Ukraine's bid to join the EU was blocked by Hungary.", None, {("HUN", "ukraine-eu", -1)}),
        # As before: the agent after a topic with no owner.
        ("Russia's annexation of Crimea was condemned by the EU.", None, {("EU", "russian-annexation", -1)}),
    ],
    "taking_part_in_a_poll_on_the_topic_takes_no_side": [
        (
            "Orban said most of those who took part in the consultation on Ukraine's membership of the EU had voted "
            "against it.",
            None,
            {("HUN", "ukraine-eu", -1)},
        ),
        ("Hungary took part in the talks on Ukraine's membership of the EU.", None, {("HUN", "ukraine-eu", 1)}),
    ],
    "the_status_of_candidates_is_the_candidacy": [
        (
            "EU leaders granted Ukraine and Moldova the status of candidates for membership on Thursday.",
            None,
            {("EU", "ukraine-eu", 1)},
        ),
    ],
    "the_bloc_and_the_alliance_stand_for_the_body_named_shortly_before": [
        (
            "EU leaders met in Brussels on Thursday. The bloc said it would keep its sanctions on Russia.",
            None,
            {("EU", "sanctions-russia", 1)},
        ),
        (
            "NATO leaders met in Vilnius. The alliance said Ukraine's future lies in NATO.",
            None,
            {("NATO", "ukraine-nato", 1)},
        ),
        # Named nowhere before, "the bloc" may be any bloc.
        ("The bloc said it would keep its sanctions on Russia.", None, set()),
    ],
    "membership_of_nato_is_not_the_unions": [
        ("Orban has said he opposes Ukrainian membership of NATO.", None, {("HUN", "ukraine-nato", -1)}),
        ("Orban said he supports Ukrainian membership of the EU.", None, {("HUN", "ukraine-eu", 1)}),
    ],
    "the_status_of_candidates_is_ukraines_only_where_ukraine_is_named": [
        ("EU leaders granted Georgia the status of candidates for membership.", None, set()),
    ],
    "softening_sanctions_is_easing_them": [
        (
            "Zelensky warned that any softening of sanctions would draw a response.",
            None,
            {("UKR", "sanctions-russia", 1)},
        ),
        ("Orban called for a softening of sanctions on Russia.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "declining_to_condemn_is_no_condemnation": [
        ("India declined to condemn the invasion.", None, {("IND", "condemn-invasion", -1)}),
        ("India declined to condemn Russia's invasion of Ukraine.", None, {("IND", "condemn-invasion", -1)}),
        # As before: a refusal of a deed, and a readiness to do it.
        ("Germany declined to send Taurus missiles to Ukraine.", None, {("DEU", "military-aid-ukraine", -1)}),
    ],
    "a_speakers_verb_judges_what_another_should_do": [
        (
            "Hungary will never agree that Ukraine should join the European Union, Orban said.",
            None,
            {("HUN", "ukraine-eu", -1)},
        ),
        (
            "Orban said Hungary will never agree that Ukraine should join the European Union.",
            None,
            {("HUN", "ukraine-eu", -1)},
        ),
        (
            "Macron said France does not accept that Ukraine must cede territory.",
            None,
            {("FRA", "territorial-concessions", -1)},
        ),
        # As before: with no verb of the speaker's own, the prescription is the position.
        (
            "Macron said Ukraine should be allowed to strike targets in Russia.",
            None,
            {("FRA", "long-range-strikes", 1)},
        ),
    ],
    "what_is_wanted_done_to_a_named_step_is_the_stance": [
        ("Ukraine wants the annexation of Crimea reversed.", None, {("UKR", "russian-annexation", -1)}),
        ("Finland wants the sanctions against Russia tightened.", None, {("FIN", "sanctions-russia", 1)}),
        ("Germany wants the sanctions on Russia lifted.", None, {("DEU", "sanctions-russia", -1)}),
    ],
    "cutting_banks_off_swift_is_a_sanction": [
        (
            "Germany backed cutting Russian banks off from the SWIFT payment system.",
            None,
            {("DEU", "sanctions-russia", 1)},
        ),
        ("Hungary opposed cutting Russian banks off from SWIFT.", None, {("HUN", "sanctions-russia", -1)}),
    ],
    "starting_talks_after_accession_negotiations_is_accession": [
        (
            "EU leaders agreed to open accession negotiations with Ukraine. Orban said that letting Ukraine start "
            "talks was a senseless decision.",
            None,
            {("EU", "ukraine-eu", 1), ("HUN", "ukraine-eu", -1)},
        ),
    ],
    "the_means_of_a_step_take_its_verb": [
        (
            "Macron said France was ready to back a peace deal in Ukraine with boots on the ground.",
            None,
            {("FRA", "peace-talks", 1), ("FRA", "foreign-troops-ukraine", 1)},
        ),
    ],
    "a_review_of_this_stops_readings": [
        # Calling something else aggression condemns nothing of this war.
        ("Lavrov called NATO's expansion an act of aggression against Russia.", None, set()),
        ("Peskov called the Ukrainian incursion into Kursk an act of aggression.", None, set()),
        # A bare accession in a sentence on the Union stays the EU's.
        (
            "Blinken said Ukraine would join NATO. Von der Leyen said Ukraine's accession would strengthen the "
            "Union.",
            None,
            {("USA", "ukraine-nato", 1), ("EU", "ukraine-eu", 1)},
        ),
        # A harm foretold if the deal collapses presses for the deal.
        (
            "Erdogan said that if the grain deal collapsed, a food crisis would be inevitable.",
            None,
            {("TUR", "grain-deal", 1)},
        ),
        # A meeting on the grain deal is no peace talks.
        (
            "Erdogan proposed a three-way meeting with Russia and Ukraine on the grain deal.",
            None,
            {("TUR", "grain-deal", 1)},
        ),
    ],
    "a_bare_byline_names_the_one_who_writes": [
        (
            "By Keir Starmer.\nThe end of this war must not be a pause before Putin attacks again. I welcome the "
            "effort to bring the fighting to a negotiated end.",
            None,
            {("GBR", "peace-talks", 1)},
        ),
        # As before: a sentence opening with "By" is no byline.
        (
            "By the end of the year, Germany will deliver more tanks to Ukraine.",
            None,
            {("DEU", "military-aid-ukraine", 1)},
        ),
    ],
    "a_courts_own_decisions_are_the_court": [
        (
            "Peskov said Moscow regarded the ICC's decisions as legally null and void.",
            None,
            {("RUS", "war-crimes-accountability", -1)},
        ),
    ],
    "an_offer_on_a_condition_demands_each_conjunct_its_way": [
        (
            "Putin said Russia would order a ceasefire as soon as Ukraine began withdrawing its troops from the "
            "Donetsk, Luhansk, Zaporizhzhia and Kherson regions and formally dropped its plans to join NATO.",
            None,
            {("RUS", "peace-talks", 1), ("RUS", "territorial-concessions", 1), ("RUS", "ukraine-nato", -1)},
        ),
        (
            "Putin said Russia would order a ceasefire as soon as Ukraine withdrew its troops from the four regions "
            "and formally abandoned its plans to join NATO.",
            None,
            {("RUS", "peace-talks", 1), ("RUS", "territorial-concessions", 1), ("RUS", "ukraine-nato", -1)},
        ),
        # As before: "as soon as possible" is no condition.
        ("Zelensky called for a ceasefire as soon as possible.", None, {("UKR", "peace-talks", 1)}),
    ],
    "an_anaphor_names_its_topic_past_a_sentence_on_another": [
        (
            "The EU agreed on Friday to cap the price of Russian seaborne crude oil. The cap takes effect today, "
            "together with an EU embargo on most Russian crude oil. Blinken said the cap would restrict the "
            "Kremlin's revenue.",
            None,
            {("EU", "sanctions-russia", 1), ("USA", "sanctions-russia", 1)},
        ),
    ],
    "one_warned_is_addressed": [
        (
            "The British ambassador was warned that the response to any Ukrainian strikes with British weapons on "
            "Russian territory could be British military facilities in Ukraine.",
            None,
            set(),
        ),
    ],
    "what_cannot_be_done_without_it_is_needed": [
        (
            "Szijjarto told reporters that without Russian gas it was physically impossible to secure Hungary's "
            "energy supply.",
            None,
            {("HUN", "russian-energy", 1)},
        ),
    ],
    "what_is_not_said_yet_and_how_a_meeting_ended_state_nothing": [
        ("The Kremlin has still not said who will represent Russia at the talks with Ukraine.", None, set()),
        (
            "Biden and Putin wrapped up their summit on Friday without announcing any agreement on ending the war.",
            None,
            set(),
        ),
        # As before: a refusal to act without a condition asks for the condition.
        (
            "Russia will not extend the grain deal without sanctions relief.",
            None,
            {("RUS", "grain-deal", -1), ("RUS", "sanctions-russia", -1)},
        ),
    ],
    "a_verdict_phrase_after_as_judges_the_object": [
        (
            "Russia's foreign ministry has described any use of the frozen funds as theft and has promised "
            "retaliation.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
    ],
    "not_backing_down_holds_the_course": [
        (
            "G7 leaders agreed to lend Ukraine 50 billion dollars backed by frozen Russian assets. Blinken said the "
            "deal was a reminder to Putin that the West was not backing down.",
            None,
            {("G7", "frozen-assets", 1), ("USA", "frozen-assets", 1)},
        ),
    ],
    "calling_the_war_aggression_condemns_it": [
        ("Scholz called Russia's invasion a brutal war of aggression.", None, {("DEU", "condemn-invasion", 1)}),
        # As before: a claim that others call it so is no verdict of one's own.
        (
            "Lavrov called the Western claims an attempt to portray Russia's special operation as aggression.",
            None,
            set(),
        ),
    ],
    "supporting_ukraine_with_weapons_is_military_aid": [
        (
            "Scholz said Germany would continue supporting Ukraine, including with weapons.",
            None,
            {("DEU", "military-aid-ukraine", 1)},
        ),
        ("Hungary refuses to support Ukraine militarily.", None, {("HUN", "military-aid-ukraine", -1)}),
        (
            "Lula said Brazil would not supply ammunition for use in Ukraine.",
            None,
            {("BRA", "military-aid-ukraine", -1)},
        ),
    ],
    "an_internal_affair_of_others_takes_no_side": [
        (
            "Peskov said Ukraine's EU membership was an internal affair of the Europeans.",
            None,
            {("RUS", "ukraine-eu", 0)},
        ),
        (
            "The European Commission recommended candidate status for Ukraine. Peskov said the matter was an "
            "internal affair of the Europeans.",
            None,
            {("EU", "ukraine-eu", 1), ("RUS", "ukraine-eu", 0)},
        ),
        # Discussing the issue takes no side on it.
        (
            "The European Commission recommended candidate status for Ukraine. Germany and France prepared to "
            "discuss the issue in Brussels.",
            None,
            {("EU", "ukraine-eu", 1)},
        ),
    ],
    "the_cap_is_the_price_cap_named_before": [
        (
            "A price cap on Russian seaborne crude took effect on Monday. Under the mechanism, Western firms may "
            "ship Russian oil only below the cap. Blinken said the cap would help limit Putin's revenue. Peskov said "
            "Russia would not accept the cap.",
            None,
            {("USA", "sanctions-russia", 1), ("RUS", "sanctions-russia", -1)},
        ),
    ],
    "a_deed_named_by_its_doer_is_the_deed": [
        (
            "Russia pulled out of the Black Sea Grain Initiative. Germany strongly condemned Russia's cynical move.",
            None,
            {("RUS", "grain-deal", -1), ("DEU", "grain-deal", 1)},
        ),
        (
            "Russia pulled out of the Black Sea Grain Initiative. Blinken described the move as unconscionable.",
            None,
            {("RUS", "grain-deal", -1), ("USA", "grain-deal", 1)},
        ),
    ],
    "the_war_its_subject_wages_is_no_judgment_of_it": [
        ("Russia continues its brutal and criminal war against Ukraine.", None, set()),
        ("Russia continues its unjustified, unprovoked, and unconscionable war against Ukraine.", None, set()),
        # As before: one who condemns the war judges it, whatever labels it carries.
        ("Germany condemned Russia for its brutal war against Ukraine.", None, {("DEU", "condemn-invasion", 1)}),
    ],
    "an_official_addressed_by_title_is_an_object": [
        (
            "Zelensky urged visiting US Secretary of State Antony Blinken to lift the restrictions on strikes "
            "inside Russia.",
            None,
            {("UKR", "long-range-strikes", 1)},
        ),
        (
            "Zelensky urged Secretary of State Antony Blinken to lift the restrictions on strikes inside Russia.",
            None,
            {("UKR", "long-range-strikes", 1)},
        ),
        # As before: a titled official opening the sentence speaks.
        (
            "US Secretary of State Antony Blinken urged allies to send more air defence to Ukraine.",
            None,
            {("USA", "military-aid-ukraine", 1)},
        ),
    ],
    "principles_for_a_settlement_back_it": [
        (
            "China and India published a joint set of principles for a political settlement of the Ukraine crisis.",
            None,
            {("CHN", "peace-talks", 1), ("IND", "peace-talks", 1)},
        ),
        (
            "China published a position paper on the political settlement of the Ukraine crisis.",
            None,
            {("CHN", "peace-talks", 1)},
        ),
    ],
    "meeting_for_peace_talks_takes_part_in_them": [
        (
            "Russian and Ukrainian negotiators met face to face in Istanbul on Tuesday for their first direct talks.",
            None,
            {("RUS", "peace-talks", 1), ("UKR", "peace-talks", 1)},
        ),
        # As before: talks on other matters are no peace talks, and a pair of demonyms without a role speaks not.
        ("Zelensky met Biden for talks on air defence.", None, set()),
        ("Russian and Ukrainian forces clashed near Bakhmut.", None, set()),
    ],
    "a_place_in_a_region_does_not_speak": [
        (
            "G7 leaders meeting in southern Italy agreed to lend Ukraine 50 billion dollars backed by frozen "
            "Russian assets.",
            None,
            {("G7", "frozen-assets", 1)},
        ),
    ],
    "it_after_the_plan_is_the_plan": [
        (
            "The European Commission proposed to end all imports of Russian gas. Hungary's minister discussed the "
            "plan at length and said Budapest would not accept it.",
            None,
            {("EU", "russian-energy", -1), ("HUN", "russian-energy", 1)},
        ),
        (
            "The European Commission proposed to end all imports of Russian gas. Hungary said the plan would wreck its "
            "energy security.",
            None,
            {("EU", "russian-energy", -1), ("HUN", "russian-energy", 1)},
        ),
    ],
    "easing_the_humanitarian_crisis_is_relief": [
        ("China supports efforts to ease the humanitarian crisis in Ukraine.", None, {("CHN", "humanitarian-aid", 1)}),
        ("Hungary refused to help ease the humanitarian crisis.", None, {("HUN", "humanitarian-aid", -1)}),
    ],
    "the_weapons_they_supply_and_where_they_strike_judge_nothing": [
        (
            "We call on our partners to lift the restrictions on using the weapons they provide against military "
            "targets on Russian territory.",
            "UKR",
            {("UKR", "long-range-strikes", 1)},
        ),
        # As before: "against" as the verb of the clause.
        ("Scholz said Germany was against strikes on Russian territory.", None, {("DEU", "long-range-strikes", -1)}),
    ],
    "calling_a_step_appeasement_opposes_it": [
        (
            "The EU's foreign policy chief warned that pushing Kyiv to give up territory would amount to appeasement.",
            None,
            {("EU", "territorial-concessions", -1)},
        ),
        (
            "Zelensky said any talk of ceding land to Russia was appeasement.",
            None,
            {("UKR", "territorial-concessions", -1)},
        ),
    ],
    "harm_a_step_does_to_russia_is_its_purpose": [
        ("The EU said the sanctions would cut Russia's revenues.", None, {("EU", "sanctions-russia", 1)}),
        (
            "Blinken said the sanctions were weakening Russia's ability to wage war.",
            None,
            {("USA", "sanctions-russia", 1)},
        ),
        # As before: harm to others, or harm denied, judges the step.
        ("Orban said the sanctions would hurt Europe more than Russia.", None, {("HUN", "sanctions-russia", -1)}),
        (
            "Putin said the sanctions were an unfriendly act that would not significantly affect Russia's economy.",
            None,
            {("RUS", "sanctions-russia", -1)},
        ),
    ],
    "money_for_the_war_effort_is_no_arms_supply": [
        (
            "The EU said the oil embargo would cut a huge source of financing for Russia's war machine.",
            None,
            {("EU", "sanctions-russia", 1)},
        ),
        # As before: support for the war machine is.
        ("Blinken said China was supplying Russia's war machine.", None, {("USA", "arms-to-russia", -1)}),
    ],
    "a_trailing_reporter_may_add_a_clause": [
        (
            "Iran delivered drones to Russia, Blinken said on Thursday, adding that the United States "
            "was watching closely.",
            None,
            {("USA", "arms-to-russia", -1)},
        ),
        ("Iran delivered drones to Russia, Blinken said on Thursday.", None, {("USA", "arms-to-russia", -1)}),
    ],
    "a_name_labelling_supplies_is_not_their_subject": [
        ("The White House paused all US military aid to Ukraine.", None, {("USA", "military-aid-ukraine", -1)}),
        ("Zelensky welcomed the new US sanctions on Russia.", None, {("UKR", "sanctions-russia", 1)}),
        (
            "Shmyhal thanked the people of the United States for their support, and stressed the need for more "
            "US security assistance.",
            None,
            {("UKR", "military-aid-ukraine", 1)},
        ),
        # As before: opening the sentence, the name may be the subject.
        ("US military aid to Ukraine will continue, Blinken said.", None, {("USA", "military-aid-ukraine", 1)}),
        ("NATO's so-called concern is groundless and we firmly oppose it.", "CHN", set()),
    ],
    "a_bare_accession_after_nato_membership_is_nato_membership": [
        (
            "NATO said Ukraine's future lay in the alliance. Peskov said Ukraine's accession would be dangerous.",
            None,
            {("NATO", "ukraine-nato", 1), ("RUS", "ukraine-nato", -1)},
        ),
        # As before: alone, or after the EU accession, it is the EU's.
        ("Orban said Ukraine's accession would be dangerous.", None, {("HUN", "ukraine-eu", -1)}),
        (
            "NATO said Ukraine's future lay in the alliance. The EU opened accession talks with Ukraine. "
            "Orban said Ukraine's accession would be dangerous.",
            None,
            {("NATO", "ukraine-nato", 1), ("EU", "ukraine-eu", 1), ("HUN", "ukraine-eu", -1)},
        ),
    ],
    "harm_told_to_follow_a_condition_warns_against_it": [
        (
            "Peskov said that if Western troops were sent to Ukraine, a direct conflict with NATO would be inevitable.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
        (
            "Lavrov said that if the West sends troops to Ukraine, Russia would respond.",
            None,
            {("RUS", "foreign-troops-ukraine", -1)},
        ),
        # As before: an offer on a condition demands the condition.
        (
            "Putin said that if Ukraine withdrew from the four regions, Russia would order a ceasefire.",
            None,
            {("RUS", "peace-talks", 1)},
        ),
    ],
    "a_warning_after_a_fronted_condition_opposes_it": [
        ("Should Finland join NATO, Russia would respond, Medvedev warned.", None, {("RUS", "nato-enlargement", -1)}),
        ("If Finland joins NATO, Russia will take countermeasures.", None, {("RUS", "nato-enlargement", -1)}),
        (
            "If Ukraine gets long-range missiles, Moscow will retaliate, Peskov said.",
            None,
            {("RUS", "long-range-strikes", -1)},
        ),
    ],
    "fearing_a_step_opposes_it": [
        ("Russia feared that Ukraine would join NATO, Peskov said.", None, {("RUS", "ukraine-nato", -1)}),
        ("Moscow has long feared NATO enlargement.", None, {("RUS", "nato-enlargement", -1)}),
        # As before: an accession foretold with no verb judging it.
        ("Stoltenberg said Ukraine will join NATO.", None, {("NATO", "ukraine-nato", 1)}),
    ],
    "what_no_actor_says_another_should_do_is_nobodys_position": [
        ("Critics said Ukraine should not be a member of NATO.", None, set()),
        ("Analysts said Russia must pay reparations for the damage.", None, set()),
        ("Officials said Ukraine should be allowed to use the missiles against targets in Russia.", None, set()),
        # As before: an actor's own say on another, and the channel's own.
        ("Kuleba said Ukraine should join NATO.", None, {("UKR", "ukraine-nato", 1)}),
        ("The ministry said Russia must withdraw its troops from Ukraine.", "UKR", {("UKR", "condemn-invasion", 1)}),
    ],
    "suing_over_a_step_opposes_it": [
        (
            "Russia said it would sue Euroclear over any use of its frozen reserves.",
            None,
            {("RUS", "frozen-assets", -1)},
        ),
        ("Moscow threatened to sue Belgium over the seizure of Russian assets.", None, {("RUS", "frozen-assets", -1)}),
    ],
}

# The same where the strength matters too.
EXACT_READINGS = {
    "a_negation_stays_with_the_verb_of_its_own_list_item": [
        (
            "We call for steady and unwavering strengthening of these sanctions.",
            "UKR",
            {("UKR", "sanctions-russia", 1)},
        ),
    ],
    "a_negation_said_twice_of_one_verb_counts_once": [
        ("Germany does not and will never recognise the annexation.", None, {("DEU", "russian-annexation", -2)}),
    ],
    "calling_a_crime_or_a_supply_staged_or_made_up_denies_it": [
        ("Russia's sham referendums were a farce, staged at gunpoint.", "USA", {("USA", "russian-annexation", -2)}),
    ],
}


@pytest.mark.parametrize(("text", "source_actor", "expected"), _cases(SIGNED_READINGS))
def test_a_sentence_gives_records_of_these_signs(extractor, text, source_actor, expected):
    assert signs(found(extractor, text, source_actor=source_actor)) == expected


@pytest.mark.parametrize(("text", "source_actor", "expected"), _cases(EXACT_READINGS))
def test_a_sentence_gives_these_records(extractor, text, source_actor, expected):
    assert found(extractor, text, source_actor=source_actor) == expected


def test_a_predicate_on_anothers_steps_toward_the_topic_judges_them(extractor):
    reward = "Any steps by China to provide lethal support to Russia would only reward aggression, Blinken said."
    efforts = "The EU's steps to phase out Russian gas were a mistake, Orban said."
    assert ("USA", "arms-to-russia", -1) in signs(found(extractor, reward))
    assert signs(found(extractor, efforts)) == {("HUN", "russian-energy", 1)}


def test_a_deed_told_after_a_lacking_clause_asks_for_nothing(extractor):
    # Only a main clause of what can or will follow makes the lacking thing asked for.
    told = "Without any negotiations, Russia annexed four regions of Ukraine."
    assert ("RUS", "peace-talks", 1) not in signs(found(extractor, told))


def test_what_cannot_be_had_without_a_thing_asks_for_it(extractor):
    opening = "Without sanctions relief there will be no grain deal, Lavrov said."
    negated = "Russia will not extend the grain deal without sanctions relief, Peskov said."
    ceasefire = "Without a ceasefire, there can be no talks, Zelensky said."
    assert ("RUS", "sanctions-russia", -1) in signs(found(extractor, opening))
    assert ("RUS", "sanctions-russia", -1) in signs(found(extractor, negated))
    assert signs(found(extractor, ceasefire)) == {("UKR", "peace-talks", 1)}
    plain = "Hungary imports Russian gas without restrictions."
    assert signs(found(extractor, plain)) == {("HUN", "russian-energy", 1)}


def test_russian_troops_told_to_leave_ukraine_is_the_invasion_condemned(extractor):
    subject = "Russian troops must leave Ukraine, Macron said."
    object_ = "We demand that Russia leave Ukraine immediately, Macron said."
    never = "Russian troops will never leave Ukraine, Medvedev said."
    refugees = "Millions of refugees had to leave Ukraine."
    assert signs(found(extractor, subject)) == {("FRA", "condemn-invasion", 1)}
    assert signs(found(extractor, object_)) == {("FRA", "condemn-invasion", 1)}
    assert not found(extractor, never) and not found(extractor, refugees)


def test_declaring_russia_a_terrorist_state_condemns_its_war(extractor):
    declared = "Latvia's parliament declared Russia a state sponsor of terrorism."
    designated = "The European Parliament designated Russia a state sponsor of terrorism."
    assert signs(found(extractor, declared)) == {("LVA", "condemn-invasion", 1)}
    assert signs(found(extractor, designated)) == {("EU", "condemn-invasion", 1)}
    assert not found(extractor, "Russia called Ukraine a terrorist state.")


def test_each_kind_of_support_in_a_list_sharing_one_noun_is_read(extractor):
    text = (
        "We will continue to provide financial, humanitarian, military, diplomatic and legal support to Ukraine for "
        "as long as it takes."
    )
    assert signs(found(extractor, text, source_actor="G7")) == {
        ("G7", "humanitarian-aid", 1),
        ("G7", "military-aid-ukraine", 1),
    }
    overlap = "The plan provides for restrictions on Russia's energy sector and banking sector."
    assert ("UKR", "russian-energy", 1) not in signs(found(extractor, overlap, source_actor="UKR"))


def test_the_sources_own_name_later_in_the_sentence_leaves_it_the_holder(extractor):
    text = "Talks between the parties are the sole practical route out of the crisis, and China will keep helping."
    assert signs(found(extractor, text, source_actor="CHN")) == {("CHN", "peace-talks", 1)}
    other = "Talks between the parties are the sole practical route out of the crisis, and India agrees."
    assert ("CHN", "peace-talks", 1) not in signs(found(extractor, other, source_actor="CHN"))


def test_a_text_opening_a_sentence_speaks_for_whoever_the_sentence_before_opened_with(extractor):
    text = (
        "G20 leaders meeting in New Delhi agreed a declaration on Saturday. The text called for the full "
        "implementation of the Black Sea Grain Initiative."
    )
    assert signs(found(extractor, text)) == {("G20", "grain-deal", 1)}
    place = "Leaders met in Washington on Wednesday. The declaration called for the grain deal to be revived."
    assert not found(extractor, place)
    cited = "Russia spoke first. We recall the joint statement that calls for reviving the grain deal."
    assert ("RUS", "grain-deal", 1) not in signs(found(extractor, cited, source_actor="USA"))


def test_the_one_described_is_the_object_of_the_description(extractor):
    text = "The allies described China as a decisive enabler of Russia's war through its support for Russia's army."
    assert ("CHN", "arms-to-russia", 1) not in signs(found(extractor, text))


def test_lowering_the_nuclear_threshold_is_a_nuclear_threat(extractor):
    lowered = "Putin lowered the threshold for using nuclear weapons in a revised doctrine."
    condemned = "The G7 condemned Russia's decision to lower the nuclear threshold."
    assert signs(found(extractor, lowered)) == {("RUS", "nuclear-threats", 1)}
    assert ("G7", "nuclear-threats", -1) in signs(found(extractor, condemned))


def test_crimea_staying_with_russia_is_the_annexation_accepted(extractor):
    stay = "Trump suggested that Crimea would stay with Russia."
    never = "Ukraine will never accept that Crimea remains part of Russia, Zelensky said."
    assert signs(found(extractor, stay)) == {("USA", "russian-annexation", 1)}
    assert signs(found(extractor, never)) == {("UKR", "russian-annexation", -1)}


def test_rejoining_a_deal_backs_it(extractor):
    text = "Russia rejoined the grain deal on Wednesday after Turkish mediation."
    assert signs(found(extractor, text)) == {("RUS", "grain-deal", 1)}


def test_judgments_of_impossibility_and_unrealism_fall_on_what_they_judge(extractor):
    impossible = "Zelensky signed a decree declaring that any negotiations with Putin were impossible."
    unrealistic = "Lavrov said Kyiv's demand for a return to the 1991 borders was completely unrealistic."
    no_basis = "French Finance Minister Bruno Le Maire said there was no legal basis for seizing Russian assets."
    assert signs(found(extractor, impossible)) == {("UKR", "peace-talks", -1)}
    assert signs(found(extractor, unrealistic)) == {("RUS", "ukraine-territorial-integrity", -1)}
    assert signs(found(extractor, no_basis)) == {("FRA", "frozen-assets", -1)}


def test_a_denial_that_names_the_denier_again_is_a_denial(extractor):
    text = "Iran's foreign ministry denied that Tehran had supplied drones to Russia for use in the war in Ukraine."
    assert signs(found(extractor, text)) == {("IRN", "arms-to-russia", -1)}


def test_weapons_to_be_used_only_inside_ukraine_limit_the_strikes(extractor):
    only = "Tajani said weapons supplied by Italy could be used only within Ukrainian territory."
    criticised = "Zelensky criticised the rule that Western weapons be used only inside Ukraine."
    assert signs(found(extractor, only)) == {("ITA", "long-range-strikes", -1)}
    assert signs(found(extractor, criticised)) == {("UKR", "long-range-strikes", 1)}


def test_yet_to_act_and_too_early_to_say_whether(extractor):
    ally = "Hungary was the last ally yet to ratify Sweden's accession."
    early = "Kristersson said it was too early to say whether Sweden would send troops to Ukraine."
    countermeasures = "The Kremlin warned that Finland's accession to NATO would force Russia to take countermeasures."
    assert signs(found(extractor, ally)) == {("HUN", "nato-enlargement", -1)}
    assert signs(found(extractor, early)) == {("SWE", "foreign-troops-ukraine", 0)}
    assert signs(found(extractor, countermeasures)) == {("RUS", "nato-enlargement", -1)}


def test_announcing_or_granting_a_step_takes_it(extractor):
    aid = "China announced humanitarian aid worth 10 million yuan for Ukraine."
    status = "The EU granted Ukraine candidate status."
    refusal = "Biden announced that he would not send F-16s to Ukraine."
    assert signs(found(extractor, aid)) == {("CHN", "humanitarian-aid", 1)}
    assert signs(found(extractor, status)) == {("EU", "ukraine-eu", 1)}
    assert signs(found(extractor, refusal)) == {("USA", "military-aid-ukraine", -1)}


def test_blockading_ports_is_against_the_exports(extractor):
    text = "Washington accused Russia of weaponising food by blockading Ukrainian ports."
    assert signs(found(extractor, text)) == {("USA", "grain-deal", 1)}


def test_asking_to_be_exempt_from_a_ban_or_having_no_qualms_backs_the_supply(extractor):
    exempt = (
        "Slovakia and Hungary asked the European Commission to exempt them from the planned ban on imports of "
        "Russian gas."
    )
    qualms = "Indian Petroleum Minister Hardeep Singh Puri said India had no moral conflict about buying Russian oil."
    assert signs(found(extractor, exempt)) == {("HUN", "russian-energy", 1), ("SVK", "russian-energy", 1)}
    assert signs(found(extractor, qualms)) == {("IND", "russian-energy", 1)}


def test_accession_negotiations_are_not_peace_talks(extractor):
    text = "Tusk said Poland supported Ukraine's EU membership but would defend its farmers in the negotiations."
    invitation = "Estonia and Poland pressed for a clear invitation to Ukraine at the Vilnius summit."
    assert signs(found(extractor, text)) == {("POL", "ukraine-eu", 1)}
    assert signs(found(extractor, invitation)) == {("EST", "ukraine-nato", 1), ("POL", "ukraine-nato", 1)}


def test_the_minister_on_a_ministrys_channel_is_its_own(extractor):
    text = (
        "Our partners must lift all restrictions on long-range strikes so that we can hit the airfields, "
        "the minister said."
    )
    assert signs(found(extractor, text, source_actor="UKR")) == {("UKR", "long-range-strikes", 1)}


def test_a_step_that_cannot_be_ruled_out_is_open(extractor):
    text = "Macron said the deployment of Western ground troops to Ukraine could not be ruled out in the future."
    assert signs(found(extractor, text)) == {("FRA", "foreign-troops-ukraine", 0)}


def test_a_quoted_question_then_its_asker_states_nothing(extractor):
    asked = '"Would Kyiv accept a freeze along the current front line?" a reporter asked at the briefing.'
    answered = '"Will you send tanks to Ukraine?" a reporter asked, and Scholz replied that Germany would send tanks.'
    assert found(extractor, asked) == set()
    assert ("DEU", "military-aid-ukraine", 1) in signs(found(extractor, answered))


def test_a_sanctioned_ship_is_no_stance_on_sanctions(extractor):
    ship = "Pretoria denied that weapons had been loaded onto a sanctioned Russian cargo ship near Cape Town."
    japan = "Japan has sanctioned more than 700 Russian individuals."
    assert ("ZAF", "sanctions-russia") not in {(actor, topic) for actor, topic, _ in found(extractor, ship)}
    assert signs(found(extractor, japan)) == {("JPN", "sanctions-russia", 1)}


def test_condemning_military_action_against_ukraine_and_not_a_single_bullet(extractor):
    action = "Orban said Hungary condemned Russia's military action against Ukraine."
    bullet = "Slovak Prime Minister Robert Fico said his government would not send a single bullet to Ukraine."
    assert signs(found(extractor, action)) == {("HUN", "condemn-invasion", 1)}
    assert signs(found(extractor, bullet)) == {("SVK", "military-aid-ukraine", -1)}


def test_warnings_of_consequences_and_penalties_over_a_supply_oppose_it(extractor):
    warned = (
        "Blinken warned Wang Yi in Munich that providing lethal support to Russia's war effort would have "
        "serious consequences for China."
    )
    downgraded = "Kyiv downgraded diplomatic relations with Tehran over the supply of Iranian drones to Russia."
    assert signs(found(extractor, warned)) == {("USA", "arms-to-russia", -1)}
    assert signs(found(extractor, downgraded)) == {("UKR", "arms-to-russia", -1)}


def test_root_causes_taboos_and_independence_from_a_supply(extractor):
    root = "Kyiv's drive to join NATO was one of the root causes of the conflict, Lavrov said."
    taboo = "Dutch Prime Minister Mark Rutte said there was no taboo on sending F-16 fighter jets to Ukraine."
    independent = "Economy Minister Robert Habeck said Germany aimed to be almost independent of Russian gas by 2024."
    contributed = "Beijing said NATO's repeated eastward expansion had contributed to the crisis."
    never = "The EU does not and will never recognise the holding of Russian elections in the occupied territories."
    assert signs(found(extractor, root)) == {("RUS", "ukraine-nato", -1)}
    assert signs(found(extractor, taboo)) == {("NLD", "military-aid-ukraine", 1)}
    assert signs(found(extractor, independent)) == {("DEU", "russian-energy", -1)}
    assert signs(found(extractor, contributed)) == {("CHN", "nato-enlargement", -1)}
    assert signs(found(extractor, never)) == {("EU", "russian-annexation", -1)}


def test_the_one_expelled_over_the_aggression_is_not_the_holder(extractor):
    text = "The Council of Europe expelled Russia over its aggression against Ukraine."
    assert signs(found(extractor, text)) == {("CoE", "condemn-invasion", 1)}


def test_more_ways_to_limit_strikes_freeze_the_conflict_or_leave_a_step_open(extractor):
    froze = "Kuleba said Ukraine would not agree to a ceasefire that merely froze the conflict."
    only = "De Croo said the F-16s Belgium would deliver could only be used on Ukrainian territory."
    undecided = "Merz said Germany had not yet decided whether to send soldiers to a multinational force in Ukraine."
    cap = "The G7 and Australia agreed to cap the price of Russian seaborne crude oil at 60 dollars a barrel."
    assert signs(found(extractor, froze)) == {("UKR", "territorial-concessions", -1)}
    assert signs(found(extractor, only)) == {("BEL", "long-range-strikes", -1)}
    assert signs(found(extractor, undecided)) == {("DEU", "foreign-troops-ukraine", 0)}
    assert signs(found(extractor, cap)) == {("G7", "sanctions-russia", 1), ("AUS", "sanctions-russia", 1)}


def test_what_one_will_have_to_do_is_backed(extractor):
    text = "Fico said that Ukraine would have to make some territorial concessions."
    assert signs(found(extractor, text)) == {("SVK", "territorial-concessions", 1)}
