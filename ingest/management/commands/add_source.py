from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from ingest.models import Source
from ingest.sources import SOURCE_KINDS
from positions.models import Actor


class Command(BaseCommand):
    help = "Register a source to poll: a feed, a page, a listing page, a file or folder, or a UN votes CSV."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(SOURCE_KINDS))
        parser.add_argument("location", help="The URL, or for file and votes sources a path.")
        parser.add_argument("--name", default="")
        parser.add_argument("--actor", default=None, help="The actor whose own channel this is (a ministry).")
        parser.add_argument("--every", type=int, default=60, help="Polling interval in minutes (default 60).")
        parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                            help="A kind-specific option, e.g. link_pattern=/press/ or pages=3.")  # fmt: skip
        parser.add_argument("--disabled", action="store_true")

    def handle(self, *args, kind, location, name, actor, every, option, disabled, **options):
        if every < 1:
            raise CommandError("--every must be at least 1 minute.")
        if actor and not Actor.objects.filter(code=actor.upper()).exists():
            raise CommandError(f"--actor {actor!r} is not a known actor code.")
        settings = {}
        for pair in option:
            key, sep, value = pair.partition("=")
            if not sep or not key:
                raise CommandError(f"--option {pair!r} is not KEY=VALUE.")
            settings[key] = int(value) if value.isdigit() else value
        is_url = location.startswith(("http://", "https://"))
        if kind in {"feed", "page", "listing"} and not is_url:
            raise CommandError(f"a {kind} source needs an http(s) URL, not {location!r}.")
        source = Source(
            name=name or location[:200],
            kind=kind,
            url=location if is_url else "",
            path="" if is_url else location,
            default_actor_id=actor.upper() if actor else None,
            poll_interval=timedelta(minutes=every),
            enabled=not disabled,
            options=settings,
        )
        try:
            source.full_clean()
        except ValidationError as error:
            raise CommandError(
                "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
            ) from None
        source.save()
        self.stdout.write(
            f"Added source {source.pk} ({source.kind}): {source.name}, polled every {every} min."
        )
