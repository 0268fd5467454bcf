"""Chart exports and embeds: real files from Plotly's static export in Chromium, rows equal to the API's,
frozen embeds that never change, live ones that do, and only editors and above may make them."""

import csv
import io
import json
import shutil
import struct
import xml.etree.ElementTree as ElementTree
from datetime import date

import pytest

from exports.models import Embed
from positions.models import ReviewState
from review.permissions import Role
from tests.conftest import skip_or_fail
from tests.factories import make_document, make_position
from tests.roles import client_for

pytestmark = pytest.mark.django_db

AID = "military-aid-ukraine"
TIMELINE = {"topic": AID, "actors": "DEU,HUN", "from": "2023-01-01", "to": "2024-12-31"}


@pytest.fixture
def aid(reference_data):
    made = []
    for actor, stance, day in [("DEU", 2, date(2023, 1, 25)), ("HUN", -1, date(2023, 2, 1)),
                               ("DEU", 1, date(2024, 6, 1))]:  # fmt: skip
        document = make_document(f"{actor} spoke about aid to Ukraine on {day}.", published=day)
        made.append(make_position(document, actor_id=actor, stance=stance, date=day, topic_id=AID))
    return made


@pytest.fixture
def editor(client):
    client_for(client, Role.EDITOR)
    return client


@pytest.fixture
def chromium():
    if not shutil.which("chromium") and not shutil.which("chromium-browser"):
        skip_or_fail("Chromium is not installed, so charts cannot be rendered")


def png_size(content: bytes) -> tuple[int, int]:
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", content[16:24])


def test_png_export_is_a_real_image_at_the_scale_asked_for(editor, aid, chromium):
    response = editor.get("/charts/timeline/export.png", {**TIMELINE, "scale": "2"})
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "image/png" and "attachment" in response["Content-Disposition"]
    assert png_size(response.content) == (2200, 1300)
    assert int(response["X-Data-Version"]) > 0


def test_svg_export_parses_and_holds_the_traces_title_and_caption(editor, aid, chromium):
    response = editor.get("/charts/timeline/export.svg", TIMELINE)
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    text = " ".join(root.itertext())
    assert "Military aid to Ukraine: stated stance over time" in text
    assert "Actors: Germany, Hungary" in text and "2023-01-01 to 2024-12-31" in text and "data version" in text
    assert "Source: Ukraine war positions" in text and "/topics/military-aid-ukraine/?" in text
    groups = root.iter("{http://www.w3.org/2000/svg}g")
    traces = [g for g in groups if g.get("class", "").startswith("trace scatter")]
    assert len(traces) >= 2  # a line per actor (and the markers on it)


def test_pdf_export_opens_with_one_page(editor, aid, chromium):
    from pypdf import PdfReader

    response = editor.get("/charts/map/export.pdf", {"topic": AID, "as_of": "2024-12-31"})
    assert response.status_code == 200 and response.content[:5] == b"%PDF-"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    assert "latest stated stance" in reader.pages[0].extract_text()


def test_every_chart_exports_its_rows_and_the_csv_equals_the_api(editor, aid):
    exported = editor.get("/charts/timeline/export.csv", TIMELINE)
    assert exported.status_code == 200 and exported["Content-Type"].startswith("text/csv")
    from_csv = list(csv.DictReader(io.StringIO(exported.content.decode())))
    api = editor.get("/api/timeline/", TIMELINE).json()
    from_api = [(p["position_id"], line["actor"], p["stance"], p["quote"]) for line in api["series"]
                for p in line["points"]]  # fmt: skip
    assert sorted((int(r["position_id"]), r["actor"], int(r["stance"]), r["quote"]) for r in from_csv) == sorted(
        from_api
    )
    assert all(row["statement_url"].startswith("/documents/") for row in from_csv)
    as_json = json.loads(editor.get("/charts/timeline/export.json", TIMELINE).content)
    assert len(as_json["records"]) == 3 and "data version" in as_json["caption"]
    for kind, params in [("matrix", {"actors": "DEU,HUN"}), ("map", {"topic": AID}), ("actor", {"actor": "DEU"}),
                         ("compare", {"topic": AID, "actors": "DEU"})]:  # fmt: skip
        response = editor.get(f"/charts/{kind}/export.csv", params)
        assert response.status_code == 200, kind
        assert len(list(csv.DictReader(io.StringIO(response.content.decode())))) >= 1, kind


@pytest.mark.parametrize(
    ("url", "params", "status", "message"),
    [
        ("/charts/timeline/export.png", {"topic": "nope"}, 400, "not a known topic"),
        ("/charts/timeline/export.png", {**TIMELINE, "scale": "9"}, 400, "scale='9' must be one of"),
        ("/charts/timeline/export.csv", {"topic": AID, "from": "2024-01-01", "to": "2020-01-01"}, 400, "from must"),
        ("/charts/timeline/export.exe", TIMELINE, 404, ""),
        ("/charts/pie/export.png", TIMELINE, 404, ""),
    ],
)
def test_bad_export_requests_say_what_was_wrong(editor, aid, url, params, status, message):
    response = editor.get(url, params)
    assert response.status_code == status
    assert message in response.content.decode()


@pytest.mark.parametrize(("role", "status"), [(None, 302), (Role.ANALYST, 403), (Role.EDITOR, 200),
                                              (Role.REVIEWER, 200), (Role.ADMIN, 200)])  # fmt: skip
def test_exports_and_embeds_are_for_editors_and_above(client, aid, role, status):
    client_for(client, role)
    assert client.get("/charts/timeline/export.csv", TIMELINE).status_code == status
    created = client.post("/charts/timeline/embeds/", {"query": "topic=" + AID, "mode": "frozen"})
    assert created.status_code == {200: 201}.get(status, status)
    assert Embed.objects.count() == (1 if status == 200 else 0)


def test_embeds_need_the_csrf_token(aid):
    from django.test import Client

    from tests.roles import user_with

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user_with(Role.EDITOR))
    assert strict.post("/charts/timeline/embeds/", {"query": "topic=" + AID}).status_code == 403
    assert not Embed.objects.exists()


def test_a_frozen_embed_never_changes_and_a_live_one_follows_corrections(client, editor, aid, settings):
    query = "topic=military-aid-ukraine&actors=DEU,HUN"
    frozen = editor.post("/charts/timeline/embeds/", {"query": query, "mode": "frozen"})
    live = editor.post("/charts/timeline/embeds/", {"query": query, "mode": "live"})
    assert frozen.status_code == live.status_code == 201
    assert "&lt;iframe src=" in frozen.content.decode()  # the snippet to copy, shown as text
    frozen_embed, live_embed = Embed.objects.get(frozen=True), Embed.objects.get(frozen=False)

    hungary = aid[1]
    hungary.stance = 2
    hungary.review_state = ReviewState.CORRECTED
    hungary._change_reason = "the statement pledged aid"
    hungary.save()

    client.logout()
    settings.DASHBOARD_PUBLIC = False  # a frozen embed is readable by anyone with its link, even so
    page = client.get(f"/embeds/{frozen_embed.token}/")
    assert page.status_code == 200 and "X-Frame-Options" not in page
    script = page.content.decode().split('id="embed-figure" type="application/json">')[1]
    figure = json.loads(script.split("</script>")[0])
    hungary_trace = next(trace for trace in figure["data"] if trace.get("name") == "Hungary")
    assert hungary_trace["y"][0] == -1
    frozen_csv = client.get(f"/embeds/{frozen_embed.token}/data.csv").content.decode()
    frozen_rows = list(csv.DictReader(io.StringIO(frozen_csv)))
    assert {row["actor"]: row["stance"] for row in frozen_rows if row["actor"] == "HUN"} == {"HUN": "-1"}

    assert client.get(f"/embeds/{live_embed.token}/").status_code == 403  # live: only where the dashboard is public
    settings.DASHBOARD_PUBLIC = True
    live_rows = json.loads(client.get(f"/embeds/{live_embed.token}/data.json").content)["records"]
    assert {row["actor"]: row["stance"] for row in live_rows if row["actor"] == "HUN"} == {"HUN": 2}


def test_the_export_menu_shows_for_editors_only(client, aid):
    page = client.get(f"/topics/{AID}/")
    assert "Export" not in page.content.decode()
    client_for(client, Role.EDITOR)
    html = client.get(f"/topics/{AID}/").content.decode()
    assert 'href="/charts/timeline/export.png?' in html and "scale=2" in html
    assert 'href="/charts/map/export.svg?topic=military-aid-ukraine' in html
    assert 'action="/charts/timeline/embeds/"' in html
