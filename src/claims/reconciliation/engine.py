"""The reconciliation engine: group claims into blocks and run the rules over each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import product
from operator import attrgetter

from claims.errors import ClaimsError, ClaimsTypeError, ConfigError, RuleError, UnknownGroup
from claims.model import Claim, Metric
from claims.reconciliation.block import Block, Context
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.finding import Finding
from claims.reconciliation.policy import Policy, resolve_policy
from claims.reconciliation.result import Reconciliation
from claims.reconciliation.rule import Rule
from claims.reconciliation.rules import DEFAULT_RULES
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
    unique, by_event = _unique_claims(claims, tax)
    context = Context(tax)
    estimates: list[Estimate] = []
    findings: list[Finding] = []
    for block in _blocks(by_event, tax):
        for step in steps:
            block = _run(step, block, context)
        estimates += (e.with_best(_best(chosen_policy, e))._forget_memo() for e in block.estimates)
        findings += block.findings
    policy_name = policy if isinstance(policy, str) else getattr(policy, "__name__", "custom")
    in_order = tuple(sorted(unique.values(), key=_ID))
    return Reconciliation(tuple(estimates), tuple(findings), in_order, tax, policy_name)


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


def _unique_claims(
    claims: Iterable[Claim], tax: Taxonomy
) -> tuple[dict[str, Claim], dict[str | None, list[Claim]]]:
    """Each claim once, by id, and the same claims listed per event, in input order."""
    if isinstance(claims, Claim | str) or not isinstance(claims, Iterable):
        raise ClaimsTypeError(f"reconcile takes an iterable of claims, not {type(claims).__name__}")
    unique: dict[str, Claim] = {}
    by_event: dict[str | None, list[Claim]] = {}
    known: set[str] = set()
    for index, item in enumerate(claims):
        if not isinstance(item, Claim):
            raise ClaimsTypeError(f"item {index} is a {type(item).__name__}, not a Claim: {item!r}")
        group = item.group.id
        if group not in known:
            if group not in tax:
                raise UnknownGroup(group, tuple(g.id for g in tax))
            known.add(group)
        if item.id in unique:
            continue
        unique[item.id] = item
        event = item.event
        if event in by_event:
            by_event[event].append(item)
        else:
            by_event[event] = [item]
    return unique, by_event


def _blocks(by_event: dict[str | None, list[Claim]], tax: Taxonomy) -> Iterator[Block]:
    """Blocks one at a time, in event and metric order, so only one is alive at once.

    Until its turn, an event's claims wait in one list, whatever their metrics and groups.
    """
    rank = {(m, g.id): i for i, (m, g) in enumerate(product(Metric, tax.groups))}
    for event in sorted(by_event, key=lambda e: (e is not None, e or "")):
        items = by_event.pop(event)
        items.sort(key=_ID)
        cells: dict[tuple[Metric, str], list[Claim]] = {}
        for item in items:
            key = (item.metric, item.group.id)
            if key in cells:
                cells[key].append(item)
            else:
                cells[key] = [item]
        yield from _event_blocks(event, cells, rank)


def _event_blocks(
    event: str | None,
    cells: dict[tuple[Metric, str], list[Claim]],
    rank: dict[tuple[Metric, str], int],
) -> Iterator[Block]:
    """The blocks of one event, from its claims keyed by metric and group id."""
    keys = sorted(cells, key=rank.__getitem__) if len(cells) > 1 else list(cells)
    metric = keys[0][0]
    estimates: list[Estimate] = []
    for key in keys:
        if key[0] is not metric:
            yield Block(event, metric, tuple(estimates))
            metric, estimates = key[0], []
        items = cells[key]
        estimates.append(Estimate(event, metric, items[0].group, tuple(items)))
    yield Block(event, metric, tuple(estimates))


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
