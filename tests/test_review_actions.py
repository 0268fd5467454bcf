"""The review queue and its actions: what each writes (with who and why), what it refuses, and what it keeps."""

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ingest.models import Source
from ingest.pipeline import extract_document
from ingest.sources.base import FetchedDocument
from ingest.storage import store_document
from positions.models import Position, ReviewState
from review.permissions import Role
from tests.factories import make_document, make_position
from tests.roles import client_for

pytestmark = pytest.mark.django_db

PARAGRAPHS = (
    "Opening remarks on the summit.\n"
    "The Chancellor said that Germany will send more air defence systems to Ukraine. Questions followed.\n"
    "Closing remarks."
)
SENTENCE = "Germany will send more air defence systems to Ukraine."


@pytest.fixture
def reviewer(client) -> User:
    return client_for(client, Role.REVIEWER)


def proposed(confidence=0.5, **fields):
    document = make_document(PARAGRAPHS if "text" not in fields else fields.pop("text"), published=date(2023, 2, 1))
    start = max(document.text.find(SENTENCE), 0)
    values = {"quote": SENTENCE, "span_start": start, "span_end": min(start + len(SENTENCE), len(document.text)),
              "date": date(2023, 2, 1),
              "confidence": confidence, "extractor_version": "7"}  # fmt: skip
    values.update(fields)
    return make_position(document, **values)


def latest(position):
    return position.history.order_by("-history_date", "-history_id").first()


# The queue


def test_the_queue_lists_automatic_records_lowest_confidence_first_with_the_sentence_in_its_paragraph(client, reviewer):
    sure = proposed(0.9, text=PARAGRAPHS + " (1)")
    unsure = proposed(0.2, text=PARAGRAPHS + " (2)")
    proposed(0.1, text=PARAGRAPHS + " (3)", review_state=ReviewState.VERIFIED)
    html = client.get(reverse("review:queue")).content.decode()
    assert "2 records awaiting review." in html
    assert html.index(f'id="item-{unsure.pk}"') < html.index(f'id="item-{sure.pk}"')
    assert f'The Chancellor said that <mark class="evidence">{SENTENCE}</mark> Questions followed.' in html
    assert "Opening remarks" not in html  # the paragraph, not the whole text
    assert "<kbd>v</kbd> verify" in html


def test_the_queue_filters_by_topic_actor_source_and_date(client, reviewer):
    source = Source.objects.create(name="Ministry feed", kind="feed", url="https://example.org/feed")
    on_feed = proposed(text="A", actor_id="FRA", topic_id="sanctions-russia", date=date(2022, 5, 1))
    on_feed.document.source = source
    on_feed.document.save()
    other = proposed(text="B", actor_id="DEU", date=date(2023, 5, 1))

    def listed(**params):
        html = client.get(reverse("review:queue"), params).content.decode()
        return {pk for pk in (on_feed.pk, other.pk) if f'id="item-{pk}"' in html}

    assert listed() == {on_feed.pk, other.pk}
    assert listed(topic="sanctions-russia") == {on_feed.pk}
    assert listed(actor="deu") == {other.pk}
    assert listed(source=source.pk) == {on_feed.pk}
    assert listed(start="2023-01-01") == {other.pk}
    assert listed(end="2022-12-31") == {on_feed.pk}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"topic": "no-such-topic"}, "“no-such-topic” is not a known topic."),
        ({"actor": "QQQ"}, "“QQQ” is not a known actor code."),
        ({"start": "2023-13-01"}, "start: Enter a valid date."),
        ({"start": "2023-02-01", "end": "2023-01-01"}, "“From” must not be after “To”."),
        ({"page": "9"}, "page=9 is out of range"),
    ],
)
def test_a_bad_queue_filter_is_a_400_that_says_what_was_wrong(client, reviewer, params, message):
    proposed()
    response = client.get(reverse("review:queue"), params)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")


def test_the_queue_costs_the_same_queries_for_two_records_as_for_twenty(client, reviewer):
    for number in range(2):
        proposed(text=f"{PARAGRAPHS} {number}")
    client.get(reverse("review:queue"))  # the session and permissions are cached after the first request
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("review:queue")).status_code == 200
    for number in range(2, 20):
        proposed(text=f"{PARAGRAPHS} {number}", actor_id="FRA" if number % 2 else "DEU")
    with CaptureQueriesContext(connection) as many:
        assert client.get(reverse("review:queue")).status_code == 200
    assert len(many) == len(few) <= 12


# Verify, correct, reject


def test_verifying_locks_the_record_and_writes_who_and_why(client, reviewer):
    record = proposed()
    response = client.post(reverse("review:verify", args=[record.pk]), {"next": "/review/?actor=DEU"})
    assert response.status_code == 302 and response.url == "/review/?actor=DEU"
    record.refresh_from_db()
    assert record.review_state == ReviewState.VERIFIED and record.is_locked
    row = latest(record)
    assert (row.history_user, row.history_change_reason) == (reviewer, "Verified as extracted")
    again = client.post(reverse("review:verify", args=[record.pk]))
    assert again.status_code == 409
    assert "already verified" in again.content.decode()
    assert record.history.count() == 2


def test_an_outside_next_address_is_not_followed(client, reviewer):
    record = proposed()
    response = client.post(reverse("review:verify", args=[record.pk]), {"next": "https://evil.example/"})
    assert response.url == reverse("review:queue")


def test_correcting_the_stance_keeps_the_reason_and_the_user_and_moves_the_chart(client, reviewer):
    record = proposed(stance=-1)
    data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "2", "date": "2023-02-01",
            "reason": "Misread the negation", "next": "/review/"}  # fmt: skip
    response = client.post(reverse("review:correct", args=[record.pk]), data)
    assert response.status_code == 302
    record.refresh_from_db()
    assert (record.stance, record.review_state) == (2, ReviewState.CORRECTED)
    row = latest(record)
    assert (row.history_user, row.history_change_reason, row.stance) == (reviewer, "Misread the negation", 2)
    assert row.prev_record.stance == -1
    chart = client.get(reverse("positions:timeline-data"), {"topic": "military-aid-ukraine", "actors": "DEU"}).json()
    assert chart["figure"]["data"][0]["y"] == [2]
    messages = client.get("/review/").content.decode()
    assert "Corrected stance: now DEU · military-aid-ukraine · +2 · 2023-02-01." in messages


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reason": ""}, "Reason: This field is required."),
        ({"reason": "x" * 101}, "Ensure this value has at most 100 characters"),
        ({"stance": "3"}, "Select a valid choice. 3 is not one of the available choices."),
        ({"actor": "XYZ"}, "“XYZ” is not a known actor code."),
        ({"topic": "mars"}, "“mars” is not a known topic."),
        ({"date": "2023-02-30"}, "Enter a valid date."),
        ({}, "Nothing was changed: verify the record if it is right as it is."),
    ],
)
def test_a_correction_that_does_not_hold_together_is_a_400_and_writes_nothing(client, reviewer, changes, message):
    record = proposed(stance=1)
    data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "1", "date": "2023-02-01", "reason": "r"}
    data.update(changes)
    response = client.post(reverse("review:correct", args=[record.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert record.history.count() == 1
    record.refresh_from_db()
    assert record.review_state == ReviewState.AUTO


def test_correcting_every_field_at_once(client, reviewer):
    record = proposed()
    data = {"actor": "fra", "topic": "sanctions-russia", "stance": "-2", "date": "2023-01-30", "reason": "Speaker"}
    assert client.post(reverse("review:correct", args=[record.pk]), data).status_code == 302
    record.refresh_from_db()
    assert (record.actor_id, record.topic_id, record.stance, record.date) == ("FRA", "sanctions-russia", -2,
                                                                              date(2023, 1, 30))  # fmt: skip


def test_rejecting_takes_the_record_off_every_chart_and_keeps_it(client, reviewer):
    record = proposed()
    response = client.post(reverse("review:reject", args=[record.pk]), {"reason": "A headline, not a position"})
    assert response.status_code == 302
    assert not Position.objects.shown().filter(pk=record.pk).exists()
    assert Position.objects.get(pk=record.pk).review_state == ReviewState.REJECTED
    assert latest(record).history_change_reason == "A headline, not a position"
    assert client.post(reverse("review:reject", args=[record.pk])).status_code == 409


def test_an_action_on_a_record_that_does_not_exist_says_so(client, reviewer):
    response = client.post(reverse("review:verify", args=[987654]))
    assert response.status_code == 409
    assert "Record 987654 does not exist." in response.content.decode()
    assert client.get(reverse("review:correct", args=[987654])).status_code == 404


def test_actions_refuse_get(client, reviewer):
    record = proposed()
    for name in ("verify", "reject", "revert"):
        assert client.get(reverse(f"review:{name}", args=[record.pk])).status_code == 405


# Bulk verify


def test_bulk_verify_asks_to_confirm_then_verifies_exactly_the_filtered_records(client, reviewer):
    germany = [proposed(text=f"{PARAGRAPHS} {n}") for n in range(3)]
    france = proposed(text="France", actor_id="FRA")
    confirm = client.get(reverse("review:bulk-verify"), {"actor": "DEU"}).content.decode()
    assert "Verify 3 records?" in confirm
    assert '<input type="hidden" name="actor" value="DEU">' in confirm
    assert '<input type="hidden" name="expected" value="3">' in confirm
    response = client.post(reverse("review:bulk-verify"), {"actor": "DEU", "expected": "3"})
    assert response.status_code == 302
    for record in germany:
        record.refresh_from_db()
        assert record.review_state == ReviewState.VERIFIED
        row = latest(record)
        assert (row.history_user, row.history_change_reason) == (reviewer, "Verified as extracted (bulk)")
    france.refresh_from_db()
    assert france.review_state == ReviewState.AUTO


def test_bulk_verify_refuses_when_the_filter_no_longer_matches_what_was_confirmed(client, reviewer):
    proposed(text="one")
    proposed(text="two")
    response = client.post(reverse("review:bulk-verify"), {"expected": "1"})
    assert response.status_code == 409
    assert "The filter now matches 2 record(s), not the 1 you confirmed" in response.content.decode()
    assert not Position.objects.reviewed().exists()
    assert client.post(reverse("review:bulk-verify"), {"expected": "0"}).status_code == 400
    assert client.post(reverse("review:bulk-verify"), {"expected": "2", "topic": "nope"}).status_code == 400


# Adding a record the extractor missed


def test_a_reviewer_adds_a_record_from_a_selection_in_the_statement(client, reviewer):
    document = make_document(PARAGRAPHS, published=date(2023, 2, 1))
    page = client.get(reverse("positions:document", args=[document.pk])).content.decode()
    assert 'id="add-record"' in page and "/static/review/select-span.js" in page
    start = PARAGRAPHS.find(SENTENCE)
    data = {"span_start": start - 1, "span_end": start + len(SENTENCE) + 1, "actor": "DEU",
            "topic": "military-aid-ukraine", "stance": "1", "date": "2023-02-01"}  # fmt: skip
    response = client.post(reverse("review:add-record", args=[document.pk]), data)
    added = Position.objects.get(document=document)
    assert response.status_code == 302 and response.url == f"/documents/{document.pk}/#position-{added.pk}"
    assert (added.quote, added.span_start, added.review_state) == (SENTENCE, start, ReviewState.ADDED)
    assert added.is_locked
    assert (latest(added).history_user, latest(added).history_change_reason) == (
        reviewer, "Added: missed by the extractor")  # fmt: skip


def test_the_add_form_is_only_on_the_statement_page_of_those_who_may_review(client):
    document = make_document(PARAGRAPHS)
    assert 'id="add-record"' not in client.get(reverse("positions:document", args=[document.pk])).content.decode()
    client_for(client, Role.EDITOR)
    assert 'id="add-record"' not in client.get(reverse("positions:document", args=[document.pk])).content.decode()


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ((5, 5000), "the selection must lie within 0–"),
        ((30, 10), "the selection must lie within 0–"),
        ((-1, 10), "Ensure this value is greater than or equal to 0."),
        ((30, 31), "The selection holds no words."),
        (("", ""), "This field is required."),
    ],
)
def test_a_selection_outside_the_text_or_without_words_is_refused(client, reviewer, span, message):
    document = make_document("Remarks." + " " * 30 + "Germany supports sanctions.")
    data = {"span_start": span[0], "span_end": span[1], "actor": "DEU", "topic": "sanctions-russia", "stance": "1",
            "date": "2023-01-01"}  # fmt: skip
    response = client.post(reverse("review:add-record", args=[document.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Position.objects.filter(document=document).exists()


# History and revert


def test_the_record_page_shows_every_version_with_who_why_and_what_changed(client, reviewer):
    record = proposed(stance=-1)
    data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "2", "date": "2023-02-01", "reason": "Negation"}
    client.post(reverse("review:correct", args=[record.pk]), data)
    html = client.get(reverse("review:record", args=[record.pk])).content.decode()
    assert f"<td>{reviewer.username}</td>" in html
    assert "<td>Negation</td>" in html
    assert "<code>stance</code>: -1 → 2" in html
    assert "<code>review_state</code>: auto → corrected" in html
    assert "<td>extraction</td>" in html
    assert "Revert to version 1" in html and "Revert to version 2" not in html


def test_reverting_restores_an_earlier_version_in_a_new_history_row(client, reviewer):
    record = proposed(stance=-1)
    first = latest(record)
    data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "2", "date": "2023-02-01", "reason": "Negation"}
    client.post(reverse("review:correct", args=[record.pk]), data)
    response = client.post(reverse("review:revert", args=[record.pk]), {"history_id": first.history_id})
    assert response.status_code == 302
    record.refresh_from_db()
    assert (record.stance, record.review_state) == (-1, ReviewState.AUTO)
    rows = list(record.history.order_by("history_date", "history_id"))
    assert len(rows) == 3
    assert (rows[-1].history_user, rows[-1].history_change_reason) == (
        reviewer, f"Revert to version 1 by {reviewer.username}")  # fmt: skip
    # reverting the revert: back to the correction
    client.post(reverse("review:revert", args=[record.pk]), {"history_id": rows[1].history_id})
    record.refresh_from_db()
    assert (record.stance, record.review_state) == (2, ReviewState.CORRECTED)
    assert record.history.count() == 4


def test_a_revert_that_cannot_be_done_says_why(client, reviewer):
    record = proposed(stance=-1)
    other = proposed(text="another")
    current = latest(record)
    response = client.post(reverse("review:revert", args=[record.pk]), {"history_id": current.history_id})
    assert response.status_code == 400
    assert "Version 1 is the record as it is now" in response.content.decode()
    stranger = latest(other)
    response = client.post(reverse("review:revert", args=[record.pk]), {"history_id": stranger.history_id})
    assert response.status_code == 400
    assert f"Version {stranger.history_id} is not a version of record {record.pk}." in response.content.decode()
    assert client.post(reverse("review:revert", args=[record.pk]), {"history_id": "x"}).status_code == 400
    assert record.history.count() == 1


def test_reverting_to_an_automatic_version_beside_a_newer_automatic_record_is_a_conflict(client, reviewer):
    record = proposed(stance=-1)
    first = latest(record)
    client.post(reverse("review:verify", args=[record.pk]))
    make_position(record.document, stance=1)  # re-extraction may not add this beside... but an admin could
    response = client.post(reverse("review:revert", args=[record.pk]), {"history_id": first.history_id})
    assert response.status_code == 409
    assert "already has an automatic record for DEU on military-aid-ukraine" in response.content.decode()
    record.refresh_from_db()
    assert record.review_state == ReviewState.VERIFIED


def test_the_admin_shows_the_same_history_with_reasons(admin_client, client, reviewer):
    record = proposed(stance=-1)
    data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "2", "date": "2023-02-01", "reason": "Negation"}
    client.post(reverse("review:correct", args=[record.pk]), data)
    html = admin_client.get(reverse("admin:positions_position_history", args=[record.pk])).content.decode()
    assert "Negation" in html and reviewer.username in html


def test_the_record_page_costs_a_fixed_number_of_queries(client, reviewer):
    record = proposed(stance=-1)
    client.get(reverse("review:record", args=[record.pk]))
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("review:record", args=[record.pk]))
    for stance in (0, 1, 2, -2):
        data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": str(stance), "date": "2023-02-01",
                "reason": f"to {stance}"}  # fmt: skip
        client.post(reverse("review:correct", args=[record.pk]), data)
    with CaptureQueriesContext(connection) as five:
        client.get(reverse("review:record", args=[record.pk]))
    assert len(five) == len(one) <= 12


# Re-extraction never overwrites a reviewer


TANKS = "Chancellor Olaf Scholz said Germany would send Leopard 2 tanks to Ukraine."


def _extracted_tanks_document():
    item = FetchedDocument(url="https://www.bundesregierung.de/tanks", text=TANKS, title="Tanks",
                           published=date(2023, 1, 25))  # fmt: skip
    document = store_document(item).document
    extract_document(document.pk)
    return document


def test_re_extraction_after_a_correction_keeps_the_correction(client, reviewer):
    document = _extracted_tanks_document()
    record = Position.objects.get(document=document, actor_id="DEU", topic_id="military-aid-ukraine")
    data = {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "1", "date": "2023-01-25", "reason": "Hedged"}
    assert client.post(reverse("review:correct", args=[record.pk]), data).status_code == 302

    extract_document(document.pk)
    call_command("reextract", "--since", "2023-01-01", stdout=open("/dev/null", "w"))  # noqa: SIM115

    record.refresh_from_db()
    assert (record.stance, record.review_state) == (1, ReviewState.CORRECTED)
    rows = Position.objects.filter(document=document, actor_id="DEU", topic_id="military-aid-ukraine")
    assert list(rows.values_list("pk", flat=True)) == [record.pk]
    assert latest(record).history_change_reason == "Hedged"


def test_re_extraction_does_not_bring_back_a_pair_a_reviewer_moved_to_another_topic(client, reviewer):
    document = _extracted_tanks_document()
    record = Position.objects.get(document=document, actor_id="DEU", topic_id="military-aid-ukraine")
    data = {"actor": "DEU", "topic": "humanitarian-aid", "stance": "2", "date": "2023-01-25", "reason": "Other topic"}
    client.post(reverse("review:correct", args=[record.pk]), data)

    extract_document(document.pk)

    pairs = set(Position.objects.filter(document=document, actor_id="DEU").values_list("topic_id", "review_state"))
    assert pairs == {("humanitarian-aid", "corrected")}


def test_re_extraction_keeps_verified_rejected_and_added_records(client, reviewer):
    document = _extracted_tanks_document()
    record = Position.objects.get(document=document, actor_id="DEU", topic_id="military-aid-ukraine")
    client.post(reverse("review:reject", args=[record.pk]))
    added = {"span_start": 0, "span_end": len(TANKS), "actor": "UKR", "topic": "military-aid-ukraine", "stance": "2",
             "date": "2023-01-25"}  # fmt: skip
    client.post(reverse("review:add-record", args=[document.pk]), added)

    extract_document(document.pk)

    states = set(Position.objects.filter(document=document).values_list("actor_id", "review_state"))
    assert ("DEU", "rejected") in states and ("UKR", "added") in states
    assert not Position.objects.filter(document=document, actor_id="DEU", review_state="auto").exists()
