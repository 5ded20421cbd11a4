"""End-to-end measurement on real incident narratives: extract, reconcile, compare.

Each Airwars incident page quotes several sources' figures and publishes the
civilian death toll it settled on, often as a range ("19 – 27"). For every
incident with a published figure we extract claims from the narrative, put them
under one event (a page describes one incident), reconcile, and compare our
killed range with the published one: equal, ours contains it, ours lies within
it, they overlap, or we miss it (with the reason).

This is a measurement, not a test. The corpus is read from
``../shared/corpora/airwars-gaza/`` beside the repository and never copied.

    python benchmarks/airwars_eval.py [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "airwars-gaza" / "airwars_gaza_incidents.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from claims import Count, Metric, extract, reconcile  # noqa: E402

_KILLED_GROUPS = ("all", "civilians", "unknown")


def published_range(text: str) -> tuple[int, int] | None:
    """``"19 – 27"`` -> (19, 27); ``"3"`` -> (3, 3); "Unknown" and the like -> None."""
    parts = [p.strip() for p in text.replace("\u2013", "-").split("-")]
    if not all(p.isdigit() for p in parts) or len(parts) not in (1, 2):
        return None
    low, high = int(parts[0]), int(parts[-1])
    return (low, high) if low <= high else None


def our_range(narrative: str, code: str) -> tuple[int, int | None] | None:
    """The killed range our pipeline gives for one narrative, or None when it finds no claim."""
    items = [
        attrs.evolve(c, event=code)
        for c in extract(narrative, lang="en")
        if c.metric is Metric.KILLED and c.group.id in (*_KILLED_GROUPS, "children", "women")
    ]
    if not items:
        return None
    total: Count | None = reconcile(items).total("killed", "all")
    return None if total is None else total.bounds


def compare(ours: tuple[int, int | None] | None, theirs: tuple[int, int]) -> str:
    """How our range relates to the published one."""
    if ours is None:
        return "miss: no killed claim found"
    low, high = ours
    top = float("inf") if high is None else high
    if (low, high) == theirs:
        return "equal"
    if low <= theirs[0] and theirs[1] <= top:
        return "contains"
    if theirs[0] <= low and top <= theirs[1]:
        return "within"
    if top < theirs[0]:
        return "miss: ours below"
    if low > theirs[1]:
        return "miss: ours above"
    return "overlap"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N incidents")
    parser.add_argument("--show", type=int, default=0, help="print N misses for error analysis")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return
    rows: list[dict[str, Any]] = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    outcomes: Counter[str] = Counter()
    shown = 0
    for row in rows[: args.limit]:
        theirs = published_range(row["civilians_reported_killed"])
        if theirs is None:
            continue
        ours = our_range(row["assessment"], row["incident_code"])
        outcome = compare(ours, theirs)
        outcomes[outcome] += 1
        if outcome.startswith("miss") and shown < args.show:
            shown += 1
            print(f"{row['incident_code']}: published {theirs}, ours {ours} ({outcome})")
    total = sum(outcomes.values())
    print(f"incidents with a published civilian toll: {total}")
    for outcome in ("equal", "contains", "within", "overlap"):
        print(f"  {outcome:<30} {outcomes[outcome]:>4}  {outcomes[outcome] / max(total, 1):6.1%}")
    misses = sum(n for name, n in outcomes.items() if name.startswith("miss"))
    print(f"  {'miss':<30} {misses:>4}  {misses / max(total, 1):6.1%}")
    for name in sorted(n for n in outcomes if n.startswith("miss")):
        print(f"    {name.removeprefix('miss: '):<28} {outcomes[name]:>4}")


if __name__ == "__main__":
    main()
