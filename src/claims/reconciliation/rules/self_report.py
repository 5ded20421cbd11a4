"""Rule ``self-report``: a party to the fighting counting its own dead or its enemy's."""

from __future__ import annotations

from claims.model import Claim, Source
from claims.reconciliation.block import Block, Context
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.rule import rule
from claims.registry import Taxonomy

__all__ = ["self_report"]

_NOT_A_SIDE = ("civilians", "unknown")


@rule("self-report")
def self_report(block: Block, context: Context) -> Block:
    """Flag figures from a source with an ``affiliation`` about fighters of its own side or another.

    Informational: parties tend to under-report their own dead and
    over-report the enemy's. Figures about civilians, unidentified people or
    everyone at once are left alone, as is a source with no side.
    """
    findings = []
    for estimate in block.estimates:
        seen: dict[str, Source] = {c.source.id: c.source for c in estimate.claims}
        for source_id in sorted(seen) if len(seen) > 1 else seen:
            source = seen[source_id]
            if source.affiliation is None:
                continue
            relation = _relation(source.affiliation, estimate.group.id, context)
            if relation is None:
                continue
            cited = (
                estimate.claims
                if len(seen) == 1
                else tuple(c for c in estimate.claims if c.source.id == source_id)
            )
            findings.append(_finding(source, relation, cited, estimate, block))
    return block.with_findings(findings)


def _relation(side: str, group: str, context: Context) -> str | None:
    """How a source on ``side`` stands to ``group``: "own", "enemy", or None (computed once)."""
    key = ("self-report", side, group)
    memo = context._memo
    if key not in memo:
        memo[key] = _side_of(side, group, context.taxonomy)
    relation: str | None = memo[key]
    return relation


def _side_of(side: str, group: str, tax: Taxonomy) -> str | None:
    if side not in tax or group == tax.root.id:
        return None
    if any(tax.is_within(group, neutral) for neutral in _NOT_A_SIDE if neutral in tax):
        return None
    if tax.is_within(group, side) or tax.is_within(side, group):
        return "own"
    return "enemy"


def _finding(
    source: Source, relation: str, cited: tuple[Claim, ...], estimate: Estimate, block: Block
) -> Finding:
    group = estimate.group.id
    if relation == "own":
        note = f"its own side's losses ({group}); parties tend to under-report their own dead"
    else:
        note = f"another side's losses ({group}); parties tend to over-report the enemy's dead"
    return Finding(
        FindingKind.SELF_REPORT,
        cited,
        "self-report",
        f"{source.id} is a party to the fighting ({source.affiliation}) reporting {note}",
        block.event,
        block.metric,
        estimate.group,
    )
