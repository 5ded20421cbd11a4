"""How many: a count as an interval of whole numbers, with the way it was stated.

A casualty figure is rarely one number. "At least 15", "about 500", "between 4
and 6" and "dozens" are all honest statements whose content is an interval. A
:class:`Count` keeps that interval (``low``..``high``, ``high=None`` meaning no
upper bound), the kind of statement it came from, the figure as stated, and the
surface text. Counts add like casualty recorders add totals: lows with lows,
highs with highs, never averaging.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

import attrs
from attrs import field, frozen

from claims.errors import ClaimsTypeError, InvalidCount

__all__ = ["DEFAULT_APPROX_TOLERANCE", "Count", "CountKind", "approx_bounds"]

DEFAULT_APPROX_TOLERANCE = 0.1
"""Relative half-width of the interval given to "about n" (10%, and at least 1 either side)."""


class CountKind(StrEnum):
    """How a figure was stated."""

    EXACT = "exact"
    """A plain figure: "6 killed"."""
    APPROX = "approx"
    """A hedged figure: "about 500"."""
    AT_LEAST = "at_least"
    """A lower bound: "at least 15", "more than 20"."""
    AT_MOST = "at_most"
    """An upper bound: "fewer than 10", "up to 12"."""
    RANGE = "range"
    """Two stated ends: "between 4 and 6"."""
    VAGUE = "vague"
    """A quantifier with no figure: "dozens", "several"."""
    UNKNOWN = "unknown"
    """Some, of unknown number: "casualties were reported"."""


def _require_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ClaimsTypeError(f"{name} must be an int, not {type(value).__name__} {value!r}")
    return value


def _check_bound(_: Count, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name != "low":
        return
    number = _require_int(attribute.name, value)
    if number < 0:
        raise InvalidCount(f"{attribute.name} must be 0 or more, got {number}")


def _to_kind(value: object) -> CountKind:
    if isinstance(value, CountKind):
        return value
    if not isinstance(value, str):
        raise ClaimsTypeError(f"kind must be a str, not {type(value).__name__} {value!r}")
    try:
        return CountKind(value)
    except ValueError:
        known = ", ".join(kind.value for kind in CountKind)
        raise InvalidCount(f"unknown count kind {value!r}; expected one of {known}") from None


def _check_text(_: Count, __: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ClaimsTypeError(f"text must be a str, not {type(value).__name__} {value!r}")


def approx_bounds(value: int, tolerance: float = DEFAULT_APPROX_TOLERANCE) -> tuple[int, int]:
    """The interval we give "about ``value``": ``value`` ± ``ceil(value * tolerance)``, at least ±1.

    >>> approx_bounds(500)
    (450, 550)
    >>> approx_bounds(6)
    (5, 7)
    """
    _require_int("value", value)
    if value < 0:
        raise InvalidCount(f"value must be 0 or more, got {value}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise ClaimsTypeError(f"tolerance must be a number, not {type(tolerance).__name__}")
    if not 0 <= tolerance < 1:
        raise InvalidCount(f"tolerance must be at least 0 and below 1, got {tolerance}")
    # Rounding first keeps float noise (70 * 0.1 == 7.000000000000001) from widening the interval.
    spread = math.ceil(round(value * tolerance, 9))
    if value and tolerance:
        spread = max(spread, 1)
    return max(0, value - spread), value + spread


@frozen
class Count:
    """A count of people as an interval, with the statement it came from.

    Build one with a named constructor (:meth:`exact`, :meth:`approx`,
    :meth:`at_least`, :meth:`at_most`, :meth:`between`, :meth:`vague`,
    :meth:`unknown`); the initializer checks every invariant.

    >>> Count.between(4, 6)
    Count(low=4, high=6, kind=<CountKind.RANGE: 'range'>, value=None, text='')
    >>> print(Count.exact(4) + Count.at_least(2))
    at least 6
    """

    low: int = field(validator=_check_bound)
    high: int | None = field(validator=_check_bound)
    kind: CountKind = field(converter=_to_kind)
    value: int | None = field(default=None, validator=_check_bound)
    text: str = field(default="", validator=_check_text)

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.low > self.high:
            raise InvalidCount(f"low {self.low} is above high {self.high}")
        if self.value is not None and not self.contains(self.value):
            raise InvalidCount(f"value {self.value} lies outside {self.low}..{self._high_text()}")
        kind = self.kind
        if kind in (CountKind.EXACT, CountKind.APPROX) and self.value is None:
            raise InvalidCount(f"a count of kind {kind.value} needs a value")
        if kind is CountKind.EXACT and self.low != self.high:
            raise InvalidCount(
                f"an exact count needs low == high, got {self.low}..{self._high_text()}"
            )
        if kind is CountKind.AT_LEAST and self.high is not None:
            raise InvalidCount(f"an at_least count has no upper bound, got high={self.high}")
        if kind in (CountKind.AT_MOST, CountKind.RANGE) and self.high is None:
            raise InvalidCount(f"a count of kind {kind.value} needs an upper bound")

    # -- named constructors -------------------------------------------------

    @classmethod
    def exact(cls, n: int, *, text: str = "") -> Count:
        """Exactly ``n``."""
        return cls(n, n, CountKind.EXACT, n, text)

    @classmethod
    def approx(
        cls, n: int, *, tolerance: float = DEFAULT_APPROX_TOLERANCE, text: str = ""
    ) -> Count:
        """About ``n``: keeps ``value=n``, bounds from :func:`approx_bounds`."""
        low, high = approx_bounds(n, tolerance)
        return cls(low, high, CountKind.APPROX, n, text)

    @classmethod
    def at_least(cls, n: int, *, text: str = "") -> Count:
        """``n`` or more, with no upper bound."""
        return cls(n, None, CountKind.AT_LEAST, None, text)

    @classmethod
    def at_most(cls, n: int, *, text: str = "") -> Count:
        """From 0 up to ``n``."""
        return cls(0, n, CountKind.AT_MOST, None, text)

    @classmethod
    def between(cls, low: int, high: int, *, text: str = "") -> Count:
        """A stated range, both ends included."""
        return cls(low, high, CountKind.RANGE, None, text)

    @classmethod
    def vague(cls, low: int, high: int | None, *, text: str = "") -> Count:
        """A vague quantifier ("dozens") read as the interval ``low``..``high``."""
        return cls(low, high, CountKind.VAGUE, None, text)

    @classmethod
    def unknown(cls, *, text: str = "") -> Count:
        """Some number of people, size not stated: ``0``..no bound."""
        return cls(0, None, CountKind.UNKNOWN, None, text)

    # -- views ----------------------------------------------------------------

    @property
    def bounds(self) -> tuple[int, int | None]:
        """``(low, high)``, with ``high=None`` for no upper bound."""
        return self.low, self.high

    @property
    def open_high(self) -> bool:
        """True when there is no upper bound."""
        return self.high is None

    @property
    def point(self) -> int | None:
        """The single figure this count stands for, if any: the stated value, or the only member."""
        if self.value is not None:
            return self.value
        return self.low if self.low == self.high else None

    # -- interval algebra ---------------------------------------------------

    def contains(self, other: int | Count) -> bool:
        """Whether ``other`` (a number, or every member of a count) lies within this count."""
        if isinstance(other, Count):
            if other.low < self.low:
                return False
            if self.high is None:
                return True
            return other.high is not None and other.high <= self.high
        number = _require_int("other", other)
        return self.low <= number and (self.high is None or number <= self.high)

    def __contains__(self, other: object) -> bool:
        if isinstance(other, Count | int):
            return self.contains(other)
        return False

    def overlaps(self, other: Count) -> bool:
        """Whether the two counts share at least one number."""
        return self.intersection(other) is not None

    def intersection(self, other: Count) -> Count | None:
        """The numbers in both counts, or None when they are disjoint."""
        other = _as_count(other)
        low = max(self.low, other.low)
        high = _min_high(self.high, other.high)
        if high is not None and low > high:
            return None
        return _from_bounds(low, high)

    def hull(self, other: Count) -> Count:
        """The smallest count that contains both."""
        other = _as_count(other)
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return _from_bounds(min(self.low, other.low), high)

    def __and__(self, other: Count) -> Count | None:
        return self.intersection(other)

    def __or__(self, other: Count) -> Count:
        return self.hull(other)

    def __add__(self, other: Count | int) -> Count:
        """Lows add to lows and highs to highs; an open high stays open.

        The sum keeps a stated figure only when both sides have one, and is
        approximate when either side is.
        """
        if not isinstance(other, Count | int) or isinstance(other, bool):
            return NotImplemented
        other = _as_count(other)
        low = self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        mine, theirs = self.point, other.point
        if mine is None or theirs is None:
            return _from_bounds(low, high)
        approximate = CountKind.APPROX in (self.kind, other.kind)
        kind = CountKind.APPROX if approximate else CountKind.EXACT
        return Count(low, high, kind, mine + theirs)

    def __radd__(self, other: int) -> Count:
        return self.__add__(other)

    # -- display --------------------------------------------------------------

    def _high_text(self) -> str:
        return "" if self.high is None else str(self.high)

    def __str__(self) -> str:
        kind = self.kind
        if kind is CountKind.EXACT:
            return str(self.value)
        if kind is CountKind.APPROX:
            return f"about {self.value}"
        if self.high is None:
            return (
                "unknown" if kind is CountKind.UNKNOWN and self.low == 0 else f"at least {self.low}"
            )
        if kind is CountKind.VAGUE and self.text:
            return f"{self.text} ({self.low}\N{EN DASH}{self.high})"
        if kind is CountKind.AT_MOST and self.low == 0:
            return f"at most {self.high}"
        if self.low == self.high:
            return str(self.low)
        return f"{self.low}\N{EN DASH}{self.high}"


_new = object.__new__
_set_low, _set_high, _set_kind, _set_value, _set_text = (
    Count.__dict__[name].__set__ for name in ("low", "high", "kind", "value", "text")
)


def _valid_count(
    low: int, high: int | None, kind: CountKind, value: int | None, text: str
) -> Count:
    """A :class:`Count` of fields the caller knows meet its invariants, built without checks.

    For the count grammar, which makes thousands per text, each valid by construction; the
    checks would cost several times the rest of building one. Equal to ``Count(...)`` of the
    same fields.
    """
    count: Count = _new(Count)
    _set_low(count, low)
    _set_high(count, high)
    _set_kind(count, kind)
    _set_value(count, value)
    _set_text(count, text)
    return count


def _as_count(other: object) -> Count:
    if isinstance(other, Count):
        return other
    return Count.exact(_require_int("other", other))


def _min_high(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _from_bounds(low: int, high: int | None) -> Count:
    """The plainest count with these bounds (results of algebra carry no surface text)."""
    if high is None:
        return Count.at_least(low)
    if low == high:
        return Count.exact(low)
    return Count.between(low, high)
