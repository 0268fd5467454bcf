"""Recorded votes of the UN General Assembly (kind ``unvotes``): each state's vote is a stated position.

The source is a CSV (``config.path``: a file or a folder of ``.csv`` files; or ``config.url``) with the
columns ``resolution, date, country_iso3, vote, country_name_un, title, undl_record`` and the votes ``Y``
(yes), ``N`` (no), ``A`` (abstain) and ``X`` (not voting), as in the UN Digital Library's voting data.
A mapping (``ingest/reference/un_resolutions.json``, or ``options["mapping"]``) says which topics each
resolution speaks to and with which polarity.

Each resolution becomes one document whose text the adapter writes: a sentence naming the resolution, its
title, date and tally, then one line per state that voted ("Germany (DEU): voted yes."). Every such line
carries one VoteRow per topic of the resolution: yes gives +1 x polarity, no -1 x polarity, abstain 0. A
state that did not vote gets no line and no record: silence is not neutrality.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

from ingest.http import canonical_url
from ingest.sources.base import AdapterError, Discovery, FetchedDocument, ItemRef, SourceAdapter, VoteRow
from ingest.sources.extract_html import parse_date

DEFAULT_MAPPING = Path(__file__).resolve().parents[1] / "reference" / "un_resolutions.json"
REQUIRED_COLUMNS = ("resolution", "country_iso3", "vote")
VOTES = {"Y": ("yes", 1), "N": ("no", -1), "A": ("abstain", 0)}
NOT_VOTING = {"X", ""}
VOTE_PHRASES = {"yes": "voted yes", "no": "voted no", "abstain": "abstained"}


@dataclass(frozen=True)
class TopicLink:
    topic: str
    polarity: int  # +1: a yes vote supports the topic's proposition; -1: a yes vote opposes it


@dataclass(frozen=True)
class Resolution:
    symbol: str
    title: str
    date: date | None
    topics: tuple[TopicLink, ...]
    note: str = ""
    tally: str = ""


def load_mapping(path: str | Path = DEFAULT_MAPPING) -> dict[str, Resolution]:
    """Resolution symbol -> what it is about; raises AdapterError naming the problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AdapterError(f"The resolutions mapping {path} does not exist.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise AdapterError(f"The resolutions mapping {path} is not valid JSON: {error}.") from None
    entries = data.get("resolutions", data) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise AdapterError(f"The resolutions mapping {path} must be an object of resolution symbols.")
    mapping = {}
    for symbol, entry in entries.items():
        try:
            topics = tuple(TopicLink(str(link["topic"]), int(link["polarity"])) for link in entry["topics"])
        except (KeyError, TypeError, ValueError):
            raise AdapterError(f"{path}: {symbol} needs topics as a list of {{topic, polarity}}.") from None
        if any(link.polarity not in (1, -1) for link in topics):
            raise AdapterError(f"{path}: {symbol} has a polarity other than +1 or -1.")
        mapping[symbol] = Resolution(
            symbol=symbol,
            title=entry.get("title", ""),
            date=parse_date(entry.get("date", "")),
            topics=topics,
            note=entry.get("note", ""),
            tally=entry.get("tally", ""),
        )
    return mapping


def country_name(code: str, fallback: str = "") -> str | None:
    """The short English name of a state (pycountry's common name when it has one), None if unknown."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name or fallback.title()


@dataclass
class _Ballot:
    resolution: str
    line: int
    vote_date: date | None
    title: str
    record_url: str
    votes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, name, "yes"/"no"/"abstain")
    not_voting: int = 0
    seen: set[str] = field(default_factory=set)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


class VotesAdapter(SourceAdapter):
    def discover(self) -> Discovery:
        mapping = load_mapping(self.config.options.get("mapping") or DEFAULT_MAPPING)
        errors: list[str] = []
        ballots: dict[str, _Ballot] = {}
        for name, text in self._tables():
            self._read_table(name, text, ballots, errors)
        items = []
        for symbol, ballot in ballots.items():
            resolution = mapping.get(symbol)
            if resolution is None:
                errors.append(
                    f"{symbol} (from line {ballot.line}) is not in the resolutions mapping, so its "
                    f"{_count(len(ballot.votes) + ballot.not_voting, 'vote was', 'votes were')} skipped; "
                    "add it with its topics."
                )
                continue
            if not ballot.votes and not ballot.not_voting:
                errors.append(
                    f"{symbol} (from line {ballot.line}) has no vote that could be read, so nothing was stored."
                )
                continue
            document = self._document(resolution, ballot)
            if document is None:
                errors.append(f"{symbol} has no date, in the file or in the mapping, so it was skipped.")
                continue
            items.append(ItemRef.whole(document))
        return Discovery(items=items, errors=errors)

    # input

    def _tables(self) -> list[tuple[str, str]]:
        config = self.config
        if config.path:
            root = Path(config.path).expanduser()
            if not root.exists():
                raise AdapterError(f"The path {str(root)!r} does not exist.")
            files = [root] if root.is_file() else sorted(p for p in root.rglob("*.csv") if not p.name.startswith("."))
            tables = []
            for path in files:
                name = path.name if path == root else str(path.relative_to(root))
                tables.append((name, self._decode(path.read_bytes(), name)))
            return tables
        if config.url:
            from ingest.http import client_from_settings

            client = self.http or client_from_settings()
            response = client.get(config.url, ignore_robots=bool(config.options.get("ignore_robots", False)))
            return [(response.url, self._decode(response.content, response.url))]
        raise AdapterError("A UN votes source needs a path or a URL.")

    @staticmethod
    def _decode(data: bytes, name: str) -> str:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = 1 + data.count(b"\n", 0, error.start)
            raise AdapterError(f"{name}:{line}: not valid UTF-8 ({error.reason}).") from None

    def _read_table(self, name: str, text: str, ballots: dict[str, _Ballot], errors: list[str]) -> None:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [column.strip() for column in reader.fieldnames or []]
        missing = [column for column in REQUIRED_COLUMNS if column not in header]
        if missing:
            raise AdapterError(f"{name} lacks the column(s) {', '.join(missing)}; its header is {header}.")
        reader.fieldnames = header
        line = reader.line_num
        for row in reader:
            start, line = line + 1, reader.line_num
            symbol = (row.get("resolution") or "").strip()
            code = (row.get("country_iso3") or "").strip().upper()
            vote = (row.get("vote") or "").strip().upper()
            where = f"{name}:{start}"
            if not symbol:
                errors.append(f"{where}: no resolution symbol.")
                continue
            raw_date = (row.get("date") or "").strip()
            if raw_date and parse_date(raw_date) is None:
                errors.append(
                    f"{where}: bad date {raw_date[:40]!r} for {code or 'a vote'} on {symbol} (expected YYYY-MM-DD)."
                )
                continue
            ballot = ballots.get(symbol)
            if ballot is None:
                ballot = ballots[symbol] = _Ballot(
                    resolution=symbol,
                    line=start,
                    vote_date=parse_date(row.get("date") or ""),
                    title=(row.get("title") or "").strip(),
                    record_url=(row.get("undl_record") or "").strip(),
                )
            if code in ballot.seen:
                errors.append(f"{where}: a second vote for {code} on {symbol}; the first one is kept.")
                continue
            if vote in NOT_VOTING:
                ballot.seen.add(code)
                ballot.not_voting += 1
                continue
            if vote not in VOTES:
                errors.append(f"{where}: unknown vote {vote!r} for {code} on {symbol} (expected Y, N, A or X).")
                continue
            label = country_name(code, row.get("country_name_un") or "")
            if label is None:
                errors.append(f"{where}: unknown country code {code!r} on {symbol}; the vote was skipped.")
                continue
            ballot.seen.add(code)
            ballot.votes.append((code, label, VOTES[vote][0]))

    # output

    def _document(self, resolution: Resolution, ballot: _Ballot) -> FetchedDocument | None:
        vote_date = ballot.vote_date or resolution.date
        if vote_date is None:
            return None
        title = resolution.title or ballot.title
        counts = {kind: sum(1 for _, _, cast in ballot.votes if cast == kind) for kind in ("yes", "no", "abstain")}
        header = (
            f"On {_long_date(vote_date)} the United Nations General Assembly voted on resolution "
            f"{resolution.symbol}, \u201c{title}\u201d: {counts['yes']} in favour, "
            f"{counts['no']} against and {counts['abstain']} abstaining"
        )
        if ballot.not_voting:
            header += f"; {_count(ballot.not_voting, 'member', 'members')} did not vote"
        header += ".\n\n"
        parts = [header]
        offset = len(header)
        spans: list[tuple[int, int, VoteRow]] = []
        for code, label, cast in ballot.votes:
            line = f"{label} ({code}): {VOTE_PHRASES[cast]}."
            start, end = offset, offset + len(line)
            sign = {"yes": 1, "no": -1, "abstain": 0}[cast]
            for link in resolution.topics:
                stance = sign * link.polarity
                spans.append((start, end, VoteRow(country=code, vote=cast, topic=link.topic, stance=stance)))
            parts.append(line + "\n")
            offset = end + 1
        return FetchedDocument(
            url=canonical_url(ballot.record_url) if ballot.record_url else "",
            title=f"{resolution.symbol}: {title}",
            text="".join(parts).rstrip("\n"),
            published=vote_date,
            language="en",
            source_actor=self.config.default_actor,
            votes=tuple(spans),
        )
