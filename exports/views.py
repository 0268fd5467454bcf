"""Exports of every chart (PNG, SVG, PDF, CSV, JSON) and embeds, live or frozen, for editors and above.

An export takes the same query parameters as the chart's JSON endpoint, so ``…/export.png?…`` can be
scripted; its caption states what the chart shows and the data version, its source line where it came from.
A frozen embed is readable by anyone with its link; a live one by whoever may read the dashboard.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from csp.decorators import csp_replace
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST

from exports.models import Embed
from exports.rendering import (
    DATA_TYPES,
    IMAGE_TYPES,
    SCALES,
    RenderError,
    csv_text,
    publication_figure,
    records_json,
    render_image,
)
from positions.bundles import BUNDLES, ChartBundle
from positions.params import BadParameter
from positions.versioning import data_version
from review.permissions import Action, can, may_browse
from review.views.common import requires

SITE_NAME = "Ukraine war positions"
EMBED_HEIGHT = 560


def _bundle(kind: str, params) -> ChartBundle:
    builder = BUNDLES.get(kind)
    if builder is None:
        raise Http404(f"There is no chart called {kind!r}.")
    return builder(params)


def page_url(bundle: ChartBundle, params) -> str:
    """The dashboard page that shows this chart with these parameters: where a reader can check it."""
    query = urlencode([(key, value) for key, value in params.items() if value])
    if bundle.kind in {"timeline", "map"}:
        path = reverse("positions:topic", args=[bundle.meta["topic"]])
    elif bundle.kind == "actor":
        path = reverse("positions:actor", args=[bundle.meta["actor"]])
    elif bundle.kind == "compare":
        path = reverse("positions:compare")
    else:
        path = reverse("positions:home")
    return f"{path}?{query}" if query else path


def describe(request: HttpRequest, bundle: ChartBundle, params, version: int) -> tuple[str, str]:
    """The caption (what the chart shows, from which data) and the source line of an export."""
    drawn = timezone.now().strftime("%Y-%m-%d %H:%M UTC")
    caption = " · ".join([*bundle.describe(), f"data version {version}, drawn {drawn}"])
    link = request.build_absolute_uri(page_url(bundle, params))
    source = f"Source: {SITE_NAME}, stated positions with quoted evidence. {link}"
    return caption, source


def _scale(params) -> int:
    raw = params.get("scale", "1").strip() or "1"
    if raw not in {str(scale) for scale in SCALES}:
        raise BadParameter(f"scale={raw!r} must be one of {', '.join(map(str, SCALES))}.")
    return int(raw)


def _bad(error: BadParameter) -> HttpResponse:
    return HttpResponse(f"{error}\n", status=400, content_type="text/plain; charset=utf-8")


@require_GET
@requires(Action.EXPORT)
def export_chart(request: HttpRequest, kind: str, fmt: str) -> HttpResponse:
    if fmt not in IMAGE_TYPES and fmt not in DATA_TYPES:
        raise Http404(f"Charts export as {', '.join([*IMAGE_TYPES, *DATA_TYPES])}, not {fmt!r}.")
    params = request.GET.copy()
    try:
        scale = _scale(params)
        params.pop("scale", None)
        bundle = _bundle(kind, params)
    except BadParameter as error:
        return _bad(error)
    version = data_version()
    caption, source = describe(request, bundle, params, version)
    filename = f"{kind}-{timezone.localdate().isoformat()}.{fmt}"
    if fmt in IMAGE_TYPES:
        figure = publication_figure(bundle.figure, title=bundle.title, caption=caption, source=source)
        try:
            content: bytes | str = render_image(figure, fmt, scale=scale)
        except RenderError as error:
            return HttpResponse(f"{error}\n", status=503, content_type="text/plain; charset=utf-8")
        response = HttpResponse(content, content_type=IMAGE_TYPES[fmt])
    elif fmt == "csv":
        response = HttpResponse(csv_text(bundle.records), content_type=DATA_TYPES["csv"])
    else:
        content = records_json(bundle.records, title=bundle.title, caption=caption, source=source)
        response = HttpResponse(content, content_type=DATA_TYPES["json"])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Data-Version"] = str(version)
    return response


@require_POST
def create_embed(request: HttpRequest, kind: str) -> HttpResponse:
    """Publish a chart as an embed: frozen (a snapshot stored now) or live (drawn from the data of the day)."""
    if not request.user.is_authenticated:  # sent back to the dashboard after signing in, not to this POST
        return redirect_to_login(reverse("positions:home"))
    if not can(request.user, Action.EXPORT):
        raise PermissionDenied("Exports and embeds are for editors.")
    params = QueryDict(request.POST.get("query", ""), mutable=True)
    params.pop("scale", None)
    frozen = request.POST.get("mode", "frozen") != "live"
    try:
        bundle = _bundle(kind, params)
    except BadParameter as error:
        return _bad(error)
    version = data_version()
    caption, source = describe(request, bundle, params, version)
    embed = Embed.objects.create(
        kind=kind,
        params={key: value for key, value in params.items()},
        frozen=frozen,
        title=bundle.title[:300],
        caption=f"{caption}\n{source}",
        data_version=version,
        figure=bundle.figure if frozen else None,
        table=bundle.table if frozen else None,
        records=bundle.records if frozen else None,
        created_by=request.user,
    )
    url = request.build_absolute_uri(reverse("exports:embed", args=[embed.token]))
    snippet = (
        f'<iframe src="{url}" title="{escape(bundle.title)}" width="100%" height="{EMBED_HEIGHT}" '
        f'style="border:0" loading="lazy"></iframe>'
    )
    return render(request, "exports/embed_created.html", {"embed": embed, "url": url, "snippet": snippet}, status=201)


class _EmbedUnavailable(Exception):
    def __init__(self, response: HttpResponse):
        self.response = response


def _embed_content(request: HttpRequest, embed: Embed) -> tuple[dict, dict, list[dict], str]:
    """An embed's figure, table, records and caption: as stored when frozen, drawn now when live."""
    if embed.frozen:
        return embed.figure, embed.table, embed.records or [], embed.caption
    if not may_browse(request.user):
        raise _EmbedUnavailable(
            HttpResponse("This chart is not public.\n", status=403, content_type="text/plain; charset=utf-8")
        )
    params = QueryDict(mutable=True)
    for key, value in embed.params.items():
        params[key] = value
    try:
        bundle = _bundle(embed.kind, params)
    except BadParameter as error:  # a topic or actor the live embed named was removed since
        raise _EmbedUnavailable(_bad(error)) from None
    caption, source = describe(request, bundle, params, data_version())
    return bundle.figure, bundle.table, bundle.records, f"{caption}\n{source}"


@require_GET
@xframe_options_exempt
@csp_replace({"frame-ancestors": settings.EMBED_FRAME_ANCESTORS})
def show_embed(request: HttpRequest, token) -> HttpResponse:
    """The chrome-less chart page an iframe shows."""
    embed = get_object_or_404(Embed, token=token)
    try:
        figure, table, _records, caption = _embed_content(request, embed)
    except _EmbedUnavailable as unavailable:
        return unavailable.response
    context = {"embed": embed, "figure": figure, "table": table, "caption_lines": caption.split("\n")}
    return render(request, "exports/embed.html", context)


@require_GET
def embed_data(request: HttpRequest, token, fmt: str) -> HttpResponse:
    """The rows behind an embed, as CSV or JSON: what a reader of the published chart can check."""
    embed = get_object_or_404(Embed, token=token)
    if fmt not in DATA_TYPES:
        raise Http404(f"An embed's data comes as CSV or JSON, not {fmt!r}.")
    try:
        _figure, _table, records, caption = _embed_content(request, embed)
    except _EmbedUnavailable as unavailable:
        return unavailable.response
    caption, _, source = caption.partition("\n")
    if fmt == "csv":
        response = HttpResponse(csv_text(records), content_type=DATA_TYPES["csv"])
    else:
        response = HttpResponse(
            records_json(records, title=embed.title, caption=caption, source=source), content_type=DATA_TYPES["json"]
        )
    response["Content-Disposition"] = f'attachment; filename="embed-{embed.kind}.{fmt}"'
    return response
