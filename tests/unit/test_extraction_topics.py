"""Step 3: which topics a sentence speaks to."""

import datetime

import pytest

from ingest.extraction import DocumentInput, get_extractor
from ingest.extraction.samples import sample_gazetteer

DAY = datetime.date(2023, 6, 1)


@pytest.fixture(scope="module")
def extractor():
    return get_extractor("rules", sample_gazetteer())


def topics(extractor, text):
    return {(r.actor, r.topic) for r in extractor.extract(DocumentInput(text=text, published=DAY)).records}


def test_the_recipient_decides_between_aid_to_ukraine_and_arms_to_russia(extractor):
    assert topics(extractor, "Germany will send more tanks to Ukraine.") == {("DEU", "military-aid-ukraine")}
    assert topics(extractor, "Iran denies sending drones to Russia.") == {("IRN", "arms-to-russia")}


def test_a_phrase_inside_a_longer_one_does_not_count_twice(extractor):
    found = topics(extractor, "The EU supports opening accession negotiations with Ukraine.")
    assert ("EU", "ukraine-eu") in found
    assert ("EU", "peace-talks") not in found


def test_a_phrase_that_needs_an_actor_nearby_waits_for_it(extractor):
    assert ("FRA", "ukraine-nato") in topics(extractor, "France backs NATO membership for Ukraine.")
    assert topics(extractor, "France backs NATO membership for Finland.") == {("FRA", "nato-enlargement")}


def test_one_sentence_can_speak_to_two_topics(extractor):
    found = topics(extractor, "China opposes sanctions and supports peace talks.")
    assert found == {("CHN", "sanctions-russia"), ("CHN", "peace-talks")}


def test_a_sentence_without_a_topic_gives_nothing(extractor):
    assert topics(extractor, "Germany's chancellor visited Paris on Tuesday for talks on trade.") == set()
