"""A topic: its timeline (one line per actor), the world map as of a date, and its statements."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from positions import bundles, queries
from positions.models import Topic
from positions.params import parse_date
from positions.views.common import chart_response, json_400, page_400, paginate, query_without, stance_legend, today


@require_GET
@page_400
def topic_page(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    choices = queries.actors_on_topic(topic.slug)
    inputs = bundles.timeline_inputs(request.GET, topic, [code for code, _, _ in choices])
    as_of = parse_date(request.GET, "as_of") or inputs.end or today()
    # Without dates, the actor list already holds each actor's count of records: no need to count again.
    counts = {code: records for code, _, records in choices}
    known = None if inputs.start or inputs.end else sum(counts.get(code, 0) for code in inputs.actors)
    page = paginate(
        request,
        queries.statements(topic=topic.slug, actors=inputs.actors, start=inputs.start, end=inputs.end),
        count=known,
    )
    # The chosen actors are spelled out so that the endpoint need not rank them again.
    chart_query = {
        "topic": topic.slug,
        "actors": ",".join(inputs.actors),
        "mode": "average" if inputs.average else "each",
    }
    chart_query.update(
        {name: value.isoformat() for name, value in (("from", inputs.start), ("to", inputs.end)) if value}
    )
    context = {
        "topic": topic,
        "choices": choices,
        "selected": inputs.actors,
        "start": inputs.start,
        "end": inputs.end,
        "mode": "average" if inputs.average else "each",
        "as_of": as_of,
        "page": page,
        "page_query": query_without(request, "page"),
        "timeline_endpoint": f"{reverse('positions:timeline-data')}?{urlencode(chart_query)}",
        "map_endpoint": f"{reverse('positions:map-data')}?topic={topic.slug}&as_of={as_of.isoformat()}",
        "legend": stance_legend(),
    }
    return render(request, "positions/topic.html", context)


@require_GET
@json_400
def timeline_data(request: HttpRequest) -> JsonResponse:
    """The figure a topic timeline draws, and the same records as a table."""
    return chart_response(request, "timeline")


@require_GET
@json_400
def map_data(request: HttpRequest) -> JsonResponse:
    """States coloured by their latest stance on a topic as of a date."""
    return chart_response(request, "map")
