"""Laws reconciliation must keep whatever the claims."""

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import CountKind, reconcile
from claims.reconciliation import stated_numbers
from claims.testing.strategies import claims, counts

EVENTS = ("a", "b", "c")
# Few events and a handful of claims, so that claims collide on event, metric and group.
some_claims = st.lists(claims(events=EVENTS), max_size=12)
FIGURES = tuple(k for k in CountKind if k not in (CountKind.VAGUE, CountKind.UNKNOWN))


def _summary(rec):
    return (
        [(e.key, e.low, e.high, e.open_high, e.best, e.claims, e.superseded, e.borrowed, e.basis)
         for e in rec.estimates],
        sorted((f.kind, f.rule, f.message, f.claim_ids) for f in rec.findings),
    )  # fmt: skip


@settings(max_examples=60)
@given(some_claims, st.randoms(use_true_random=False))
def test_result_does_not_depend_on_claim_order(items, random):
    shuffled = list(items)
    random.shuffle(shuffled)
    for policy in ("envelope", "median"):
        assert _summary(reconcile(items, policy=policy)) == _summary(
            reconcile(shuffled, policy=policy)
        )


@settings(max_examples=60)
@given(some_claims, st.data())
def test_duplicating_a_claim_changes_nothing(items, data):
    if not items:
        return
    extra = data.draw(st.sampled_from(items))
    assert _summary(reconcile(items)) == _summary(reconcile([*items, extra]))


@settings(max_examples=60)
@given(some_claims)
def test_every_current_figure_lies_within_its_estimate(items):
    for est in reconcile(items).estimates:
        for c in est.claims:
            numbers = stated_numbers(c.count)
            if numbers is None:
                continue
            assert est.low <= numbers[0]
            assert est.high is not None
            assert numbers[1] <= est.high


@settings(max_examples=60)
@given(some_claims, claims(events=EVENTS), st.data())
def test_a_new_source_never_narrows_a_range(items, new, data):
    """Among claims that state numbers, a claim from a source not yet heard only widens ranges.

    Vague counts are excluded by design: rule ``range`` lets a first number replace them.
    """
    items = [c for c in items if stated_numbers(c.count) is not None]
    count = data.draw(counts(max_value=10_000, kinds=FIGURES))
    used = {c.source.id for c in items} | {r.id for c in items for r in c.via}
    if new.source.id in used or any(r.id in used for r in new.via):
        return
    new = attrs.evolve(new, count=count)
    before = {e.key: e for e in reconcile(items).estimates}
    after = {e.key: e for e in reconcile([*items, new]).estimates}
    for key, old in before.items():
        grown = after[key]
        assert grown.low <= old.low
        if old.high is None:
            assert grown.high is None
        else:
            assert grown.high is None or grown.high >= old.high


@settings(max_examples=60)
@given(some_claims)
def test_totals_equal_the_sum_of_per_event_bounds(items):
    rec = reconcile(items)
    for metric in {e.metric for e in rec.estimates}:
        per_event = [rec.total(metric, events=[event]) for event in rec.events]
        parts = [p for p in per_event if p is not None]
        total = rec.total(metric)
        assert total is not None
        assert total.low == sum(p.low for p in parts)
        if any(p.high is None for p in parts):
            assert total.high is None
        else:
            assert total.high == sum(p.high for p in parts)


@settings(max_examples=60)
@given(some_claims)
def test_every_number_traces_to_claims(items):
    rec = reconcile(items)
    ids = {c.id for c in rec.claims}
    for est in rec.estimates:
        assert est.claims
        for c in (*est.claims, *est.superseded, *est.borrowed):
            assert c.id in ids
    for finding in rec.findings:
        assert finding.claims
        assert set(finding.claim_ids) <= ids
        assert finding.rule
