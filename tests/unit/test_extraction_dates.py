"""Step 5: the day a position was stated."""

import datetime

from ingest.extraction import DocumentInput
from ingest.extraction.dates import find_dates

MONDAY = datetime.date(2024, 2, 19)




def day_of(extractor, text, published=MONDAY, actor=None):
    records = extractor.extract(DocumentInput(text, published)).records
    (record,) = [record for record in records if actor is None or record.actor == actor]
    return record.date


def test_a_weekday_is_the_latest_such_day_on_or_before_publication(extractor):
    assert day_of(
        extractor, "On Saturday, China said it does not supply weapons to Russia."
    ) == datetime.date(2024, 2, 17)
    assert day_of(extractor, "On Monday, China said it does not supply weapons to Russia.") == MONDAY


def test_yesterday_is_the_day_before_publication(extractor):
    assert day_of(extractor, "Yesterday Germany pledged tanks to Ukraine.") == datetime.date(2024, 2, 18)


def test_an_explicit_date_wins(extractor):
    assert day_of(extractor, "On 2 March 2022, France condemned the invasion.") == datetime.date(2022, 3, 2)
    assert day_of(extractor, "On March 3, France condemned the invasion.") == datetime.date(2023, 3, 3)


def test_without_a_date_the_publication_day_is_used(extractor):
    assert day_of(extractor, "Last week France condemned the invasion.") == MONDAY


def test_a_date_after_since_is_not_the_day_of_the_statement():
    text = "since 24 february 2022"
    assert find_dates(text, 0, len(text), MONDAY) == []


def test_a_day_something_starts_or_will_happen_is_not_the_day_of_the_statement(extractor):
    for phrase in ("a truce starting on Monday", "talks beginning on the Friday", "a visit next Thursday"):
        assert find_dates(phrase, 0, len(phrase), MONDAY) == [], phrase
    text = "On Saturday France called on Russia to agree to a ceasefire starting on Monday."
    assert day_of(extractor, text) == datetime.date(2024, 2, 17)


def test_a_date_stated_earlier_in_the_paragraph_carries_over(extractor):
    text = "On Saturday Kuleba met Wang Yi in Munich. He called for more weapons for Ukraine."
    assert day_of(extractor, text) == datetime.date(2024, 2, 17)


def test_a_day_earlier_or_the_next_day_counts_from_the_date_before_it(extractor):
    earlier = "On Saturday Finland applied to join NATO. A day earlier, Russia said it opposed NATO enlargement."
    assert day_of(extractor, earlier, actor="RUS") == datetime.date(2024, 2, 16)
    assert day_of(extractor, earlier, actor="FIN") == datetime.date(2024, 2, 17)
    later = "On Thursday Russia annexed four regions. The next day, Kyiv said it would never recognise the annexation."
    assert day_of(extractor, later) == datetime.date(2024, 2, 16)


def test_the_day_before_in_a_relative_clause_is_an_event_not_the_statement(extractor):
    text = (
        "On Saturday Russia agreed to return to the grain deal. Erdogan, who had spoken to Putin the day before, "
        "said the grain deal would continue."
    )
    assert day_of(extractor, text) == datetime.date(2024, 2, 17)


def test_days_and_weeks_ago_count_back_from_publication():
    published = datetime.date(2024, 5, 15)
    lower = "two days ago, norway pledged aid. a week ago, the government decided. 3 weeks ago it began."
    days = [mention.day for mention in find_dates(lower, 0, len(lower), published)]
    assert days == [datetime.date(2024, 5, 13), datetime.date(2024, 5, 8), datetime.date(2024, 4, 24)]
    compound = "twenty-two days ago, scholz pledged more tanks."
    assert find_dates(compound, 0, len(compound), published) == []
