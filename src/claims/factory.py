"""The friendly way to write a claim in code and docs: ids and plain values in, a Claim out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from claims.count import Count
from claims.errors import ClaimsTypeError, InvalidClaim, InvalidCount
from claims.model import Claim, Group, Metric, Source, Status
from claims.numbers import parse_count
from claims.registry import Registry

__all__ = ["claim"]


def claim(
    source: str | Source,
    metric: str | Metric,
    group: str | Group,
    count: int | Count | str,
    *,
    event: str | None = None,
    said_at: datetime | date | str | None = None,
    status: str | Status = Status.FINAL,
    via: Iterable[str | Source] = (),
    speaker: str | None = None,
    registry: Registry | None = None,
) -> Claim:
    """Build a :class:`Claim`, resolving ids through ``registry`` (the default one if None).

    ``count`` is an int (an exact figure), a :class:`Count`, or a phrase such
    as ``"dozens"`` or ``"حوالي 500"``. ``said_at`` is a datetime, a date (read
    as midnight) or an ISO 8601 string. An unknown source id becomes a source of
    kind ``unknown``; an unknown group id raises :class:`~claims.errors.UnknownGroup`.

    >>> c = claim("sohr", "killed", "sdf", 4, status="preliminary", said_at="2022-12-26")
    >>> print(c)
    sohr: 4 sdf killed (preliminary)
    """
    reg = Registry.default() if registry is None else registry
    if not isinstance(reg, Registry):
        raise ClaimsTypeError(f"registry must be a Registry, not {type(reg).__name__}")
    return Claim(
        source=_source(source, reg),
        metric=metric,  # the Claim converter checks and converts it
        group=_group(group, reg),
        count=_count(count),
        status=status,
        via=tuple(_source(relay, reg) for relay in _relays(via)),
        event=event,
        said_at=_said_at(said_at),
        speaker=speaker,
    )


def _source(value: object, reg: Registry) -> Source:
    if isinstance(value, Source):
        return value
    if not isinstance(value, str):
        raise ClaimsTypeError(f"a source must be an id or a Source, not {type(value).__name__}")
    if not value.strip():
        raise InvalidClaim("source must not be empty")
    return reg.source(value)


def _relays(via: object) -> Iterable[object]:
    if isinstance(via, str | Source):
        return (via,)
    if not isinstance(via, Iterable):
        raise ClaimsTypeError(f"via must be ids or Sources, not {type(via).__name__}")
    return via


def _group(value: object, reg: Registry) -> Group:
    if isinstance(value, Group):
        return value
    if not isinstance(value, str):
        raise ClaimsTypeError(f"a group must be an id or a Group, not {type(value).__name__}")
    return reg.group(value)


def _count(value: object) -> Count:
    if isinstance(value, Count):
        return value
    if isinstance(value, bool):
        raise ClaimsTypeError(f"count must be an int, a Count or a phrase, not bool {value!r}")
    if isinstance(value, int):
        if value < 0:
            raise InvalidCount(f"count must be 0 or more, got {value}")
        return Count.exact(value)
    if isinstance(value, str):
        return _parse_phrase(value)
    raise ClaimsTypeError(
        f"count must be an int, a Count or a phrase, not {type(value).__name__} {value!r}"
    )


def _parse_phrase(phrase: str) -> Count:
    parsed = parse_count(phrase)
    if parsed is None:
        raise InvalidCount(f"no count found in phrase {phrase!r}")
    return parsed


def _said_at(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise InvalidClaim(f"said_at {value!r} is not an ISO 8601 date or time") from None
    raise ClaimsTypeError(
        f"said_at must be a datetime, a date or an ISO 8601 string, not {type(value).__name__}"
    )
