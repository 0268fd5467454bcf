"""Who is asking: the client address that sign-in throttling counts failures against."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render


def client_ip(request) -> str:
    """REMOTE_ADDR, or behind a trusted TLS proxy (TRUSTED_PROXY_HTTPS) the address that proxy saw.

    The proxy appends the address it was connected from to X-Forwarded-For, so only the right-most entry
    is its word; anything to the left came from the client and may be forged to dodge the count.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if settings.TRUSTED_PROXY_HTTPS:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return remote


def locked_out(request, original_response=None, credentials=None) -> HttpResponse:
    """The answer to a sign-in from an address that failed too often: 429, and when to come back."""
    cooloff = settings.AXES_COOLOFF_TIME
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": int(cooloff.total_seconds() // 60)}
    response = render(request, "registration/locked_out.html", context, status=429)
    response["Retry-After"] = str(int(cooloff.total_seconds()))
    return response
