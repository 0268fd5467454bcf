"""The review queue: automatic records, lowest confidence first, and the actions taken on them."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from positions.models import Position
from positions.views.common import page_400, paginate, query_without
from review import services
from review.forms import BulkVerifyForm, CorrectForm, QueueFilterForm, RejectForm, VerifyForm
from review.permissions import Action
from review.views.common import form_errors, pick_lists, problem, requires


def _span(position: Position) -> tuple[int | None, int | None]:
    return position.span_start, position.span_end


def _label(position: Position) -> str:
    return f"{position.actor_id} · {position.topic_id} · {position.stance:+d} · {position.date:%Y-%m-%d}"


@require_GET
@requires(Action.REVIEW)
@page_400
def queue_page(request: HttpRequest) -> HttpResponse:
    filters = QueueFilterForm(request.GET)
    if not filters.is_valid():
        return problem(request, filters.error_text(), back=reverse("review:queue"))
    queryset = services.queue(filters.queue_filter()).select_related("actor", "topic", "document__source").defer(
        "document__search"
    )
    page = paginate(request, queryset)
    items = [
        {"record": record, "evidence": services.evidence_in_context(record.document.text, *_span(record))}
        for record in page.object_list
    ]
    filter_query = query_without(request, "page")
    context = {
        "filters": filters,
        "page": page,
        "items": items,
        "page_query": filter_query,
        "here": request.get_full_path(),
        "bulk_url": f"{reverse('review:bulk-verify')}?{filter_query}",
        **pick_lists(),
    }
    return render(request, "review/queue.html", context)


@require_POST
@requires(Action.REVIEW)
def verify(request: HttpRequest, pk: int) -> HttpResponse:
    form = VerifyForm(request.POST)
    try:
        position = services.verify(pk, request.user)
    except services.ReviewError as error:
        return problem(request, str(error), 409, back=form.next_url(request, reverse("review:queue")))
    messages.success(request, f"Verified {_label(position)}.")
    return redirect(form.next_url(request, reverse("review:queue")))


@require_POST
@requires(Action.REVIEW)
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    form = RejectForm(request.POST)
    back = form.next_url(request, reverse("review:queue"))
    if not form.is_valid():
        return problem(request, "The rejection was not saved.", back=back, errors=form_errors(form))
    try:
        position = services.reject(pk, request.user, form.cleaned_data["reason"])
    except services.ReviewError as error:
        return problem(request, str(error), 409, back=back)
    messages.success(request, f"Rejected {_label(position)}: it is no longer drawn.")
    return redirect(back)


@require_http_methods(["GET", "POST"])
@requires(Action.REVIEW)
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    position = get_object_or_404(Position.objects.select_related("actor", "topic", "document"), pk=pk)
    if request.method == "GET":
        form = CorrectForm.for_position(position, request.GET.get("next", ""))
        return _correct_page(request, position, form)
    form = CorrectForm(request.POST)
    if not form.is_valid():
        return _correct_page(request, position, form, status=400)
    try:
        position, changed = services.correct(pk, request.user, form.values(), form.cleaned_data["reason"])
    except services.ReviewError as error:
        form.add_error(None, str(error))
        return _correct_page(request, position, form, status=400)
    messages.success(request, f"Corrected {', '.join(changed)}: now {_label(position)}.")
    return redirect(form.next_url(request, reverse("review:record", args=[position.pk])))


def _correct_page(request, position, form, status=200) -> HttpResponse:
    context = {
        "record": position,
        "form": form,
        "evidence": services.evidence_in_context(position.document.text, position.span_start, position.span_end),
        "errors": form_errors(form) if form.is_bound else [],
        **pick_lists(),
    }
    return render(request, "review/correct.html", context, status=status)


@require_http_methods(["GET", "POST"])
@requires(Action.REVIEW)
def bulk_verify(request: HttpRequest) -> HttpResponse:
    """GET shows how many records the current filter holds and asks to confirm; POST verifies them all."""
    if request.method == "GET":
        filters = QueueFilterForm(request.GET)
        if not filters.is_valid():
            return problem(request, filters.error_text(), back=reverse("review:queue"))
        count = services.queue(filters.queue_filter()).count()
        context = {"filters": filters, "count": count, "back": f"{reverse('review:queue')}?{request.GET.urlencode()}"}
        return render(request, "review/bulk_verify.html", context)
    form = BulkVerifyForm(request.POST)
    back = reverse("review:queue")
    if not form.is_valid():
        return problem(request, "Nothing was verified.", back=back, errors=form_errors(form))
    try:
        done = services.bulk_verify(services.queue(form.queue_filter()), request.user, form.cleaned_data["expected"])
    except services.ReviewError as error:
        return problem(request, str(error), 409, back=back)
    messages.success(request, f"Verified {done} record{'s' if done != 1 else ''}.")
    return redirect(back)
