"""Full-text search over documents, ranked, with highlighted snippets and filters on their records."""

from __future__ import annotations

import re

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET

from positions import queries
from positions.models import Actor, Position, Stance, Topic
from positions.params import parse_actor, parse_date_range, parse_optional_topic, parse_stance, parse_text
from positions.views.common import page_400, paginate, query_without

_MARKED = re.compile(re.escape(escape(queries.HIGHLIGHT_START)) + "(.*?)" + re.escape(escape(queries.HIGHLIGHT_STOP)))


def snippet_html(headline: str) -> SafeString:
    """Escape a headline, then turn only its highlight markers into <mark> tags."""
    escaped = escape(headline)
    marked = _MARKED.sub(r"<mark>\1</mark>", escaped)
    return mark_safe(marked.replace(queries.HIGHLIGHT_START, "").replace(queries.HIGHLIGHT_STOP, ""))


@require_GET
@page_400
def search_page(request: HttpRequest) -> HttpResponse:
    text = parse_text(request.GET)
    actor = parse_actor(request.GET)
    topic = parse_optional_topic(request.GET)
    stance = parse_stance(request.GET)
    start, end = parse_date_range(request.GET)
    page, results = None, []
    if text:
        shown = Position.objects.shown().select_related("actor", "topic").order_by("span_start", "id")
        documents = queries.search_documents(
            text, actor=actor and actor.code, topic=topic and topic.slug, stance=stance, start=start, end=end
        ).prefetch_related(Prefetch("positions", queryset=shown, to_attr="shown_records"))
        page = paginate(request, documents)
        results = [{"document": document, "snippet": snippet_html(document.headline)} for document in page]
    context = {
        "q": text,
        "actor": actor,
        "topic": topic,
        "stance": stance,
        "start": start,
        "end": end,
        "page": page,
        "results": results,
        "page_query": query_without(request, "page"),
        "actors": list(Actor.objects.order_by("name").values_list("code", "name")),
        "topics": list(Topic.objects.order_by("name").values_list("slug", "name")),
        "stances": Stance.choices,
        "ranked_at_most": queries.SEARCH_CANDIDATES,
    }
    return render(request, "positions/search.html", context)
