"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server."""

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail
from tests.factories import make_document, make_position

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} is not installed")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session", autouse=True)
def _orm_beside_playwright():
    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are still synchronous.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return save


@pytest.fixture
def corpus(transactional_db, reference_data):
    """A small corpus: Germany moves from -1 to +2 on military aid, the US and Hungary hold, France on sanctions."""
    records = {}
    rows = [
        ("deu-before", "DEU", "military-aid-ukraine", -1, date(2022, 4, 1), "Berlin will not send heavy weapons."),
        ("deu-after", "DEU", "military-aid-ukraine", 2, date(2023, 1, 25), "Germany will send Leopard tanks."),
        ("usa", "USA", "military-aid-ukraine", 2, date(2022, 3, 1), "Washington will arm Ukraine for years."),
        ("hun", "HUN", "military-aid-ukraine", -2, date(2022, 6, 1), "Budapest categorically rejects sending arms."),
        ("fra", "FRA", "sanctions-russia", 1, date(2022, 5, 1), "Paris supports a new round of sanctions."),
        ("deu-vote", "DEU", "condemn-invasion", 2, date(2022, 3, 2), "Germany voted in favour of the resolution."),
    ]
    for key, actor, topic, stance, when, text in rows:
        document = make_document(text, published=when, title=f"Statement by {actor} on {when}")
        kind = "vote" if key.endswith("vote") else "statement"
        records[key] = make_position(
            document, actor_id=actor, topic_id=topic, stance=stance, date=when, quote=text, evidence_kind=kind
        )
    return records


def wait_for_charts(page) -> None:
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-chart]')].every(e => e.dataset.state === 'drawn')",
        timeout=20000,
    )


def point_position(page, chart_id: str, trace: int, index: int) -> tuple[float, float]:
    """The viewport coordinates of one marker of a scatter trace, from Plotly's own axes."""
    return page.evaluate(
        """([id, trace, index]) => {
            const gd = document.getElementById(id);
            gd.scrollIntoView({block: 'center'});
            const t = gd._fullData[trace];
            const xa = gd._fullLayout[t.xaxis.replace('x', 'xaxis')];
            const ya = gd._fullLayout[t.yaxis.replace('y', 'yaxis')];
            const box = gd.getBoundingClientRect();
            return [box.left + xa._offset + xa.d2p(t.x[index]), box.top + ya._offset + ya.d2p(t.y[index])];
        }""",
        [chart_id, trace, index],
    )


def sign_in(page, live_server, user) -> None:
    """Sign in through the sign-in page, as a person would (tests.roles gives every user this password)."""
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("User name").fill(user.username)
    page.get_by_label("Password").fill("a long enough password 1")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/")
