"""Findings: what reconciliation noticed about some claims, in words, citing the claims."""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

from claims.model import Claim, Group, Metric

__all__ = ["Finding", "FindingKind"]


class FindingKind(StrEnum):
    """What sort of thing a finding reports."""

    CONTRADICTION = "contradiction"
    """Two independent sources give figures that cannot both be true."""
    DISCREPANCY = "discrepancy"
    """Two sources differ, but both may be right (a preliminary toll, overlapping hedges)."""
    REVISION = "revision"
    """A source changed its own figure."""
    ECHO = "echo"
    """One source's figure reached us through several outlets; it counts once."""
    GRANULARITY = "granularity"
    """A claim about a subgroup was also counted toward a larger group."""
    PART_EXCEEDS_WHOLE = "part-exceeds-whole"
    """A source's figures for parts add up to more than its figure for the whole."""
    SELF_REPORT = "self-report"
    """A party to the fighting reports its own losses or its enemy's."""


@frozen
class Finding:
    """One observation, produced by ``rule``, about ``claims``, said in ``message``."""

    kind: FindingKind
    claims: tuple[Claim, ...]
    rule: str
    message: str
    event: str | None = None
    metric: Metric | None = None
    group: Group | None = None

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """Ids of the claims behind this finding, for citing them."""
        return tuple(c.id for c in self.claims)
