from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError
from backups.restore import import_data


class Command(BaseCommand):
    help = (
        "Restore an archive written by export_data into a migrated database at the same migration state, "
        "in one transaction: on any error nothing changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The archive to read.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Discard the rows the tables hold now and load the archive's (without it, such tables are refused).",
        )

    def handle(self, *args, path: Path, replace: bool = False, **options):
        try:
            report = import_data(path, replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored {path}: {report.summary()}.")
