"""The cattrs converter that turns our classes into plain JSON-ready data and back.

Strict on purpose: a float is not quietly truncated into an int, a number is
not quietly turned into a string, and unknown keys are an error.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cattrs import Converter

__all__ = ["converter"]


def _strict(kind: type[Any]) -> Any:
    def structure(value: object, _: type[Any]) -> Any:
        if isinstance(value, bool) or not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value

    return structure


def _structure_datetime(value: object, _: type[datetime]) -> datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__} {value!r}")
    return datetime.fromisoformat(value)


def _make() -> Converter:
    made = Converter(forbid_extra_keys=True)
    made.register_structure_hook(int, _strict(int))
    made.register_structure_hook(str, _strict(str))
    made.register_unstructure_hook(datetime, datetime.isoformat)
    made.register_structure_hook(datetime, _structure_datetime)
    return made


converter = _make()
"""Shared, configured once at import; never reconfigured at run time."""
