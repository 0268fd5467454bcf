"""An actor: one small timeline per topic, its officials, its latest statements, its votes beside its words."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from positions import queries
from positions.models import Actor
from positions.views.common import chart_response, json_400, page_400, stance_legend

LATEST_STATEMENTS = 10


@require_GET
@page_400
def actor_page(request: HttpRequest, code: str) -> HttpResponse:
    actor = get_object_or_404(Actor, code=code.upper())
    context = {
        "actor": actor,
        "topics": queries.actor_topics(actor.code),
        "officials": queries.actor_officials(actor.code),
        "latest": list(queries.statements(actor=actor.code)[:LATEST_STATEMENTS]),
        "votes": queries.words_and_votes(actor.code),
        "chart_endpoint": f"{reverse('positions:actor-data')}?actor={actor.code}",
        "legend": stance_legend(),
    }
    return render(request, "positions/actor.html", context)


@require_GET
@json_400
def actor_data(request: HttpRequest) -> JsonResponse:
    """One small step timeline per topic the actor spoke to (its most active topics first)."""
    return chart_response(request, "actor")
