"""The extractor's figures in production, for reviewers."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from review.figures import extractor_figures
from review.permissions import Action
from review.views.common import requires


@require_GET
@requires(Action.REVIEW)
def figures_page(request: HttpRequest) -> HttpResponse:
    figures = extractor_figures()
    tables = [
        {"id": "by-topic", "caption": "Per topic (as the extractor proposed it)", "heading": "Topic",
         "rows": figures.by_topic, "added": True},
        {"id": "by-version", "caption": "Per extractor and version", "heading": "Extractor",
         "rows": figures.by_version, "added": False},
    ]  # fmt: skip
    return render(request, "review/figures.html", {"tables": tables})
