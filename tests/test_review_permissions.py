"""Who may do what: every role (and anonymous) against every page and action, public and private, and CSRF."""

import re
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from positions.models import Position, ReviewState
from review.permissions import Action, Role, can, role_actions
from tests.factories import make_document, make_position
from tests.roles import NO_ROLE, client_for, user_with
from tests.test_startup import start_django

pytestmark = pytest.mark.django_db

ANONYMOUS = None
EVERYONE = [ANONYMOUS, NO_ROLE, Role.ANALYST, Role.EDITOR, Role.REVIEWER, Role.ADMIN]
ids = lambda role: str(role or "anonymous")  # noqa: E731


def _expect(anonymous, no_role, analyst, editor, reviewer, admin) -> dict:
    return dict(zip(EVERYONE, (anonymous, no_role, analyst, editor, reviewer, admin), strict=True))


BROWSERS = _expect(302, 403, 200, 200, 200, 200)
REVIEWERS_PAGE = _expect(302, 403, 403, 403, 200, 200)
REVIEWERS_ACTION = _expect(302, 403, 403, 403, 302, 302)


@pytest.fixture
def record():
    document = make_document("Germany will send more air defence to Ukraine this winter.", published=date(2023, 1, 5))
    return make_position(document, confidence=0.4)


@pytest.fixture(params=[True, False], ids=["public", "private"])
def public(request, settings):
    settings.DASHBOARD_PUBLIC = request.param
    return request.param


def _dashboard_paths(record) -> list[str]:
    return [
        reverse("positions:home"),
        reverse("positions:topic", args=["military-aid-ukraine"]),
        reverse("positions:actor", args=["DEU"]),
        reverse("positions:compare") + "?topic=military-aid-ukraine&actors=DEU",
        reverse("positions:search") + "?q=defence",
        reverse("positions:document", args=[record.document_id]),
        reverse("positions:timeline-data") + "?topic=military-aid-ukraine&actors=DEU",
        reverse("positions:matrix-data"),
    ]


@pytest.mark.parametrize("role", EVERYONE, ids=ids)
def test_the_dashboard_is_open_to_everyone_when_public_and_to_roles_only_when_private(client, role, record, public):
    client_for(client, role)
    expected = 200 if public else BROWSERS[role]
    for path in _dashboard_paths(record):
        response = client.get(path)
        assert response.status_code == expected, path
        if expected == 302:
            assert response.url == f"{reverse('login')}?next={_quoted(path)}"


def _quoted(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


@pytest.mark.parametrize("role", EVERYONE, ids=ids)
def test_review_pages_answer_each_role_the_same_whether_the_dashboard_is_public_or_not(client, role, record, public):
    client_for(client, role)
    pages = {
        reverse("review:queue"): REVIEWERS_PAGE,
        reverse("review:queue") + "?topic=military-aid-ukraine&actor=DEU": REVIEWERS_PAGE,
        reverse("review:figures"): REVIEWERS_PAGE,
        reverse("review:bulk-verify"): REVIEWERS_PAGE,
        reverse("review:correct", args=[record.pk]): REVIEWERS_PAGE,
        reverse("review:record", args=[record.pk]): BROWSERS,
    }
    for path, expected in pages.items():
        assert client.get(path).status_code == expected[role], path


def _post_actions(record) -> dict:
    """Each review action as (url, valid data), on its own record so that each can succeed."""
    document = record.document
    verified = make_position(make_document(), review_state=ReviewState.AUTO)
    verified.review_state = ReviewState.VERIFIED
    verified.save()
    first = verified.history.earliest()
    for _ in range(2):
        make_position(make_document(), actor_id="FRA")
    added = {"span_start": 0, "span_end": 20, "actor": "DEU", "topic": "sanctions-russia", "stance": "1",
             "date": "2023-01-05"}  # fmt: skip
    return {
        "verify": (reverse("review:verify", args=[record.pk]), {}),
        "reject": (reverse("review:reject", args=[make_position(make_document()).pk]), {"reason": "a headline"}),
        "correct": (
            reverse("review:correct", args=[make_position(make_document()).pk]),
            {"actor": "DEU", "topic": "military-aid-ukraine", "stance": "2", "date": "2023-01-01", "reason": "tanks"},
        ),
        "revert": (reverse("review:revert", args=[verified.pk]), {"history_id": first.history_id}),
        "add": (reverse("review:add-record", args=[document.pk]), added),
        "bulk verify": (reverse("review:bulk-verify"), {"actor": "FRA", "expected": 2}),
    }


@pytest.mark.parametrize("role", EVERYONE, ids=ids)
def test_only_reviewers_and_admins_may_verify_correct_reject_revert_add_and_bulk_verify(client, role, record):
    user = client_for(client, role)
    actions = _post_actions(record)
    before = Position.history.count()
    for name, (url, data) in actions.items():
        response = client.post(url, data)
        assert response.status_code == REVIEWERS_ACTION[role], (name, response.content.decode()[:500])
        if response.status_code == 302 and role is ANONYMOUS:
            assert response.url.startswith(reverse("login"))
    written = Position.history.count() - before
    if REVIEWERS_ACTION[role] == 302 and role is not ANONYMOUS:
        assert written >= len(actions)
        assert set(Position.history.filter(history_user=user).values_list("history_user", flat=True)) == {user.pk}
    else:
        assert written == 0


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/admin/ingest/source/", _expect(302, 403, 200, 200, 200, 200)),
        ("/admin/ingest/source/add/", _expect(302, 403, 403, 403, 200, 200)),
        ("/admin/positions/position/", _expect(302, 403, 200, 200, 200, 200)),
        ("/admin/auth/user/", _expect(302, 403, 403, 403, 403, 200)),
        ("/admin/auth/user/add/", _expect(302, 403, 403, 403, 403, 200)),
    ],
)
@pytest.mark.parametrize("role", EVERYONE, ids=ids)
def test_in_the_admin_reviewers_manage_sources_and_admins_manage_users(client, role, path, expected):
    client_for(client, role)
    assert client.get(path).status_code == expected[role]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (NO_ROLE, set()),
        (Role.ANALYST, {Action.BROWSE}),
        (Role.EDITOR, {Action.BROWSE, Action.EXPORT}),
        (Role.REVIEWER, {Action.BROWSE, Action.EXPORT, Action.REVIEW, Action.MANAGE_SOURCES}),
        (Role.ADMIN, set(Action)),
    ],
    ids=ids,
)
def test_each_role_may_take_exactly_its_actions(role, allowed):
    user = user_with(role)
    assert {action for action in Action if can(user, action)} == allowed
    assert role_actions(role if isinstance(role, Role) else None) == allowed


def test_admins_hold_every_permission_there_is_including_users():
    from django.contrib.auth.models import Group, Permission

    assert set(Group.objects.get(name="Admin").permissions.all()) == set(Permission.objects.all())
    assert user_with(Role.ADMIN).has_perm("auth.delete_user")


def test_the_review_link_is_shown_to_those_who_may_review(client, record):
    assert 'href="/review/"' not in client.get("/").content.decode()
    client_for(client, Role.ANALYST)
    assert 'href="/review/"' not in client.get("/").content.decode()
    client_for(client, Role.REVIEWER)
    assert 'href="/review/"' in client.get("/").content.decode()


def test_signing_in_and_out(client, record, settings):
    settings.DASHBOARD_PUBLIC = False
    user = user_with(Role.ANALYST)
    response = client.get("/topics/military-aid-ukraine/")
    assert response.status_code == 302
    login = client.get(response.url)
    assert login.status_code == 200 and 'name="password"' in login.content.decode()
    response = client.post(response.url, {"username": user.username, "password": "a long enough password 1",
                                          "next": "/topics/military-aid-ukraine/"})  # fmt: skip
    assert response.status_code == 302 and response.url == "/topics/military-aid-ukraine/"
    assert client.get("/topics/military-aid-ukraine/").status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert client.get("/topics/military-aid-ukraine/").status_code == 302


def test_a_wrong_password_is_refused_with_a_message(client):
    user = user_with(Role.ANALYST)
    response = client.post(reverse("login"), {"username": user.username, "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_static_files_and_the_admin_login_stay_reachable_when_private(client, settings):
    settings.DASHBOARD_PUBLIC = False
    assert client.get("/admin/login/").status_code == 200
    assert client.get(reverse("login")).status_code == 200


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_bad_dashboard_public_value_stops_start_up_naming_it(value):
    result = start_django(DEBUG="true", DASHBOARD_PUBLIC=value)
    assert result.returncode != 0
    assert f"DASHBOARD_PUBLIC={value!r} is not a boolean" in result.stderr


# CSRF: every form that writes carries a token, and a POST without one is refused.

POST_FORM = re.compile(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S)


def test_every_form_on_the_review_pages_carries_a_csrf_token(client, record):
    client_for(client, Role.REVIEWER)
    pages = [
        reverse("review:queue"),
        reverse("review:record", args=[record.pk]),
        reverse("review:correct", args=[record.pk]),
        reverse("review:bulk-verify"),
        reverse("positions:document", args=[record.document_id]),
    ]
    seen = 0
    for path in pages:
        html = client.get(path).content.decode()
        forms = POST_FORM.findall(html)
        assert forms, path
        for body in forms:
            assert 'name="csrfmiddlewaretoken"' in body, (path, body[:200])
        seen += len(forms)
    assert seen >= 10
    client.logout()
    assert 'name="csrfmiddlewaretoken"' in client.get(reverse("login")).content.decode()


def test_every_review_action_without_a_csrf_token_is_refused(record):
    strict = Client(enforce_csrf_checks=True)
    user = user_with(Role.REVIEWER)
    strict.force_login(user)
    before = Position.history.count()
    for name, (url, data) in _post_actions(record).items():
        assert strict.post(url, data).status_code == 403, name
    assert strict.post(reverse("logout")).status_code == 403
    after_setup = Position.history.count()
    assert Position.history.filter(history_user=user).count() == 0
    assert after_setup >= before  # only the fixtures' own rows were written
    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post(reverse("login"), {"username": user.username, "password": "x"}).status_code == 403
