from django.core.management.base import BaseCommand, CommandError

from ingest.samples import SampleCorpusError, load_sample_corpus


class Command(BaseCommand):
    help = "Load the hand-labelled sample corpus (documents and their positions); loading twice adds nothing."

    def handle(self, *args, **options):
        try:
            report = load_sample_corpus()
        except SampleCorpusError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Sample corpus: {report.summary()}.")
