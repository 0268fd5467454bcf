from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError
from backups.export import export_data


class Command(BaseCommand):
    help = (
        "Write every position, document, source, run, user and their history to one archive file "
        "(a zip of a manifest and one CSV per table), read as of one moment."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The archive to write; it must not exist yet.")

    def handle(self, *args, path: Path, **options):
        try:
            manifest = export_data(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(table.rows for table in manifest.tables)
        self.stdout.write(f"Wrote {path}: {rows} rows in {len(manifest.tables)} tables.")
