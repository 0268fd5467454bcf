"""Roles (Django groups) and what each may do; views, templates and tests all read this one table.

A role is a group whose permissions are listed here. The migration ``0001_roles`` creates the groups, and
after every ``migrate`` the groups are given any permission they lack (never stripped of one an admin added).
"""

from __future__ import annotations

from enum import StrEnum

from django.conf import settings


class Role(StrEnum):
    ANALYST = "Analyst"
    EDITOR = "Editor"
    REVIEWER = "Reviewer"
    ADMIN = "Admin"


class Action(StrEnum):
    """What a user does, each checked through one permission."""

    BROWSE = "browse"  # read every dashboard page, record and history
    EXPORT = "export"  # export and embed charts
    REVIEW = "review"  # verify, correct, reject, add and revert records; the queue and the figures
    MANAGE_SOURCES = "manage_sources"  # add and change sources
    MANAGE_USERS = "manage_users"  # add and change users and their roles


ACTION_PERMISSION: dict[Action, str] = {
    Action.BROWSE: "positions.view_position",
    Action.EXPORT: "positions.export_chart",
    Action.REVIEW: "positions.review_position",
    Action.MANAGE_SOURCES: "ingest.change_source",
    Action.MANAGE_USERS: "auth.change_user",
}

_BROWSE = {
    f"{app}.view_{model}"
    for app, models in {
        "positions": ["actor", "official", "topic", "position", "historicalposition", "historicaltopic"],
        "ingest": ["source", "document", "ingestrun", "faileditem"],
    }.items()
    for model in models
}
_EXPORT = {"positions.export_chart"}
_REVIEW = {"positions.review_position", "positions.add_position", "positions.change_position"}
_SOURCES = {"ingest.add_source", "ingest.change_source"}

# Each role's permissions as "app_label.codename"; None means every permission there is.
ROLE_PERMISSIONS: dict[Role, set[str] | None] = {
    Role.ANALYST: _BROWSE,
    Role.EDITOR: _BROWSE | _EXPORT,
    Role.REVIEWER: _BROWSE | _EXPORT | _REVIEW | _SOURCES,
    Role.ADMIN: None,
}


def role_actions(role: Role | None) -> set[Action]:
    """The actions a role (or a user with no role: None) may take, read from its permissions."""
    if role is None:
        return set()
    granted = ROLE_PERMISSIONS[role]
    return {action for action, perm in ACTION_PERMISSION.items() if granted is None or perm in granted}


def can(user, action: Action) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(ACTION_PERMISSION[action]))


def may_browse(user) -> bool:
    """Whether a visitor may read the dashboard: anyone when it is public, else a signed-in user with a role."""
    return settings.DASHBOARD_PUBLIC or can(user, Action.BROWSE)


def sync_roles(apps=None) -> None:
    """Create the role groups and give each the permissions listed above that it lacks."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    everything = list(Permission.objects.values_list("pk", "content_type__app_label", "codename"))
    for role, wanted in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        ids = [pk for pk, app, codename in everything if wanted is None or f"{app}.{codename}" in wanted]
        group.permissions.add(*ids)


def sync_roles_after_migrate(sender, app_config=None, using="default", apps=None, **kwargs) -> None:
    # post_migrate is sent once per app with models, in INSTALLED_APPS order; review comes last, after every
    # other app's permissions were created.
    if app_config is None or app_config.label != "review":
        return
    sync_roles()
