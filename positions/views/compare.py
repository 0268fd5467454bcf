"""Compare: several actors on one topic, or one actor on several topics. The URL holds the whole state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from positions import queries
from positions.charts import CHARTS, TABLES
from positions.models import Actor, Topic
from positions.params import (
    BadParameter,
    parse_actor,
    parse_actors,
    parse_choice,
    parse_date_range,
    parse_optional_topic,
    parse_topics,
)
from positions.views.common import json_400, page_400, query_without, stance_legend, today

DEFAULT_SERIES = 6


@dataclass(frozen=True)
class Comparison:
    """What the chart compares: `by` names what each line is (an actor or a topic)."""

    title: str
    by: str
    order: list[str]
    points: list
    start: date | None
    end: date | None
    average: bool


def _comparison(request: HttpRequest) -> Comparison | None:
    topic = parse_optional_topic(request.GET)
    actor = parse_actor(request.GET)
    if topic and actor:
        raise BadParameter("Give either topic (with actors) or actor (with topics), not both.")
    start, end = parse_date_range(request.GET)
    average = parse_choice(request.GET, "mode", ("each", "average")) == "average"
    if topic:
        if request.GET.get("topics"):
            raise BadParameter("topics goes with actor; with topic, list actors instead.")
        codes = parse_actors(request.GET) or queries.most_active_actors(topic.slug, DEFAULT_SERIES)
        points = queries.timeline_points(topic.slug, codes, start, end)
        return Comparison(f"{topic.name}: stated stance by actor", "actor", codes, points, start, end, average)
    if actor:
        if request.GET.get("actors"):
            raise BadParameter("actors goes with topic; with actor, list topics instead.")
        slugs = [t.slug for t in parse_topics(request.GET)]
        slugs = slugs or [slug for slug, _ in queries.actor_topics(actor.code)[:DEFAULT_SERIES]]
        points = queries.actor_points(actor.code, slugs, start, end)
        return Comparison(f"{actor.name}: stated stance by topic", "topic", slugs, points, start, end, average)
    if request.GET.get("actors") or request.GET.get("topics"):
        raise BadParameter("Choose a topic to compare actors on, or an actor to compare topics for.")
    return None


@require_GET
@page_400
def compare_page(request: HttpRequest) -> HttpResponse:
    comparison = _comparison(request)
    context = {
        "comparison": comparison,
        "params": request.GET,
        "topics": list(Topic.objects.order_by("name").values_list("slug", "name")),
        "actors": list(Actor.objects.order_by("name").values_list("code", "name")),
        "chart_endpoint": f"{reverse('positions:compare-data')}?{query_without(request)}",
        "legend": stance_legend(),
    }
    return render(request, "positions/compare.html", context)


@require_GET
@json_400
def compare_data(request: HttpRequest) -> JsonResponse:
    comparison = _comparison(request)
    if comparison is None:
        raise BadParameter("Choose a topic to compare actors on, or an actor to compare topics for.")
    figure = CHARTS["timeline"](
        comparison.points,
        title=comparison.title,
        order=comparison.order,
        by=comparison.by,
        average=comparison.average,
        until=comparison.end or today(),
    )
    return JsonResponse(
        {
            "by": comparison.by,
            "series": comparison.order,
            "figure": figure,
            "table": TABLES["timeline"](comparison.points, average=comparison.average, caption=comparison.title),
        }
    )
