"""The site's own defences: its Content-Security-Policy, plotly.js's style sheets served under it, the
production cookie and transport settings, and sign-in throttling."""

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.staticfiles import finders
from django.db.models import F
from django.test import Client
from django.urls import reverse

from config import plotly_assets
from config.staticfinders import PlotlyFinder
from review.permissions import Role
from tests.factories import make_document, make_position
from tests.roles import client_for, user_with

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a long enough password 1"


@pytest.fixture
def record():
    document = make_document("Germany will send more air defence to Ukraine this winter.", published=date(2023, 1, 5))
    return make_position(document, confidence=0.4)


def _html_pages(record) -> list[str]:
    return [
        "/",
        "/topics/military-aid-ukraine/",
        "/actors/DEU/",
        "/compare/?topic=military-aid-ukraine&actors=DEU",
        "/search/?q=defence",
        f"/documents/{record.document_id}/",
        "/review/",
        f"/review/records/{record.pk}/",
        "/review/figures/",
        "/admin/",
        "/admin/positions/position/",
        f"/admin/positions/position/{record.pk}/change/",
        f"/admin/positions/position/{record.pk}/history/",
        "/api/docs/",
    ]


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle=\"(?!border-top: 0\")", re.IGNORECASE)


def test_every_page_sends_the_policy_and_holds_nothing_it_would_block(client, record, settings):
    settings.AXES_FAILURE_LIMIT = 1
    pages = [(client, reverse("login"))]
    locked_out = Client(REMOTE_ADDR="10.0.0.9")
    _sign_in(locked_out, "nobody", "wrong", address="10.0.0.9")
    pages.append((locked_out, reverse("login")))
    admin = Client()
    client_for(admin, Role.ADMIN)
    pages += [(admin, path) for path in _html_pages(record)]
    for browser, path in pages:
        if browser is locked_out:  # the page that answers a sign-in from an address that failed too often
            response = _sign_in(locked_out, "nobody", "right?", address="10.0.0.9")
        else:
            response = browser.get(path, HTTP_ACCEPT="text/html")
        assert response.status_code == (429 if browser is locked_out else 200), path
        policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
        assert policy["script-src"] == "'self'", path
        assert policy["style-src"] == "'self'", path
        assert policy["frame-ancestors"] == "'none'", path
        assert policy["object-src"] == "'none'", path
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), f"an inline script on {path}: {INLINE_SCRIPT.search(html).group(0)}"
        assert not STYLE_ELEMENT.search(html), f"a <style> element on {path}"
        assert not STYLE_ATTRIBUTE.search(html), f"a style attribute on {path}: {STYLE_ATTRIBUTE.search(html).group(0)}"


def test_the_api_answers_a_browser_in_json_not_in_the_framework_s_html(client, record):
    response = client.get("/api/positions/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response.json()["results"][0]["actor"]


def test_the_patterns_find_what_they_look_for():
    assert INLINE_SCRIPT.search("<p>x</p><script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/js/charts.js"></script>')
    assert not INLINE_SCRIPT.search('<script id="f" type="application/json">{}</script>')
    assert STYLE_ATTRIBUTE.search('<span class="swatch" style="background: red"></span>')
    assert not STYLE_ATTRIBUTE.search('<p>a style="x" in text</p>')


def test_only_an_embed_may_be_framed_by_another_site(client, record):
    client_for(client, Role.EDITOR)
    created = client.post("/charts/timeline/embeds/", {"query": "topic=military-aid-ukraine", "mode": "frozen"})
    assert created.status_code == 201
    token = re.search(r"/embeds/([0-9a-f-]{36})/", created.content.decode()).group(1)
    embed = client.get(f"/embeds/{token}/")
    assert embed.status_code == 200
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed
    assert "script-src 'self'" in embed["Content-Security-Policy"]
    assert client.get("/").headers["X-Frame-Options"] == "DENY"


def test_plotly_pages_link_the_sheets_under_the_ids_plotly_looks_for(client, record):
    html = client.get("/topics/military-aid-ukraine/").content.decode()
    sheets = plotly_assets.stylesheets()
    assert sheets[0].element_id == "plotly.js-style-global"
    for sheet in sheets:
        link = re.search(rf'<link rel="stylesheet" id="{re.escape(sheet.element_id)}"[^>]*>', html)
        assert link and f"/static/{sheet.name}" in link.group(0)
        assert html.index(link.group(0)) < html.index("plotly.min.js"), "the sheet must come before the script"
    assert 'class="no-inline-styles"' in html


def test_plotly_sheets_are_read_from_the_installed_bundle_and_served():
    plotly_css = plotly_assets.stylesheets()[0]
    assert ".js-plotly-plot .plotly .main-svg{position:absolute;" in plotly_css.css
    assert ".js-plotly-plot .plotly .modebar{" in plotly_css.css
    assert ".plotly-notifier .notifier-note{" in plotly_css.css
    assert "X " not in plotly_css.css.replace("X ,", "")  # every placeholder replaced
    for sheet in plotly_assets.stylesheets():
        found = finders.find(sheet.name)
        assert found and Path(found).read_text(encoding="utf-8") == sheet.css
    assert Path(finders.find("vendor/plotly/plotly.min.js")) == plotly_assets.BUNDLE
    assert finders.find("vendor/plotly/elsewhere.css") is None


def test_a_bundle_whose_rules_cannot_be_read_fails_the_checks(monkeypatch, tmp_path):
    with pytest.raises(plotly_assets.BundleNotUnderstood, match="not found"):
        plotly_assets.read_stylesheets("var x = 1;")
    with pytest.raises(plotly_assets.BundleNotUnderstood, match="only 1"):
        plotly_assets.read_stylesheets('{"X,X div":"margin:0;"}')
    bundle = tmp_path / "plotly.min.js"
    bundle.write_text("/* a future plotly.js that keeps its rules elsewhere */", encoding="utf-8")
    monkeypatch.setattr(plotly_assets, "BUNDLE", bundle)
    plotly_assets.stylesheets.cache_clear()
    try:
        errors = PlotlyFinder().check()
    finally:
        monkeypatch.undo()
        plotly_assets.stylesheets.cache_clear()
    assert len(errors) == 1 and "strict Content-Security-Policy" in errors[0].msg


def test_production_keeps_cookies_and_transport_secure():
    environ = {name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environ.update({"DEBUG": "false", "SECRET_KEY": "s" * 50, "ALLOWED_HOSTS": "positions.example.org"})
    names = [
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SAMESITE", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_CONTENT_TYPE_NOSNIFF", "X_FRAME_OPTIONS", "AXES_ENABLED",
    ]  # fmt: skip
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environ, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"]
    assert values["SESSION_COOKIE_SAMESITE"] == values["CSRF_COOKIE_SAMESITE"] == "Lax"
    assert values["SECURE_SSL_REDIRECT"] and values["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] and values["X_FRAME_OPTIONS"] == "DENY" and values["AXES_ENABLED"]


def _sign_in(client, username, password, address="10.0.0.1", path=None, **headers):
    return client.post(path or reverse("login"), {"username": username, "password": password},
                       REMOTE_ADDR=address, **headers)  # fmt: skip


def test_too_many_failed_sign_ins_pause_the_address_even_for_the_right_password(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    user, other = user_with(Role.ANALYST), user_with(Role.EDITOR)
    for name in (user.username, other.username):  # guessing, and trying one password on many
        assert _sign_in(client, name, "wrong").status_code == 200
    assert _sign_in(client, user.username, "wrong").status_code == 429  # the failure that reaches the limit
    locked = _sign_in(client, user.username, PASSWORD)
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == 15 * 60
    assert "failed 3 times" in locked.content.decode() and "15 minutes" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # The admin's own sign-in form is the same door.
    assert _sign_in(client, user.username, PASSWORD, path="/admin/login/").status_code == 429
    # Another address is not held up by this one.
    assert _sign_in(client, user.username, PASSWORD, address="10.0.0.2").status_code == 302

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    assert _sign_in(client, user.username, PASSWORD).status_code == 302, "the pause should end after cool-off"


def test_a_success_clears_the_count(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = user_with(Role.ANALYST)
    for _ in range(2):
        _sign_in(client, user.username, "wrong")
    assert _sign_in(client, user.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(2):
        assert _sign_in(client, user.username, "wrong").status_code == 200
    assert _sign_in(client, user.username, PASSWORD).status_code == 302, "the earlier failures should not count"


def test_behind_a_trusted_proxy_the_address_it_saw_is_counted_not_what_the_client_claims(client, settings):
    settings.AXES_FAILURE_LIMIT = 2
    settings.TRUSTED_PROXY_HTTPS = True
    user = user_with(Role.ANALYST)
    for forged in ("1.1.1.1", "2.2.2.2"):  # a new forged address each time, all through one proxy hop
        _sign_in(client, user.username, "wrong", address="10.9.9.9", HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.7")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}
    assert _sign_in(client, user.username, PASSWORD, address="10.9.9.9",
                    HTTP_X_FORWARDED_FOR="3.3.3.3, 203.0.113.7").status_code == 429  # fmt: skip
    assert _sign_in(client, user.username, PASSWORD, address="10.9.9.9",
                    HTTP_X_FORWARDED_FOR="198.51.100.4").status_code == 302  # fmt: skip
