"""Policies: whether, and how, an estimate names one best figure inside its range.

The range is always reported; a policy only adds ``best``. Pass a name to
:func:`claims.reconcile` or any callable that takes an :class:`Estimate` and
returns an int or None.
"""

from __future__ import annotations

from collections.abc import Mapping
from statistics import median_low
from types import MappingProxyType
from typing import Protocol

from claims.errors import ConfigError
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.figures import by_source

__all__ = ["POLICIES", "Policy", "conservative", "envelope", "median", "resolve_policy"]


class Policy(Protocol):
    """Picks the best figure for an estimate, or None to give only the range."""

    def __call__(self, estimate: Estimate) -> int | None: ...


def envelope(estimate: Estimate) -> int | None:
    """No best figure: the range is the answer (the default)."""
    return None


def conservative(estimate: Estimate) -> int | None:
    """The lowest figure any independent source states, as ACLED codes fatalities."""
    stated = [f.stated[0] for f in by_source(estimate) if f.stated is not None]
    return min(stated) if stated else None


def median(estimate: Estimate) -> int | None:
    """The median of independent sources' figures (the lower middle one for an even count).

    Each source contributes one figure: its single stated value, or the
    middle of what it states (both ends of a range, several revisions in
    unknown order). A UCDP-style best estimate.
    """
    stated = [f.stated for f in by_source(estimate) if f.stated is not None]
    if not stated:
        return None
    return median_low([(low + high) // 2 for low, high in stated])


POLICIES: Mapping[str, Policy] = MappingProxyType(
    {"envelope": envelope, "conservative": conservative, "median": median}
)
"""The policies known by name."""


def resolve_policy(policy: str | Policy) -> Policy:
    """The policy a name stands for, or the callable itself."""
    if isinstance(policy, str):
        try:
            return POLICIES[policy]
        except KeyError:
            known = ", ".join(POLICIES)
            raise ConfigError(f"unknown policy {policy!r}; expected one of {known}") from None
    if not callable(policy):
        raise ConfigError(f"a policy is a name or a callable, not {type(policy).__name__}")
    return policy
