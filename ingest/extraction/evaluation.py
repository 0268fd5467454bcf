"""Scoring the extractor against gold files (JSON Lines, one text and its expected records per line).

A predicted record matches an expected one when actor and topic are equal and the stance has the same
sign; each expected record is matched at most once. Run ``python -m ingest.extraction.evaluation FILE...``
for figures without Django.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.extraction.records import DocumentInput, PositionRecord
from ingest.extraction.segment import segment


class GoldFileError(ValueError):
    """A gold file line that cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class GoldRecord:
    actor: str
    topic: str
    stance: int
    date: datetime.date | None


@dataclass(frozen=True)
class GoldItem:
    id: str
    doc: DocumentInput
    expected: tuple[GoldRecord, ...]
    where: str


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def _parse_date(value, where: str, field: str, required: bool) -> datetime.date | None:
    if value in (None, "") and not required:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        raise GoldFileError(f"{where}: {field} {value!r} is not an ISO date") from None


def _record(row, where: str, known_actors: set[str] | None, known_topics: set[str] | None) -> GoldRecord:
    if not isinstance(row, dict):
        raise GoldFileError(f"{where}: an expected record must be an object")
    try:
        actor, topic, stance = row["actor"], row["topic"], row["stance"]
    except KeyError as missing:
        raise GoldFileError(f"{where}: expected record without {missing}") from None
    if known_actors is not None and actor not in known_actors:
        raise GoldFileError(f"{where}: unknown actor {actor!r}")
    if known_topics is not None and topic not in known_topics:
        raise GoldFileError(f"{where}: unknown topic {topic!r}")
    if isinstance(stance, bool) or not isinstance(stance, int) or not -2 <= stance <= 2:
        raise GoldFileError(f"{where}: stance {stance!r} is not an integer from -2 to 2")
    return GoldRecord(actor, topic, stance, _parse_date(row.get("date"), where, "date", False))


def load_gold(
    path: str | Path, known_actors: Iterable[str] | None = None, known_topics: Iterable[str] | None = None
) -> list[GoldItem]:
    """Read a gold file; raise ``GoldFileError`` naming the file and line of anything unusable."""
    path = Path(path)
    actors = set(known_actors) if known_actors is not None else None
    topics = set(known_topics) if known_topics is not None else None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise GoldFileError(f"{path}: cannot be read: {error}") from None
    items: list[GoldItem] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            row = json.loads(line)
        except ValueError as error:
            raise GoldFileError(f"{where}: not valid JSON ({error})") from None
        if not isinstance(row, dict):
            raise GoldFileError(f"{where}: expected a JSON object")
        if not isinstance(row.get("text"), str):
            raise GoldFileError(f"{where}: missing text")
        expected = row.get("expected")
        if not isinstance(expected, list):
            raise GoldFileError(f"{where}: expected must be a list")
        published = _parse_date(row.get("published"), where, "published", True)
        source_actor = row.get("source_actor") or None
        if source_actor is not None and actors is not None and source_actor not in actors:
            raise GoldFileError(f"{where}: unknown source_actor {source_actor!r}")
        doc = DocumentInput(
            text=row["text"],
            published=published,
            title=row.get("title"),
            source_actor=source_actor,
            url=row.get("url"),
            speaker=row.get("speaker"),
        )
        records = tuple(_record(item, where, actors, topics) for item in expected)
        items.append(GoldItem(str(row.get("id", f"{path.name}:{number}")), doc, records, where))
    return items


def _match(expected: Sequence[GoldRecord], predicted: Sequence[PositionRecord]) -> list[tuple[int, int]]:
    """Pairs (expected index, predicted index); exact stances are paired before same-sign ones."""
    pairs: list[tuple[int, int]] = []
    used_expected: set[int] = set()
    used_predicted: set[int] = set()
    for exact in (True, False):
        for p_index, record in enumerate(predicted):
            if p_index in used_predicted:
                continue
            for e_index, gold in enumerate(expected):
                if e_index in used_expected or gold.actor != record.actor or gold.topic != record.topic:
                    continue
                if (gold.stance == record.stance) if exact else (_sign(gold.stance) == _sign(record.stance)):
                    pairs.append((e_index, p_index))
                    used_expected.add(e_index)
                    used_predicted.add(p_index)
                    break
    return pairs


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _evidence(text: str, actor_names: Mapping[str, list[str]] | None, actor: str) -> str:
    """The first sentence naming ``actor`` (or the first sentence) for a missed record."""
    seg = segment(text)
    sentences = [text[sentence.start : sentence.end] for sentence in seg.sentences]
    for name in (actor_names or {}).get(actor, []):
        for sentence in sentences:
            if name.lower() in sentence.lower():
                return sentence
    return sentences[0] if sentences else ""


def score(
    items: Sequence[GoldItem],
    predictions: Mapping[str, Sequence[PositionRecord]] | Sequence,
    actor_names: Mapping[str, list[str]] | None = None,
) -> dict:
    """Precision, recall, F1, stance and date accuracy, per-topic figures and the list of errors."""
    if not isinstance(predictions, Mapping):
        predictions = {item.id: list(records) for item, records in zip(items, predictions, strict=True)}
    matched = exact = dated = n_expected = n_predicted = 0
    per_topic: dict[str, dict[str, int]] = {}
    errors: list[dict] = []

    def bucket(topic: str) -> dict[str, int]:
        return per_topic.setdefault(topic, {"tp": 0, "expected": 0, "predicted": 0})

    for item in items:
        predicted = list(predictions.get(item.id, []))
        expected = item.expected
        n_expected += len(expected)
        n_predicted += len(predicted)
        pairs = _match(expected, predicted)
        for gold in expected:
            bucket(gold.topic)["expected"] += 1
        for record in predicted:
            bucket(record.topic)["predicted"] += 1
        for e_index, p_index in pairs:
            gold, record = expected[e_index], predicted[p_index]
            matched += 1
            bucket(gold.topic)["tp"] += 1
            exact += gold.stance == record.stance
            dated += gold.date is None or gold.date == record.date
            if gold.stance != record.stance or (gold.date is not None and gold.date != record.date):
                errors.append(
                    {
                        "item": item.id,
                        "kind": "inexact",
                        "actor": gold.actor,
                        "topic": gold.topic,
                        "expected_stance": gold.stance,
                        "stance": record.stance,
                        "expected_date": gold.date.isoformat() if gold.date else None,
                        "date": record.date.isoformat(),
                        "evidence": record.quote,
                    }
                )
        matched_expected = {e_index for e_index, _ in pairs}
        matched_predicted = {p_index for _, p_index in pairs}
        for e_index, gold in enumerate(expected):
            if e_index not in matched_expected:
                errors.append(
                    {
                        "item": item.id,
                        "kind": "miss",
                        "actor": gold.actor,
                        "topic": gold.topic,
                        "expected_stance": gold.stance,
                        "evidence": _evidence(item.doc.text, actor_names, gold.actor),
                    }
                )
        for p_index, record in enumerate(predicted):
            if p_index not in matched_predicted:
                errors.append(
                    {
                        "item": item.id,
                        "kind": "spurious",
                        "actor": record.actor,
                        "topic": record.topic,
                        "stance": record.stance,
                        "evidence": record.quote,
                    }
                )
    precision = _ratio(matched, n_predicted)
    recall = _ratio(matched, n_expected)
    topics = {}
    for topic, counts in sorted(per_topic.items()):
        topic_precision = _ratio(counts["tp"], counts["predicted"])
        topic_recall = _ratio(counts["tp"], counts["expected"])
        topics[topic] = {
            "precision": round(topic_precision, 4),
            "recall": round(topic_recall, 4),
            "f1": round(_f1(topic_precision, topic_recall), 4),
            "support": counts["expected"],
        }
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_f1(precision, recall), 4),
        "stance_exact": round(_ratio(exact, matched), 4),
        "date_accuracy": round(_ratio(dated, matched), 4),
        "n_items": len(items),
        "n_expected": n_expected,
        "n_predicted": n_predicted,
        "per_topic": topics,
        "errors": errors,
    }


def evaluate(paths: Iterable[str | Path], extractor, known_actors=None, known_topics=None) -> dict:
    """Load each gold file, run ``extractor`` on every item and score the lot."""
    items: list[GoldItem] = []
    for path in paths:
        items.extend(load_gold(path, known_actors, known_topics))
    predictions = {item.id: extractor.extract(item.doc).records for item in items}
    names = getattr(extractor.gazetteer, "actor_forms", None)
    return score(items, predictions, names)


def format_report(result: dict, with_errors: bool = False) -> str:
    lines = [
        f"items {result['n_items']}  expected {result['n_expected']}  predicted {result['n_predicted']}",
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  f1 {result['f1']:.3f}  "
        f"stance exact {result['stance_exact']:.3f}  date accuracy {result['date_accuracy']:.3f}",
        "",
        f"{'topic':32} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
    ]
    for topic, figures in result["per_topic"].items():
        lines.append(
            f"{topic:32} {figures['precision']:6.3f} {figures['recall']:6.3f} "
            f"{figures['f1']:6.3f} {figures['support']:5d}"
        )
    if with_errors:
        lines.append("")
        for error in result["errors"]:
            stance = error.get("stance", "")
            wanted = error.get("expected_stance", "")
            detail = f"{error['actor']} {error['topic']} got={stance} want={wanted}"
            if error["kind"] == "inexact":
                detail += f" date={error['date']} want={error['expected_date']}"
            lines.append(
                f"[{error['item']}] {error['kind']}: {detail}\n"
                f"    {' '.join(error['evidence'].split())[:300]}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from ingest.extraction.base import get_extractor
    from ingest.extraction.gazetteer import REFERENCE_DIR, Gazetteer

    parser = argparse.ArgumentParser(prog="python -m ingest.extraction.evaluation", description=__doc__)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")
    parser.add_argument("--errors", action="store_true", help="list each miss and spurious record")
    parser.add_argument("--reference", default=str(REFERENCE_DIR), help="directory of the reference files")
    parser.add_argument("--kind", default="rules", help="extractor kind")
    options = parser.parse_args(argv)
    gazetteer = Gazetteer.from_reference_files(options.reference)
    extractor = get_extractor(options.kind, gazetteer)
    try:
        result = evaluate(options.files, extractor, gazetteer.actors.keys(), gazetteer.topics.keys())
    except GoldFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if options.errors or not options.json:
        print(format_report(result, options.errors))
    if options.json:
        payload = {key: value for key, value in result.items() if key != "errors" or options.errors}
        print(json.dumps(payload, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
