"""Score ``claims.extract`` against hand-annotated passages.

Run with ``python benchmarks/extract_eval.py [--dev] [--negatives] [--real] [--errors N]``
(``PYTHONPATH=src`` is added for you when the package is not installed). With no
flag it scores the development set (``tests/data/extract/dev_ar.jsonl`` and
``dev_en.jsonl``) and the negatives (``tests/data/extract/negatives.jsonl``).
``--real`` also scores the real Arabic news excerpts in
``<repo>/../shared/corpora/arabic-news/arabic_news_dev.jsonl`` when they exist
(read in place, never copied).

Records follow the conventions of that corpus (its ``SOURCE.md``): one JSON
object a line with ``text``, ``gold`` (tuples ``[source, metric, groups, kind,
low, high, value]``), ``optional`` (tuples whose presence is uncertain),
``status`` (gold index -> ``"preliminary"``) and, for the development set,
``lang``, ``published``, ``outlet`` and ``same_event`` (a partition of the gold
indices into incidents).

Scoring, per document, with a one-to-one greedy matching of predictions to gold
(see :func:`greedy_match`), done afresh for each row of the table:

* **claims**: every field right: metric, count (kind, low, high, value), source,
  group and status (preliminary or not);
* **anchor** (metric + count), and **source**, **group**, **status**, each
  scored as anchor plus that one field;
* **prelim**: over the pairs matched on the anchor, how well the preliminary
  status is found (a true positive is a preliminary claim predicted as such);
* **events**: for records with ``same_event``, over pairs of gold claims that
  are both matched on the anchor: a pair is a true positive when gold and
  prediction both put the two claims in one event. Two predictions are in one
  event when their ``event`` ids are equal (two ``None`` count as equal: an
  extractor that splits nothing keeps one event per document).

A gold ``groups`` list accepts any listed id and ``*`` accepts any group; a
gold source ``*`` accepts any source id that is neither a registry id nor
``unattributed``. A prediction that matches an ``optional`` tuple (after gold
has taken its matches) is neither a true nor a false positive, and an
unmatched optional tuple is not a miss. The ``negatives`` line counts claims
produced on passages that hold none.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "extract"
DEV_FILES = (DATA / "dev_ar.jsonl", DATA / "dev_en.jsonl")
NEGATIVES_FILE = DATA / "negatives.jsonl"
REAL_FILE = ROOT.parent / "shared" / "corpora" / "arabic-news" / "arabic_news_dev.jsonl"

METRICS = frozenset({"killed", "injured", "arrested", "missing", "casualties"})
KINDS = frozenset({"exact", "approx", "at_least", "at_most", "range", "vague", "unknown"})
ANY = "*"
UNATTRIBUTED = "unattributed"
FIELDS = ("source", "group", "status")
ROWS = ("claims", "anchor", "source", "group", "status")


# -- data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    """One annotated claim: the tuple of the data files plus its status."""

    source: str
    metric: str
    groups: tuple[str, ...]
    kind: str
    low: int | None
    high: int | None
    value: int | None
    preliminary: bool = False

    def as_list(self) -> list[Any]:
        return [self.source, self.metric, list(self.groups), *self.count]

    @property
    def count(self) -> tuple[str, int | None, int | None, int | None]:
        return (self.kind, self.low, self.high, self.value)


@dataclass(frozen=True)
class Predicted:
    """One extracted claim in tuple form."""

    source: str
    metric: str
    group: str
    kind: str
    low: int | None
    high: int | None
    value: int | None
    preliminary: bool = False
    event: str | None = None

    def as_list(self) -> list[Any]:
        return [self.source, self.metric, self.group, *self.count]

    @property
    def count(self) -> tuple[str, int | None, int | None, int | None]:
        return (self.kind, self.low, self.high, self.value)


@dataclass(frozen=True)
class Record:
    """One passage with its annotation."""

    id: str
    text: str
    gold: tuple[Gold, ...]
    optional: tuple[Gold, ...] = ()
    lang: str | None = None
    published: str | None = None
    outlet: str | None = None
    same_event: tuple[tuple[int, ...], ...] | None = None


def _int_or_none(value: object, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be an int or null, got {value!r}")
    return value


def gold_from_list(item: Sequence[Any], *, preliminary: bool = False) -> Gold:
    """A :class:`Gold` from ``[source, metric, groups, kind, low, high, value]``."""
    if len(item) != 7:
        raise ValueError(f"a gold tuple has 7 fields, got {item!r}")
    source, metric, groups, kind, low, high, value = item
    if isinstance(groups, str):
        groups = [groups]
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown count kind {kind!r}")
    return Gold(
        source=str(source),
        metric=str(metric),
        groups=tuple(str(g) for g in groups),
        kind=str(kind),
        low=_int_or_none(low, "low"),
        high=_int_or_none(high, "high"),
        value=_int_or_none(value, "value"),
        preliminary=preliminary,
    )


def record_from_dict(data: dict[str, Any]) -> Record:
    """A :class:`Record` from one decoded JSON line."""
    status = data.get("status") or {}
    preliminary = {int(k) for k, v in status.items() if v == "preliminary"}
    gold = tuple(
        gold_from_list(item, preliminary=i in preliminary)
        for i, item in enumerate(data.get("gold") or [])
    )
    optional = tuple(gold_from_list(item) for item in data.get("optional") or [])
    same_event = data.get("same_event")
    return Record(
        id=str(data["id"]),
        text=str(data["text"]),
        gold=gold,
        optional=optional,
        lang=data.get("lang"),
        published=data.get("published"),
        outlet=data.get("outlet"),
        same_event=None
        if same_event is None
        else tuple(tuple(int(i) for i in part) for part in same_event),
    )


def load_records(path: Path | str) -> list[Record]:
    """Every record of a JSONL file, blank lines skipped."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(record_from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: {error}") from error
    return records


# -- predictions -----------------------------------------------------------------------


def _ensure_importable() -> None:
    """Put ``<repo>/src`` on the path when ``claims`` is not installed."""
    try:
        importlib.import_module("claims")
    except ModuleNotFoundError:
        sys.path.insert(0, str(ROOT / "src"))


@cache
def registry_source_ids() -> frozenset[str]:
    """The ids of the default registry's sources, ``unattributed`` included."""
    _ensure_importable()
    registry: Any = importlib.import_module("claims.registry").Registry.default()
    return frozenset(str(source.id) for source in registry.sources) | {UNATTRIBUTED}


def count_tuple(
    kind: str, low: int, high: int | None, value: int | None
) -> tuple[str, int | None, int | None, int | None]:
    """The tuple form of a count: which of low, high and value a kind keeps."""
    if kind == "exact":
        n = value if value is not None else low
        return (kind, n, n, n)
    if kind == "approx":
        return (kind, None, None, value)
    if kind == "at_least":
        return (kind, low, None, None)
    if kind == "at_most":
        return (kind, 0, high, None)
    if kind == "range":
        return (kind, low, high, None)
    return (kind, None, None, None)


def claim_to_predicted(claim: Any) -> Predicted:
    """The tuple form of a ``claims.Claim``."""
    count = claim.count
    kind, low, high, value = count_tuple(str(count.kind), count.low, count.high, count.value)
    return Predicted(
        source=str(claim.source.id),
        metric=str(claim.metric),
        group=str(claim.group.id),
        kind=kind,
        low=low,
        high=high,
        value=value,
        preliminary=str(claim.status) == "preliminary",
        event=claim.event,
    )


Extractor = Callable[[Record], list[Predicted]]


def _extract_function() -> Callable[..., Any]:
    _ensure_importable()
    extract: Callable[..., Any] = importlib.import_module("claims").extract
    return extract


def claims_extractor(record: Record) -> list[Predicted]:
    """Run ``claims.extract`` on a record and return its claims in tuple form.

    ``published`` (an ISO date in the data) is passed as a :class:`datetime.date`.
    """
    extract = _extract_function()
    published = None if record.published is None else datetime.date.fromisoformat(record.published)
    found = extract(record.text, lang=record.lang, published=published, outlet=record.outlet)
    return [claim_to_predicted(claim) for claim in found]


# -- matching --------------------------------------------------------------------------


def source_ok(gold: Gold, pred: Predicted) -> bool:
    if gold.source == ANY:
        return pred.source not in registry_source_ids()
    return gold.source == pred.source


def group_ok(gold: Gold, pred: Predicted) -> bool:
    return ANY in gold.groups or pred.group in gold.groups


def status_ok(gold: Gold, pred: Predicted) -> bool:
    return gold.preliminary == pred.preliminary


def anchor_ok(gold: Gold, pred: Predicted) -> bool:
    return gold.metric == pred.metric and gold.count == pred.count


_FIELD_CHECKS: dict[str, Callable[[Gold, Predicted], bool]] = {
    "source": source_ok,
    "group": group_ok,
    "status": status_ok,
}


def _agreement(gold: Gold, pred: Predicted) -> int:
    return sum(check(gold, pred) for check in _FIELD_CHECKS.values())


def criterion(row: str) -> Callable[[Gold, Predicted], bool]:
    """What a prediction must share with a gold claim to match it in a row of the table."""
    if row == "anchor":
        return anchor_ok
    if row == "claims":
        return lambda g, p: anchor_ok(g, p) and all(c(g, p) for c in _FIELD_CHECKS.values())
    check = _FIELD_CHECKS[row]
    return lambda g, p: anchor_ok(g, p) and check(g, p)


def _ranked(
    gold: Sequence[Gold], pred: Predicted, ok: Callable[[Gold, Predicted], bool]
) -> list[int]:
    """The gold claims ``pred`` may match, those agreeing on more fields first."""
    found = [(-_agreement(g, pred), j) for j, g in enumerate(gold) if ok(g, pred)]
    return [j for _, j in sorted(found)]


def greedy_match(
    gold: Sequence[Gold],
    preds: Sequence[Predicted],
    ok: Callable[[Gold, Predicted], bool],
    *,
    taken: Iterable[int] = (),
) -> dict[int, int]:
    """A one-to-one matching ``{prediction index: gold index}`` of pairs that satisfy ``ok``.

    Greedy: predictions are taken in document order, each to the free gold
    claim that agrees with it on most fields (source, group, status), earliest
    first. When every candidate of a prediction is taken, an earlier pair is
    moved to another of its candidates if that frees one (an augmenting path),
    so the number of matches never depends on the order of the predictions.
    Predictions in ``taken`` are left out.
    """
    skip = set(taken)
    candidates = {i: _ranked(gold, p, ok) for i, p in enumerate(preds) if i not in skip}
    owner: dict[int, int] = {}  # gold index -> prediction index

    def place(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in sorted(candidates):
        if candidates[i]:
            place(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    """The tallies for one document, with what went wrong at the claim level."""

    record: Record
    preds: list[Predicted]
    tallies: dict[str, Tally]
    events: Tally | None
    prelim: Tally = field(default_factory=Tally)
    missed: list[Gold] = field(default_factory=list)
    spurious: list[Predicted] = field(default_factory=list)


def tally_row(
    gold: Sequence[Gold],
    optional: Sequence[Gold],
    preds: Sequence[Predicted],
    ok: Callable[[Gold, Predicted], bool],
) -> tuple[Tally, dict[int, int], set[int]]:
    """One row's tally; also the gold matching and the predictions absorbed by optional."""
    matched = greedy_match(gold, preds, ok)
    neutral = set(greedy_match(optional, preds, ok, taken=matched))
    tally = Tally(
        tp=len(matched),
        fp=len(preds) - len(matched) - len(neutral),
        fn=len(gold) - len(matched),
    )
    return tally, matched, neutral


def event_tally(
    same_event: Sequence[Sequence[int]], matched: dict[int, int], preds: Sequence[Predicted]
) -> Tally:
    """Pairwise event grouping over the gold claims matched on the anchor.

    A pair is positive when its two claims belong to one event.
    """
    event_of = {j: n for n, part in enumerate(same_event) for j in part}
    by_gold = {j: preds[i] for i, j in matched.items() if j in event_of}
    indices = sorted(by_gold)
    tally = Tally()
    for a, j in enumerate(indices):
        for k in indices[a + 1 :]:
            gold_same = event_of[j] == event_of[k]
            pred_same = by_gold[j].event == by_gold[k].event
            if gold_same and pred_same:
                tally.tp += 1
            elif pred_same:
                tally.fp += 1
            elif gold_same:
                tally.fn += 1
    return tally


def prelim_tally(
    gold: Sequence[Gold], matched: dict[int, int], preds: Sequence[Predicted]
) -> Tally:
    """Preliminary status over the pairs matched on the anchor."""
    tally = Tally()
    for i, j in matched.items():
        said, meant = preds[i].preliminary, gold[j].preliminary
        tally.tp += said and meant
        tally.fp += said and not meant
        tally.fn += meant and not said
    return tally


def score_document(record: Record, preds: Sequence[Predicted]) -> DocumentScore:
    """Every row's tally for one document."""
    tallies: dict[str, Tally] = {}
    events: Tally | None = None
    prelim = Tally()
    missed: list[Gold] = []
    spurious: list[Predicted] = []
    for row in ROWS:
        tally, matched, neutral = tally_row(record.gold, record.optional, preds, criterion(row))
        tallies[row] = tally
        if row == "claims":
            hit = set(matched.values())
            missed = [g for j, g in enumerate(record.gold) if j not in hit]
            spurious = [p for i, p in enumerate(preds) if i not in matched and i not in neutral]
        if row == "anchor":
            prelim = prelim_tally(record.gold, matched, preds)
            if record.same_event is not None:
                events = event_tally(record.same_event, matched, preds)
    return DocumentScore(record, list(preds), tallies, events, prelim, missed, spurious)


@dataclass
class Report:
    """Summed tallies over a file."""

    name: str
    documents: list[DocumentScore]
    tallies: dict[str, Tally]
    events: Tally
    prelim: Tally
    crashed: list[tuple[str, str]]

    @property
    def predicted(self) -> int:
        return sum(len(doc.preds) for doc in self.documents)

    @property
    def documents_with_claims(self) -> int:
        return sum(1 for doc in self.documents if doc.preds)


def score_records(
    name: str,
    records: Sequence[Record],
    extractor: Extractor = claims_extractor,
) -> Report:
    """Run ``extractor`` on every record and sum the tallies."""
    documents = []
    crashed: list[tuple[str, str]] = []
    for record in records:
        try:
            preds = extractor(record)
        except Exception as error:  # a crash scores as no predictions, and is reported
            crashed.append((record.id, f"{type(error).__name__}: {error}"))
            preds = []
        documents.append(score_document(record, preds))
    return summarise(name, documents, crashed)


def summarise(
    name: str, documents: Sequence[DocumentScore], crashed: Sequence[tuple[str, str]] = ()
) -> Report:
    tallies = {row: Tally() for row in ROWS}
    events = Tally()
    prelim = Tally()
    for doc in documents:
        prelim.add(doc.prelim)
        for row in ROWS:
            tallies[row].add(doc.tallies[row])
        if doc.events is not None:
            events.add(doc.events)
    return Report(name, list(documents), tallies, events, prelim, list(crashed))


def evaluate(path: Path | str, extractor: Extractor = claims_extractor) -> Report:
    """Score one JSONL file."""
    return score_records(Path(path).name, load_records(path), extractor)


# -- output ----------------------------------------------------------------------------


def format_report(report: Report) -> str:
    """A table of P/R/F1 per row."""
    lines = [
        f"== {report.name}: {len(report.documents)} documents, "
        f"{sum(len(d.record.gold) for d in report.documents)} gold claims, "
        f"{report.predicted} predicted",
        f"{'':8} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    rows = [(row, report.tallies[row]) for row in ROWS]
    rows.append(("prelim", report.prelim))
    if any(doc.events is not None for doc in report.documents):
        rows.append(("events", report.events))
    for row, t in rows:
        lines.append(
            f"{row:8} {t.tp:5} {t.fp:5} {t.fn:5} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}"
        )
    if report.crashed:
        lines.append(f"extract raised on {len(report.crashed)} documents, e.g.:")
        lines.extend(f"  {rid}: {message}" for rid, message in report.crashed[:5])
    return "\n".join(lines)


def format_negatives(report: Report) -> str:
    line = (
        f"negatives: {report.predicted} claims on {report.documents_with_claims} of "
        f"{len(report.documents)} passages (should be 0)"
    )
    if report.crashed:
        line += f"; extract raised on {len(report.crashed)}"
    return line


def _short(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"


def _tuple_text(item: Gold | Predicted) -> str:
    tag = " (preliminary)" if item.preliminary else ""
    return json.dumps(item.as_list(), ensure_ascii=False) + tag


def format_errors(reports: Iterable[Report], limit: int) -> str:
    """Up to ``limit`` claim-level mismatches (missed gold and spurious predictions)."""
    lines: list[str] = []
    shown = 0
    for report in reports:
        for doc in report.documents:
            if shown >= limit:
                return "\n".join(lines)
            if not doc.missed and not doc.spurious:
                continue
            lines.append(f"-- {report.name} {doc.record.id}: {_short(doc.record.text)}")
            wrong = [("missed  ", g) for g in doc.missed] + [("spurious", p) for p in doc.spurious]
            for label, item in wrong[: limit - shown]:
                lines.append(f"   {label} {_tuple_text(item)}")
                shown += 1
            found = "; ".join(_tuple_text(p) for p in doc.preds) or "nothing"
            lines.append(f"   predicted {found}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dev", action="store_true", help="score dev_ar.jsonl and dev_en.jsonl")
    parser.add_argument("--negatives", action="store_true", help="count claims on negatives")
    parser.add_argument("--real", action="store_true", help="also score the real Arabic news set")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N mismatches")
    args = parser.parse_args(argv)
    if not (args.dev or args.negatives or args.real):
        args.dev = args.negatives = True
    try:
        _extract_function()
    except (ImportError, AttributeError) as error:
        print(f"claims.extract is not available: {error}", file=sys.stderr)
        return 2

    reports: list[Report] = []
    if args.dev:
        dev = [evaluate(path) for path in DEV_FILES]
        reports.extend(dev)
        both = summarise(
            "dev (all)",
            [doc for report in dev for doc in report.documents],
            [crash for report in dev for crash in report.crashed],
        )
        for report in [*dev, both]:
            print(format_report(report))
            print()
    if args.real:
        if REAL_FILE.exists():
            real = evaluate(REAL_FILE)
            reports.append(real)
            print(format_report(real))
            print()
        else:
            print(f"real: {REAL_FILE} not found, skipped")
    if args.negatives:
        negatives = evaluate(NEGATIVES_FILE)
        reports.append(negatives)
        print(format_negatives(negatives))
    if args.errors > 0:
        print()
        print(format_errors(reports, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
