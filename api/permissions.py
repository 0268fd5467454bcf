"""The API follows the dashboard's roles: reading needs what reading the pages needs, and nothing is written."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from review.permissions import may_browse


class MayBrowse(BasePermission):
    message = "Sign in, or send a token, as a user with a role that may read the dashboard."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS and may_browse(request.user)
