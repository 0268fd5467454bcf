"""`manage.py evaluate` measures the extractor on gold files, exactly as the gold README describes."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db
GOLD = Path(__file__).resolve().parent / "data" / "gold"

# The level the extractor has reached on the held-out split; a change that falls below it is a regression.
TEST_SPLIT_F1_FLOOR = 0.755
# Stance and date are scored over the matched records only: a list of signatories matched at once (a joint
# statement of a dozen states) counts one strength or date reading a dozen times. So the stance floor sits a few
# records under the level reached, and the date floor at the target.
TEST_SPLIT_STANCE_FLOOR = 0.82
TEST_SPLIT_DATE_FLOOR = 0.90
# The same for the two sets labelled without the extractor in view (read as checks, never tuned on).
HOLDOUT_F1_FLOORS = {"holdout_private.jsonl": 0.78, "holdout_fresh.jsonl": 0.715}


def evaluate(*args) -> tuple[str, dict]:
    out = StringIO()
    call_command("evaluate", *args, "--json", stdout=out)
    text = out.getvalue()
    return text, json.loads(text.strip().splitlines()[-1])


def test_the_held_out_split_does_not_fall_below_the_level_reached():
    _, figures = evaluate(str(GOLD / "test.jsonl"))
    assert figures["n_items"] >= 150 and figures["n_expected"] >= 175
    assert figures["f1"] >= TEST_SPLIT_F1_FLOOR
    assert figures["stance_exact"] >= TEST_SPLIT_STANCE_FLOOR
    assert figures["date_accuracy"] >= TEST_SPLIT_DATE_FLOOR


@pytest.mark.parametrize("name", sorted(HOLDOUT_F1_FLOORS))
def test_the_blind_sets_do_not_fall_below_the_level_reached(name):
    _, figures = evaluate(str(GOLD / name))
    assert figures["n_items"] >= 60
    assert figures["f1"] >= HOLDOUT_F1_FLOORS[name]
    assert figures["stance_exact"] >= 0.75 and figures["date_accuracy"] >= 0.90


def test_the_json_line_carries_every_figure_and_per_topic_scores():
    text, figures = evaluate(str(GOLD / "dev.jsonl"))
    keys = {
        "precision",
        "recall",
        "f1",
        "stance_exact",
        "date_accuracy",
        "n_items",
        "n_expected",
        "n_predicted",
    }
    assert keys <= set(figures)
    assert all(
        0 <= figures[key] <= 1 for key in ("precision", "recall", "f1", "stance_exact", "date_accuracy")
    )
    assert len(figures["per_topic"]) == 19
    assert set(figures["per_topic"]["peace-talks"]) == {"precision", "recall", "f1", "support"}
    assert "precision" in text.splitlines()[1]


def test_errors_list_each_miss_and_spurious_record_with_its_item():
    out = StringIO()
    call_command("evaluate", str(GOLD / "dev.jsonl"), "--errors", stdout=out)
    assert "] miss:" in out.getvalue() or "] spurious:" in out.getvalue()


def test_the_gold_sets_are_large_and_varied_enough_to_mean_something():
    for split, prefix in (("dev", "d"), ("test", "t")):
        items = [
            json.loads(line) for line in (GOLD / f"{split}.jsonl").read_text().splitlines() if line.strip()
        ]
        records = [record for item in items for record in item["expected"]]
        assert all(item["id"].startswith(prefix) for item in items)
        assert len({record["topic"] for record in records}) == 19
        assert sum(1 for item in items if not item["expected"]) >= 10
    both = [
        json.loads(line)
        for split in ("dev", "test")
        for line in (GOLD / f"{split}.jsonl").read_text().splitlines()
        if line.strip()
    ]
    assert len(both) >= 300
    assert sum(len(item["expected"]) for item in both) >= 350
    assert len({record["actor"] for item in both for record in item["expected"]}) >= 50


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2"),
        ('{"id": "x", "published": "2023-01-01", "text": "t", "expected": '
         '[{"actor": "XXX", "topic": "peace-talks", "stance": 1, "date": "2023-01-01"}]}', "XXX"),
        ('{"id": "x", "published": "2023-01-01", "text": "t", "expected": '
         '[{"actor": "CHN", "topic": "no-such-topic", "stance": 1, "date": "2023-01-01"}]}', "no-such-topic"),
    ],
)  # fmt: skip
def test_a_bad_gold_line_is_a_clear_error_naming_the_line(tmp_path, line, message):
    good = '{"id": "ok", "published": "2023-01-01", "text": "Nothing here.", "expected": []}'
    path = tmp_path / "gold.jsonl"
    path.write_text(good + "\n" + line + "\n")
    with pytest.raises(CommandError) as error:
        call_command("evaluate", str(path))
    assert "gold.jsonl" in str(error.value) and "line 2" in str(error.value) and message in str(error.value)
