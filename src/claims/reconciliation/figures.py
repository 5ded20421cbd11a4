"""What each source says about an estimate, reduced to the numbers rules compare.

A source may back an estimate with several claims (echoes, revisions in
unknown order) or, through the granularity rule, with claims about subgroups.
:func:`by_source` folds them into one :class:`SourceFigure` per source, so that
every rule counts a source once.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from claims.count import Count, CountKind
from claims.model import Claim, Source, Status
from claims.reconciliation.estimate import Estimate

__all__ = ["SourceFigure", "by_source", "stated_numbers"]

_NO_FIGURE = (CountKind.VAGUE, CountKind.UNKNOWN)


def stated_numbers(count: Count) -> tuple[int, int] | None:
    """The lowest and highest number a count states, or None for vague and unknown counts.

    An exact or approximate figure states its value; "at least n" states n
    (also when written "more than n - 1"); "at most n" states n; a range states
    both ends.
    """
    kind = count.kind
    if kind in _NO_FIGURE:
        return None
    if count.value is not None:
        return count.value, count.value
    if kind is CountKind.AT_MOST and count.high is not None:
        return count.high, count.high
    if count.high is None:
        return count.low, count.low
    return count.low, count.high


@frozen
class SourceFigure:
    """One source's contribution to an estimate."""

    source: Source
    claims: tuple[Claim, ...]
    borrowed: bool
    """True when the figure comes from the source's claims about subgroups."""
    stated: tuple[int, int] | None
    """Lowest and highest number the source states; None when it gives only vague counts."""
    low: int
    """The least number the source's claims allow (for borrowed parts: the sum of their lows)."""
    high: int | None
    """The greatest number they allow; None when open above (always, for borrowed parts)."""
    point: int | None
    """The single figure the source gives, when it gives exactly one."""
    lower_bound: bool
    """A figure is a lower bound ("at least")."""
    preliminary: bool

    @property
    def interval(self) -> Count:
        """``low``..``high`` as a :class:`Count`."""
        if self.high is None:
            return Count.at_least(self.low)
        return Count.between(self.low, self.high)

    @property
    def vague(self) -> bool:
        """The source gives no number, only a quantifier such as "dozens"."""
        return self.stated is None


def by_source(estimate: Estimate) -> tuple[SourceFigure, ...]:
    """One figure per independent source, in source id order (computed once per estimate)."""
    memo = estimate._figures
    if memo is not None:
        return memo  # type: ignore[return-value]
    if len(estimate.claims) == 1 and not estimate.borrowed:
        figures: tuple[SourceFigure, ...] = (_one(estimate.claims[0]),)
    else:
        figures = _by_source(estimate)
    object.__setattr__(estimate, "_figures", figures)
    return figures


def _by_source(estimate: Estimate) -> tuple[SourceFigure, ...]:
    own: dict[str, list[Claim]] = {}
    for claim in estimate.claims:
        source = claim.source.id
        if source in own:
            own[source].append(claim)
        else:
            own[source] = [claim]
    parts: dict[str, list[Claim]] = {}
    for claim in estimate.borrowed:
        source = claim.source.id
        if source in own:
            continue
        if source in parts:
            parts[source].append(claim)
        else:
            parts[source] = [claim]
    if not parts:
        return tuple(_own(own[source]) for source in sorted(own))
    return tuple(
        _own(own[source]) if source in own else _parts(parts[source])
        for source in sorted([*own, *parts])
    )


def _own(claims: list[Claim]) -> SourceFigure:
    if len(claims) == 1:
        return _one(claims[0])
    counts = [c.count for c in claims]
    points = {c.point for c in counts}
    return SourceFigure(
        source=claims[0].source,
        claims=tuple(claims),
        borrowed=False,
        stated=_span(stated_numbers(c) for c in counts),
        low=min(c.low for c in counts),
        high=None if any(c.high is None for c in counts) else max(c.high or 0 for c in counts),
        point=next(iter(points)) if len(points) == 1 else None,
        lower_bound=any(c.high is None and c.kind not in _NO_FIGURE for c in counts),
        preliminary=any(c.status is Status.PRELIMINARY for c in claims),
    )


def _span(pairs: Iterable[tuple[int, int] | None]) -> tuple[int, int] | None:
    known = [pair for pair in pairs if pair is not None]
    if not known:
        return None
    return min(p[0] for p in known), max(p[1] for p in known)


def _one(claim: Claim) -> SourceFigure:
    """The common case: a source backs the estimate with a single claim."""
    count = claim.count
    high = count.high
    return SourceFigure(
        claim.source,
        (claim,),
        False,
        stated_numbers(count),
        count.low,
        high,
        count.point,
        high is None and count.kind not in _NO_FIGURE,
        claim.status is Status.PRELIMINARY,
    )


def _parts(claims: list[Claim]) -> SourceFigure:
    """Claims about disjoint subgroups: their sum is a lower bound on the whole.

    Where a part states no number, its low stands in for it in the stated sum.
    """
    low = stated_low = stated_high = 0
    stating = lower_bound = preliminary = False
    for claim in claims:
        count = claim.count
        low += count.low
        pair = stated_numbers(count)
        if pair is None:
            stated_low += count.low
            stated_high += count.low
        else:
            stating = True
            stated_low += pair[0]
            stated_high += pair[1]
            lower_bound = lower_bound or count.high is None
        preliminary = preliminary or claim.status is Status.PRELIMINARY
    stated = (stated_low, stated_high) if stating else None
    return SourceFigure(
        claims[0].source, tuple(claims), True, stated, low, None, None, lower_bound, preliminary
    )
