"""The ingest commands: each does its work through the same services as the tasks and ends with one line."""

import csv
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ingest.models import Document, FailedItem, IngestRun, Source
from positions.models import Position, ReviewState
from tests.httpserver import LocalHTTPServer
from tests.ministry_site import publish

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent / "data" / "sources"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def local_site(settings):
    settings.HTTP_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.HTTP_HOST_INTERVAL = 0
    with LocalHTTPServer() as server:
        yield server


def test_add_source_registers_a_feed_and_refuses_what_it_cannot_poll():
    out, _ = run("add_source", "feed", "https://www.mid.ru/en/rss", "--actor", "rus", "--every", "30",
                 "--option", "pages=2")  # fmt: skip
    source = Source.objects.get()
    assert (source.kind, source.default_actor_id, source.poll_interval.seconds, source.options) == (
        "feed",
        "RUS",
        1800,
        {"pages": 2},
    )
    assert out.startswith(f"Added source {source.pk} (feed)")
    with pytest.raises(CommandError, match="needs an http"):
        run("add_source", "page", "/etc/passwd")
    with pytest.raises(CommandError, match=r"'XYZ' is not a known actor"):
        run("add_source", "feed", "https://example.org/rss", "--actor", "XYZ")
    with pytest.raises(CommandError, match="is not KEY=VALUE"):
        run("add_source", "feed", "https://example.org/rss2", "--option", "oops")
    assert Source.objects.count() == 1


def test_ingest_file_imports_a_folder_records_bad_lines_and_imports_nothing_twice():
    out, err = run("ingest_file", str(DATA / "files"))
    documents = Document.objects.count()
    assert documents >= 4
    assert out.startswith("Imported 1 path(s):") and "failed" in out
    run_ = IngestRun.objects.get(kind=IngestRun.Kind.IMPORT)
    assert run_.failed >= 1 and run_.failed == FailedItem.objects.count()
    assert all(":" in failure.error for failure in FailedItem.objects.all())
    assert err.strip()  # each bad line is named on stderr
    assert Document.objects.filter(status=Document.Status.EXTRACTED).count() == documents
    again, _ = run("ingest_file", str(DATA / "files"))
    assert " 0 new," in again and Document.objects.count() == documents


def test_ingest_file_names_a_missing_path():
    with pytest.raises(CommandError, match=r"no-such-file\.jsonl: no such file or folder"):
        run("ingest_file", "no-such-file.jsonl")


def test_a_votes_csv_gives_each_voting_state_a_record_whose_evidence_is_its_vote():
    out, _ = run("ingest_file", str(DATA / "votes" / "small_votes.csv"))
    assert "positions" in out
    votes = Position.objects.filter(evidence_kind="vote")
    assert votes.exists()
    for position in votes.select_related("document"):
        assert position.document.text[position.span_start : position.span_end] == position.quote
        assert position.actor.name in position.quote or position.actor_id in position.quote


def test_the_real_corpora_import_through_the_file_and_votes_paths():
    if not CORPORA.is_dir():  # data beside the project, never needed to run it: skip when it is not there
        pytest.skip(f"the shared corpora are not at {CORPORA}")
    statements = [CORPORA / "whitehouse_2022_2026_ukraine.jsonl", CORPORA / "ua_officials_2022_ukraine.jsonl"]
    run("ingest_file", *map(str, statements))
    assert Document.objects.count() >= 400
    assert Position.objects.filter(evidence_kind="statement").count() > 200
    assert Document.objects.filter(status=Document.Status.FAILED).count() == 0

    run("ingest_file", str(CORPORA / "unga_es11_votes.csv"))
    with (CORPORA / "unga_es11_votes.csv").open() as handle:
        rows = [row for row in csv.DictReader(handle) if row["resolution"] == "A/RES/ES-11/1"]
    tally = {vote: sum(row["vote"] == vote for row in rows) for vote in "YNA"}
    assert (tally["Y"], tally["N"], tally["A"]) == (141, 5, 35)
    document = Document.objects.get(kind=Document.Kind.VOTES, title__startswith="A/RES/ES-11/1:")
    records = Position.objects.filter(document=document, topic_id="condemn-invasion")
    assert records.filter(stance=1).count() == 141
    assert records.filter(stance=-1).count() == 5
    assert records.filter(stance=0).count() == 35
    assert records.get(actor_id="CHN").stance == 0 and records.get(actor_id="RUS").stance == -1


def test_poll_fetches_a_feed_in_process_and_says_what_it_did(local_site):
    publish(local_site, 3)
    source = Source.objects.create(name="Ministry", kind="feed", url=local_site.url("/feed.xml"))
    out, _ = run("poll", "--source", str(source.pk))
    assert out.strip() == "Polled 1 source(s): 3 seen, 3 new, 0 updated, 0 failed."
    assert Position.objects.filter(actor_id="DEU", topic_id="military-aid-ukraine").exists()
    with pytest.raises(CommandError, match="no source with id 999999"):
        run("poll", "--source", "999999")


def test_ingest_url_stores_one_page_and_refuses_a_private_address(local_site, settings):
    urls = publish(local_site, 1)
    out, _ = run("ingest_url", urls[0])
    assert "new" in out and "positions extracted" in out
    settings.HTTP_ALLOWED_NETWORKS = []
    with pytest.raises(CommandError, match=r"127\.0\.0\.1"):
        run("ingest_url", local_site.url("/press/statement-1?again=1"))
    assert Document.objects.count() == 1


def test_reextract_replaces_automatic_records_and_keeps_a_correction(local_site):
    publish(local_site, 3)
    source = Source.objects.create(name="Ministry", kind="feed", url=local_site.url("/feed.xml"))
    run("poll", "--source", str(source.pk))
    corrected = Position.objects.filter(actor_id="DEU").first()
    corrected.stance, corrected.review_state = 1, ReviewState.CORRECTED
    corrected.save()
    automatic = set(Position.objects.automatic().values_list("actor_id", "topic_id", "stance"))

    out, _ = run("reextract", "--since", "2023-01-01")
    assert out.startswith("Re-extracted 3 document(s):")
    corrected.refresh_from_db()
    assert (corrected.stance, corrected.review_state) == (1, "corrected")
    assert set(Position.objects.automatic().values_list("actor_id", "topic_id", "stance")) == automatic
    with pytest.raises(CommandError, match="not a date"):
        run("reextract", "--since", "yesterday-ish")
    with pytest.raises(CommandError, match="not a known topic"):
        run("reextract", "--topic", "nope")
    out, _ = run("reextract", "--topic", "arms-to-russia")
    assert out.startswith("Re-extracted 1 document(s):")  # China's statement, not the two on aid to Ukraine


def test_a_page_that_gives_no_date_takes_the_date_its_feed_entry_gave(local_site):
    from datetime import date

    from tests.ministry_site import rss

    undated = (
        "<html><head><title>Statement</title></head><body><article><h1>Statement on tanks</h1>"
        "<p>Chancellor Olaf Scholz said Germany would send Leopard 2 tanks to Ukraine, after weeks of talks with "
        "the allies about the deliveries and the training of crews.</p><p>The government will publish the full "
        "list of equipment once the first vehicles have left for the border.</p></article></body></html>"
    )
    local_site.add("/undated", undated, content_type="text/html")
    local_site.add("/feed.xml", rss([("Statement on tanks", local_site.url("/undated"), date(2023, 1, 25))]),
                   content_type="application/rss+xml")  # fmt: skip
    source = Source.objects.create(name="Ministry", kind="feed", url=local_site.url("/feed.xml"))
    out, _ = run("poll", "--source", str(source.pk))
    assert "1 new" in out
    assert Document.objects.get().published == date(2023, 1, 25)
