"""Keeps a private dashboard private: its pages need a signed-in user with a role unless it is public."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from review.permissions import may_browse

# The URL namespaces that make up the dashboard; the admin, sign-in, static files and review pages guard themselves.
DASHBOARD_NAMESPACES = {"positions"}


class DashboardAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace not in DASHBOARD_NAMESPACES or may_browse(request.user):
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied("Your account has no role that may read the dashboard.")
