from django.core.management.base import BaseCommand, CommandError

from positions.reference_data import ReferenceDataError, load_reference


class Command(BaseCommand):
    help = "Load actors, officials and topics from positions/reference/ (idempotent; keeps rows edited in the admin)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--overwrite", action="store_true", help="Reset rows that already exist to the reference files."
        )

    def handle(self, *args, overwrite=False, **options):
        try:
            report = load_reference(overwrite=overwrite)
        except ReferenceDataError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Reference data: {report.summary()}.")
