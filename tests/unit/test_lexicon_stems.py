"""Stance cues written as stems must not reach into unrelated words."""

import pytest

from ingest.extraction.lexicon import CUES


def _cue_for(word: str):
    """The cue a single word would be read as: an exact phrase, else the longest stem it starts with."""
    if word in CUES:
        return CUES[word]
    stems = [phrase[:-1] for phrase in CUES if phrase.endswith("*") and word.startswith(phrase[:-1])]
    return CUES[max(stems, key=len) + "*"] if stems else None


@pytest.mark.parametrize(
    "word",
    [
        "eastern",
        "east",
        "easy",
        "fundamental",
        "fundamentally",
        "quite",
        "security",
        "respectively",
        "weight",
        "station",
        "committee",
        "pursuant",
        "opposite",
        "concerning",
        "shelves",
        "accustomed",
        "financial",
        "decree",
    ],
)
def test_an_unrelated_word_is_no_cue(word):
    assert _cue_for(word) is None


@pytest.mark.parametrize(
    "word, kind",
    [
        ("eased", "opp"),
        ("imposed", "sup"),
        ("impossible", "opp"),
        ("funding", "sup"),
        ("opposed", "opp"),
        ("decried", "opp"),
    ],
)
def test_the_intended_forms_stay_cues(word, kind):
    assert _cue_for(word).kind == kind
