import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingest.models import IngestRun, Source
from ingest.pipeline import extract_document, mark_extraction_failed
from ingest.polling import poll_source
from ingest.progress import Progress

VOTES_COLUMNS = {"resolution", "country_iso3", "vote"}


def kind_of(path: Path) -> str:
    """A CSV with resolution, country and vote columns is a table of UN votes; anything else is documents."""
    if path.is_file() and path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            header = next(csv.reader(handle), [])
        if {column.strip().lower() for column in header} >= VOTES_COLUMNS:
            return "unvotes"
    return "file"


class Command(BaseCommand):
    help = "Import files or folders (JSON Lines, CSV, text, HTML, or a UN votes CSV) and extract positions."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--actor", default=None, help="The actor whose own statements these files are.")

    def handle(self, *args, paths, actor=None, **options):
        totals = {"seen": 0, "new": 0, "updated": 0, "failed": 0, "positions": 0}
        for raw in paths:
            path = Path(raw).resolve()
            if not path.exists():
                raise CommandError(f"{raw}: no such file or folder.")
            kind = kind_of(path)
            source, _ = Source.objects.get_or_create(
                kind=kind, url="", path=str(path),
                defaults={"name": path.name, "enabled": False, "default_actor_id": actor},
            )  # fmt: skip
            storing = Progress(f"{path.name}: storing")
            run = poll_source(source, progress=storing.update, kind=IngestRun.Kind.IMPORT)
            storing.close()
            to_extract = run.to_extract
            extracting = Progress(f"{path.name}: extracting", total=len(to_extract))
            for done, document_id in enumerate(to_extract, start=1):
                try:
                    totals["positions"] += extract_document(document_id).created
                except Exception as error:  # kept on the document; the import goes on
                    mark_extraction_failed(document_id, error)
                    totals["failed"] += 1
                extracting.update(done)
            extracting.close()
            for key in ("seen", "new", "updated", "failed"):
                totals[key] += getattr(run, key)
            for error in run.errors[:20]:
                self.stderr.write(f"  {error}")
            if len(run.errors) > 20:
                self.stderr.write(
                    f"  ... and {len(run.errors) - 20} more errors (see the ingest run in the admin)"
                )
        self.stdout.write(
            f"Imported {len(paths)} path(s): {totals['seen']} items seen, {totals['new']} new, "
            f"{totals['updated']} updated, {totals['failed']} failed, {totals['positions']} positions extracted."
        )
