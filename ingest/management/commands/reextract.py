import re

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from ingest.models import Document, IngestRun
from ingest.pipeline import extract_document, forget_extractor, mark_extraction_failed
from ingest.polling import finish_run
from ingest.progress import Progress
from positions.models import Topic
from positions.params import BadParameter, parse_date

LITERAL = re.compile(r"^[\w' -]+$")


class Command(BaseCommand):
    help = "Run the extractor again: automatic records are replaced, reviewed ones are kept."

    def add_arguments(self, parser):
        parser.add_argument("--since", default="", help="Only documents published on or after this date.")
        parser.add_argument("--topic", default="", help="Only documents that speak to this topic.")
        parser.add_argument("--failed", action="store_true", help="Only documents whose extraction failed.")

    def handle(self, *args, since="", topic="", failed=False, **options):
        try:
            start = parse_date({"since": since}, "since")
        except BadParameter as error:
            raise CommandError(str(error)) from None
        documents = Document.objects.exclude(kind=Document.Kind.VOTES)
        if start:
            documents = documents.filter(published__gte=start)
        if failed:
            documents = documents.filter(status=Document.Status.FAILED)
        if topic:
            found = Topic.objects.filter(slug=topic).first()
            if found is None:
                raise CommandError(f"--topic {topic!r} is not a known topic.")
            words = [pattern for pattern in found.patterns if LITERAL.match(pattern)]
            matches = Q(positions__topic=found)
            if words:
                matches |= Q(text__iregex=r"\m(" + "|".join(re.escape(word) for word in words) + r")\M")
            documents = documents.filter(matches).distinct()
        forget_extractor()
        ids = list(documents.order_by("pk").values_list("pk", flat=True))
        run = IngestRun.objects.create(kind=IngestRun.Kind.EXTRACT, seen=len(ids))
        progress = Progress("re-extracting", total=len(ids))
        created = 0
        for done, document_id in enumerate(ids, start=1):
            try:
                created += extract_document(document_id).created
                run.updated += 1
            except Exception as error:  # kept on the document; the run goes on
                mark_extraction_failed(document_id, error)
                run.failed += 1
                run.errors.append(f"document {document_id}: {error}"[:500])
            progress.update(done)
        progress.close()
        finish_run(run)
        self.stdout.write(
            f"Re-extracted {len(ids)} document(s): {created} automatic records written, {run.failed} failed."
        )
