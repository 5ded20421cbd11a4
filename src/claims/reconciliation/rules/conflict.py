"""Rule ``conflict``: independent sources whose figures cannot both be true, or that differ."""

from __future__ import annotations

from itertools import combinations

from claims.reconciliation.block import Block, Context
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.figures import SourceFigure, by_source
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.rule import rule

__all__ = ["conflict"]


@rule("conflict")
def conflict(block: Block, context: Context) -> Block:
    """Compare every pair of independent sources behind an estimate.

    Disjoint intervals are a ``contradiction``, unless the lower figure is
    preliminary (the toll may still rise), which makes it a ``discrepancy``;
    so are overlapping intervals with different stated figures ("about 500"
    against 480). A vague count is compared by its interval: "dozens" against
    6 contradicts, "several" against 6 does not. A figure counted from
    subgroups is a lower bound for the group.
    """
    findings = [
        finding
        for estimate in block.estimates
        if len(estimate.claims) + len(estimate.borrowed) > 1
        for a, b in combinations(by_source(estimate), 2)
        if (finding := _compare(a, b, block, estimate)) is not None
    ]
    return block.with_findings(findings)


def _describe(figure: SourceFigure) -> str:
    counts = sorted({str(c.count) for c in figure.claims})
    said = " + ".join(counts) if figure.borrowed else " or ".join(counts)
    notes = []
    if figure.borrowed:
        notes.append("for " + ", ".join(sorted({c.group.id for c in figure.claims})))
    if figure.preliminary:
        notes.append("preliminary")
    return f"{figure.source.id} {said}" + (f" ({'; '.join(notes)})" if notes else "")


def _compare(a: SourceFigure, b: SourceFigure, block: Block, estimate: Estimate) -> Finding | None:
    a_below = a.high is not None and a.high < b.low
    b_below = b.high is not None and b.high < a.low
    if not (a_below or b_below) and (a.point is None or b.point is None or a.point == b.point):
        return None
    both = f"{_describe(a)} against {_describe(b)}"
    subject = f"{estimate.group.id} {block.metric.value}"
    if not (a_below or b_below):
        kind = FindingKind.DISCREPANCY
        message = f"{subject}: {both}; the figures differ but their hedges overlap"
    else:
        lower = a if a_below else b
        if lower.preliminary:
            kind = FindingKind.DISCREPANCY
            message = (
                f"{subject}: {both}; the lower toll ({lower.source.id}) is preliminary "
                "and may still rise"
            )
        else:
            kind = FindingKind.CONTRADICTION
            message = f"{subject}: {both}; the figures cannot both be true"
    return Finding(
        kind,
        a.claims + b.claims,
        "conflict",
        message,
        block.event,
        block.metric,
        estimate.group,
    )
