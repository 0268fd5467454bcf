"""Step 1: cleaning and segmentation keep offsets into the original text and who is speaking."""

from ingest.extraction.segment import segment
from ingest.extraction.text import _TABLE, clean


def sentences(text):
    seg = segment(text)
    return [(text[s.start : s.end], s) for s in seg.sentences]


def test_sentences_are_spans_of_the_original_text():
    text = "Mr. Wang said China supports talks. The U.S. disagreed!\n\nA new paragraph starts here."
    found = sentences(text)
    assert [quote for quote, _ in found] == [
        "Mr. Wang said China supports talks.",
        "The U.S. disagreed!",
        "A new paragraph starts here.",
    ]
    assert found[2][1].paragraph == found[0][1].paragraph + 1


def test_a_journalists_question_is_marked_and_the_answer_keeps_its_speaker():
    text = (
        "Q: Will China send weapons to Russia?\nA: China does not supply weapons.\n\n"
        "Spokesperson Mao Ning: We oppose it."
    )
    found = sentences(text)
    assert found[0][1].is_question and found[0][1].label == "Q"
    assert found[1][0] == "China does not supply weapons." and not found[1][1].is_question
    assert found[2][1].label == "Spokesperson Mao Ning"
    assert found[2][0] == "We oppose it."


def test_a_question_and_its_answer_run_into_one_line_are_two_turns():
    text = "Q: Will China send weapons to Russia? A: China does not supply weapons. It never has."
    found = sentences(text)
    assert [quote for quote, _ in found] == [
        "Will China send weapons to Russia?",
        "China does not supply weapons.",
        "It never has.",
    ]
    assert found[0][1].is_question and found[1][1].label == "A" and not found[1][1].is_question
    assert found[2][1].turn == found[1][1].turn != found[0][1].turn
    # Only a question's line is cut: "A:" inside a statement stays text.
    assert len(sentences("Minister: Plan A: more air defence.")) == 1


def test_a_speaker_label_may_hold_a_name_particle():
    found = sentences("Ursula von der Leyen: We propose to end all imports of Russian gas.")
    assert found[0][1].label == "Ursula von der Leyen"
    assert found[0][0] == "We propose to end all imports of Russian gas."


def test_a_speaker_label_may_name_a_role_in_lower_case():
    found = sentences("Q: Will Germany send Taurus?\nGovernment spokesperson: There will be no Taurus deliveries.")
    assert found[1][1].label == "Government spokesperson" and not found[1][1].is_question
    assert found[1][0] == "There will be no Taurus deliveries."
    # Only roles: an ordinary clause before a colon stays text.
    assert sentences("The minister said: we will see.")[0][1].label is None


def test_a_white_house_style_question_without_a_colon_is_a_question():
    text = "Q    Mr. President, will you send tanks?\n\nTHE PRESIDENT:  We will."
    found = sentences(text)
    assert found[0][1].is_question
    assert found[1][1].label == "THE PRESIDENT" and not found[1][1].is_question


def test_html_is_masked_without_moving_offsets():
    text = "<p>China &amp; India abstained.</p><p>Germany delivered tanks.</p>"
    seg = segment(text)
    assert seg.markup
    assert len(seg.text) == len(text)
    quotes = [text[s.start : s.end] for s in seg.sentences]
    assert quotes[0].startswith("China &amp; India abstained.")
    assert any("Germany delivered tanks." in quote for quote in quotes)


def test_odd_unicode_keeps_the_length_and_reads_as_plain_punctuation():
    text = "China\u2019s envoy said \u201cno\u201d\u00a0\u2014 twice.\u200b ǅemal İstanbul."
    seg = segment(text)
    assert len(seg.text) == len(text) == len(seg.lower)
    assert "China's envoy" in seg.text


def test_very_long_text_is_cut_and_said_to_be_cut():
    seg = segment("word " * 200_000, max_chars=10_000)
    assert seg.truncated
    assert all(s.end - s.start <= 1_300 for s in seg.sentences)


def test_web_addresses_are_blank_in_the_lower_text():
    text = "Read [the report](https://example.org/world/trump-peace-deal-2025?x=1) and www.example.com/sanctions today."
    seg = segment(text)
    assert len(seg.lower) == len(seg.text)
    assert "peace" not in seg.lower and "sanctions" not in seg.lower
    assert seg.lower.startswith("read [the report](") and seg.lower.endswith(" today.")


def test_cleaning_maps_each_character_alike_in_ascii_and_in_other_text():
    every = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    one_by_one = "".join(_TABLE.get(ord(char), char) for char in every)
    assert clean(every) == one_by_one
    assert clean("a\tb`c\x7f") == "a b'c "
