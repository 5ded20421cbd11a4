"""Rule ``echo``: one source's figure relayed by several outlets counts once."""

from __future__ import annotations

from claims.model import Claim
from claims.reconciliation.block import Block, Context
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.rule import rule
from claims.reconciliation.rules.revision import figure

__all__ = ["echo"]


@rule("echo")
def echo(block: Block, context: Context) -> Block:
    """The same root source and figure reaching us by several routes (``via``) is one statement.

    Estimates count sources, not claims, so an echo never adds weight; this
    rule reports it with an ``echo`` finding that lists the relays.
    """
    findings = []
    for estimate in block.estimates:
        if len(estimate.claims) < 2 or not any(c.via for c in estimate.claims):
            continue
        routes: dict[tuple[str, object], list[Claim]] = {}
        for claim in estimate.claims:
            routes.setdefault((claim.source.id, figure(claim.count)), []).append(claim)
        for (source, _), claims in routes.items():
            if len(claims) < 2:
                continue
            relays = sorted({" > ".join(r.id for r in c.via) or "directly" for c in claims})
            if len(relays) < 2:
                continue
            findings.append(
                Finding(
                    FindingKind.ECHO,
                    tuple(claims),
                    "echo",
                    f"{source}'s figure of {claims[0].count} on {estimate.group.id} reached us "
                    f"{len(relays)} ways ({'; '.join(relays)}); it counts once",
                    block.event,
                    block.metric,
                    estimate.group,
                )
            )
    return block.with_findings(findings)
