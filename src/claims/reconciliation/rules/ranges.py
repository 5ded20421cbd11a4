"""Rule ``range``: an estimate spans the lowest to the highest figure independent sources give."""

from __future__ import annotations

from claims.count import CountKind
from claims.model import Claim, Metric, Status
from claims.reconciliation.block import Block, Context
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.figures import SourceFigure, by_source, stated_numbers
from claims.reconciliation.rule import rule

__all__ = ["ranges"]

_Range = tuple[int, int | None, bool, str]
"""An estimate's ``low``, ``high``, ``open_high`` and ``basis``."""


@rule("range")
def ranges(block: Block, context: Context) -> Block:
    """Set each estimate's ``low``, ``high``, ``open_high`` and ``basis``.

    ``low`` and ``high`` are the lowest and highest numbers that independent
    sources currently state: an exact or approximate figure counts as its
    value, "at least n" as n, a stated range by both ends. Vague quantifiers
    ("dozens") set the range only where no source gives a number, and a count
    of unknown size never pulls ``low`` down to 0. ``open_high`` is True when a
    figure behind the range is a lower bound or preliminary.
    """
    return block.with_estimates(_ranged(e) for e in block.estimates)


def _cite(figure: SourceFigure) -> str:
    via = " (about subgroups)" if figure.borrowed else ""
    return f"{figure.source.id}{via} [{', '.join(c.id for c in figure.claims)}]"


def _why_open(figure: SourceFigure) -> str:
    if figure.lower_bound:
        return f"{figure.source.id} gives a lower bound"
    if figure.preliminary:
        return f"{figure.source.id}'s toll is preliminary"
    return ""


def _ranged(estimate: Estimate) -> Estimate:
    if len(estimate.claims) == 1 and not estimate.borrowed:
        return _single(estimate, estimate.claims[0])
    figures = by_source(estimate)
    stating = [(f, f.stated) for f in figures if f.stated is not None]
    if not stating:
        vague = [
            c for c in (*estimate.claims, *estimate.borrowed) if c.count.kind is CountKind.VAGUE
        ]
        return _vague_or_unknown(estimate, vague)
    # The first source giving the lowest figure, and the last giving the highest.
    lowest, (low, high) = stating[0]
    highest = lowest
    for figure, (first, last) in stating[1:]:
        if first < low:
            lowest, low = figure, first
        if last >= high:
            highest, high = figure, last
    if low == high:
        givers = ", ".join(_cite(f) for f, _ in stating)
        basis = f"{low}, as stated by {givers}"
    elif len(stating) == 1:
        basis = f"{low}\N{EN DASH}{high}, as stated by {_cite(lowest)}"
    else:
        basis = (
            f"{low}\N{EN DASH}{high} across {len(stating)} independent sources: "
            f"lowest from {_cite(lowest)}, highest from {_cite(highest)}"
        )
    if len(stating) < len(figures):
        basis += "; vague counts left out because sources give numbers"
    open_high = any(f.lower_bound or f.preliminary for f, _ in stating)
    if open_high:
        basis += "; open above: " + ", ".join(w for f, _ in stating if (w := _why_open(f)))
    return estimate.with_range(low, high, open_high, basis + ".")


def _vague_or_unknown(estimate: Estimate, vague: list[Claim]) -> Estimate:
    """No source states a number: read the vague counts, or say the size is unknown."""
    return estimate.with_range(*_vague_range(vague))


def _vague_range(vague: list[Claim]) -> _Range:
    if vague:
        highs = [c.count.high for c in vague]
        low = min(c.count.low for c in vague)
        top = None if None in highs else max(h for h in highs if h is not None)
        words = ", ".join(sorted({c.count.text or str(c.count) for c in vague}))
        basis = f"no source gives a number; the range reads the vague counts ({words})"
        open_high = top is None or any(c.status is Status.PRELIMINARY for c in vague)
        return low, top, open_high, basis + "."
    return 0, None, True, "no source gives a number or a quantifier; the size is unknown."


def _single(estimate: Estimate, claim: Claim) -> Estimate:
    """The common case of one claim: the range is what it states."""
    return estimate.with_range(*_one_range(claim))


def _range_of_one(event: str | None, metric: Metric, claim: Claim) -> Estimate:
    """What this rule makes of a fresh estimate that holds ``claim`` alone, built in one go."""
    low, high, open_high, basis = _one_range(claim)
    return Estimate(
        event, metric, claim.group, (claim,), low=low, high=high, open_high=open_high, basis=basis
    )


def _one_range(claim: Claim) -> _Range:
    count = claim.count
    numbers = stated_numbers(count)
    if numbers is None:
        return _vague_range([claim] if count.kind is CountKind.VAGUE else [])
    low, high = numbers
    shown = str(low) if low == high else f"{low}\N{EN DASH}{high}"
    said = "" if count.kind is CountKind.EXACT else f" ({count})"
    if count.high is None:
        why = "; open above: it is a lower bound"
    elif claim.status is Status.PRELIMINARY:
        why = "; open above: it is a preliminary toll"
    else:
        return low, high, False, f"{shown}, as stated by {claim.source.id}{said} [{claim.id}]."
    return low, high, True, f"{shown}, as stated by {claim.source.id}{said} [{claim.id}]{why}."
