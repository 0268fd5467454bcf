"""Each dashboard page in real Chromium: it loads cleanly, its charts draw what the data says, and they respond."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import point_position, wait_for_charts

pytestmark = pytest.mark.browser


@pytest.fixture
def visit(page, live_server, screenshot):
    """Open a path, wait for its charts, and fail on any console error or request that leaves the server."""
    problems: list[str] = []
    server = urlsplit(live_server.url).netloc
    page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "request",
        lambda request: (
            urlsplit(request.url).netloc not in ("", server)
            and not request.url.startswith("data:")
            and problems.append(f"outside request: {request.url}")
        ),
    )

    def go(path: str, name: str | None = None):
        page.goto(live_server.url + path)
        wait_for_charts(page)
        if name:
            screenshot(page, name)
        return page

    yield go
    assert problems == []


def traces(page, chart_id: str) -> list:
    """[name, x, y] of each trace that draws statements (not the dotted lines that carry a stance on)."""
    return page.evaluate(
        """id => document.getElementById(id).data
            .filter(t => t.hoverinfo !== 'skip')
            .map(t => [t.name, t.x || t.locations, t.y || t.z])""",
        chart_id,
    )


def test_it_draws_the_overview_matrix_and_the_shift_feed(visit, corpus):
    page = visit("/?as_of=2024-01-01", "overview")
    drawn = {name: list(zip(x, y, strict=True)) for name, x, y in traces(page, "matrix")}
    assert drawn["+2 Strongly supports"] == [
        ("Condemning the invasion", "Germany"),
        ("Military aid to Ukraine", "Germany"),
        ("Military aid to Ukraine", "United States"),
    ]
    assert drawn["-2 Strongly opposes"] == [("Military aid to Ukraine", "Hungary")]
    assert ("Sanctions on Russia", "Germany") in drawn["No stated position"]
    shift = page.locator(".shifts li").first
    expect(shift).to_contain_text("Germany moved from -1 to +2 on military-aid-ukraine on 2023-01-25")
    assert shift.locator("a", has_text="before").get_attribute("href").endswith(f"#position-{corpus['deu-before'].pk}")


def test_the_matrix_date_control_moves_it_through_time(visit, corpus):
    page = visit("/?as_of=2024-01-01")
    page.fill("#as-of-date", "2022-05-01")
    page.dispatch_event("#as-of-date", "change")
    page.wait_for_function(
        "() => document.getElementById('matrix').layout.title.text.endsWith('2022-05-01')", timeout=10000
    )
    drawn = {name: list(zip(x, y, strict=True)) for name, x, y in traces(page, "matrix")}
    assert drawn["-1 Opposes"] == [("Military aid to Ukraine", "Germany")]
    assert ("Military aid to Ukraine", "Hungary") in drawn["No stated position"]
    assert page.url.endswith("as_of=2022-05-01")
    page.focus("#as-of-slider")
    page.keyboard.press("End")
    last = page.get_attribute("#as-of-slider", "data-last")
    page.wait_for_function(
        f"() => document.getElementById('matrix').layout.title.text.endsWith('{last}')", timeout=10000
    )
    drawn = {name: list(zip(x, y, strict=True)) for name, x, y in traces(page, "matrix")}
    assert ("Military aid to Ukraine", "Germany") in drawn["+2 Strongly supports"]


def test_the_topic_timeline_draws_one_line_per_actor_and_its_map(visit, corpus):
    page = visit("/topics/military-aid-ukraine/", "topic")
    assert traces(page, "timeline") == [
        ["Germany", ["2022-04-01", "2023-01-25"], [-1, 2]],
        ["Hungary", ["2022-06-01"], [-2]],
        ["United States", ["2022-03-01"], [2]],
    ]
    assert traces(page, "map") == [[None, ["DEU", "HUN", "USA"], [2, -2, 2]]]
    page.wait_for_selector("#map .choroplethlocation")
    resources = page.evaluate("performance.getEntriesByType('resource').map(entry => entry.name)")
    assert f"{page.url.split('/topics/')[0]}/static/vendor/topojson/world_110m.json" in resources
    expect(page.locator(".statement")).to_have_count(4)


def test_changing_a_filter_changes_the_timeline(visit, corpus):
    page = visit("/topics/military-aid-ukraine/")
    page.get_by_label("Hungary").uncheck()
    page.get_by_label("90-day rolling average").check()
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"mode=average"))
    wait_for_charts(page)
    assert [name for name, _, _ in traces(page, "timeline")] == ["Germany", "United States"]
    assert "average" in page.evaluate("document.getElementById('timeline').layout.yaxis.title.text")
    expect(page.locator(".statement")).to_have_count(3)


def test_clicking_a_point_opens_its_statement(visit, corpus):
    page = visit("/topics/military-aid-ukraine/?actors=DEU")
    x, y = point_position(page, "timeline", 0, 1)
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    record = corpus["deu-after"]
    page.wait_for_url(re.compile(rf"/documents/{record.document_id}/#position-{record.pk}$"))
    expect(page.locator("mark.evidence")).to_have_text("Germany will send Leopard tanks.")
    expect(page.locator(".record-label")).to_contain_text("Germany · Military aid to Ukraine · +2 · Automatic")


def test_clicking_a_matrix_cell_opens_the_statement_behind_it(visit, corpus):
    page = visit("/?as_of=2022-05-01")
    names = [name for name, _, _ in traces(page, "matrix")]
    x, y = point_position(page, "matrix", names.index("-1 Opposes"), 0)
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    record = corpus["deu-before"]
    page.wait_for_url(re.compile(rf"/documents/{record.document_id}/#position-{record.pk}$"))
    expect(page.locator("h1")).to_have_text("Statement by DEU on 2022-04-01")


def test_the_data_toggle_shows_the_numbers_and_works_from_the_keyboard(visit, corpus):
    page = visit("/topics/military-aid-ukraine/")
    table = page.locator("#timeline-table")
    expect(table).to_be_hidden()
    page.locator(".toggle-data").first.focus()
    page.keyboard.press("Enter")
    expect(table).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(4)
    expect(table.locator("tbody tr").first).to_contain_text("Germany")


def test_the_actor_page_draws_one_small_timeline_per_topic(visit, corpus):
    page = visit("/actors/DEU/", "actor")
    assert traces(page, "multiples") == [
        ["Military aid to Ukraine", ["2022-04-01", "2023-01-25"], [-1, 2]],
        ["Condemning the invasion", ["2022-03-02"], [2]],
    ]
    expect(page.locator("table.votes tbody tr")).to_have_count(1)


def test_the_compare_page_reproduces_the_chart_from_its_address(visit, corpus):
    page = visit("/compare/?topic=military-aid-ukraine&actors=USA,DEU&from=2022-01-01&to=2022-12-31", "compare")
    assert traces(page, "compare") == [
        ["United States", ["2022-03-01"], [2]],
        ["Germany", ["2022-04-01"], [-1]],
    ]


def test_the_statement_and_search_pages_load(visit, corpus):
    record = corpus["hun"]
    page = visit(f"/documents/{record.document_id}/", "statement")
    expect(page.locator("mark.evidence")).to_have_count(1)
    page = visit("/search/?q=tanks", "search")
    expect(page.locator(".results mark")).to_have_text("tanks")
