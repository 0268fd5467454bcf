"""The overview: totals, the actors × topics matrix as of a date, and the feed of recent stance shifts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from positions import queries
from positions.charts import CHARTS, TABLES
from positions.models import Topic
from positions.params import parse_actors, parse_date
from positions.views.common import json_400, page_400, stance_legend, today

MATRIX_ACTORS = 15


@dataclass(frozen=True)
class MatrixInputs:
    actors: list[tuple[str, str]]
    topics: list[tuple[str, str]]
    as_of: date


def _matrix_inputs(request: HttpRequest) -> MatrixInputs:
    codes = parse_actors(request.GET, limit=40) or queries.most_active_actors(limit=MATRIX_ACTORS)
    as_of = parse_date(request.GET, "as_of") or today()
    return MatrixInputs(queries.actor_names(codes), queries.topics_with_records(), as_of)


@require_GET
@page_400
def home(request: HttpRequest) -> HttpResponse:
    inputs = _matrix_inputs(request)
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
    inputs = _matrix_inputs(request)
    cells = queries.latest_stances(
        [code for code, _ in inputs.actors], [slug for slug, _ in inputs.topics], inputs.as_of
    )
    arguments = {"actors": inputs.actors, "topics": inputs.topics, "as_of": inputs.as_of}
    return JsonResponse(
        {
            "as_of": inputs.as_of.isoformat(),
            "actors": [code for code, _ in inputs.actors],
            "topics": [slug for slug, _ in inputs.topics],
            "figure": CHARTS["matrix"](cells, **arguments),
            "table": TABLES["matrix"](cells, **arguments),
        }
    )
