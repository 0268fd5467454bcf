from django.core.management.base import BaseCommand, CommandError

from ingest.http import FetchError, client_from_settings
from ingest.models import IngestRun
from ingest.pipeline import extract_document
from ingest.polling import adapter_for, finish_run, store_fetched
from ingest.sources.base import AdapterError, ItemRef, SourceConfig
from ingest.storage import DocumentRejected, describe_failure
from positions.models import Actor


class Command(BaseCommand):
    help = "Fetch one web page, store it as a document and extract its positions."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--actor", default=None, help="The actor whose own channel this page is.")
        parser.add_argument("--ignore-robots", action="store_true")

    def handle(self, *args, url, actor=None, ignore_robots=False, **options):
        if actor and not Actor.objects.filter(code=actor.upper()).exists():
            raise CommandError(f"--actor {actor!r} is not a known actor code.")
        config = SourceConfig(
            kind="page", url=url, default_actor=actor.upper() if actor else None,
            options={"ignore_robots": ignore_robots},
        )  # fmt: skip
        run = IngestRun.objects.create(kind=IngestRun.Kind.IMPORT, seen=1)
        try:
            with client_from_settings() as http:
                fetched = adapter_for(config, http).fetch(ItemRef(url=url))
            outcome = store_fetched(fetched, None)
        except (FetchError, AdapterError, DocumentRejected) as error:
            run.failed, run.errors = 1, [describe_failure(url, error)]
            finish_run(run)
            raise CommandError(describe_failure(url, error)) from None
        created = 0
        if outcome.outcome in {"new", "updated"}:
            created = extract_document(outcome.document_id).created
            setattr(run, outcome.outcome, 1)
        finish_run(run)
        self.stdout.write(
            f"{url}: document {outcome.document_id} {outcome.outcome}, {created} positions extracted."
        )
