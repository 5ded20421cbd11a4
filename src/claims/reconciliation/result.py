"""The result of reconciliation: estimates, findings, and totals across events."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen

from claims.count import Count
from claims.errors import ClaimsTypeError
from claims.model import Claim, Metric
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.finding import Finding, FindingKind
from claims.registry import Taxonomy

__all__ = ["Reconciliation"]


@frozen
class Reconciliation:
    """Estimates per (event, metric, group), findings, and the claims they came from."""

    estimates: tuple[Estimate, ...]
    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...]
    taxonomy: Taxonomy = field(repr=False)
    policy: str = "envelope"

    def estimate(self, event: str | None, metric: str | Metric, group: str) -> Estimate | None:
        """The estimate for this event, metric and group id, if claims were made about it."""
        key = (event, Metric(metric), group)
        return next((e for e in self.estimates if e.key == key), None)

    def findings_of(self, kind: str | FindingKind) -> tuple[Finding, ...]:
        """The findings of one kind."""
        wanted = FindingKind(kind)
        return tuple(f for f in self.findings if f.kind is wanted)

    @property
    def events(self) -> tuple[str | None, ...]:
        """The event keys that have estimates, in result order, each once."""
        return tuple(dict.fromkeys(e.event for e in self.estimates))

    def total(
        self,
        metric: str | Metric,
        group: str = "all",
        events: Iterable[str | None] | None = None,
    ) -> Count | None:
        """A count across events: lows add to lows, highs to highs, never averaging.

        Per event it takes the estimate for ``group``; where there is none, the
        sum of the highest estimates below ``group`` (groups under one another
        are never both counted). None when no estimate contributes.
        """
        wanted = Metric(metric)
        self.taxonomy.get(group)
        if isinstance(events, str):
            raise ClaimsTypeError("events must be a collection of event keys, not one str")
        by_event: dict[str | None, dict[str, Estimate]] = {}
        for estimate in self.estimates:
            if estimate.metric is wanted:
                by_event.setdefault(estimate.event, {})[estimate.group.id] = estimate
        chosen = by_event if events is None else dict.fromkeys(events)
        parts: list[Count] = []
        for event in chosen:
            here = by_event.get(event, {})
            parts += [here[g].count for g in self._covering(group, here)]
        return sum(parts[1:], parts[0]) if parts else None

    def _covering(self, group: str, here: dict[str, Estimate]) -> list[str]:
        """``group`` if it has an estimate, else the highest estimated groups below it."""
        if group in here:
            return [group]
        tax = self.taxonomy
        below = [g for g in here if g in tax and tax.is_within(g, group)]
        return [g for g in below if not any(h != g and tax.is_within(g, h) for h in below)]
