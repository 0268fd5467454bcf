from django.core.management.base import BaseCommand, CommandError

from ingest.models import Source
from ingest.pipeline import extract_document
from ingest.polling import poll_source


class Command(BaseCommand):
    help = "Poll enabled sources now (or one with --source), storing and extracting in this process."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, default=None, help="The id of one source to poll.")

    def handle(self, *args, source=None, **options):
        sources = Source.objects.filter(pk=source) if source else Source.objects.filter(enabled=True)
        if source and not sources.exists():
            raise CommandError(f"there is no source with id {source}.")
        totals = {"seen": 0, "new": 0, "updated": 0, "failed": 0}
        for item in sources.select_related("default_actor"):
            run = poll_source(item)
            for document_id in run.to_extract:
                extract_document(document_id)
            for key in totals:
                totals[key] += getattr(run, key)
            for error in run.errors[:20]:
                self.stderr.write(f"  {item.name}: {error}")
        self.stdout.write(
            f"Polled {sources.count()} source(s): {totals['seen']} seen, {totals['new']} new, "
            f"{totals['updated']} updated, {totals['failed']} failed."
        )
