"""The review flow in real Chromium, by keyboard: open the queue, correct a stance, see the chart move."""

import re
from datetime import date
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from positions.models import Position, ReviewState
from review.permissions import Role
from tests.browser.conftest import sign_in, wait_for_charts
from tests.factories import make_document, make_position
from tests.roles import user_with

pytestmark = pytest.mark.browser

TEXT = "Opening remarks.\nBerlin will not send heavy weapons to Ukraine, the Chancellor said. Questions followed."
SENTENCE = "Berlin will not send heavy weapons to Ukraine"


@pytest.fixture
def proposal(transactional_db, reference_data):
    document = make_document(TEXT, published=date(2022, 4, 1), title="Berlin on heavy weapons")
    start = TEXT.index(SENTENCE)
    return make_position(document, actor_id="DEU", stance=-1, date=date(2022, 4, 1), quote=SENTENCE,
                         span_start=start, span_end=start + len(SENTENCE), confidence=0.3)  # fmt: skip


@pytest.fixture
def signed_in(page, live_server):
    """A reviewer signed in through the sign-in page; fails the test on any console error."""
    problems: list[str] = []
    server = urlsplit(live_server.url).netloc
    page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("request", lambda request: urlsplit(request.url).netloc not in ("", server)
            and not request.url.startswith("data:") and problems.append(f"outside request: {request.url}"))  # fmt: skip
    user = user_with(Role.REVIEWER)
    sign_in(page, live_server, user)
    yield user
    assert problems == []


def timeline(page) -> list:
    return page.evaluate(
        "() => document.getElementById('timeline').data.filter(t => t.hoverinfo !== 'skip').map(t => [t.name, t.y])"
    )


def test_a_reviewer_corrects_a_stance_by_keyboard_and_the_chart_moves(page, live_server, proposal, signed_in,
                                                                     screenshot):  # fmt: skip
    page.goto(live_server.url + "/topics/military-aid-ukraine/")
    wait_for_charts(page)
    assert timeline(page) == [["Germany", [-1]]]

    # Open the queue from the header with the keyboard.
    page.locator("body").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Review":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/review/$"))
    item = page.locator(f"#item-{proposal.pk}")
    expect(item).to_have_class(re.compile(r"\bcurrent\b"))
    expect(item.locator("mark.evidence")).to_have_text(SENTENCE)
    screenshot(page, "review-queue")

    # c opens the correction with the stance focused; three steps down from -1 is +2; Tab to the reason; Enter saves.
    page.keyboard.press("c")
    stance = item.locator('select[name="stance"]')
    expect(stance).to_be_focused()
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    expect(stance).to_have_value("2")
    page.keyboard.press("Tab")
    expect(item.locator(".correct-form input[name=\"reason\"]")).to_be_focused()
    page.keyboard.type("Misread the negation")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/review/$"))
    expect(page.locator(".messages")).to_contain_text("Corrected stance: now DEU · military-aid-ukraine · +2")
    expect(page.locator(".queue-item")).to_have_count(0)

    proposal.refresh_from_db()
    assert (proposal.stance, proposal.review_state) == (2, ReviewState.CORRECTED)
    row = proposal.history.latest()
    assert (row.history_user_id, row.history_change_reason) == (signed_in.pk, "Misread the negation")

    page.goto(live_server.url + "/topics/military-aid-ukraine/")
    wait_for_charts(page)
    assert timeline(page) == [["Germany", [2]]]
    screenshot(page, "review-chart-moved")


def test_keys_verify_and_reject_and_move_between_records(page, live_server, proposal, signed_in):
    other = make_position(make_document("Paris supports sanctions."), actor_id="FRA", topic_id="sanctions-russia",
                          confidence=0.9, quote="Paris supports sanctions.", span_start=0, span_end=25)  # fmt: skip
    page.goto(live_server.url + "/review/")
    expect(page.locator(f"#item-{proposal.pk}")).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("j")
    expect(page.locator(f"#item-{other.pk}")).to_be_focused()
    page.keyboard.press("r")
    page.wait_for_url(re.compile(r"/review/$"))
    expect(page.locator(".messages")).to_contain_text("Rejected FRA")
    page.keyboard.press("v")
    page.wait_for_url(re.compile(r"/review/$"))
    expect(page.locator(".messages")).to_contain_text("Verified DEU")
    states = dict(Position.objects.values_list("pk", "review_state"))
    assert states == {proposal.pk: "verified", other.pk: "rejected"}


def test_selecting_words_in_a_statement_adds_the_record_the_extractor_missed(page, live_server, proposal, signed_in):
    page.goto(f"{live_server.url}/documents/{proposal.document_id}/")
    wanted = "Questions followed."
    # Select the words after the highlighted record and its label, as a mouse would.
    page.evaluate(
        """wanted => {
            const article = document.querySelector('article.document-text');
            const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(wanted);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + wanted.length);
                    const selection = document.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                }
            }
        }""",
        wanted,
    )
    start = TEXT.index(wanted)
    form = page.locator("#add-record")
    expect(form.locator('[data-span="start"]')).to_have_value(str(start))
    expect(form.locator('[data-span="end"]')).to_have_value(str(start + len(wanted)))
    expect(form.locator(".selection-preview")).to_have_text(wanted)
    form.locator('input[name="actor"]').fill("DEU")
    form.locator('select[name="topic"]').select_option("peace-talks")
    form.locator('select[name="stance"]').select_option("1")
    form.get_by_role("button", name="Add record").click()
    page.wait_for_url(re.compile(r"#position-\d+$"))
    added = Position.objects.get(review_state=ReviewState.ADDED)
    assert (added.quote, added.span_start, added.topic_id) == (wanted, start, "peace-talks")
    expect(page.locator(f'mark.evidence[data-positions="{added.pk}"]')).to_have_text(wanted)
