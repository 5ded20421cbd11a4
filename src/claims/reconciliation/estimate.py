"""Estimates: what the claims about one event, metric and group add up to."""

from __future__ import annotations

from attrs import field, frozen

from claims.count import Count
from claims.model import Claim, Group, Metric, Source

__all__ = ["Estimate"]


@frozen
class Estimate:
    """The range of figures that independent sources give for one (event, metric, group).

    ``claims`` are the current claims about ``group`` itself; ``borrowed`` are
    claims about groups below it that also count here (the granularity rule);
    ``superseded`` are earlier figures their sources have since revised. ``low``
    and ``high`` come from the range rule (``high=None``: no upper bound), and
    ``basis`` says in one sentence how, citing claim ids. ``open_high`` is True
    when a figure behind the range is a lower bound or preliminary.
    """

    event: str | None
    metric: Metric
    group: Group
    claims: tuple[Claim, ...]
    superseded: tuple[Claim, ...] = ()
    borrowed: tuple[Claim, ...] = ()
    low: int = 0
    high: int | None = None
    open_high: bool = True
    best: int | None = None
    basis: str = "no range rule has run"
    _figures: tuple[object, ...] | None = field(default=None, init=False, eq=False, repr=False)
    """Memo of :func:`claims.reconciliation.figures.by_source`, derived from the claims alone."""

    def with_range(self, low: int, high: int | None, open_high: bool, basis: str) -> Estimate:
        """A copy with the range set (what the range rule produces)."""
        return self._keeping_memo(
            Estimate(
                self.event, self.metric, self.group, self.claims, self.superseded, self.borrowed,
                low, high, open_high, self.best, basis,
            )
        )  # fmt: skip

    def with_best(self, best: int | None) -> Estimate:
        """A copy with ``best`` set (what a policy produces)."""
        if best == self.best:
            return self
        return self._keeping_memo(
            Estimate(
                self.event, self.metric, self.group, self.claims, self.superseded, self.borrowed,
                self.low, self.high, self.open_high, best, self.basis,
            )
        )  # fmt: skip

    def _with_claims(
        self, claims: tuple[Claim, ...], superseded: tuple[Claim, ...], borrowed: tuple[Claim, ...]
    ) -> Estimate:
        """A copy with other claims behind it (``attrs.evolve``, without its generic cost)."""
        return Estimate(
            self.event, self.metric, self.group, claims, superseded, borrowed,
            self.low, self.high, self.open_high, self.best, self.basis,
        )  # fmt: skip

    def _keeping_memo(self, copy: Estimate) -> Estimate:
        if self._figures is not None:
            object.__setattr__(copy, "_figures", self._figures)
        return copy

    def _forget_memo(self) -> Estimate:
        """Drop the memo once rules and policy are done, so results do not hold it alive."""
        if self._figures is not None:
            object.__setattr__(self, "_figures", None)
        return self

    @property
    def key(self) -> tuple[str | None, Metric, str]:
        """``(event, metric, group id)``: what this estimate is about."""
        return self.event, self.metric, self.group.id

    @property
    def sources(self) -> tuple[Source, ...]:
        """The independent root sources behind the estimate, in id order, each once."""
        seen = {c.source.id: c.source for c in (*self.claims, *self.borrowed)}
        return tuple(seen[key] for key in sorted(seen))

    @property
    def count(self) -> Count:
        """``low``..``high`` as a :class:`Count`, for interval arithmetic such as totals."""
        if self.high is None:
            return Count.at_least(self.low)
        if self.low == self.high:
            return Count.exact(self.low)
        return Count.between(self.low, self.high)
