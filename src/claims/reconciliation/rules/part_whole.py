"""Rule ``part-whole``: a source's figures for parts must fit inside its figure for the whole."""

from __future__ import annotations

from claims.model import Claim
from claims.reconciliation.block import Block, Context
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.rule import rule

__all__ = ["part_whole"]


@rule("part-whole")
def part_whole(block: Block, context: Context) -> Block:
    """Claims from one source about a group and groups inside it are a breakdown.

    When the lows of the parts (the source's highest-level claims below the
    whole, so nested parts are not added twice) add up past the whole's high,
    a ``part-exceeds-whole`` finding says so: "9 civilians, among them 12
    children" cannot both be right.
    """
    if not context._nested(block):
        return block
    tax = context.taxonomy
    said: dict[str, dict[str, list[Claim]]] = {}
    group_of = {e.group.id: e.group for e in block.estimates}
    for estimate in block.estimates:
        for claim in estimate.claims:
            said.setdefault(claim.source.id, {}).setdefault(estimate.group.id, []).append(claim)
    findings = []
    for source, groups in said.items():
        if len(groups) < 2:
            continue
        for whole, whole_claims in groups.items():
            highs = [c.count.high for c in whole_claims]
            if None in highs:
                continue
            whole_high = max(h for h in highs if h is not None)
            below = [g for g in groups if g != whole and tax.is_within(g, whole)]
            parts = [g for g in below if not any(h != g and tax.is_within(g, h) for h in below)]
            if not parts:
                continue
            part_lows = {g: min(c.count.low for c in groups[g]) for g in parts}
            if sum(part_lows.values()) <= whole_high:
                continue
            listed = ", ".join(f"{g} {n}" for g, n in sorted(part_lows.items()))
            cited = tuple(whole_claims) + tuple(c for g in sorted(parts) for c in groups[g])
            findings.append(
                Finding(
                    FindingKind.PART_EXCEEDS_WHOLE,
                    cited,
                    "part-whole",
                    f"{source} gives at most {whole_high} for {whole} but at least "
                    f"{sum(part_lows.values())} for its parts ({listed})",
                    block.event,
                    block.metric,
                    group_of[whole],
                )
            )
    return block.with_findings(findings)
