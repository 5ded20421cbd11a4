"""Claims as JSON Lines: one claim a line, lossless, readable by any JSON tool.

Each line is an object whose first key is the claim's ``id``, followed by its
fields. :func:`loads` checks every line and names the line of any problem;
nothing is skipped except blank lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from cattrs.errors import BaseValidationError
from cattrs.v import format_exception, transform_error

from claims._convert import converter
from claims.errors import ClaimsError, ClaimsTypeError, DecodeError
from claims.model import Claim

__all__ = ["dumps", "loads", "to_dict"]


def to_dict(item: Claim) -> dict[str, Any]:
    """A claim as plain JSON-ready data, ``id`` first."""
    if not isinstance(item, Claim):
        raise ClaimsTypeError(f"expected a Claim, not {type(item).__name__}")
    data: dict[str, Any] = {"id": item.id}
    data.update(converter.unstructure(item))
    return data


def dumps(claims: Iterable[Claim]) -> str:
    """Claims as JSON Lines (UTF-8 text, one claim a line, each line ending in a newline).

    >>> from claims import claim
    >>> text = dumps([claim("sdf", "killed", "sdf", 6)])
    >>> loads(text) == [claim("sdf", "killed", "sdf", 6)]
    True
    """
    if isinstance(claims, Claim):
        raise ClaimsTypeError("dumps takes an iterable of claims; wrap a single claim in a list")
    return "".join(
        json.dumps(to_dict(item), ensure_ascii=False, separators=(",", ":")) + "\n"
        for item in claims
    )


def loads(text: str) -> list[Claim]:
    """Read claims written by :func:`dumps`; a malformed line raises :class:`DecodeError`.

    An ``id`` on a line is optional; when present it must match the claim's
    content, so an edited line cannot keep citing the old claim's id.
    """
    if not isinstance(text, str):
        raise ClaimsTypeError(f"loads takes a str, not {type(text).__name__}")
    # Only "\n" ends a line: str.splitlines() would also split inside strings at U+2028 or
    # U+0085, which JSON writers leave unescaped.
    lines = text.split("\n")
    return [
        _load_line(line.removesuffix("\r"), number)
        for number, line in enumerate(lines, 1)
        if line.strip()
    ]


def _load_line(line: str, number: int) -> Claim:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise DecodeError(
            f"not valid JSON ({error.msg}, column {error.colno})", line, number
        ) from None
    if not isinstance(data, dict):
        raise DecodeError(f"expected a JSON object, got {type(data).__name__}", line, number)
    stated_id = data.pop("id", None)
    try:
        item = converter.structure(data, Claim)
    except BaseValidationError as error:
        problems = "; ".join(transform_error(error, path="claim", format_exception=_describe))
        raise DecodeError(problems, line, number) from None
    except (ClaimsError, TypeError, ValueError) as error:
        raise DecodeError(str(error), line, number) from None
    if stated_id is not None and stated_id != item.id:
        raise DecodeError(
            f"id {stated_id!r} does not match the claim's content (its id is {item.id!r}); "
            "drop the id to accept the edited claim",
            line,
            number,
        )
    return item


def _describe(error: BaseException, expected: type | None) -> str:
    """Our own errors already say what was wrong; cattrs' wording covers the rest."""
    if isinstance(error, ClaimsError):
        return str(error)
    return format_exception(error, expected)
