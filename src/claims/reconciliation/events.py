"""Event keys, and linking claims from several articles that describe one event.

An event key names a place and a day: ``"raqqa/2022-12-26"``. Two articles
about the same attack often date it a day apart (one writes on the night, the
other the next morning), so :func:`link_events` merges keys for one place whose
days lie within a window, and says which keys it merged and why. Keys that do
not follow the place/day form are left as they are; users can always set
explicit keys instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import attrs
import regex
from attrs import frozen

from claims.errors import ClaimsTypeError, ConfigError
from claims.model import Claim

__all__ = ["EventLink", "Linked", "event_key", "link_events", "split_event_key"]

_KEY = regex.compile(r"^(?P<place>[^/\s]+)/(?P<day>\d{4}-\d{2}-\d{2})$")


def event_key(place: str, day: date) -> str:
    """The key for an event at ``place`` on ``day``.

    >>> event_key("raqqa", date(2022, 12, 26))
    'raqqa/2022-12-26'
    """
    if not isinstance(place, str) or not place.strip() or "/" in place or place != place.strip():
        raise ConfigError(f"a place must be a non-empty name without '/' or edge spaces: {place!r}")
    if not isinstance(day, date):
        raise ClaimsTypeError(f"day must be a date, not {type(day).__name__}")
    return f"{place}/{day.isoformat()}"


def split_event_key(key: str) -> tuple[str, date] | None:
    """``(place, day)`` for a place/day key, None for any other key."""
    found = _KEY.match(key, timeout=1)
    if found is None:
        return None
    try:
        return found["place"], date.fromisoformat(found["day"])
    except ValueError:
        return None


@frozen
class EventLink:
    """Several event keys merged into one, with the reason in words."""

    key: str
    merged: tuple[str, ...]
    reason: str


@frozen
class Linked:
    """Claims with shared event keys, and the links that explain each merge."""

    claims: tuple[Claim, ...]
    links: tuple[EventLink, ...]


def link_events(claims: Iterable[Claim], *, window: timedelta = timedelta(days=1)) -> Linked:
    """Give claims about one place on days within ``window`` of each other one event key.

    Days chain: with a one-day window, the 1st, 2nd and 3rd of a month form one
    event, keyed by the earliest day. Claims keep their order.

    >>> from claims import claim
    >>> linked = link_events([
    ...     claim("sohr", "killed", "sdf", 4, event="raqqa/2022-12-26"),
    ...     claim("sdf", "killed", "asayish", 6, event="raqqa/2022-12-27"),
    ... ])
    >>> print(*(c.event for c in linked.claims))
    raqqa/2022-12-26 raqqa/2022-12-26
    >>> print(linked.links[0].reason)
    raqqa/2022-12-26 and raqqa/2022-12-27: one place, days at most 1 day apart
    """
    if not isinstance(window, timedelta) or window < timedelta(0):
        raise ConfigError(f"window must be a timedelta of 0 or more, got {window!r}")
    items = list(claims)
    for index, item in enumerate(items):
        if not isinstance(item, Claim):
            raise ClaimsTypeError(f"item {index} is a {type(item).__name__}, not a Claim")
    days_by_place: dict[str, set[date]] = {}
    for item in items:
        parts = split_event_key(item.event) if item.event is not None else None
        if parts is not None:
            days_by_place.setdefault(parts[0], set()).add(parts[1])
    renamed: dict[str, str] = {}
    links = []
    for place in sorted(days_by_place):
        for run in _chains(sorted(days_by_place[place]), window):
            if len(run) < 2:
                continue
            keys = tuple(event_key(place, day) for day in run)
            for key in keys[1:]:
                renamed[key] = keys[0]
            listed = f"{', '.join(keys[:-1])} and {keys[-1]}"
            reason = f"{listed}: one place, days at most {_describe(window)} apart"
            links.append(EventLink(keys[0], keys, reason))
    linked = tuple(
        attrs.evolve(item, event=renamed[item.event])
        if item.event is not None and item.event in renamed
        else item
        for item in items
    )
    return Linked(linked, tuple(links))


def _describe(window: timedelta) -> str:
    days, rest = divmod(window, timedelta(days=1))
    if rest:
        return str(window)
    return f"{days} day" if days == 1 else f"{days} days"


def _chains(days: list[date], window: timedelta) -> list[list[date]]:
    """Sorted days cut wherever the gap to the previous day exceeds ``window``."""
    runs: list[list[date]] = []
    for day in days:
        if runs and day - runs[-1][-1] <= window:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs
