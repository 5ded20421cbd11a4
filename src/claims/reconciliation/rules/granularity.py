"""Rule ``granularity``: a figure about a subgroup also informs the larger group others speak of."""

from __future__ import annotations

from claims.model import Claim
from claims.reconciliation.block import Block, Context
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.rule import rule

__all__ = ["granularity"]


@rule("granularity")
def granularity(block: Block, context: Context) -> Block:
    """Count a claim about a descendant group in each ancestor's estimate that other sources make.

    Sources often describe the same dead at different levels: one monitor
    speaks of SDF fighters, the SDF of its internal security forces. A claim
    about a descendant, from a source that says nothing at the ancestor's
    level, joins the ancestor's ``borrowed`` claims, provided other sources make
    claims about that ancestor at the same event and metric. No ancestor
    estimate is created. A source's claim is borrowed only from its highest
    level below the ancestor, so nested figures are not added twice.
    """
    if not context._nested(block):
        return block
    tax = context.taxonomy
    by_group = {e.group.id: e for e in block.estimates}
    speakers = {e.group.id: {c.source.id for c in e.claims} for e in block.estimates}
    borrowed: dict[str, list[Claim]] = {}
    findings = []
    for estimate in block.estimates:
        ancestors = tax.ancestors(estimate.group.id)
        for depth, ancestor in enumerate(ancestors):
            target = by_group.get(ancestor.id)
            if target is None or not target.claims:
                continue
            between = ancestors[:depth]
            taken = [
                c
                for c in estimate.claims
                if c.source.id not in speakers[ancestor.id]
                and not any(c.source.id in speakers.get(g.id, ()) for g in between)
            ]
            if not taken:
                continue
            borrowed.setdefault(ancestor.id, []).extend(taken)
            sources = ", ".join(sorted({c.source.id for c in taken}))
            others = ", ".join(sorted(speakers[ancestor.id]))
            findings.append(
                Finding(
                    FindingKind.GRANULARITY,
                    estimate.claims if len(taken) == len(estimate.claims) else tuple(taken),
                    "granularity",
                    f"{sources} gave figures for {estimate.group.id}, part of {ancestor.id}; they "
                    f"also count toward {ancestor.id}, which other sources ({others}) report on",
                    block.event,
                    block.metric,
                    ancestor,
                )
            )
    if not borrowed:
        return block
    estimates = [
        e._with_claims(e.claims, e.superseded, e.borrowed + tuple(borrowed[e.group.id]))
        if e.group.id in borrowed
        else e
        for e in block.estimates
    ]
    return block.with_estimates(estimates).with_findings(findings)
