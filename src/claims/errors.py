"""The exceptions `claims` raises.

Everything we raise derives from :class:`ClaimsError`. Problems with a value
also derive from :class:`ValueError`, problems with a type from
:class:`TypeError`, so callers can catch either our base class or the builtin
they already expect.
"""

from __future__ import annotations

__all__ = [
    "ClaimsError",
    "ClaimsTypeError",
    "ConfigError",
    "DecodeError",
    "InvalidClaim",
    "InvalidCount",
    "ParseError",
    "RuleError",
    "UnknownGroup",
]


class ClaimsError(Exception):
    """Base class of every error raised by `claims`."""


class ClaimsTypeError(ClaimsError, TypeError):
    """An argument has the wrong type (say, a float where a count is expected)."""


class InvalidCount(ClaimsError, ValueError):
    """A count breaks an invariant: a negative bound, ``low > high``, a value outside its bounds."""


class InvalidClaim(ClaimsError, ValueError):
    """A claim, source or group is malformed: an empty id, an unknown metric, a bad span."""


class UnknownGroup(InvalidClaim):
    """A group id that the taxonomy in use does not define."""

    def __init__(self, group_id: str, known: tuple[str, ...] = ()) -> None:
        self.group_id = group_id
        self.known = known
        hint = f"; known groups: {', '.join(known)}" if known else ""
        super().__init__(f"unknown group {group_id!r}{hint}")


class ParseError(ClaimsError, ValueError):
    """Text could not be parsed. Carries the text and the offending ``(start, end)`` span."""

    def __init__(self, message: str, text: str, span: tuple[int, int] | None = None) -> None:
        self.message = message
        self.text = text
        self.span = span
        super().__init__(message)

    def __str__(self) -> str:
        if self.span is None:
            return self.message
        start, end = self.span
        return f"{self.message} at {start}:{end} ({self.text[start:end]!r})"


class DecodeError(ParseError):
    """A line of serialized claims could not be read. ``line`` is 1-based."""

    def __init__(self, message: str, text: str, line: int) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}", text)


class ConfigError(ClaimsError, ValueError):
    """An option is wrong: an unknown policy name, a rule without an id."""


class RuleError(ClaimsError):
    """A reconciliation rule failed; names the rule and the event and metric it was working on."""

    def __init__(self, rule: str, where: str, cause: BaseException) -> None:
        self.rule = rule
        self.where = where
        self.cause = cause
        super().__init__(f"rule {rule!r} failed on {where}: {type(cause).__name__}: {cause}")
