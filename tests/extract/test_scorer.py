"""The extraction scorer (benchmarks/extract_eval.py) on hand-made gold and predictions.

None of these tests runs the extractor: predictions are written by hand, and
every expected figure below was worked out by hand.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claims import Count, claim

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_eval", ROOT / "benchmarks" / "extract_eval.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


ev = _load()


def gold(
    source: str,
    metric: str,
    groups: list[str],
    count: tuple[str, int | None, int | None, int | None],
    *,
    preliminary: bool = False,
) -> Any:
    return ev.Gold(source, metric, tuple(groups), *count, preliminary=preliminary)


def pred(
    source: str,
    metric: str,
    group: str,
    count: tuple[str, int | None, int | None, int | None],
    *,
    preliminary: bool = False,
    event: str | None = None,
) -> Any:
    return ev.Predicted(source, metric, group, *count, preliminary=preliminary, event=event)


def exact(n: int) -> tuple[str, int, int, int]:
    return ("exact", n, n, n)


def record(gold_claims: list[Any], optional: Sequence[Any] = (), **kw: Any) -> Any:
    return ev.Record(id="t", text="", gold=tuple(gold_claims), optional=tuple(optional), **kw)


def prf(t: Any) -> tuple[float, float, float]:
    return (round(t.precision, 4), round(t.recall, 4), round(t.f1, 4))


def counts(t: Any) -> tuple[int, int, int]:
    return (t.tp, t.fp, t.fn)


# -- tuple form --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (Count.exact(7), ("exact", 7, 7, 7)),
        (Count.approx(500), ("approx", None, None, 500)),
        (Count.at_least(21), ("at_least", 21, None, None)),
        (Count.at_most(9), ("at_most", 0, 9, None)),
        (Count.between(4, 6), ("range", 4, 6, None)),
        (Count.vague(10, 99), ("vague", None, None, None)),
        (Count.unknown(), ("unknown", None, None, None)),
    ],
)
def test_count_tuple_follows_the_kind_rules(count: Count, expected: tuple[Any, ...]) -> None:
    assert ev.count_tuple(str(count.kind), count.low, count.high, count.value) == expected


def test_claim_to_predicted() -> None:
    c = claim("sohr", "killed", "children", Count.at_least(13), status="preliminary", event="e1")
    p = ev.claim_to_predicted(c)
    assert p == pred(
        "sohr", "killed", "children", ("at_least", 13, None, None), preliminary=True, event="e1"
    )
    final = ev.claim_to_predicted(claim("iraq-health-ministry", "injured", "all", 4))
    assert final.source == "iraq-health-ministry"
    assert not final.preliminary
    assert final.count == ("exact", 4, 4, 4)


def test_gold_from_list_and_load(tmp_path: Path) -> None:
    line: dict[str, Any] = {
        "id": "x-1",
        "lang": "ar",
        "text": "نص",
        "published": None,
        "outlet": None,
        "gold": [
            ["sohr", "killed", ["all", "unknown"], "exact", 3, 3, 3],
            ["un", "injured", ["civilians"], "vague", None, None, None],
        ],
        "optional": [["*", "missing", ["*"], "approx", None, None, 20]],
        "status": {"1": "preliminary"},
        "same_event": [[0], [1]],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n\n", encoding="utf-8")
    (rec,) = ev.load_records(path)
    assert rec.id == "x-1"
    assert rec.lang == "ar"
    assert rec.gold[0] == gold("sohr", "killed", ["all", "unknown"], exact(3))
    assert rec.gold[1].preliminary
    assert not rec.gold[0].preliminary
    assert rec.optional[0].count == ("approx", None, None, 20)
    assert rec.same_event == ((0,), (1,))
    assert rec.gold[0].as_list() == line["gold"][0]


# -- field checks ----------------------------------------------------------------------------


def test_star_source_accepts_only_unregistered_sources() -> None:
    g = gold("*", "killed", ["all"], exact(5))
    assert ev.source_ok(g, pred("iraq-health-ministry", "killed", "all", exact(5)))
    assert not ev.source_ok(g, pred("sohr", "killed", "all", exact(5)))
    assert not ev.source_ok(g, pred("unattributed", "killed", "all", exact(5)))
    assert not ev.source_ok(
        gold("sohr", "killed", ["all"], exact(5)), pred("snhr", "killed", "all", exact(5))
    )


def test_group_list_and_star() -> None:
    listed = gold("sohr", "killed", ["all", "civilians"], exact(2))
    assert ev.group_ok(listed, pred("sohr", "killed", "civilians", exact(2)))
    assert ev.group_ok(listed, pred("sohr", "killed", "all", exact(2)))
    assert not ev.group_ok(listed, pred("sohr", "killed", "children", exact(2)))
    anything = gold("sohr", "killed", ["*"], exact(2))
    assert ev.group_ok(anything, pred("sohr", "killed", "hts", exact(2)))


def test_anchor_needs_metric_and_whole_count() -> None:
    g = gold("sohr", "killed", ["all"], ("at_least", 21, None, None))
    assert ev.anchor_ok(g, pred("x", "killed", "sdf", ("at_least", 21, None, None)))
    assert not ev.anchor_ok(g, pred("x", "killed", "sdf", ("at_least", 20, None, None)))
    assert not ev.anchor_ok(g, pred("x", "killed", "sdf", ("exact", 21, 21, 21)))
    assert not ev.anchor_ok(g, pred("x", "injured", "sdf", ("at_least", 21, None, None)))


# -- one document ------------------------------------------------------------------------------


def test_document_rows_by_hand() -> None:
    # gold: 3 civilians killed, 7 injured, 1 child killed (all from sohr).
    doc = record(
        [
            gold("sohr", "killed", ["civilians"], exact(3)),
            gold("sohr", "injured", ["all", "civilians"], exact(7)),
            gold("sohr", "killed", ["children"], exact(1)),
        ]
    )
    preds = [
        pred("sohr", "killed", "civilians", exact(3)),  # all right
        pred("unattributed", "injured", "all", exact(7)),  # anchor and group right, source wrong
        pred("sohr", "killed", "women", exact(2)),  # matches nothing
    ]
    score = ev.score_document(doc, preds)
    # claims: 1 right of 3 predicted and 3 gold.
    assert counts(score.tallies["claims"]) == (1, 2, 2)
    assert prf(score.tallies["claims"]) == (0.3333, 0.3333, 0.3333)
    # anchor: 2 of 3 either way.
    assert counts(score.tallies["anchor"]) == (2, 1, 1)
    assert prf(score.tallies["anchor"]) == (0.6667, 0.6667, 0.6667)
    assert counts(score.tallies["source"]) == (1, 2, 2)
    assert counts(score.tallies["group"]) == (2, 1, 1)
    assert counts(score.tallies["status"]) == (2, 1, 1)
    assert [g.count for g in score.missed] == [exact(7), exact(1)]
    assert [p.count for p in score.spurious] == [exact(7), exact(2)]
    assert score.events is None


def test_status_mismatch_costs_claims_and_status_only() -> None:
    doc = record(
        [gold("un", "killed", ["civilians"], ("at_least", 35, None, None), preliminary=True)]
    )
    score = ev.score_document(
        doc, [pred("un", "killed", "civilians", ("at_least", 35, None, None))]
    )
    assert counts(score.tallies["anchor"]) == (1, 0, 0)
    assert counts(score.tallies["source"]) == (1, 0, 0)
    assert counts(score.tallies["group"]) == (1, 0, 0)
    assert counts(score.tallies["status"]) == (0, 1, 1)
    assert counts(score.tallies["claims"]) == (0, 1, 1)
    # Among anchor matches, the preliminary toll was not flagged.
    assert counts(score.prelim) == (0, 0, 1)


def test_prelim_row_counts_flags_on_anchor_matches() -> None:
    doc = record(
        [
            gold("sohr", "killed", ["all"], exact(9), preliminary=True),
            gold("sohr", "injured", ["all"], exact(16), preliminary=True),
            gold("sohr", "killed", ["women"], exact(3)),
        ]
    )
    preds = [
        pred("sohr", "killed", "all", exact(9), preliminary=True),  # tp
        pred("sohr", "injured", "all", exact(16)),  # fn
        pred("sohr", "killed", "women", exact(3), preliminary=True),  # fp
        pred("sohr", "killed", "all", exact(40), preliminary=True),  # no anchor: not counted
    ]
    prelim = ev.score_document(doc, preds).prelim
    assert counts(prelim) == (1, 1, 1)
    assert prf(prelim) == (0.5, 0.5, 0.5)


def test_optional_is_neither_rewarded_nor_missed() -> None:
    g = gold("sohr", "killed", ["civilians"], exact(3))
    o = gold("local-sources", "killed", ["civilians"], exact(3))
    doc = record([g], [o, gold("sohr", "missing", ["all"], ("vague", None, None, None))])
    # The same figure twice: once for the gold claim, once for the optional one.
    both = [
        pred("sohr", "killed", "civilians", exact(3)),
        pred("local-sources", "killed", "civilians", exact(3)),
    ]
    assert counts(ev.score_document(doc, both).tallies["claims"]) == (1, 0, 0)
    # Leaving both optional claims out costs nothing.
    assert counts(ev.score_document(doc, both[:1]).tallies["claims"]) == (1, 0, 0)
    # An optional claim absorbs one prediction, not two.
    three = [*both, pred("local-sources", "killed", "civilians", exact(3))]
    assert counts(ev.score_document(doc, three).tallies["claims"]) == (1, 1, 0)


def test_gold_takes_matches_before_optional() -> None:
    g = gold("sohr", "killed", ["sdf"], exact(4))
    doc = record([g], [g])
    score = ev.score_document(doc, [pred("sohr", "killed", "sdf", exact(4))])
    assert counts(score.tallies["claims"]) == (1, 0, 0)


def test_matching_is_one_to_one() -> None:
    g = gold("sdf", "killed", ["sdf"], exact(1))
    doc = record([g, g])
    preds = [pred("sdf", "killed", "sdf", exact(1))] * 3
    score = ev.score_document(doc, preds)
    assert counts(score.tallies["claims"]) == (2, 1, 0)
    assert prf(score.tallies["claims"]) == (0.6667, 1.0, 0.8)


def test_greedy_prefers_the_pair_that_agrees_on_more_fields() -> None:
    gold_claims = [
        gold("sohr", "killed", ["sdf"], exact(1)),
        gold("sdf", "killed", ["sdf"], exact(1)),
    ]
    preds = [pred("sdf", "killed", "sdf", exact(1)), pred("sohr", "killed", "sdf", exact(1))]
    assert ev.greedy_match(gold_claims, preds, ev.anchor_ok) == {0: 1, 1: 0}
    score = ev.score_document(record(gold_claims), preds)
    assert counts(score.tallies["claims"]) == (2, 0, 0)


def test_events_pairwise() -> None:
    doc = record(
        [
            gold("sohr", "killed", ["sdf"], exact(5)),
            gold("sohr", "injured", ["sdf"], exact(8)),
            gold("sohr", "killed", ["sdf"], exact(12)),
        ],
        same_event=((0, 1), (2,)),
    )
    right = [
        pred("sohr", "killed", "sdf", exact(5), event="a"),
        pred("sohr", "injured", "sdf", exact(8), event="a"),
        pred("sohr", "killed", "sdf", exact(12), event="b"),
    ]
    # pairs (0,1) same/same: tp; (0,2) and (1,2) different/different: nothing.
    assert counts(ev.score_document(doc, right).events) == (1, 0, 0)
    # No event ids: all one event, so (0,2) and (1,2) are false positives.
    merged = [pred(p.source, p.metric, p.group, p.count) for p in right]
    events = ev.score_document(doc, merged).events
    assert counts(events) == (1, 2, 0)
    assert prf(events) == (0.3333, 1.0, 0.5)
    # Split apart: the gold pair (0,1) is missed; unmatched claims make no pairs.
    split = [
        pred("sohr", "killed", "sdf", exact(5), event="a"),
        pred("sohr", "injured", "sdf", exact(8), event="c"),
    ]
    assert counts(ev.score_document(doc, split).events) == (0, 0, 1)


# -- over files --------------------------------------------------------------------------------


def test_tally_without_counts_is_zero() -> None:
    assert prf(ev.Tally()) == (0.0, 0.0, 0.0)


def test_score_records_sums_documents_and_survives_crashes() -> None:
    one = ev.Record(id="a", text="one", gold=(gold("sohr", "killed", ["all"], exact(2)),))
    two = ev.Record(
        id="b",
        text="two",
        gold=(gold("un", "injured", ["all"], exact(6)), gold("un", "killed", ["all"], exact(1))),
    )
    three = ev.Record(id="c", text="three", gold=(gold("sana", "killed", ["all"], exact(9)),))

    def fake(rec: Any) -> list[Any]:
        if rec.id == "a":
            return [
                pred("sohr", "killed", "all", exact(2)),
                pred("sohr", "killed", "all", exact(3)),
            ]
        if rec.id == "b":
            return [pred("un", "injured", "all", exact(6))]
        raise RuntimeError("boom")

    report = ev.score_records("toy", [one, two, three], fake)
    # tp: a's 2 and b's 6; fp: a's 3; fn: b's 1 and c's 9.
    assert counts(report.tallies["claims"]) == (2, 1, 2)
    assert prf(report.tallies["claims"]) == (0.6667, 0.5, 0.5714)
    assert report.crashed == [("c", "RuntimeError: boom")]
    assert report.predicted == 3
    assert report.documents_with_claims == 2
    table = ev.format_report(report)
    assert "claims" in table
    assert "0.571" in table
    assert "raised on 1" in table
    errors = ev.format_errors([report], 2)
    assert errors.count("missed") + errors.count("spurious") == 2


def test_negatives_line() -> None:
    quiet = ev.Record(id="n1", text="no claims here", gold=())
    noisy = ev.Record(id="n2", text="noise", gold=())

    def fake(rec: Any) -> list[Any]:
        return [pred("unattributed", "killed", "all", exact(2))] * (rec.id == "n2")

    report = ev.score_records("negatives", [quiet, noisy], fake)
    assert ev.format_negatives(report).startswith("negatives: 1 claims on 1 of 2 passages")
    assert counts(report.tallies["claims"]) == (0, 1, 0)


def test_main_runs_on_the_data_files(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ev, "_extract_function", lambda: lambda text, **kw: [])
    assert ev.main(["--dev", "--negatives", "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "dev_ar.jsonl" in out
    assert "dev_en.jsonl" in out
    assert "dev (all)" in out
    assert "negatives: 0 claims on 0 of" in out
    assert out.count("missed") == 3


def test_an_earlier_match_moves_over_when_that_frees_a_claim() -> None:
    gold_claims = [
        gold("sohr", "killed", ["*"], exact(3)),
        gold("sohr", "killed", ["civilians"], exact(3)),
    ]
    # The first prediction fits both gold claims, the second only the first one.
    preds = [pred("sohr", "killed", "civilians", exact(3)), pred("sohr", "killed", "all", exact(3))]
    assert ev.greedy_match(gold_claims, preds, ev.anchor_ok) == {0: 1, 1: 0}
    assert counts(ev.score_document(record(gold_claims), preds).tallies["claims"]) == (2, 0, 0)


def _oracle(rec: Any) -> list[Any]:
    """Predictions that say exactly what the gold says."""
    event_of = {j: str(n) for n, part in enumerate(rec.same_event or ()) for j in part}
    return [
        pred(
            "some-other-source" if g.source == "*" else g.source,
            g.metric,
            "all" if g.groups[0] == "*" else g.groups[0],
            g.count,
            preliminary=g.preliminary,
            event=event_of.get(j),
        )
        for j, g in enumerate(rec.gold)
    ]


@pytest.mark.parametrize("path", [*ev.DEV_FILES, ev.REAL_FILE], ids=lambda p: p.name)
def test_gold_scores_perfectly_against_itself(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    report = ev.evaluate(path, _oracle)
    for row in ev.ROWS:
        assert counts(report.tallies[row]) == (len(_all_gold(report)), 0, 0), row
    assert report.events.fp == report.events.fn == 0
    assert report.prelim.fp == report.prelim.fn == 0


def _all_gold(report: Any) -> list[Any]:
    return [g for doc in report.documents for g in doc.record.gold]


def test_load_records_names_the_bad_line(tmp_path: Path) -> None:
    good = {"id": "a", "text": "x", "gold": [], "optional": [], "status": {}}
    bad = {**good, "id": "b", "gold": [["sohr", "died", ["all"], "exact", 1, 1, 1]]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: unknown metric 'died'"):
        ev.load_records(path)
