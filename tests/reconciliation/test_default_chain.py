"""The engine's shortcut for the default rules gives what running each of them in turn gives."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from claims import Claim, Metric, Registry, Status, claim, reconcile
from claims.reconciliation import DEFAULT_RULES, Rule
from claims.testing.strategies import claims, counts

REG = Registry.default()
# Few events, sources and groups, so that claims share blocks, groups and sources:
# revisions, echoes, borrowed subgroups, breakdowns and conflicts all occur.
SOURCES = [REG.source(s) for s in ("sohr", "snhr", "sdf", "asayish", "sana")]
GROUPS = [REG.group(g) for g in ("all", "civilians", "children", "sdf", "asayish", "isis")]
TIMES = [
    None,
    datetime(2023, 2, 6, 8),
    datetime(2023, 2, 6, 20),
    datetime(2023, 2, 6, 20, tzinfo=UTC),
]
dense_claims = st.lists(
    st.builds(
        Claim,
        source=st.sampled_from(SOURCES),
        metric=st.sampled_from([Metric.KILLED, Metric.INJURED]),
        group=st.sampled_from(GROUPS),
        count=counts(max_value=40),
        status=st.sampled_from(Status),
        via=st.lists(st.sampled_from(SOURCES[:2]), max_size=1).map(tuple),
        event=st.sampled_from(["a", "b"]),
        said_at=st.sampled_from(TIMES),
    ),
    max_size=14,
)
POLICIES = st.sampled_from(["envelope", "conservative", "median"])


def _one_by_one(rules):
    """The same rules, wrapped so that the engine cannot tell them from a custom list."""
    return [Rule(r.id, lambda block, context, apply=r.apply: apply(block, context)) for r in rules]


def _everything(rec):
    return (
        [(e, e.basis, e.claims, e.superseded, e.borrowed) for e in rec.estimates],
        [(f, f.claims) for f in rec.findings],
        rec.claims,
    )


def _same_either_way(items, policy):
    fast = reconcile(items, policy=policy)
    full = reconcile(items, policy=policy, rules=_one_by_one(DEFAULT_RULES))
    assert _everything(fast) == _everything(full)


@settings(max_examples=200)
@given(dense_claims, POLICIES)
def test_the_shortcut_agrees_with_the_full_chain_on_crowded_blocks(items, policy):
    _same_either_way(items, policy)


@settings(max_examples=100)
@given(st.lists(claims(events=("a", "b")), max_size=12), POLICIES)
def test_the_shortcut_agrees_with_the_full_chain_on_any_claims(items, policy):
    _same_either_way(items, policy)


def test_a_list_equal_to_the_defaults_is_the_defaults():
    items = [
        claim("sohr", "killed", "all", 9, event="e"),
        claim("snhr", "killed", "civilians", 4, event="e"),
        claim("sana", "killed", "isis", 3, event="f"),
    ]
    assert _everything(reconcile(items, rules=list(DEFAULT_RULES))) == _everything(reconcile(items))
    _same_either_way(items, "envelope")
