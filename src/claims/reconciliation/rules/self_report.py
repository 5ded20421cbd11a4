"""Rule ``self-report``: a party to the fighting counting its own dead or its enemy's."""

from __future__ import annotations

from claims.model import Source
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
    tax = context.taxonomy
    findings = []
    for estimate in block.estimates:
        seen: dict[str, Source] = {c.source.id: c.source for c in estimate.claims}
        for source_id in sorted(seen):
            side = seen[source_id].affiliation
            relation = _relation(side, estimate.group.id, tax)
            if relation is None:
                continue
            findings.append(_finding(seen[source_id], relation, estimate, block))
    return block.with_findings(findings)


def _relation(side: str | None, group: str, tax: Taxonomy) -> str | None:
    if side is None or side not in tax or group == tax.root.id:
        return None
    if any(tax.is_within(group, neutral) for neutral in _NOT_A_SIDE if neutral in tax):
        return None
    if tax.is_within(group, side) or tax.is_within(side, group):
        return "own"
    return "enemy"


def _finding(source: Source, relation: str, estimate: Estimate, block: Block) -> Finding:
    group = estimate.group.id
    if relation == "own":
        note = f"its own side's losses ({group}); parties tend to under-report their own dead"
    else:
        note = f"another side's losses ({group}); parties tend to over-report the enemy's dead"
    return Finding(
        FindingKind.SELF_REPORT,
        tuple(c for c in estimate.claims if c.source.id == source.id),
        "self-report",
        f"{source.id} is a party to the fighting ({source.affiliation}) reporting {note}",
        block.event,
        block.metric,
        estimate.group,
    )
