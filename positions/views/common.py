"""What every dashboard view shares: turning a bad parameter into a 400, pagination, the stance legend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps

import orjson
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from positions.charts import STANCE_LABELS, signed
from positions.params import BadParameter, parse_page
from positions.series import cached

PER_PAGE = 20


def page_400(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page view whose bad parameters answer a 400 page that says what was wrong."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except BadParameter as error:
            context = {"error": str(error), "path": request.path}
            return render(request, "positions/bad_request.html", context, status=400)

    return wrapper


def json_400(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A JSON endpoint whose bad parameters answer {"error": "..."} with status 400."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except BadParameter as error:
            return JsonResponse({"error": str(error)}, status=400)

    return wrapper


class CountedPaginator(Paginator):
    """A paginator told its count, when the caller knows it more cheaply than counting the rows."""

    def __init__(self, *args, known_count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.known_count = known_count

    @property
    def count(self) -> int:
        return self.known_count


def paginate(request: HttpRequest, queryset, per_page: int = PER_PAGE, count: int | None = None) -> Page:
    number = parse_page(request.GET)
    if count is None:
        paginator = Paginator(queryset, per_page)
    else:
        paginator = CountedPaginator(queryset, per_page, known_count=count)
    if number > paginator.num_pages:
        raise BadParameter(f"page={number} is out of range; there are {paginator.num_pages} page(s).")
    return paginator.page(number)


def query_without(request: HttpRequest, *names: str) -> str:
    """The current query string without some parameters (to build pagination and chart links)."""
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


def stance_legend() -> list[dict]:
    legend = [
        {"value": value, "label": f"{signed(value)} {label}", "empty": False} for value, label in STANCE_LABELS.items()
    ]
    legend.append({"value": None, "label": "No stated position", "empty": True})
    return legend


def today() -> date:
    """Today in the site's time zone: the default "as of" date."""
    return timezone.localdate()


def chart_response(request: HttpRequest, kind: str) -> HttpResponse:
    """A chart's JSON (figure, table and what it shows), built once per data version and set of parameters."""
    from positions.bundles import BUNDLES

    params = sorted((key, request.GET.getlist(key)) for key in request.GET)
    body = cached(
        f"chart:{kind}",
        (params,),
        lambda: orjson.dumps(BUNDLES[kind](request.GET).endpoint_json(), option=orjson.OPT_NON_STR_KEYS),
    )
    return HttpResponse(body, content_type="application/json")
