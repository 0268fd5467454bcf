"""The extractor as a whole: interface, registry, and what it does with bad input."""

import datetime
import gc

import pytest

from ingest.extraction import EXTRACTORS, DocumentInput, ExtractionResult, Extractor, get_extractor
from ingest.extraction.samples import sample_gazetteer

DAY = datetime.date(2024, 3, 1)




def test_the_registry_maps_kinds_to_extractor_classes(extractor):
    assert EXTRACTORS["rules"] is type(extractor)
    assert isinstance(extractor, Extractor)
    assert extractor.name == "rules" and extractor.version
    with pytest.raises(KeyError):
        get_extractor("nonexistent", sample_gazetteer())


def test_every_record_quotes_the_original_text_exactly(extractor):
    text = (
        "  Intro.\n\nThe EU\u2019s foreign ministers  condemned the invasion.\r\n\r\n"
        "Germany delivered tanks to Ukraine."
    )
    result = extractor.extract(DocumentInput(text, DAY))
    assert result.records
    for record in result.records:
        assert text[record.start : record.end] == record.quote
        assert record.extractor == "rules" and 0 < record.confidence <= 1


def test_empty_text_gives_an_empty_result_with_a_note(extractor):
    result = extractor.extract(DocumentInput("   \n ", DAY))
    assert isinstance(result, ExtractionResult)
    assert result.records == [] and result.notes


def test_non_english_text_is_recognised_and_nothing_is_extracted(extractor):
    result = extractor.extract(
        DocumentInput("Китай не поставляет летальное оружие России, заявил Ван И.", DAY)
    )
    assert result.language == "ru" and result.records == [] and result.notes
    french = "La Chine ne fournit pas d'armes à la Russie et elle soutient les négociations de paix."
    assert extractor.extract(DocumentInput(french, DAY)).language == "fr"


def test_html_left_in_the_text_is_ignored_but_offsets_stay_true(extractor):
    text = (
        "<html><script>var x = 'sanctions';</script><p>Germany <b>delivered</b> tanks to Ukraine.</p></html>"
    )
    result = extractor.extract(DocumentInput(text, DAY))
    (record,) = result.records
    assert (record.actor, record.topic, record.stance) == ("DEU", "military-aid-ukraine", 2)
    assert text[record.start : record.end] == record.quote
    assert any("HTML" in note for note in result.notes)


def test_megabytes_of_text_finish_and_say_they_were_cut(extractor):
    text = "Germany delivered tanks to Ukraine. " + "Nothing happened today. " * 200_000
    result = extractor.extract(DocumentInput(text, DAY))
    assert any("only the first" in note for note in result.notes)
    assert [r.topic for r in result.records] == ["military-aid-ukraine"]


def test_odd_unicode_does_not_break_extraction(extractor):
    text = (
        "\u0130stanbul \u201cso\u201d \ufeffGermany\u00a0delivered tanks to Ukraine\u2026 \U0001f600 \x00\x07"
    )
    result = extractor.extract(DocumentInput(text, DAY))
    assert [(r.actor, r.topic) for r in result.records] == [("DEU", "military-aid-ukraine")]


def test_a_read_document_leaves_no_reference_cycle_behind(extractor):
    # The first sentence names someone and no topic: who it names is left to be worked out, by a call into the reader.
    text = "Germany met France on Monday. Italy supports sanctions against Russia."
    gc.collect()
    gc.disable()
    try:
        extractor.extract(DocumentInput(text=text, published=DAY))
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_an_alliance_in_a_title_is_no_byline_for_nato(extractor):
    # "the Alliance" stands for NATO only once the text has named NATO; in a title it names no speaker at all.
    document = DocumentInput(
        "We stand with Ukraine as it defends its territorial integrity.",
        DAY,
        title="Leaders' Joint Statement on the Anniversary of the Alliance",
        source_actor="USA",
    )
    actors = {record.actor for record in extractor.extract(document).records}
    assert actors == {"USA"}
