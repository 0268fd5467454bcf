"""The API against the roles' permission matrix: every principal, endpoint and method, public and private.

No answer is written down here. Each cell's is computed from ``review.permissions`` the way ``may_browse`` decides:
a principal reads when the dashboard is public or its role's actions include BROWSE. The API never writes, for
anyone. The endpoints come from the API's router and URLconf, and a test fails if one is not in the matrix.
"""

import json
from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLResolver, reverse
from rest_framework.authtoken.models import Token

from api import urls as api_urls
from ingest.models import Document
from positions.models import Actor, Official, Position, Topic
from review.permissions import Action, Role, role_actions
from tests.factories import make_document, make_position
from tests.roles import NO_ROLE, user_with

pytestmark = pytest.mark.django_db

READS = ("GET", "HEAD", "OPTIONS")
WRITES = ("POST", "PUT", "PATCH", "DELETE")
SESSION, TOKEN = "session", "token"
# Shorter than a quote (80 characters), so that the record's quote is the statement's whole text.
QUOTE = "Germany will deliver four more air defence systems to Ukraine this winter."
UNKNOWN_KEY = "0" * 40
# A write that, if it went through on any endpoint, would change something _stored() looks at.
PAYLOAD = {"stance": -2, "quote": "rewritten", "review_state": "rejected", "title": "rewritten", "name": "rewritten"}


@dataclass(frozen=True)
class Principal:
    """Who asks: nobody, or a user with ``role`` (NO_ROLE: none) signed in by session or sending a token."""

    role: Role | str | None = None
    via: str = ""
    active: bool = True

    @property
    def name(self) -> str:
        if self.role is None:
            return "unknown-token" if self.via == TOKEN else "anonymous"
        name = f"{str(self.role).replace(' ', '-')}-{self.via}"
        return name if self.active else f"inactive-{name}"

    @property
    def refused(self) -> bool:
        """Credentials the API must refuse outright: a key that is no one's, or an inactive user's."""
        return self.via == TOKEN and (self.role is None or not self.active)

    @property
    def signed_in(self) -> bool:
        # An inactive user's session is no session: Django's backend no longer finds the user.
        return self.role is not None and self.active

    @property
    def actions(self) -> set[Action]:
        return role_actions(self.role) if self.signed_in and isinstance(self.role, Role) else set()


PRINCIPALS = [
    Principal(),
    Principal(via=TOKEN),
    Principal(Role.ADMIN, TOKEN, active=False),
    Principal(Role.ADMIN, SESSION, active=False),
    *(Principal(role, via) for role in [NO_ROLE, *Role] for via in (SESSION, TOKEN)),
]


@dataclass(frozen=True)
class Endpoint:
    name: str  # as in the test ids: positions-list
    url_name: str  # in the api namespace
    query: str = ""
    viewset: type | None = None  # a detail: the object asked for is this viewset's first
    documentation: bool = False  # describes the API and holds no record: open to anyone who asks
    html: bool = False
    methods: tuple[str, ...] = READS  # the safe methods it answers

    def url(self) -> str:
        args = []
        if self.viewset is not None:
            args = [getattr(self.viewset.queryset.first(), self.viewset.lookup_field)]
        return reverse(f"api:{self.url_name}", args=args) + self.query


def _router_endpoints() -> list[Endpoint]:
    endpoints = [Endpoint("root", api_urls.router.root_view_name)]
    for prefix, viewset, basename in api_urls.router.registry:
        endpoints.append(Endpoint(f"{prefix}-list", f"{basename}-list"))
        endpoints.append(Endpoint(f"{prefix}-detail", f"{basename}-detail", viewset=viewset))
    return endpoints


ENDPOINTS = [
    *_router_endpoints(),
    Endpoint("positions-csv", "positions-csv"),
    Endpoint("timeline", "timeline", query="?topic=military-aid-ukraine"),
    Endpoint("schema", "schema", documentation=True),
    Endpoint("docs", "docs", documentation=True, html=True, methods=("GET", "HEAD")),
]
CATCH_ALL = "^.*$"  # anything else under /api/: a JSON 404, tested on its own below


@dataclass(frozen=True)
class Cell:
    public: bool
    principal: Principal
    method: str
    endpoint: Endpoint

    @property
    def id(self) -> str:
        mode = "public" if self.public else "private"
        return f"{mode}-{self.principal.name}-{self.method}-{self.endpoint.name}"

    @property
    def expected(self) -> int:
        if self.principal.refused:
            return 401
        if self.method not in self.endpoint.methods:
            return 405
        if self.endpoint.documentation or self.public or Action.BROWSE in self.principal.actions:
            return 200
        return 403 if self.principal.signed_in else 401


CELLS = [
    Cell(public, principal, method, endpoint)
    for public in (True, False)
    for principal in PRINCIPALS
    for method in READS + WRITES
    for endpoint in ENDPOINTS
]


@pytest.fixture
def record(reference_data):
    return make_position(make_document(QUOTE, published=date(2023, 1, 5)))


def _stored(record) -> tuple:
    """What a write would change: the rows each table holds, and the record, its statement and its actor."""
    models = [Actor, Topic, Official, Document, Position, Position.history.model, User, Token]
    return (
        [model.objects.count() for model in models],
        Position.objects.values("actor_id", "topic_id", "stance", "date", "quote", "review_state").get(pk=record.pk),
        Document.objects.values("title", "text", "published").get(pk=record.document_id),
        Actor.objects.values("name", "kind").get(pk=record.actor_id),
    )


def _sign_in(client: Client, principal: Principal) -> dict:
    """Signs the client in as the principal; returns the headers its requests carry."""
    if principal.role is None:
        return {"HTTP_AUTHORIZATION": f"Token {UNKNOWN_KEY}"} if principal.via == TOKEN else {}
    user = user_with(principal.role)
    if not principal.active:
        user.is_active = False
        user.save(update_fields=["is_active"])
    if principal.via == SESSION:
        client.force_login(user)
        return {}
    return {"HTTP_AUTHORIZATION": f"Token {Token.objects.create(user=user).key}"}


def _request(client: Client, method: str, endpoint: Endpoint, headers: dict):
    accept = "text/html" if endpoint.html else "application/json"
    body = json.dumps(PAYLOAD) if method in WRITES and method != "DELETE" else ""
    return client.generic(method, endpoint.url(), body, "application/json", HTTP_ACCEPT=accept, **headers)


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


@pytest.fixture
def fast_passwords(settings):
    # Each cell makes its own user: hashing their password the production way would take minutes in all.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.parametrize("cell", CELLS, ids=lambda cell: cell.id)
def test_each_principal_reads_as_its_role_allows_and_nobody_writes(cell, client, settings, record, fast_passwords):
    settings.DASHBOARD_PUBLIC = cell.public
    headers = _sign_in(client, cell.principal)
    before = _stored(record)

    response = _request(client, cell.method, cell.endpoint, headers)

    assert response.status_code == cell.expected, _body(response)[:300]
    assert _stored(record) == before
    body = _body(response)
    if cell.method == "HEAD":
        assert body == ""
        return
    if response.status_code == 200:
        assert body
        if not cell.endpoint.html and cell.endpoint.name != "positions-csv":
            assert json.loads(body)
        return
    assert QUOTE not in body
    if response.status_code == 401:
        assert response.has_header("WWW-Authenticate")
    if cell.endpoint.html:
        assert str(cell.expected) in body  # the pages answer in plain text: "401 Unauthorized"
    else:
        assert response["Content-Type"].startswith("application/json")
        assert json.loads(body)["detail"]


def test_the_refusals_that_hide_records_are_tested_where_readers_see_them(client, settings, record):
    """The matrix checks that a refusal's body holds no quote; here the quote is where a reader would read it."""
    settings.DASHBOARD_PUBLIC = True
    for name in ["positions-list", "positions-detail", "positions-csv", "documents-detail", "timeline"]:
        endpoint = next(endpoint for endpoint in ENDPOINTS if endpoint.name == name)
        assert QUOTE in _body(_request(client, "GET", endpoint, {})), name


def test_every_url_of_the_api_is_in_the_matrix():
    def routes(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from routes(pattern.url_patterns)
            else:
                yield pattern.name or str(pattern.pattern)

    assert set(routes(api_urls.urlpatterns)) - {CATCH_ALL} == {endpoint.url_name for endpoint in ENDPOINTS}
    assert {endpoint.viewset for endpoint in ENDPOINTS} - {None} == {v for _, v, _ in api_urls.router.registry}


@pytest.mark.parametrize("public", [True, False], ids=["public", "private"])
@pytest.mark.parametrize("method", READS + WRITES)
def test_anything_else_under_the_api_is_a_json_404_for_everyone(client, settings, record, public, method):
    settings.DASHBOARD_PUBLIC = public
    for headers in [{}, {"HTTP_AUTHORIZATION": f"Token {UNKNOWN_KEY}"}]:
        response = client.generic(method, "/api/nothing-here/", json.dumps(PAYLOAD), "application/json", **headers)
        assert response.status_code == 404
        if method != "HEAD":
            assert "nothing at /api/nothing-here/" in response.json()["detail"]


@pytest.mark.parametrize(
    "header",
    ["Token", "Token two words", f"Token {UNKNOWN_KEY}0", f"token {UNKNOWN_KEY}"],
    ids=["no-key", "two-words", "too-long", "lower-case"],
)
@pytest.mark.parametrize("public", [True, False], ids=["public", "private"])
def test_a_malformed_token_header_is_a_401_with_a_message_never_a_500(client, settings, record, public, header):
    settings.DASHBOARD_PUBLIC = public
    response = client.get(reverse("api:position-list"), HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["detail"]


SIGNED_IN = [NO_ROLE, *Role]
CSRF_CELLS = [(role, method, endpoint) for role in SIGNED_IN for method in WRITES for endpoint in ENDPOINTS]


@pytest.mark.parametrize(
    ("role", "method", "endpoint"),
    CSRF_CELLS,
    ids=[f"{str(role).replace(' ', '-')}-session-{method}-{endpoint.name}" for role, method, endpoint in CSRF_CELLS],
)
def test_a_session_write_without_a_csrf_token_is_refused_before_anything_else(
    role, method, endpoint, record, fast_passwords
):
    """A token is not a cookie, so token requests skip CSRF; a session's cookie is, so its writes need the token."""
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user_with(role))
    before = _stored(record)

    response = _request(strict, method, endpoint, {})

    assert response.status_code == 403
    assert _stored(record) == before
    if not endpoint.html:
        assert "CSRF" in response.json()["detail"]
