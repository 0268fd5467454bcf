"""Requests carrying NUL characters are refused at the door: PostgreSQL text cannot hold them, and no
honest parameter, path or form field contains one."""

from django.http import HttpResponseBadRequest, JsonResponse

FORMS = {"application/x-www-form-urlencoded", "multipart/form-data"}
MESSAGE = "Parameters, paths, headers and form fields may not contain NUL characters.\n"


def _has_nul(values) -> bool:
    return any("\x00" in key or any("\x00" in value for value in items) for key, items in values.lists())


def _header_has_nul(meta) -> bool:
    return any(name.startswith("HTTP_") and "\x00" in value for name, value in meta.items() if isinstance(value, str))


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Headers too: a token or a cookie is looked up in PostgreSQL. (gunicorn refuses such headers itself.)
        refused = "\x00" in request.path or _has_nul(request.GET) or _header_has_nul(request.META)
        if not refused and request.method == "POST" and request.content_type in FORMS:
            refused = _has_nul(request.POST)
        if not refused:
            return self.get_response(request)
        if request.path.startswith("/api/") or request.path.endswith(".json"):
            return JsonResponse({"detail": MESSAGE.strip()}, status=400)
        return HttpResponseBadRequest(MESSAGE, content_type="text/plain; charset=utf-8")
