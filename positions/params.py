"""Parsing of query parameters shared by pages and endpoints; a bad value raises BadParameter."""

from __future__ import annotations

from datetime import date

from positions.models import Actor, Stance, Topic


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


def parse_date_range(params, start: str = "from", end: str = "to") -> tuple[date | None, date | None]:
    first, last = parse_date(params, start), parse_date(params, end)
    if first and last and first > last:
        raise BadParameter(f"{start} must not be after {end}.")
    return first, last


def parse_topic(params, name: str = "topic", default: str | None = None) -> Topic:
    slug = params.get(name, "").strip() or default
    if not slug:
        raise BadParameter(f"{name} is required.")
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise BadParameter(f"{name}={slug!r} is not a known topic.")
    return topic


def parse_optional_topic(params, name: str = "topic") -> Topic | None:
    return parse_topic(params, name) if params.get(name, "").strip() else None


def parse_topics(params, name: str = "topics", limit: int = 12) -> list[Topic]:
    """A comma-separated list of topic slugs, in the order given."""
    raw = params.get(name, "").strip()
    if not raw:
        return []
    slugs = list(dict.fromkeys(slug.strip().lower() for slug in raw.split(",") if slug.strip()))
    if len(slugs) > limit:
        raise BadParameter(f"{name} lists {len(slugs)} topics; at most {limit} fit on one chart.")
    found = Topic.objects.in_bulk(slugs)
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise BadParameter(f"{name}: unknown topic(s) {', '.join(unknown)}.")
    return [found[slug] for slug in slugs]


def parse_actors(params, name: str = "actors", limit: int = 20) -> list[str]:
    """A comma-separated list of actor codes (or the parameter repeated, as a multiple select sends it)."""
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name, "")]
    raw = ",".join(value for value in values if value)
    if not raw.strip():
        return []
    codes = list(dict.fromkeys(code.strip().upper() for code in raw.split(",") if code.strip()))
    if len(codes) > limit:
        raise BadParameter(f"{name} lists {len(codes)} actors; at most {limit} fit on one chart.")
    known = set(Actor.objects.filter(code__in=codes).values_list("code", flat=True))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise BadParameter(f"{name}: unknown actor code(s) {', '.join(unknown)}.")
    return codes


def parse_actor(params, name: str = "actor") -> Actor | None:
    code = params.get(name, "").strip().upper()
    if not code:
        return None
    actor = Actor.objects.filter(code=code).first()
    if actor is None:
        raise BadParameter(f"{name}={code!r} is not a known actor code.")
    return actor


def parse_stance(params, name: str = "stance") -> int | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        stance = int(value)
    except ValueError:
        stance = None
    if stance not in Stance.values:
        raise BadParameter(f"{name}={value!r} is not a stance; use a whole number from -2 to 2.")
    return stance


def parse_choice(params, name: str, choices: tuple[str, ...]) -> str:
    """One of a fixed set of words; the first is the default."""
    value = params.get(name, "").strip() or choices[0]
    if value not in choices:
        raise BadParameter(f"{name}={value!r} is not one of: {', '.join(choices)}.")
    return value


def parse_page(params, name: str = "page") -> int:
    value = params.get(name, "").strip() or "1"
    if not value.isdigit() or int(value) < 1:
        raise BadParameter(f"{name}={value!r} is not a page number; pages are counted from 1.")
    return int(value)


def parse_text(params, name: str = "q", limit: int = 300) -> str:
    value = params.get(name, "").strip()
    if len(value) > limit:
        raise BadParameter(f"{name} is {len(value)} characters long; at most {limit} are allowed.")
    return value
