"""A small gazetteer (a dozen actors, a few officials) for unit tests, examples and the benchmark.

Its rows have the same keys as the reference files; topics come from ``topics.json``.
"""

from __future__ import annotations

import json

from ingest.extraction.gazetteer import REFERENCE_DIR, Gazetteer


def _state(
    code: str, name: str, aliases: list[str], demonyms: list[str], capital: str, metonyms: list[str]
) -> dict:
    return {
        "code": code,
        "kind": "state",
        "name": name,
        "aliases": aliases,
        "demonyms": demonyms,
        "capital": capital,
        "metonyms": metonyms,
        "un_status": "member",
    }


def _organisation(code: str, name: str, aliases: list[str]) -> dict:
    return {
        "code": code,
        "kind": "organisation",
        "name": name,
        "aliases": aliases,
        "demonyms": [],
        "capital": "",
        "metonyms": [],
        "un_status": "",
    }


SAMPLE_ACTORS = [
    _state("CHN", "China", ["PRC", "People's Republic of China"], ["Chinese"], "Beijing", ["Beijing"]),
    _state(
        "RUS",
        "Russia",
        ["Russian Federation"],
        ["Russian", "Russians"],
        "Moscow",
        ["Moscow", "the Kremlin", "Kremlin"],
    ),
    _state("UKR", "Ukraine", [], ["Ukrainian", "Ukrainians"], "Kyiv", ["Kyiv", "Kiev"]),
    _state(
        "USA",
        "United States",
        ["US", "U.S.", "America", "United States of America"],
        ["American", "Americans"],
        "Washington, D.C.",
        ["Washington", "the White House", "White House", "the Pentagon"],
    ),
    _state("DEU", "Germany", ["Federal Republic of Germany"], ["German", "Germans"], "Berlin", ["Berlin"]),
    _state("FRA", "France", ["French Republic"], ["French"], "Paris", ["Paris", "the Elysee"]),
    _state(
        "GBR",
        "United Kingdom",
        ["UK", "U.K.", "Britain"],
        ["British"],
        "London",
        ["London", "Downing Street"],
    ),
    _state("IND", "India", ["Republic of India"], ["Indian", "Indians"], "New Delhi", ["New Delhi"]),
    _state("ZAF", "South Africa", ["Republic of South Africa"], ["South African"], "Pretoria", ["Pretoria"]),
    _state("HUN", "Hungary", [], ["Hungarian"], "Budapest", ["Budapest"]),
    _state("TUR", "Turkey", ["Türkiye", "Turkiye"], ["Turkish"], "Ankara", ["Ankara"]),
    _state("BLR", "Belarus", [], ["Belarusian"], "Minsk", ["Minsk"]),
    _state("FIN", "Finland", [], ["Finnish", "Finns"], "Helsinki", ["Helsinki"]),
    _state("SWE", "Sweden", [], ["Swedish", "Swedes"], "Stockholm", ["Stockholm"]),
    _state("IRN", "Iran", ["Islamic Republic of Iran"], ["Iranian"], "Tehran", ["Tehran"]),
    _organisation("EU", "European Union", ["EU", "E.U.", "European Commission", "European Council"]),
    _organisation("NATO", "NATO", ["Nato", "North Atlantic Treaty Organization"]),
    _organisation("UN", "United Nations", ["UN", "U.N.", "UN Security Council", "UN General Assembly"]),
    _organisation("G7", "G7", ["G-7", "Group of Seven"]),
]


def _official(
    name: str, aliases: list[str], actor: str, role: str, role_kind: str, start: str, end: str | None
) -> dict:
    return {
        "name": name,
        "aliases": aliases,
        "actor": actor,
        "role": role,
        "role_kind": role_kind,
        "valid_from": start,
        "valid_to": end,
    }


SAMPLE_OFFICIALS = [
    _official("Wang Yi", [], "CHN", "Foreign Minister", "foreign_minister", "2013-03-16", "2022-12-30"),
    _official("Wang Yi", [], "CHN", "Foreign Minister", "foreign_minister", "2023-07-25", None),
    _official("Qin Gang", [], "CHN", "Foreign Minister", "foreign_minister", "2022-12-30", "2023-07-25"),
    _official("Mao Ning", [], "CHN", "Foreign Ministry Spokesperson", "spokesperson", "2022-09-05", None),
    _official(
        "Zhang Jun",
        [],
        "CHN",
        "Permanent Representative to the UN",
        "un_ambassador",
        "2019-07-30",
        "2024-03-28",
    ),
    _official(
        "Fu Cong", [], "CHN", "Permanent Representative to the UN", "un_ambassador", "2024-04-13", None
    ),
    _official(
        "Sergei Lavrov",
        ["Lavrov"],
        "RUS",
        "Minister of Foreign Affairs",
        "foreign_minister",
        "2004-03-09",
        None,
    ),
    _official(
        "Maria Zakharova",
        ["Zakharova"],
        "RUS",
        "Foreign Ministry Spokesperson",
        "spokesperson",
        "2015-08-10",
        None,
    ),
    _official(
        "Dmytro Kuleba",
        ["Kuleba"],
        "UKR",
        "Minister of Foreign Affairs",
        "foreign_minister",
        "2020-03-04",
        "2024-09-05",
    ),
    _official(
        "Volodymyr Zelenskyy",
        ["Zelensky", "Zelenskyy", "Zelenskiy"],
        "UKR",
        "President",
        "head_of_state",
        "2019-05-20",
        None,
    ),
    _official(
        "Antony Blinken",
        ["Blinken"],
        "USA",
        "Secretary of State",
        "foreign_minister",
        "2021-01-26",
        "2025-01-20",
    ),
    _official(
        "Olaf Scholz", ["Scholz"], "DEU", "Chancellor", "head_of_government", "2021-12-08", "2025-05-06"
    ),
    _official(
        "Annalena Baerbock",
        ["Baerbock"],
        "DEU",
        "Foreign Minister",
        "foreign_minister",
        "2021-12-08",
        "2025-05-06",
    ),
    _official(
        "Annalena Baerbock",
        ["Baerbock"],
        "UN",
        "President of the General Assembly",
        "other",
        "2025-09-09",
        None,
    ),
    _official(
        "Josep Borrell",
        ["Borrell"],
        "EU",
        "High Representative",
        "foreign_minister",
        "2019-12-01",
        "2024-11-30",
    ),
    _official(
        "Jens Stoltenberg",
        ["Stoltenberg"],
        "NATO",
        "Secretary General",
        "secretary_general",
        "2014-10-01",
        "2024-10-01",
    ),
    _official(
        "Viktor Orbán", ["Orban", "Orbán"], "HUN", "Prime Minister", "head_of_government", "2010-05-29", None
    ),
]


def sample_topics() -> list[dict]:
    return json.loads((REFERENCE_DIR / "topics.json").read_text(encoding="utf-8"))


def sample_gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(SAMPLE_ACTORS, SAMPLE_OFFICIALS, sample_topics())
