"""The API follows the dashboard's roles: reading needs what reading the pages needs, and nothing is written."""

from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import SAFE_METHODS, BasePermission

from review.permissions import may_browse


class MayBrowse(BasePermission):
    message = "Sign in, or send a token, as a user with a role that may read the dashboard."

    def has_permission(self, request, view) -> bool:
        if request.method not in SAFE_METHODS:
            # A 405 for everyone: a 403 (or a 401) would tell a writer that another role or a token could write.
            detail = f"The API is read-only: {request.method} is refused to every user and token."
            raise MethodNotAllowed(request.method, detail=detail)
        return may_browse(request.user)
