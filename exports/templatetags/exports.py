"""{% export_menu endpoint %}: the Export links of a chart panel, for users who may export."""

from urllib.parse import urlsplit

from django import template
from django.urls import Resolver404, resolve, reverse

from exports.rendering import SCALES
from review.permissions import Action, can

register = template.Library()

# The chart JSON endpoints (by URL name) and the chart each one draws.
KIND_OF_ENDPOINT = {
    "timeline-data": "timeline",
    "map-data": "map",
    "matrix-data": "matrix",
    "actor-data": "actor",
    "compare-data": "compare",
}


@register.inclusion_tag("exports/_export_menu.html", takes_context=True)
def export_menu(context, endpoint: str, panel_id: str):
    request = context.get("request")
    if request is None or not can(request.user, Action.EXPORT):
        return {"show": False}
    parts = urlsplit(endpoint)
    try:
        kind = KIND_OF_ENDPOINT.get(resolve(parts.path).url_name)
    except Resolver404:
        kind = None
    if kind is None:
        return {"show": False}
    base = reverse("exports:export", args=[kind, "FORMAT"]).replace(".FORMAT", "")
    query = parts.query
    suffix = f"?{query}" if query else ""
    images = [
        {"label": f"PNG ×{scale}" if scale > 1 else "PNG", "href": f"{base}.png?{query}&scale={scale}" if query
         else f"{base}.png?scale={scale}", "format": "png", "scale": scale}
        for scale in SCALES if scale in (1, 2, 4)
    ]  # fmt: skip
    files = [{"label": fmt.upper(), "href": f"{base}.{fmt}{suffix}", "format": fmt, "scale": ""} for fmt in
             ("svg", "pdf", "csv", "json")]  # fmt: skip
    return {
        "show": True,
        "panel_id": panel_id,
        "base": base,
        "links": images + files,
        "embed_action": reverse("exports:create-embed", args=[kind]),
        "query": query,
        "csrf_token": context.get("csrf_token"),
    }
