"""The REST API: filters, cursor pages, tokens, roles, the timeline series and the streamed CSV."""

import csv
import io
from datetime import date

import pytest
from rest_framework.authtoken.models import Token

from positions.models import ReviewState
from review.permissions import Role
from tests.factories import make_document, make_position
from tests.roles import NO_ROLE, client_for, user_with

pytestmark = pytest.mark.django_db

AID = "military-aid-ukraine"


@pytest.fixture
def records(reference_data):
    made = {}
    spoken = [
        ("DEU", 2, date(2023, 1, 25)),
        ("HUN", -1, date(2023, 2, 1)),
        ("CHN", 0, date(2023, 3, 1)),
        ("DEU", 1, date(2024, 6, 1)),
        ("FRA", 2, date(2024, 7, 1)),
    ]
    for number, (actor, stance, day) in enumerate(spoken):
        document = make_document(f"Statement {number}: {actor} spoke about aid to Ukraine.", published=day)
        made[(actor, day)] = make_position(document, actor_id=actor, stance=stance, date=day, topic_id=AID)
    make_position(actor_id="RUS", stance=-2, date=date(2023, 5, 5), review_state=ReviewState.REJECTED)
    return made


def rows(response) -> list[dict]:
    return response.json()["results"]


def test_positions_filter_by_actor_stance_and_date_newest_first(client, records):
    response = client.get("/api/positions/", {"actor": ["DEU", "FRA"], "date_from": "2024-01-01"})
    assert response.status_code == 200
    assert [(row["actor"], row["date"]) for row in rows(response)] == [("FRA", "2024-07-01"), ("DEU", "2024-06-01")]
    assert rows(response)[0]["statement_url"].endswith(f"#position-{rows(response)[0]['id']}")
    assert [row["actor"] for row in rows(client.get("/api/positions/", {"stance": ["-1", "0"]}))] == ["CHN", "HUN"]


def test_rejected_records_appear_only_when_asked_for(client, records):
    assert "RUS" not in {row["actor"] for row in rows(client.get("/api/positions/", {"page_size": 100}))}
    rejected = rows(client.get("/api/positions/", {"review_state": "rejected"}))
    assert [row["actor"] for row in rejected] == ["RUS"]


def test_cursor_pages_walk_every_record_once(client, records):
    seen, url = [], "/api/positions/?page_size=2"
    while url:
        page = client.get(url).json()
        assert len(page["results"]) <= 2
        seen += [row["id"] for row in page["results"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == 5


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"actor": "XYZ"}, "actor"),
        ({"topic": "no-such-topic"}, "topic"),
        ({"stance": "7"}, "stance"),
        ({"date_from": "yesterday"}, "date_from"),
        ({"review_state": "maybe"}, "review_state"),
        ({"document": "-3"}, "document"),
        ({"actor": "DEU' OR 1=1 --"}, "actor"),
    ],
)
def test_bad_filters_are_a_400_that_names_the_field(client, records, params, field):
    response = client.get("/api/positions/", params)
    assert response.status_code == 400
    assert field in response.json()


def test_absurd_page_sizes_are_refused_with_the_limit_named(client, records):
    for absurd in ["100000000", "-4", "0", "ten"]:
        response = client.get("/api/positions/", {"page_size": absurd})
        assert response.status_code == 400
        assert "from 1 to 1000" in response.json()["page_size"][0]
    assert len(rows(client.get("/api/positions/", {"page_size": "1000"}))) == 5


def test_the_list_endpoints_answer_in_a_fixed_number_of_queries(client, records, django_assert_max_num_queries):
    for url in ["/api/positions/", "/api/documents/", "/api/actors/", "/api/topics/", "/api/officials/"]:
        with django_assert_max_num_queries(3):
            assert client.get(url).status_code == 200


def test_documents_list_without_text_and_detail_with_it(client, records):
    listed = rows(client.get("/api/documents/"))
    assert listed and "text" not in listed[0]
    detail = client.get(f"/api/documents/{listed[0]['id']}/").json()
    assert detail["text"].startswith("Statement 0")


def test_officials_in_office_on_a_day(client, reference_data):
    names = {row["name"] for row in rows(client.get("/api/officials/", {"actor": "DEU", "on": "2023-01-25",
                                                                          "page_size": 500}))}  # fmt: skip
    assert "Olaf Scholz" in names and "Friedrich Merz" not in names


def test_the_timeline_endpoint_returns_the_series_a_chart_draws(client, records):
    body = client.get("/api/timeline/", {"topic": AID, "actors": "DEU,HUN,UKR"}).json()
    assert [(line["actor"], [point["stance"] for point in line["points"]]) for line in body["series"]] == [
        ("DEU", [2, 1]),
        ("HUN", [-1]),
        ("UKR", []),
    ]
    assert body["series"][2]["actor_name"] == "Ukraine"
    average = client.get("/api/timeline/", {"topic": AID, "actors": "DEU", "mode": "average"}).json()
    assert [point["rolling_average"] for point in average["series"][0]["points"]] == [2.0, 1.0]
    bad = client.get("/api/timeline/", {"topic": AID, "from": "2024-01-01", "to": "2023-01-01"})
    assert bad.status_code == 400 and "from must not be after to" in bad.json()["detail"]


def test_the_csv_holds_the_same_rows_as_the_api_for_the_same_query(client, records):
    query = {"topic": AID, "date_from": "2023-01-01"}
    response = client.get("/api/positions.csv", query)
    assert response.status_code == 200 and response.streaming
    body = b"".join(response.streaming_content).decode()
    from_csv = list(csv.DictReader(io.StringIO(body)))
    from_api = rows(client.get("/api/positions/", {**query, "page_size": 1000}))
    fields = ["id", "date", "actor", "topic", "stance", "quote", "review_state", "statement_url"]
    as_text = sorted(tuple(str(row[field]) for field in fields) for row in from_api)
    assert sorted(tuple(row[field] for field in fields) for row in from_csv) == as_text
    assert from_csv[0]["actor_name"] == "Germany"
    assert client.get("/api/positions.csv", {"stance": "9"}).status_code == 400


def test_a_private_dashboard_needs_a_token_or_a_session_with_a_role(client, records, settings):
    settings.DASHBOARD_PUBLIC = False
    assert client.get("/api/positions/").status_code == 401
    analyst = user_with(Role.ANALYST)
    token = Token.objects.create(user=analyst)
    assert client.get("/api/positions/", HTTP_AUTHORIZATION=f"Token {token.key}").status_code == 200
    assert client.get("/api/positions/", HTTP_AUTHORIZATION="Token not-a-real-key").status_code == 401
    stranger = Token.objects.create(user=user_with(NO_ROLE))
    assert client.get("/api/positions/", HTTP_AUTHORIZATION=f"Token {stranger.key}").status_code == 403
    client_for(client, Role.EDITOR)
    assert client.get("/api/positions.csv").status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_writes_nothing_even_for_an_admin(client, records, method):
    client_for(client, Role.ADMIN)
    position = next(iter(records.values()))
    url = f"/api/positions/{position.pk}/"
    response = getattr(client, method)(url, {"stance": -2}, content_type="application/json")
    assert response.status_code in {403, 405}
    position.refresh_from_db()
    assert position.stance == 2


def test_anonymous_clients_are_throttled(client, records, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "100/minute"})
    codes = [client.get("/api/topics/").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    client_for(client, Role.ANALYST)  # a signed-in user has a budget of their own
    assert client.get("/api/topics/").status_code == 200


def test_a_forged_forwarded_for_header_is_no_new_budget(client, records, monkeypatch, settings):
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "100/minute"})
    codes = [client.get("/api/topics/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    settings.TRUSTED_PROXY_HTTPS = True  # behind a proxy, the address it appended is the client's
    assert client.get("/api/topics/", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9").status_code == 200


def test_the_schema_and_its_docs_are_served_with_local_assets(client, reference_data):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert {"/api/positions/", "/api/timeline/", "/api/positions.csv", "/api/actors/{code}/"} <= set(paths)
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs and "cdn" not in docs.lower() and "/static/drf_spectacular_sidecar/" in docs


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/timeline/", {"topic": "military-aid\x00ukraine"}),
        ("/api/positions/", {"actor": "DE\x00U"}),
        ("/charts/timeline.json", {"topic": "\x00"}),
        ("/topics/military-aid-ukraine/", {"from": "2023\x00-01-01"}),
        ("/search/", {"q": "aid\x00"}),
    ],
)
def test_nul_characters_in_a_request_are_a_400_never_a_database_error(client, records, url, params):
    response = client.get(url, params)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.parametrize("header", ["HTTP_AUTHORIZATION", "HTTP_COOKIE", "HTTP_X_REQUESTED_WITH"])
def test_a_nul_character_in_a_header_is_a_400_never_a_database_error(client, records, header):
    value = {"HTTP_AUTHORIZATION": "Token abc\x00def", "HTTP_COOKIE": "sessionid=abc\x00"}.get(header, "x\x00")
    response = client.get("/api/positions/", **{header: value})
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
