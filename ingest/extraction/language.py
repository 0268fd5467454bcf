"""Which language a text is in, by script and by common short words; enough to refuse non-English text."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-öø-ÿœßąćęłńóśźżčřšžőű']+")
_STOPWORDS = {
    "en": "the and of to in is that for it on was with as are be by this have from not has but they which "
    "will said its their were been would an at or also who we our has had if".split(),
    "fr": "le la les des et est une un dans que qui pour pas sur au aux du ce cette sont avec par nous "
    "il elle "
    "ont été".split(),
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem wird auch es sind nach "
    "wir bei".split(),
    "es": "el la los las y es en que un una por con para del se al lo como más pero sus está son".split(),
    "it": "il la le di che è un una per con non sono del della gli nel alla anche ha".split(),
    "pt": "o a os as de que e do da em um uma para com não por se dos das ao mais foi".split(),
    "nl": "de het een en van is dat op te in niet zijn met voor die er ook".split(),
    "pl": "i w na z się nie jest do że to o jak ale po co tak".split(),
}
_LOOKUP: dict[str, list[str]] = {}
for _language, _words in _STOPWORDS.items():
    for _word in _words:
        _LOOKUP.setdefault(_word, []).append(_language)

_SCRIPTS = (
    ("uk", re.compile(r"[іїєґІЇЄҐ]")),
    ("ru", re.compile(r"[А-Яа-яЁё]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
SAMPLE = 3_000
WORD_SAMPLE = 1_500
"""Common short words are counted in the first this many characters: a few hundred words are plenty."""
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_WORD_CHARS = {code: code if chr(code) in "abcdefghijklmnopqrstuvwxyz'" else 32 for code in range(128)}
"""ASCII text to ``_WORD``'s words: letters a-z and "'" stay, every other character becomes a space."""
_LATIN = re.compile(r"[a-z]")


def detect_language(lower: str) -> str:
    """An ISO 639-1 code for ``lower`` (lower-case text), or "und" when there is too little to tell."""
    sample = lower[:SAMPLE]
    words: list[str] | None = None
    if sample.isascii():
        # Plain ASCII: Latin letters or none, no script to weigh; the words are the runs of a-z and "'",
        # which a table and split() find faster than the pattern.
        if _LATIN.search(sample) is None:
            return "und"
        latin = letters = 1
        words = sample[:WORD_SAMPLE].translate(_ASCII_WORD_CHARS).split()
    else:
        letters = len(_LETTER.findall(sample))
        if letters == 0:
            return "und"
        latin = len(_LATIN.findall(sample))
    if latin < letters * 0.5:
        counts = [(len(pattern.findall(sample)), code) for code, pattern in _SCRIPTS]
        if counts[0][0] and counts[1][0]:
            return "uk" if counts[0][0] * 20 >= counts[1][0] else "ru"
        best = max(counts)
        return best[1] if best[0] else "und"
    scores: dict[str, int] = {}
    if words is None:
        words = _WORD.findall(sample, 0, WORD_SAMPLE)
    for word in words:
        if word in _LOOKUP:
            for language in _LOOKUP[word]:
                scores[language] = scores.get(language, 0) + 1
    if not scores:
        return "en" if len(words) < 8 else "und"
    best_language = max(scores, key=lambda language: (scores[language], language == "en"))
    if best_language != "en" and scores.get("en", 0) * 1.5 >= scores[best_language]:
        return "en"
    return best_language
