"""Scoring against gold files: matching by actor, topic and sign, and clear errors for bad files."""

import datetime
import json

import pytest

from ingest.extraction import PositionRecord
from ingest.extraction.evaluation import GoldFileError, load_gold, main, score

DAY = datetime.date(2024, 2, 18)


def record(actor, topic, stance, day=DAY):
    return PositionRecord(actor, topic, stance, day, "quote", 0, 5, None, 0.9, "rules", "1")


def write(tmp_path, rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows) + "\n")
    return path


def line(id, expected, text="China does not supply weapons to Russia."):
    return {
        "id": id,
        "title": None,
        "published": "2024-02-19",
        "source_actor": None,
        "url": None,
        "text": text,
        "expected": expected,
    }


def test_a_match_needs_the_same_actor_topic_and_sign(tmp_path):
    expected = [
        {"actor": "CHN", "topic": "arms-to-russia", "stance": -1, "date": "2024-02-18"},
        {"actor": "CHN", "topic": "peace-talks", "stance": 1, "date": "2024-02-18"},
    ]
    items = load_gold(write(tmp_path, [line("g1", expected)]), {"CHN"}, {"arms-to-russia", "peace-talks"})
    result = score(items, {"g1": [record("CHN", "arms-to-russia", -2), record("CHN", "peace-talks", -1)]})
    assert result["precision"] == 0.5 and result["recall"] == 0.5 and result["f1"] == 0.5
    assert result["stance_exact"] == 0.0 and result["date_accuracy"] == 1.0
    assert {error["kind"] for error in result["errors"]} == {"miss", "spurious", "inexact"}
    assert result["per_topic"]["peace-talks"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_each_expected_record_is_matched_at_most_once(tmp_path):
    expected = [{"actor": "CHN", "topic": "arms-to-russia", "stance": -1, "date": "2024-02-18"}]
    items = load_gold(write(tmp_path, [line("g1", expected)]), {"CHN"}, {"arms-to-russia"})
    result = score(items, {"g1": [record("CHN", "arms-to-russia", -1), record("CHN", "arms-to-russia", -2)]})
    assert result["n_predicted"] == 2 and result["precision"] == 0.5 and result["recall"] == 1.0
    assert result["stance_exact"] == 1.0


def test_an_empty_expectation_and_no_prediction_is_no_error(tmp_path):
    items = load_gold(write(tmp_path, [line("g1", [])]), {"CHN"}, {"peace-talks"})
    result = score(items, {"g1": []})
    assert result["errors"] == [] and result["n_items"] == 1


def test_an_unreadable_line_names_the_file_and_line(tmp_path):
    path = write(tmp_path, [line("g1", []), "{not json"])
    with pytest.raises(GoldFileError, match=r"gold.jsonl, line 2"):
        load_gold(path, {"CHN"}, {"peace-talks"})


def test_an_unknown_actor_or_topic_is_a_clear_error(tmp_path):
    bad_actor = write(tmp_path, [line("g1", [{"actor": "XXX", "topic": "peace-talks", "stance": 1}])])
    with pytest.raises(GoldFileError, match="line 1: unknown actor 'XXX'"):
        load_gold(bad_actor, {"CHN"}, {"peace-talks"})
    bad_topic = write(tmp_path, [line("g1", [{"actor": "CHN", "topic": "weather", "stance": 1}])])
    with pytest.raises(GoldFileError, match="unknown topic 'weather'"):
        load_gold(bad_topic, {"CHN"}, {"peace-talks"})


def test_the_command_line_prints_one_json_object_last(tmp_path, capsys):
    expected = [{"actor": "CHN", "topic": "arms-to-russia", "stance": -1, "date": "2024-02-19"}]
    path = write(tmp_path, [line("g1", expected)])
    assert main([str(path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert {"precision", "recall", "f1", "stance_exact", "date_accuracy", "n_items", "per_topic"} <= set(
        payload
    )
    assert payload["recall"] == 1.0
