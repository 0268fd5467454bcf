"""Measure the extractor against gold files (the format is described in tests/data/gold/README.md)."""

import json

from django.core.management.base import BaseCommand, CommandError

from ingest.extraction.evaluation import GoldFileError, evaluate, format_report
from ingest.extractors import configured_extractor
from positions.models import Actor, Topic


class Command(BaseCommand):
    help = "Run the extractor on gold files and report precision, recall, F1, stance and date accuracy."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="Print one JSON object on the last line.")
        parser.add_argument("--errors", action="store_true", help="List every miss and spurious record.")
        parser.add_argument(
            "--extractor", default=None, help="An extractor kind other than the configured one."
        )

    def handle(self, *args, files, errors=False, extractor=None, **options):
        try:
            engine = configured_extractor(extractor)
        except KeyError as error:
            raise CommandError(f"unknown extractor {error}") from None
        actors = set(Actor.objects.values_list("code", flat=True))
        topics = set(Topic.objects.values_list("slug", flat=True))
        try:
            result = evaluate(files, engine, actors, topics)
        except (GoldFileError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(format_report(result, with_errors=errors))
        if options["json"]:
            summary = {key: value for key, value in result.items() if key != "errors"}
            self.stdout.write(json.dumps(summary, ensure_ascii=False))
