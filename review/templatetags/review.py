"""Review pieces that dashboard pages show to reviewers only."""

from django import template

from review.forms import AddRecordForm
from review.permissions import Action, can
from review.views.common import pick_lists

register = template.Library()


@register.inclusion_tag("review/_add_record_panel.html", takes_context=True)
def add_record_panel(context, document):
    """The form that adds a record from a selection in the statement, for users who may review."""
    request = context.get("request")
    if request is None or not can(request.user, Action.REVIEW):
        return {"show": False}
    return {"show": True, "document": document, "form": AddRecordForm(document=document), **pick_lists()}
