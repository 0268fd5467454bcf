"""Script carried in by ingested text, titles and names never runs: every page that shows it is opened in
real Chromium and checked for the marks the injected script would leave."""

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ingest.models import Document, Source
from ingest.pipeline import extract_document
from ingest.polling import poll_source
from positions.models import Actor, Position
from review.permissions import Role
from tests.browser.conftest import point_position, sign_in, wait_for_charts
from tests.factories import make_document, make_position
from tests.httpserver import LocalHTTPServer
from tests.roles import user_with

pytestmark = pytest.mark.browser

PAGE = Path(__file__).resolve().parents[1] / "data" / "bad" / "pages" / "script-injection.html"
NAME = 'Germany <img src=x onerror="window.__pwned=\'name\'"><script>window.__pwned="name"</script>'
TITLE = "<svg onload=\"window.__pwned='title'\"></svg> Paris on sanctions"


@pytest.fixture
def injected(transactional_db, reference_data, settings):
    """The script-laden page ingested through the real pipeline, plus a name and a title carrying script."""
    settings.HTTP_ALLOWED_NETWORKS = ["127.0.0.5/32"]
    settings.HTTP_HOST_INTERVAL = 0
    with LocalHTTPServer(host="127.0.0.5") as site:
        site.robots("User-agent: *\nAllow: /\n")
        site.add("/statement", PAGE.read_bytes(), content_type="text/html")
        run = poll_source(Source.objects.create(name="<b onmouseover=alert(1)>Press</b>", kind="page",
                                                url=site.url("/statement")))  # fmt: skip
    document = Document.objects.get()
    extract_document(document.pk)
    assert run.to_extract == [document.pk]
    assert Position.objects.filter(document=document, actor_id="DEU").exists(), "the page gave no record"
    Actor.objects.filter(code="DEU").update(name=NAME)
    text = "Paris supports a new round of sanctions <script>window.__pwned='quote'</script> against Moscow."
    other = make_document(text, title=TITLE, published=date(2023, 2, 1))
    make_position(other, actor_id="FRA", topic_id="sanctions-russia", stance=1, date=date(2023, 2, 1),
                  quote=text[:70], span_start=0, span_end=70)  # fmt: skip
    return document


@pytest.fixture
def guarded(page):
    """Fails the test if any dialog opens or the injected script leaves its mark on ``window``."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def check(where: str) -> None:
        assert page.evaluate("() => window.__pwned") is None, f"a script ran on {where}"
        assert dialogs == [], f"a dialog opened on {where}"

    return check


def test_no_injected_script_runs_on_any_page_that_shows_the_text(page, live_server, injected, guarded):
    record = Position.objects.filter(document=injected, actor_id="DEU").first()
    paths = [
        "/",
        "/topics/military-aid-ukraine/",
        "/actors/DEU/",
        f"/documents/{injected.pk}/",
        "/search/?q=Leopard",
        "/search/?q=sanctions",
        "/compare/?topic=military-aid-ukraine&actors=DEU,FRA",
        f"/documents/{Document.objects.exclude(pk=injected.pk).get().pk}/",
    ]
    for path in paths:
        page.goto(live_server.url + path)
        if page.locator("[data-chart]").count():
            wait_for_charts(page)
        guarded(path)

    # The words are shown, as words: escaped, not dropped.
    page.goto(f"{live_server.url}/documents/{injected.pk}/")
    expect(page.locator("body")).to_contain_text("<img src=x onerror=")
    page.goto(f"{live_server.url}/actors/DEU/")
    expect(page.locator("h1")).to_contain_text("<script>")

    # Hovering a point draws its tooltip (the quote and the actor's name) inside the chart.
    page.goto(f"{live_server.url}/topics/military-aid-ukraine/")
    wait_for_charts(page)
    x, y = point_position(page, "timeline", 0, 0)
    page.mouse.move(x, y)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=5000)
    guarded("the timeline's tooltip")

    # The reviewer's screens show the same text.
    reviewer = user_with(Role.REVIEWER)
    sign_in(page, live_server, reviewer)
    for path in ["/review/", f"/review/records/{record.pk}/", f"/documents/{injected.pk}/"]:
        page.goto(live_server.url + path)
        guarded(path)


def test_the_check_sees_a_script_that_does_run(page, guarded):
    page.set_content("<img src=x onerror=\"window.__pwned='probe'\">")
    page.wait_for_function("() => window.__pwned === 'probe'")
    with pytest.raises(AssertionError, match="a script ran"):
        guarded("a page that runs the script")
