"""Rule ``revision``: a source's latest figure replaces its earlier ones."""

from __future__ import annotations

from datetime import datetime

from claims.count import Count
from claims.model import Claim
from claims.reconciliation.block import Block, Context
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.rule import rule

__all__ = ["revision"]


def figure(count: Count) -> tuple[int, int | None, str, int | None]:
    """What a count says, without its surface text: two claims with equal figures agree."""
    return count.low, count.high, count.kind.value, count.value


@rule("revision")
def revision(block: Block, context: Context) -> Block:
    """The same root source on the same event, metric and group: its latest ``said_at`` is current.

    Earlier figures move to ``superseded`` (kept, not deleted) and a
    ``revision`` finding says whether the toll went up or down. When the claims
    carry no times, or times that cannot be ordered, all stay current and the
    finding says the order is unknown.
    """
    if all(len(e.claims) < 2 for e in block.estimates):
        return block
    estimates = []
    findings: list[Finding] = []
    for estimate in block.estimates:
        if len(estimate.claims) < 2:
            estimates.append(estimate)
            continue
        by_source: dict[str, list[Claim]] = {}
        for claim in estimate.claims:
            by_source.setdefault(claim.source.id, []).append(claim)
        current: list[Claim] = []
        superseded = list(estimate.superseded)
        for claims in by_source.values():
            if len(claims) == 1 or len({figure(c.count) for c in claims}) < 2:
                current += claims
                continue
            kept, dropped, finding = _revise(claims, block, estimate)
            current += kept
            superseded += dropped
            findings.append(finding)
        if len(current) != len(estimate.claims):
            current_ids = {c.id for c in current}
            estimate = estimate._with_claims(
                tuple(c for c in estimate.claims if c.id in current_ids),
                tuple(superseded),
                estimate.borrowed,
            )
        estimates.append(estimate)
    return block.with_estimates(estimates).with_findings(findings)


def _ordered(claims: list[Claim]) -> list[Claim] | None:
    """Claims oldest first, or None when their times cannot all be compared."""
    times = [c.said_at for c in claims]
    if any(t is None for t in times):
        return None
    aware = {_aware(t) for t in times if t is not None}
    if len(aware) > 1:
        return None
    return sorted(claims, key=lambda c: (c.said_at, c.id))


def _aware(moment: datetime) -> bool:
    return moment.utcoffset() is not None


def _revise(
    claims: list[Claim], block: Block, estimate: Estimate
) -> tuple[list[Claim], list[Claim], Finding]:
    source = claims[0].source.id
    subject = f"{source} on {estimate.group.id} {block.metric.value} ({block.where})"
    ordered = _ordered(claims)
    latest_time = ordered[-1].said_at if ordered else None
    at_latest = [c for c in ordered or () if c.said_at == latest_time]
    if ordered is None or len({figure(c.count) for c in at_latest}) > 1:
        shown = ", ".join(sorted({str(c.count) for c in claims}))
        message = (
            f"{subject} gave several figures ({shown}) whose order is unknown; all stay current"
        )
        return claims, [], _finding(claims, message, block, estimate)
    latest = figure(at_latest[0].count)
    kept = [c for c in ordered if figure(c.count) == latest]
    dropped = [c for c in ordered if figure(c.count) != latest]
    before, after = dropped[-1].count, at_latest[0].count
    direction = _direction(before, after)
    message = f"{subject} revised its figure {direction} from {before} to {after}"
    if direction == "down":
        message += "; a lowered toll deserves a look"
    return kept, dropped, _finding(ordered, message, block, estimate)


def _direction(before: Count, after: Count) -> str:
    old = (before.low, before.high if before.high is not None else float("inf"))
    new = (after.low, after.high if after.high is not None else float("inf"))
    if new == old:
        return "in wording only"
    if new[0] >= old[0] and new[1] >= old[1]:
        return "up"
    if new[0] <= old[0] and new[1] <= old[1]:
        return "down"
    return "sideways"


def _finding(claims: list[Claim], message: str, block: Block, estimate: Estimate) -> Finding:
    return Finding(
        FindingKind.REVISION,
        tuple(claims),
        "revision",
        message,
        block.event,
        block.metric,
        estimate.group,
    )
