"""A record's page (its fields, its evidence in context, every version), reverting it, and adding a missed one."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from ingest.models import Document
from positions.charts import statement_url
from positions.models import Position, ReviewState
from review import services
from review.forms import AddRecordForm, CorrectForm, RevertForm
from review.permissions import Action, can
from review.views.common import form_errors, pick_lists, problem, requires


@require_GET
@requires(Action.BROWSE)
def record_page(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_object_or_404(
        Position.objects.select_related("actor", "topic", "document__source").defer("document__search"), pk=pk
    )
    reviewer = can(request.user, Action.REVIEW)
    here = request.get_full_path()
    context = {
        "record": record,
        "evidence": services.evidence_in_context(record.document.text, record.span_start, record.span_end),
        "statement_url": statement_url(record.document_id, record.pk),
        "versions": services.versions_with_changes(services.history(record)),
        "reviewer": reviewer,
        "awaiting_review": record.review_state == ReviewState.AUTO,
        "here": here,
    }
    if reviewer:
        context["form"] = CorrectForm.for_position(record, here)
        context.update(pick_lists())
    return render(request, "review/record.html", context)


@require_POST
@requires(Action.REVIEW)
def revert(request: HttpRequest, pk: int) -> HttpResponse:
    form = RevertForm(request.POST)
    back = reverse("review:record", args=[pk])
    if not form.is_valid():
        return problem(request, "Nothing was reverted.", back=back, errors=form_errors(form))
    try:
        record = services.revert(pk, request.user, form.cleaned_data["history_id"])
    except services.ReviewError as error:
        return problem(request, str(error), 409 if "automatic record" in str(error) else 400, back=back)
    messages.success(request, f"Reverted: {record.history.latest().history_change_reason}.")
    return redirect(back)


@require_POST
@requires(Action.REVIEW)
def add_record(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    form = AddRecordForm(request.POST, document=document)
    if not form.is_valid():
        context = {"document": document, "form": form, "errors": form_errors(form), **pick_lists()}
        return render(request, "review/add_record.html", context, status=400)
    data = form.cleaned_data
    try:
        record = services.add_record(
            document, request.user, form.values(), data["span_start"], data["span_end"], data["reason"]
        )
    except services.ReviewError as error:
        form.add_error(None, str(error))
        context = {"document": document, "form": form, "errors": form_errors(form), **pick_lists()}
        return render(request, "review/add_record.html", context, status=400)
    messages.success(request, f"Added {record.actor_id} · {record.topic_id} · {record.stance:+d}: “{record.quote}”.")
    return redirect(statement_url(document.pk, record.pk))
