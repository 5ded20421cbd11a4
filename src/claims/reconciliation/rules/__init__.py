"""The built-in reconciliation rules, and the order the engine runs them in.

1. ``revision``: a source's latest figure replaces its earlier ones.
2. ``echo``: one figure relayed by several outlets counts once.
3. ``granularity``: a subgroup's figure also counts toward the larger group others report on.
4. ``range``: low and high from the figures of independent sources.
5. ``part-whole``: a source's parts must fit inside its whole.
6. ``conflict``: contradictions and discrepancies between sources.
7. ``self-report``: parties reporting their own or their enemy's losses.

Granularity runs before range because borrowed claims widen the ranges they join.
"""

from claims.reconciliation.rules.conflict import conflict
from claims.reconciliation.rules.echo import echo
from claims.reconciliation.rules.granularity import granularity
from claims.reconciliation.rules.part_whole import part_whole
from claims.reconciliation.rules.ranges import ranges
from claims.reconciliation.rules.revision import revision
from claims.reconciliation.rules.self_report import self_report

__all__ = [
    "DEFAULT_RULES",
    "conflict",
    "echo",
    "granularity",
    "part_whole",
    "ranges",
    "revision",
    "self_report",
]

DEFAULT_RULES = (revision, echo, granularity, ranges, part_whole, conflict, self_report)
"""The rules :func:`claims.reconcile` runs when given none, in this order."""
