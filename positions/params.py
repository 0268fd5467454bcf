"""Parsing of query parameters shared by pages and endpoints; a bad value raises BadParameter."""

from __future__ import annotations

from datetime import date

from positions.models import Actor, Topic


class BadParameter(ValueError):
    """A query parameter is malformed or names something unknown; the message says which and why."""


def parse_date(params, name: str) -> date | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadParameter(f"{name}={value!r} is not a date in the form YYYY-MM-DD.") from None


def parse_topic(params, name: str = "topic", default: str | None = None) -> Topic:
    slug = params.get(name, "").strip() or default
    if not slug:
        raise BadParameter(f"{name} is required.")
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise BadParameter(f"{name}={slug!r} is not a known topic.")
    return topic


def parse_actors(params, name: str = "actors", limit: int = 20) -> list[str]:
    raw = params.get(name, "").strip()
    if not raw:
        return []
    codes = list(dict.fromkeys(code.strip().upper() for code in raw.split(",") if code.strip()))
    if len(codes) > limit:
        raise BadParameter(f"{name} lists {len(codes)} actors; at most {limit} fit on one chart.")
    known = set(Actor.objects.filter(code__in=codes).values_list("code", flat=True))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise BadParameter(f"{name}: unknown actor code(s) {', '.join(unknown)}.")
    return codes
