"""A reconciliation rule: a pure function from one block to the next, with an id."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from attrs import field, frozen

from claims.errors import ConfigError
from claims.reconciliation.block import Block, Context

__all__ = ["Rule", "RuleFunction", "rule"]

RuleFunction = Callable[[Block, Context], Block]


def _check_id(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"a rule needs a non-empty id, got {value!r}")


@frozen
class Rule:
    """A named step of reconciliation.

    ``apply`` takes the estimates and findings for one event and metric
    (a :class:`Block`) and returns a new block; it must not keep state between
    calls. Findings it adds cite ``id`` as their rule.
    """

    id: str = field(validator=_check_id)
    apply: RuleFunction
    doc: str = ""

    def __call__(self, block: Block, context: Context) -> Block:
        return self.apply(block, context)


def rule(rule_id: str) -> Callable[[RuleFunction], Rule]:
    """Decorator: turn a function ``(block, context) -> block`` into a :class:`Rule`.

    The function's docstring becomes the rule's ``doc``.
    """

    def wrap(function: RuleFunction) -> Rule:
        return Rule(rule_id, function, (function.__doc__ or "").strip())

    return wrap
