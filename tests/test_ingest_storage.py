"""Documents are stored once; re-extraction replaces automatic records and never touches reviewed ones."""

from datetime import date

import pytest

from ingest.extraction import ExtractionResult, Extractor, PositionRecord
from ingest.models import Document
from ingest.pipeline import extract_document
from ingest.sources.base import FetchedDocument, VoteRow
from ingest.storage import DocumentRejected, store_document, store_vote_positions
from positions.models import Position, ReviewState

pytestmark = pytest.mark.django_db

TEXT = "Chancellor Olaf Scholz said Germany would send Leopard 2 tanks to Ukraine."


def fetched(text=TEXT, url="https://www.bundesregierung.de/statement?utm_source=x#top", **fields):
    values = {"title": "Tanks", "published": date(2023, 1, 25)}
    values.update(fields)
    return FetchedDocument(url=url, text=text, **values)


class ScriptedExtractor(Extractor):
    """Returns the records it was given: the storage contract is what these tests check."""

    name = "scripted"
    version = "1"

    def __init__(self, records):
        self.records = records

    def extract(self, document):
        return ExtractionResult(language="en", records=list(self.records))


def record(actor="DEU", topic="military-aid-ukraine", stance=2):
    return PositionRecord(
        actor, topic, stance, date(2023, 1, 25), TEXT, 0, len(TEXT), "Olaf Scholz", 0.9, "scripted", "1"
    )


def test_a_document_is_stored_once_under_its_canonical_url():
    first = store_document(fetched())
    again = store_document(fetched(url="https://www.bundesregierung.de/statement"))
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert first.document.url == "https://www.bundesregierung.de/statement"
    assert Document.objects.count() == 1


def test_a_changed_page_updates_its_document():
    first = store_document(fetched())
    changed = store_document(fetched(text=TEXT + " The first tanks arrive in March."))
    assert changed.outcome == "updated"
    assert changed.document.pk == first.document.pk
    assert Document.objects.get().text.endswith("arrive in March.")


def test_the_same_text_under_another_url_is_the_same_document():
    store_document(fetched())
    copy = store_document(fetched(url="https://mirror.example.org/scholz-tanks"))
    assert copy.outcome == "unchanged"
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "reason"), [({"text": "  "}, "no text"), ({"published": None}, "no publication date")]
)
def test_an_item_without_text_or_date_is_refused_with_the_reason(changes, reason):
    with pytest.raises(DocumentRejected, match=reason):
        store_document(fetched(**changes))
    assert Document.objects.count() == 0


def test_nul_bytes_never_reach_the_database_and_offsets_into_the_text_hold():
    text = TEXT.replace(" said", "\x00said")
    stored = store_document(fetched(text=text, title="Tanks\x00", speaker="Olaf\x00 Scholz")).document
    stored.refresh_from_db()
    assert stored.text == TEXT  # the NUL took the place of a space; a space takes it back
    assert (stored.title, stored.speaker_name) == ("Tanks", "Olaf Scholz")
    assert store_document(fetched(text=text)).outcome == "unchanged"


def test_re_extraction_replaces_automatic_records_and_keeps_reviewed_ones():
    document = store_document(fetched()).document
    extract_document(document.pk, ScriptedExtractor([record(stance=1), record(actor="UKR", stance=2)]))
    germany = Position.objects.get(document=document, actor_id="DEU")
    germany.stance, germany.review_state = 2, ReviewState.CORRECTED
    germany.save()
    ukraine = Position.objects.get(document=document, actor_id="UKR")
    ukraine.review_state = ReviewState.REJECTED
    ukraine.save()

    outcome = extract_document(
        document.pk, ScriptedExtractor([record(stance=-1), record(actor="UKR"), record(actor="FRA")])
    )

    assert outcome.created == 1 and outcome.kept_reviewed == 2
    rows = {(p.actor_id, p.stance, p.review_state) for p in Position.objects.filter(document=document)}
    assert rows == {("DEU", 2, "corrected"), ("UKR", 2, "rejected"), ("FRA", 2, "auto")}


def test_records_naming_unknown_actors_or_topics_are_dropped():
    document = store_document(fetched()).document
    extract_document(
        document.pk, ScriptedExtractor([record(actor="XXX"), record(topic="no-such-topic"), record()])
    )
    assert list(Position.objects.values_list("actor_id", flat=True)) == ["DEU"]
    assert Document.objects.get().status == Document.Status.EXTRACTED


def test_vote_records_point_at_each_states_line():
    text = "Recorded vote on A/RES/ES-11/1.\nGermany (DEU): voted yes.\nChina (CHN): abstained.\n"
    germany, china = text.index("Germany"), text.index("China")
    votes = (
        (germany, text.index("\n", germany), VoteRow("DEU", "yes", "condemn-invasion", 1)),
        (china, text.index("\n", china), VoteRow("CHN", "abstain", "condemn-invasion", 0)),
    )
    item = fetched(text=text, url="https://digitallibrary.un.org/record/3959039", votes=votes)
    document = store_document(item).document
    assert document.kind == Document.Kind.VOTES
    assert store_vote_positions(document, item) == 2
    quotes = dict(Position.objects.values_list("actor_id", "quote"))
    assert quotes == {"DEU": "Germany (DEU): voted yes.", "CHN": "China (CHN): abstained."}
    assert extract_document(document.pk).created == 0  # a votes table is not read as prose
    assert Position.objects.count() == 2


def test_extraction_reads_the_reference_keys_again_when_its_cached_ones_are_stale():
    from ingest import pipeline
    from positions.models import Official

    document = store_document(fetched()).document
    context = pipeline.current_context()
    scholz = Official.objects.filter(name="Olaf Scholz").first()
    replacement = Official.objects.create(name=scholz.name, actor_id="DEU", role="Chancellor (re-entered)",
                                          valid_from=scholz.valid_from)  # fmt: skip
    context.officials[("Olaf Scholz", "DEU")] = [(replacement.pk + 1000, None, None)]  # a key no longer there

    pipeline.extract_document(document.pk)  # the real extractor, with the stale cache

    germany = Position.objects.get(document=document, actor_id="DEU")
    assert (germany.speaker_id, germany.speaker_name) == (None, "Olaf Scholz")
    assert pipeline.current_context() is not context


def test_extracted_records_start_their_history_with_one_creation_row_each():
    document = store_document(fetched()).document
    extract_document(document.pk, ScriptedExtractor([record(stance=1), record(actor="UKR", stance=2)]))
    for position in Position.objects.filter(document=document):
        (created,) = position.history.all()
        assert (created.history_type, created.history_user_id, created.history_change_reason) == ("+", None, None)
        assert (created.stance, created.actor_id, created.quote, created.document_id) == (
            position.stance,
            position.actor_id,
            position.quote,
            document.pk,
        )
        assert created.created_at == position.created_at and created.history_date >= position.created_at
