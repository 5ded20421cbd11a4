"""The reconciliation engine: group claims into blocks and run the rules over each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter

from claims.errors import ClaimsError, ClaimsTypeError, ConfigError, RuleError, UnknownGroup
from claims.model import Claim, Metric
from claims.reconciliation.block import Block, Context
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.finding import Finding
from claims.reconciliation.policy import Policy, envelope, resolve_policy
from claims.reconciliation.result import Reconciliation
from claims.reconciliation.rule import Rule
from claims.reconciliation.rules import (
    DEFAULT_RULES,
    conflict,
    echo,
    granularity,
    part_whole,
    ranges,
    revision,
    self_report,
)
from claims.reconciliation.rules.ranges import _range_of_one
from claims.registry import Taxonomy

__all__ = ["reconcile"]

_ID = attrgetter("id")


def reconcile(
    claims: Iterable[Claim],
    *,
    policy: str | Policy = "envelope",
    rules: Sequence[Rule] | None = None,
    taxonomy: Taxonomy | None = None,
) -> Reconciliation:
    """Reconcile claims into estimates and findings.

    Claims are grouped by event and metric into blocks; each block passes
    through ``rules`` (the :data:`~claims.reconciliation.rules.DEFAULT_RULES`
    if None) in order; then ``policy`` ("envelope", "conservative", "median",
    or a callable) names a best figure for each estimate. Identical claims
    count once, and the result does not depend on the order of ``claims``.

    >>> from claims import claim
    >>> rec = reconcile([
    ...     claim("sana", "killed", "syrian-government", 4, event="e1"),
    ...     claim("sohr", "killed", "syrian-government", 9, event="e1"),
    ... ])
    >>> est = rec.estimate("e1", "killed", "syrian-government")
    >>> est.low, est.high
    (4, 9)
    >>> print(*(f.kind.value for f in rec.findings))
    contradiction self-report
    """
    tax = Taxonomy.default() if taxonomy is None else taxonomy
    if not isinstance(tax, Taxonomy):
        raise ClaimsTypeError(f"taxonomy must be a Taxonomy, not {type(tax).__name__}")
    chosen_policy = resolve_policy(policy)
    steps = _check_rules(DEFAULT_RULES if rules is None else rules)
    in_order, sizes = _unique_claims(_checked(claims, tax))
    context = Context(tax)
    estimates: list[Estimate] = []
    findings: list[Finding] = []
    defaults = steps == DEFAULT_RULES
    for event, metric, groups in _blocks(in_order, sizes, tax):
        if defaults:
            block = _run_defaults(event, metric, groups, context)
        else:
            block = _fresh(event, metric, groups)
            for step in steps:
                block = _run(step, block, context)
        if chosen_policy is envelope:  # names no best figure: spare a call per estimate
            estimates += (
                (e if e.best is None else e.with_best(None))._forget_memo() for e in block.estimates
            )
        else:
            estimates += (
                e.with_best(_best(chosen_policy, e))._forget_memo() for e in block.estimates
            )
        findings += block.findings
    policy_name = policy if isinstance(policy, str) else getattr(policy, "__name__", "custom")
    return Reconciliation(tuple(estimates), tuple(findings), tuple(in_order), tax, policy_name)


def _check_rules(rules: object) -> tuple[Rule, ...]:
    if isinstance(rules, str) or not isinstance(rules, Iterable):
        raise ConfigError(f"rules must be a sequence of Rule, not {type(rules).__name__}")
    steps = tuple(rules)
    for step in steps:
        if not isinstance(step, Rule):
            raise ConfigError(
                f"rules must be Rule objects (see claims.reconciliation.rule), got {step!r}"
            )
    return steps


def _checked(claims: Iterable[Claim], tax: Taxonomy) -> list[Claim]:
    """The claims as a list, once each is known to be a claim about a group of ``tax``."""
    if isinstance(claims, Claim | str) or not isinstance(claims, Iterable):
        raise ClaimsTypeError(f"reconcile takes an iterable of claims, not {type(claims).__name__}")
    items = list(claims)
    known: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, Claim):
            raise ClaimsTypeError(f"item {index} is a {type(item).__name__}, not a Claim: {item!r}")
        group = item.group.id
        if group not in known:
            if group not in tax:
                raise UnknownGroup(group, tuple(g.id for g in tax))
            known.add(group)
    return items


def _unique_claims(claims: list[Claim]) -> tuple[list[Claim], dict[str | None, int]]:
    """Each claim once (the first given of equal claims), in id order, and how many per event.

    Ids are short hashes, so two different claims may share one (about a 0.2% chance in a
    million claims); only an equal claim is a copy, and both of a colliding pair stay.
    """
    unique: list[Claim] = []
    sizes: dict[str | None, int] = {}
    same_id: tuple[Claim, ...] = ()
    # A stable sort puts copies of a claim next to each other, the first given first.
    for item in sorted(claims, key=_ID):
        if same_id and item.id == same_id[0].id:
            if item in same_id:
                continue
            same_id = (*same_id, item)
        else:
            same_id = (item,)
        unique.append(item)
        sizes[item.event] = sizes.get(item.event, 0) + 1
    return unique, sizes


def _blocks(
    claims: list[Claim], sizes: dict[str | None, int], tax: Taxonomy
) -> Iterator[tuple[str | None, Metric, list[list[Claim]]]]:
    """The claims of each block, one block at a time, in event and metric order.

    A block comes as its event, its metric and its claims per group, groups in
    taxonomy order and claims in the order of ``claims`` (id order). They are
    first laid out in one list, event after event (a counting sort): a list
    per event would leave the garbage collector a great many more objects.
    """
    events = sorted(sizes, key=lambda e: (e is not None, e or ""))
    starts: dict[str | None, int] = {}
    end = 0
    for event in events:
        starts[event] = end
        end += sizes[event]
    laid_out = list(claims)  # every slot is overwritten below
    for item in claims:
        slot = starts[item.event]
        laid_out[slot] = item
        starts[item.event] = slot + 1
    # A cell is a (metric, group) pair, numbered in output order.
    cell_of = {
        m: {g.id: i * len(tax) + j for j, g in enumerate(tax.groups)} for i, m in enumerate(Metric)
    }
    metric_of = [m for m in Metric for _ in tax.groups]
    end = 0
    for event in events:
        start, end = end, end + sizes[event]
        cells: dict[int, list[Claim]] = {}
        for item in laid_out[start:end]:
            cell = cell_of[item.metric][item.group.id]
            if cell in cells:
                cells[cell].append(item)
            else:
                cells[cell] = [item]
        numbers = sorted(cells) if len(cells) > 1 else list(cells)
        metric = metric_of[numbers[0]]
        groups: list[list[Claim]] = []
        for cell in numbers:
            if metric_of[cell] is not metric:
                yield event, metric, groups
                metric, groups = metric_of[cell], []
            groups.append(cells[cell])
        yield event, metric, groups


def _fresh(event: str | None, metric: Metric, groups: list[list[Claim]]) -> Block:
    """A block before any rule has run."""
    estimates = tuple(Estimate(event, metric, g[0].group, tuple(g)) for g in groups)
    return Block(event, metric, estimates)


def _run_defaults(
    event: str | None, metric: Metric, groups: list[list[Claim]], context: Context
) -> Block:
    """What running :data:`DEFAULT_RULES` in order gives, skipping the rules that cannot act.

    Each skip stands where the rule would return the block unchanged: revision
    and echo need a group with several claims, granularity and part-whole a
    group within another, conflict two figures behind one estimate, and
    self-report a source with a side. A block with neither several claims per
    group nor nested groups, the common case, is built with its ranges set.
    """
    several = max(map(len, groups)) > 1
    nested = len(groups) > 1 and context._any_within(frozenset(g[0].group.id for g in groups))
    if several or nested:
        block = _fresh(event, metric, groups)
        if several:
            block = _run(revision, block, context)
            block = _run(echo, block, context)
        if nested:
            block = _run(granularity, block, context)
        block = _run(ranges, block, context)
        if nested:
            block = _run(part_whole, block, context)
        block = _run(conflict, block, context)
    else:
        block = Block(event, metric, tuple(_range_of_one(event, metric, g[0]) for g in groups))
    if any(c.source.affiliation is not None for e in block.estimates for c in e.claims):
        block = _run(self_report, block, context)
    return block


def _run(step: Rule, block: Block, context: Context) -> Block:
    try:
        result = step(block, context)
    except ClaimsError:
        raise
    except Exception as error:
        raise RuleError(step.id, block.where, error) from error
    if not isinstance(result, Block):
        raise RuleError(step.id, block.where, TypeError(f"returned {type(result).__name__}"))
    return result


def _best(policy: Policy, estimate: Estimate) -> int | None:
    try:
        return policy(estimate)
    except ClaimsError:
        raise
    except Exception as error:
        raise RuleError("policy", f"{estimate.key}", error) from error
