"""What every review view shares: the role check, the problem page and the lists forms pick from."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from positions.models import Actor, Topic
from review.forms import STANCE_CHOICES
from review.permissions import Action, can


def requires(action: Action) -> Callable:
    """Anonymous visitors are sent to sign in (302); a user whose roles lack the action gets a 403."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not can(request.user, action):
                raise PermissionDenied(f"Your account's roles do not allow this ({action.value}).")
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def problem(request: HttpRequest, message: str, status: int = 400, *, back: str = "", errors=None) -> HttpResponse:
    context = {"message": message, "errors": errors or [], "back": back}
    return render(request, "review/problem.html", context, status=status)


def form_errors(form) -> list[str]:
    return [
        message if name == "__all__" else f"{form[name].label}: {message}"
        for name, messages in form.errors.items()
        for message in messages
    ]


def pick_lists() -> dict:
    """The actor codes and topics that correction forms offer (two queries, shared by every form on a page)."""
    return {
        "actor_codes": list(Actor.objects.order_by("code").values_list("code", "name")),
        "topic_choices": list(Topic.objects.order_by("-is_core", "name").values_list("slug", "name")),
        "stance_choices": STANCE_CHOICES,
    }
