"""The read-side queries behind the dashboard, on small fixtures."""

from datetime import date

import pytest

from positions import queries, series
from positions.models import ReviewState
from positions.views.documents import highlight_spans
from positions.views.search import snippet_html
from tests.factories import make_document, make_position

pytestmark = pytest.mark.django_db


def record(actor, topic, stance, when, **fields):
    text = fields.pop("text", f"{actor} on {topic}: {stance} on {when}.")
    made = make_position(
        make_document(text, published=when), actor_id=actor, topic_id=topic, stance=stance, date=when, **fields
    )
    series.refresh()  # the test's transaction never commits, so the refresh after commit would never come
    return made


def test_latest_stances_take_each_pairs_last_record_on_or_before_the_date_and_skip_rejected_ones():
    record("DEU", "military-aid-ukraine", -1, date(2022, 4, 1))
    turn = record("DEU", "military-aid-ukraine", 2, date(2023, 1, 25))
    record("DEU", "military-aid-ukraine", -2, date(2023, 3, 1), review_state=ReviewState.REJECTED)
    record("DEU", "military-aid-ukraine", 0, date(2024, 1, 1))
    cells = queries.latest_stances(["DEU", "HUN"], ["military-aid-ukraine", "sanctions-russia"], date(2023, 6, 1))
    assert [(cell.actor, cell.topic, cell.stance, cell.position_id) for cell in cells] == [
        ("DEU", "military-aid-ukraine", 2, turn.pk)
    ]
    assert (cells[0].actor_name, cells[0].topic_name) == ("Germany", "Military aid to Ukraine")
    assert queries.latest_stances(["DEU"], ["military-aid-ukraine"], date(2022, 1, 1)) == []


def test_the_map_reads_states_only():
    record("DEU", "sanctions-russia", 2, date(2022, 3, 1))
    record("EU", "sanctions-russia", 2, date(2022, 3, 1))
    record("HUN", "sanctions-russia", -1, date(2022, 3, 1))
    cells = queries.map_stances("sanctions-russia", date(2023, 1, 1))
    assert [(cell.actor, cell.stance) for cell in cells] == [("DEU", 2), ("HUN", -1)]


def test_recent_shifts_pair_each_change_with_the_record_before_it_newest_first():
    before = record("DEU", "military-aid-ukraine", -1, date(2022, 4, 1))
    after = record("DEU", "military-aid-ukraine", 2, date(2023, 1, 25))
    record("DEU", "military-aid-ukraine", 2, date(2023, 2, 1))  # no change: not a shift
    record("HUN", "military-aid-ukraine", -2, date(2022, 6, 1))
    record("HUN", "military-aid-ukraine", 0, date(2022, 9, 1), review_state=ReviewState.REJECTED)
    usa = record("USA", "peace-talks", 1, date(2023, 5, 1))
    usa_after = record("USA", "peace-talks", -1, date(2024, 5, 1))
    shifts = queries.recent_shifts(["DEU", "HUN", "USA"], ["military-aid-ukraine", "peace-talks"], date(2025, 1, 1))
    assert [(s.actor_name, s.topic, s.before, s.after, s.after_date) for s in shifts] == [
        ("United States", "peace-talks", 1, -1, date(2024, 5, 1)),
        ("Germany", "military-aid-ukraine", -1, 2, date(2023, 1, 25)),
    ]
    assert (shifts[0].before_position, shifts[0].after_position) == (usa.pk, usa_after.pk)
    assert (shifts[1].before_document, shifts[1].after_document) == (before.document_id, after.document_id)
    assert queries.recent_shifts(["DEU"], ["military-aid-ukraine"], date(2022, 12, 31)) == []


def test_votes_sit_beside_the_latest_stated_stance_and_disagreement_is_a_sign_flip():
    record("CHN", "condemn-invasion", 1, date(2022, 2, 25))
    vote = record("CHN", "condemn-invasion", 0, date(2022, 3, 2), evidence_kind="vote")
    record("BRA", "condemn-invasion", 1, date(2022, 2, 25))
    record("BRA", "condemn-invasion", -1, date(2023, 2, 23), evidence_kind="vote")
    record("BRA", "peace-talks", 1, date(2023, 2, 23), evidence_kind="vote")
    (china,) = queries.words_and_votes("CHN")
    assert (china.vote_position, china.vote_stance, china.stated_stance, china.disagree) == (vote.pk, 0, 1, False)
    brazil = queries.words_and_votes("BRA")
    assert [(row.topic, row.vote_stance, row.stated_stance, row.disagree) for row in brazil] == [
        ("peace-talks", 1, None, False),  # newest first: the same day, the later record first
        ("condemn-invasion", -1, 1, True),
    ]


def test_timelines_leave_out_rejected_records_and_carry_the_record_ids():
    kept = record("DEU", "military-aid-ukraine", 1, date(2022, 4, 1))
    record("DEU", "military-aid-ukraine", -2, date(2022, 5, 1), review_state=ReviewState.REJECTED)
    points = queries.timeline_points("military-aid-ukraine", ["DEU"])
    assert [(p.position_id, p.document_id, p.topic_name) for p in points] == [
        (kept.pk, kept.document_id, "Military aid to Ukraine")
    ]


def test_search_ranks_title_matches_first_and_understands_websearch_syntax():
    body = make_document("Berlin will deliver tanks to Kyiv this spring.", title="Budget debate")
    title = make_document("The chancellor spoke.", title="Tanks for Ukraine")
    make_document("Leopard tanks will not be sent.", title="No leopards")
    found = queries.search_documents("tanks -leopard")
    assert [document.pk for document in found] == [title.pk, body.pk]
    headline = found[1].headline
    assert f"{queries.HIGHLIGHT_START}tanks{queries.HIGHLIGHT_STOP}" in headline


def test_search_filters_keep_documents_with_one_record_matching_actor_topic_and_stance():
    wanted = record("DEU", "sanctions-russia", 2, date(2022, 3, 1), text="Sanctions will hit Moscow hard.")
    record("HUN", "sanctions-russia", -1, date(2022, 3, 1), text="Sanctions hurt Europe more than Moscow.")
    record("DEU", "sanctions-russia", 2, date(2022, 3, 2), text="Sanctions again.", review_state="rejected")
    found = queries.search_documents("sanctions", actor="DEU", topic="sanctions-russia", stance=2)
    assert [document.pk for document in found] == [wanted.document_id]
    assert list(queries.search_documents("sanctions", start=date(2022, 3, 3))) == []


def test_a_snippet_is_escaped_and_only_the_highlight_becomes_markup():
    start, stop = queries.HIGHLIGHT_START, queries.HIGHLIGHT_STOP
    html = snippet_html(f"<script>alert(1)</script> the {start}tanks{stop} <b>{start}")
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; the <mark>tanks</mark> &lt;b&gt;"


def test_evidence_spans_are_highlighted_escaped_labelled_and_may_overlap():
    text = "Intro <b>. Berlin will send tanks & more. End."
    document = make_document(text)
    start, middle = text.index("Berlin"), text.index("will")
    outer = make_position(document, span_start=start, span_end=text.index(" End"), stance=2)
    inner = make_position(document, actor_id="USA", span_start=middle, span_end=text.index(" &"), stance=1)
    stray = make_position(document, actor_id="FRA", span_start=start, span_end=400, quote="elsewhere")
    html = highlight_spans(text, [outer, inner, stray])
    assert html.startswith("Intro &lt;b&gt;. ")
    anchor = f'<span class="anchor" id="position-{outer.pk}"></span>'
    assert f'{anchor}<mark class="evidence" data-positions="{outer.pk}">Berlin ' in html
    assert f'<mark class="evidence" data-positions="{outer.pk} {inner.pk}">will send tanks</mark>' in html
    assert f'<mark class="evidence" data-positions="{outer.pk}"> &amp; more.</mark>' in html
    assert f'href="#record-{inner.pk}">United States · Military aid to Ukraine · +1 · Automatic</a>' in html
    assert f"position-{stray.pk}" not in html
    assert html.endswith(" End.")
