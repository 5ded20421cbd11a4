"""The unit a rule works on: the estimates for one event and metric, and the findings so far."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from attrs import field, frozen

from claims.errors import ConfigError
from claims.model import Claim, Metric
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.finding import Finding
from claims.registry import Taxonomy

__all__ = ["Block", "Context"]


@frozen
class Context:
    """What rules may consult besides the block: the taxonomy of groups."""

    taxonomy: Taxonomy
    _memo: dict[Hashable, Any] = field(factory=dict, init=False, eq=False, repr=False)
    """Answers that depend on the taxonomy alone, worked out once per context.

    Rules key it by their own id, so that their entries never meet.
    """
    _ancestors: dict[str, frozenset[str]] = field(factory=dict, init=False, eq=False, repr=False)
    """Memo of :meth:`_above`."""

    def _above(self, group_id: str) -> frozenset[str]:
        """Ids of the groups containing ``group_id`` (see :meth:`Taxonomy.ancestors`)."""
        found = self._ancestors.get(group_id)
        if found is None:
            found = frozenset(g.id for g in self.taxonomy.ancestors(group_id))
            self._ancestors[group_id] = found
        return found

    _within: dict[frozenset[str], bool] = field(factory=dict, init=False, eq=False, repr=False)
    """Memo of :meth:`_any_within`: a taxonomy allows few sets of groups in one block."""

    def _nested(self, block: Block) -> bool:
        """Whether a group of ``block`` lies within another group of it."""
        return len(block.estimates) > 1 and self._any_within(
            frozenset(e.group.id for e in block.estimates)
        )

    def _any_within(self, group_ids: frozenset[str]) -> bool:
        """Whether one of ``group_ids`` lies within another of them."""
        found = self._within.get(group_ids)
        if found is None:
            found = any(not self._above(g).isdisjoint(group_ids) for g in group_ids)
            self._within[group_ids] = found
        return found


@frozen
class Block:
    """All estimates for one ``event`` and ``metric``, one per group, in taxonomy order.

    Rules take a block and return a new one; a block never changes in place.
    """

    event: str | None
    metric: Metric
    estimates: tuple[Estimate, ...]
    findings: tuple[Finding, ...] = ()

    @classmethod
    def from_claims(cls, claims: Iterable[Claim], taxonomy: Taxonomy | None = None) -> Block:
        """A fresh block (no rule run yet) of claims that share one event and metric.

        Estimates follow the taxonomy's order; claims within one follow their ids.
        Handy for testing a rule on its own.
        """
        items = sorted(claims, key=lambda c: c.id)
        if not items:
            raise ConfigError("a block needs at least one claim")
        event, metric = items[0].event, items[0].metric
        if any(c.event != event or c.metric is not metric for c in items):
            raise ConfigError("the claims of a block must share one event and one metric")
        tax = Taxonomy.default() if taxonomy is None else taxonomy
        groups: dict[str, list[Claim]] = {}
        for item in items:
            groups.setdefault(item.group.id, []).append(item)
        estimates = tuple(
            Estimate(event, metric, groups[g][0].group, tuple(groups[g]))
            for g in (sorted(groups, key=tax.position) if len(groups) > 1 else groups)
        )
        return cls(event, metric, estimates)

    @property
    def where(self) -> str:
        """The event and metric, for messages."""
        event = "no event" if self.event is None else f"event {self.event!r}"
        return f"{event}, {self.metric.value}"

    def get(self, group_id: str) -> Estimate | None:
        """The estimate for ``group_id``, if any claim is about that group."""
        return next((e for e in self.estimates if e.group.id == group_id), None)

    def with_estimates(self, estimates: Iterable[Estimate]) -> Block:
        """A copy holding ``estimates`` instead."""
        return Block(self.event, self.metric, tuple(estimates), self.findings)

    def with_findings(self, findings: Iterable[Finding]) -> Block:
        """A copy with ``findings`` added after the existing ones."""
        new = tuple(findings)
        return Block(self.event, self.metric, self.estimates, self.findings + new) if new else self
