"""Compare: several actors on one topic, or one actor on several topics. The URL holds the whole state."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from positions import bundles
from positions.models import Actor, Topic
from positions.views.common import chart_response, json_400, page_400, query_without, stance_legend


@require_GET
@page_400
def compare_page(request: HttpRequest) -> HttpResponse:
    comparison = bundles.comparison(request.GET)
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
    return chart_response(request, "compare")
