"""Users with a role, for the review tests: a role is a group the roles migration created."""

from __future__ import annotations

import itertools

from django.contrib.auth.models import Group, User

from review.permissions import Role, sync_roles

NO_ROLE = "no role"
_numbers = itertools.count(1)


def user_with(role: Role | str | None, *, staff: bool = True) -> User:
    """A user in one role's group (``NO_ROLE``: signed in with none); staff so that the admin lets them in."""
    name = f"{str(role).lower().replace(' ', '-')}-{next(_numbers)}"
    user = User.objects.create_user(name, password="a long enough password 1", is_staff=staff)
    if isinstance(role, Role):
        if not Group.objects.filter(name=role.value).exists():
            sync_roles()  # a transactional test's flush removed the groups
        user.groups.add(Group.objects.get(name=role.value))
    return user


def client_for(client, role: Role | str | None):
    """The client signed in with ``role``; None leaves it anonymous. Returns the user (or None)."""
    if role is None:
        return None
    user = user_with(role)
    client.force_login(user)
    return user
