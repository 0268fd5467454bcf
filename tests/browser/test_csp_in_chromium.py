"""The Content-Security-Policy holds on every page in real Chromium, and the pages still work under it.

Chromium reports each thing the policy blocks as a ``securitypolicyviolation`` event; every page here is
opened with a listener for them, and a page passes only with none reported and its charts drawn and styled.
"""

import re

import pytest

from exports.models import Embed
from review.permissions import Role
from tests.browser.conftest import sign_in, wait_for_charts
from tests.roles import user_with

pytestmark = pytest.mark.browser

COLLECT_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  const what = event.blockedURI || `inline "${event.sample}"`;
  window.__violations.push(`${event.effectiveDirective} blocked ${what} at ${where}`);
});
"""

PUBLIC_PAGES = [
    "/",
    "/topics/military-aid-ukraine/",
    "/actors/DEU/",
    "/compare/?topic=military-aid-ukraine&actors=DEU,USA",
    "/search/?q=Leopard",
    "/accounts/login/",
    "/api/docs/",
]


@pytest.fixture
def watched(page):
    """The page with a violation listener in every document it loads; ``check(where)`` asserts none fired."""
    page.add_init_script(COLLECT_VIOLATIONS)

    def check(where: str) -> None:
        page.wait_for_load_state("networkidle")
        violations = page.evaluate("() => window.__violations")
        assert violations == [], f"the policy blocked something on {where}: {violations}"

    return check


def chart_is_styled(page) -> bool:
    """plotly.js's own rules arrived from the linked sheet: without them its layers are not stacked."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.js-plotly-plot .plotly .main-svg')]
            .every(svg => getComputedStyle(svg).position === 'absolute')"""
    )


def test_every_page_keeps_the_policy_and_still_works(page, live_server, corpus, watched):
    for path in PUBLIC_PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        assert re.search(r"script-src 'self'(;|$)", policy), policy
        if page.locator("[data-chart]").count():
            wait_for_charts(page)
            assert page.locator(".js-plotly-plot .modebar").count(), f"no mode bar on {path}"
            assert chart_is_styled(page), f"plotly.js's style sheet did not apply on {path}"
        watched(path)
    page.goto(live_server.url + "/api/docs/")
    page.wait_for_selector(".swagger-ui .info", timeout=15000)
    watched("the drawn API documentation")

    reviewer = user_with(Role.ADMIN)
    sign_in(page, live_server, reviewer)
    record = corpus["deu-after"]
    for path in [
        "/review/",
        f"/review/records/{record.pk}/",
        f"/documents/{record.document_id}/",
        "/review/figures/",
        "/admin/",
        "/admin/positions/position/",
        f"/admin/positions/position/{record.pk}/change/",
        f"/admin/positions/position/{record.pk}/history/",
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        watched(path)

    # An editor publishes a chart: the page that hands out the snippet previews it in a frame.
    page.goto(live_server.url + "/topics/military-aid-ukraine/")
    wait_for_charts(page)
    page.locator("details.export-menu summary").first.click()
    page.locator("form.embed-form button").first.click()
    page.wait_for_selector("iframe.embed-preview")
    watched("the page that hands out an embed")
    frame = page.frame_locator("iframe.embed-preview")
    frame.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=20000)
    embed = Embed.objects.get()
    response = page.goto(f"{live_server.url}/embeds/{embed.token}/")
    assert "frame-ancestors *" in response.headers["content-security-policy"]
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=20000)
    assert chart_is_styled(page)
    watched("an embed")


def test_the_listener_sees_what_the_policy_blocks(page, live_server, transactional_db, watched):
    page.goto(live_server.url + "/accounts/login/")
    page.evaluate(
        """() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';
                  document.body.append(s);
                  const d = document.createElement('div'); d.setAttribute('style', 'color: red');
                  document.body.append(d); }"""
    )
    assert page.evaluate("() => window.__ran") is None, "an inline script ran despite the policy"
    with pytest.raises(AssertionError, match="script-src-elem blocked inline"):
        watched("a page with an injected inline script")
