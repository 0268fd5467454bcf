"""Step 6: one record per actor and topic, with the strongest evidence."""

import datetime

from ingest.extraction.merge import Claim, merge

DAY = datetime.date(2024, 1, 1)


def claim(stance, confidence, start):
    return Claim("CHN", "peace-talks", stance, DAY, start, start + 10, None, confidence)


def test_one_record_per_actor_and_topic_keeps_the_strongest_wording():
    (kept,) = merge([claim(1, 0.8, 0), claim(2, 0.8, 20), claim(1, 0.9, 40)])
    assert kept.stance == 2 and kept.start == 20


def test_a_much_surer_claim_beats_a_stronger_but_doubtful_one():
    (kept,) = merge([claim(2, 0.3, 0), claim(-1, 0.9, 20)])
    assert kept.stance == -1


def test_records_come_back_in_text_order():
    other = Claim("USA", "sanctions-russia", 2, DAY, 5, 9, None, 0.9)
    assert [c.actor for c in merge([claim(1, 0.9, 30), other])] == ["USA", "CHN"]
