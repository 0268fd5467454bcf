"""A statement: the document's full text with each record's evidence highlighted and labelled."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET

from ingest.models import Document
from positions import queries
from positions.charts import signed
from positions.models import Position
from positions.views.common import stance_legend


def has_span(record: Position, text: str) -> bool:
    start, end = record.span_start, record.span_end
    return start is not None and end is not None and 0 <= start < end <= len(text)


def _label(record: Position) -> SafeString:
    return format_html(
        '<a class="record-label stance-{}" href="#record-{}">{} · {} · {} · {}</a>',
        record.stance + 2,
        record.pk,
        record.actor.name,
        record.topic.name,
        signed(record.stance),
        record.get_review_state_display(),
    )


def highlight_spans(text: str, records: Sequence[Position]) -> SafeString:
    """The text as HTML, each piece escaped, evidence spans in <mark> and labelled where they end.

    Spans may overlap or nest: the text is cut at every span boundary and each piece is marked when any
    record covers it. Records whose span is missing or outside the text are left out (the page lists them).
    """
    located = [record for record in records if has_span(record, text)]
    cuts = sorted({0, len(text)} | {r.span_start for r in located} | {r.span_end for r in located})
    parts: list[str] = []
    for start, end in pairwise(cuts):
        for record in located:
            if record.span_start == start:
                parts.append(format_html('<span class="anchor" id="position-{}"></span>', record.pk))
        covering = [r for r in located if r.span_start <= start and r.span_end >= end]
        piece = escape(text[start:end])
        if covering:
            ids = " ".join(str(r.pk) for r in covering)
            parts.append(format_html('<mark class="evidence" data-positions="{}">{}</mark>', ids, piece))
        else:
            parts.append(piece)
        parts.extend(_label(record) for record in located if record.span_end == end)
    return mark_safe("".join(parts))  # every piece above was escaped or built with format_html


def _external(url: str) -> str:
    return url if url.startswith(("https://", "http://")) else ""


@require_GET
def document_page(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("source", "source_actor"), pk=pk)
    records = queries.document_records(document)
    context = {
        "document": document,
        "records": records,
        "highlighted": highlight_spans(document.text, records),
        "unlocated": [record for record in records if not has_span(record, document.text)],
        "source_url": _external(document.url),
        "legend": stance_legend(),
    }
    return render(request, "positions/document.html", context)
