"""Step 2: who holds the position in a clause."""

import datetime

from ingest.extraction import DocumentInput

DAY = datetime.date(2023, 3, 10)




def found(extractor, text, **meta):
    result = extractor.extract(DocumentInput(text=text, published=meta.pop("published", DAY), **meta))
    return {(r.actor, r.topic): r for r in result.records}


def test_an_actor_named_as_the_object_is_not_the_holder(extractor):
    records = found(extractor, "Germany supports sanctions against Russia.")
    assert set(records) == {("DEU", "sanctions-russia")}


def test_a_capital_stands_for_its_state(extractor):
    records = found(extractor, "Beijing opposes unilateral sanctions.")
    assert records[("CHN", "sanctions-russia")].stance == -1


def test_an_official_speaks_for_the_state_and_is_named(extractor):
    records = found(extractor, "Sergei Lavrov said Moscow would never recognise a tribunal.")
    record = records[("RUS", "war-crimes-accountability")]
    assert record.speaker == "Sergei Lavrov"


def test_several_actors_in_one_clause_each_get_a_record(extractor):
    records = found(
        extractor,
        "China, India and South Africa abstained on the resolution on the aggression against Ukraine.",
    )
    assert {actor for actor, _ in records} == {"CHN", "IND", "ZAF"}
    assert all(r.stance == 0 for r in records.values())


def test_we_in_a_ministry_release_is_the_source(extractor):
    records = found(extractor, "We firmly oppose illegal unilateral sanctions.", source_actor="CHN")
    assert records[("CHN", "sanctions-russia")].stance == -2


def test_he_points_back_to_the_last_official(extractor):
    records = found(
        extractor, "Kuleba met reporters in Brussels. He called for more air defence systems for Ukraine."
    )
    assert records[("UKR", "military-aid-ukraine")].speaker == "Dmytro Kuleba"


def test_a_journalists_question_states_no_position(extractor):
    text = "Q: Will China supply weapons to Russia?\nA: We have nothing to add."
    assert found(extractor, text, source_actor="CHN") == {}


def test_the_spokesperson_label_gives_the_speaker(extractor):
    text = (
        "Q: What is your view on sanctions?\n\n"
        "Spokesperson Mao Ning: Sanctions are illegal and counterproductive."
    )
    records = found(extractor, text)
    record = records[("CHN", "sanctions-russia")]
    assert record.stance < 0 and record.speaker == "Mao Ning"


def test_a_quote_belongs_to_the_person_who_said_it(extractor):
    records = found(extractor, '"We will never recognise the annexation of Crimea," Kuleba said.')
    assert records[("UKR", "russian-annexation")].stance == -2


def test_an_accusation_is_the_accusers_position_not_the_accused(extractor):
    records = found(extractor, "Washington says Beijing is arming Moscow.")
    assert ("CHN", "arms-to-russia") not in records
    assert records[("USA", "arms-to-russia")].stance == -1
