"""The overview: totals, the actors × topics matrix as of a date, and the feed of recent stance shifts."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from positions import bundles, queries
from positions.models import Topic
from positions.views.common import chart_response, json_400, page_400, stance_legend, today


@require_GET
@page_400
def home(request: HttpRequest) -> HttpResponse:
    inputs = bundles.matrix_inputs(request.GET)
    codes = [code for code, _ in inputs.actors]
    slugs = [slug for slug, _ in inputs.topics]
    first = queries.first_record_date()
    context = {
        "totals": queries.totals(),
        "as_of": inputs.as_of,
        "first_date": first,
        "last_date": max(today(), inputs.as_of),
        "shifts": queries.recent_shifts(codes, slugs, inputs.as_of),
        "topics": list(Topic.objects.order_by("name").values("slug", "name")),
        # The actors are spelled out so that the endpoint need not rank them again.
        "matrix_endpoint": reverse("positions:matrix-data")
        + "?"
        + urlencode({"actors": ",".join(codes), "as_of": inputs.as_of.isoformat()}),
        "legend": stance_legend(),
    }
    return render(request, "positions/home.html", context)


@require_GET
@json_400
def matrix_data(request: HttpRequest) -> JsonResponse:
    """The matrix figure as of a date, and the same cells as a table."""
    return chart_response(request, "matrix")
