from django.core.management.base import BaseCommand, CommandError

from positions import synthetic
from positions.models import Topic


class Command(BaseCommand):
    help = "Fill the database with a synthetic corpus shaped like real data, for benchmarks (COPY, so fast)."

    def add_arguments(self, parser):
        parser.add_argument("--positions", type=int, default=100_000)
        parser.add_argument("--documents", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=2022, help="The random seed: the same seed, the same data.")
        parser.add_argument("--replace", action="store_true", help="Remove earlier synthetic data first.")
        parser.add_argument("--remove", action="store_true", help="Only remove the synthetic data.")

    def handle(self, *args, positions, documents, seed, replace, remove, **options):
        if replace or remove:
            gone_documents, gone_positions = synthetic.remove()
            self.stdout.write(f"Removed {gone_documents} synthetic documents and {gone_positions} records.")
            if remove:
                return
        if documents < 1 or positions < documents:
            raise CommandError("--documents must be at least 1 and --positions at least --documents.")
        most = Topic.objects.count() * 3
        if positions > documents * most:
            raise CommandError(f"At most {most} records fit in one synthetic document: add documents.")
        report = synthetic.seed(positions, documents, seed_value=seed)
        rate = report.positions / report.seconds if report.seconds else 0
        self.stdout.write(
            f"Seeded {report.documents} documents and {report.positions} position records "
            f"in {report.seconds:.1f} s ({rate:,.0f} records/s)."
        )
