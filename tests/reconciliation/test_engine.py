"""The engine: rule lists, policies, totals and bad input."""

import attrs
import pytest

from claims import (
    ClaimsError,
    ClaimsTypeError,
    ConfigError,
    Count,
    Group,
    Registry,
    Rule,
    RuleError,
    Taxonomy,
    UnknownGroup,
    claim,
    reconcile,
)
from claims.reconciliation import DEFAULT_RULES, Finding, FindingKind, rule
from claims.reconciliation.rules import conflict, ranges, self_report

E = "e"


def test_default_rules_run_in_the_documented_order():
    assert [r.id for r in DEFAULT_RULES] == [
        "revision", "echo", "granularity", "range", "part-whole", "conflict", "self-report",
    ]  # fmt: skip
    assert all(r.doc for r in DEFAULT_RULES)


def test_dropping_a_rule():
    items = [claim("sdf", "killed", "isis", 3, event=E)]
    assert reconcile(items).findings_of("self-report")
    without = [r for r in DEFAULT_RULES if r is not self_report]
    assert reconcile(items, rules=without).findings_of("self-report") == ()


def test_without_the_range_rule_estimates_say_nothing_is_known():
    (est,) = reconcile([claim("sohr", "killed", "sdf", 4, event=E)], rules=[]).estimates
    assert (est.low, est.high, est.open_high) == (0, None, True)
    assert "no range rule" in est.basis


def test_a_house_rule_added_to_the_defaults():
    @rule("anonymous-only")
    def anonymous_only(block, context):
        """Flag estimates that rest on anonymous sources alone."""
        found = [
            Finding(FindingKind.DISCREPANCY, e.claims, "anonymous-only", "only anonymous sources")
            for e in block.estimates
            if all(s.kind == "anonymous" for s in e.sources)
        ]
        return block.with_findings(found)

    rec = reconcile(
        [
            claim("security-source", "killed", "sdf", 2, event=E),
            claim("sohr", "killed", "isis", 1, event=E),
        ],
        rules=[*DEFAULT_RULES, anonymous_only],
    )
    flagged = [f for f in rec.findings if f.rule == "anonymous-only"]
    assert [f.claims[0].source.id for f in flagged] == ["security-source"]
    assert anonymous_only.doc.startswith("Flag estimates")


def test_a_custom_policy():
    def highest(estimate):
        return estimate.high

    items = [claim("sohr", "killed", "sdf", 4, event=E), claim("un", "killed", "sdf", 7, event=E)]
    rec = reconcile(items, policy=highest)
    assert rec.estimates[0].best == 7
    assert rec.policy == "highest"


def test_policies_without_figures_give_no_best():
    items = [claim("sohr", "killed", "sdf", Count.vague(12, 99), event=E)]
    for policy in ("envelope", "conservative", "median"):
        assert reconcile(items, policy=policy).estimates[0].best is None


def test_median_takes_one_figure_per_source():
    items = [
        claim("a", "killed", "civilians", 2, event=E),
        claim("b", "killed", "civilians", 10, event=E),
        claim("b", "killed", "civilians", 10, event=E, via="afp"),
        claim("c", "killed", "civilians", 30, event=E),
    ]
    assert reconcile(items, policy="median").estimates[0].best == 10


def test_duplicates_count_once():
    a = claim("sohr", "killed", "sdf", 4, event=E)
    rec = reconcile([a, a, attrs.evolve(a)])
    assert rec.claims == (a,)
    assert rec.estimates[0].claims == (a,)


def test_two_different_claims_that_share_an_id_both_count():
    """Ids are 48-bit hashes: a collision must not make a claim vanish as a copy."""
    a = claim("sohr", "killed", "sdf", 4, event=E)
    b = claim("sdf", "killed", "sdf", 6, event=E)
    object.__setattr__(b, "id", a.id)  # a collision, forced
    rec = reconcile([a, b, a])
    assert sorted(c.count.low for c in rec.claims) == [4, 6]
    assert (rec.estimates[0].low, rec.estimates[0].high) == (4, 6)


def test_estimates_are_ordered_by_event_metric_and_taxonomy():
    items = [
        claim("sohr", "injured", "civilians", 2, event="b"),
        claim("sohr", "killed", "children", 1, event="b"),
        claim("sohr", "killed", "all", 5, event="b"),
        claim("sohr", "killed", "sdf", 4, event="a"),
        claim("sohr", "killed", "sdf", 3),
    ]
    keys = [(e.event, e.metric.value, e.group.id) for e in reconcile(items).estimates]
    assert keys == [
        (None, "killed", "sdf"),
        ("a", "killed", "sdf"),
        ("b", "killed", "all"),
        ("b", "killed", "children"),
        ("b", "injured", "civilians"),
    ]


# -- totals ---------------------------------------------------------------------------------


def test_total_across_events_adds_lows_and_highs():
    items = [
        claim("sohr", "killed", "civilians", 4, event="a"),
        claim("sana", "killed", "civilians", 6, event="a"),
        claim("sohr", "killed", "civilians", Count.at_least(10), event="b"),
        claim("sohr", "injured", "civilians", 50, event="b"),
    ]
    rec = reconcile(items)
    assert rec.total("killed", "civilians").bounds == (14, 16)
    assert rec.total("killed", "civilians", events=["a"]).bounds == (4, 6)
    assert rec.total("killed", "all").bounds == (14, 16)
    assert rec.total("injured", "civilians").bounds == (50, 50)
    assert rec.total("missing") is None
    assert rec.total("killed", "civilians", events=["nowhere"]) is None


def test_total_prefers_the_group_estimate_over_its_parts():
    items = [
        claim("un", "killed", "all", 30, event="a"),
        claim("snhr", "killed", "civilians", 12, event="a"),
        claim("snhr", "killed", "children", 5, event="a"),
        claim("sohr", "killed", "children", 2, event="b"),
        claim("sohr", "killed", "women", 1, event="b"),
        claim("sohr", "killed", "isis", 4, event="b"),
    ]
    rec = reconcile(items)
    # event a: the "all" estimate (12-30 with snhr's civilians borrowed); event b: 2 + 1 + 4
    assert rec.total("killed", events=["a"]).bounds == (12, 30)
    assert rec.total("killed", events=["b"]).bounds == (7, 7)
    assert rec.total("killed", "civilians", events=["b"]).bounds == (3, 3)


def test_total_rejects_unknown_groups_and_a_bare_event_string():
    rec = reconcile([claim("sohr", "killed", "sdf", 4, event=E)])
    with pytest.raises(UnknownGroup):
        rec.total("killed", "kurds")
    with pytest.raises(ClaimsTypeError, match="not one str"):
        rec.total("killed", events="e")


# -- bad input ------------------------------------------------------------------------------


def test_a_non_claim_is_named():
    with pytest.raises(ClaimsTypeError, match="item 1 is a dict"):
        reconcile([claim("sohr", "killed", "sdf", 4), {"source": "sohr"}])


def test_a_single_claim_is_not_an_iterable_of_claims():
    with pytest.raises(ClaimsTypeError, match="iterable of claims"):
        reconcile(claim("sohr", "killed", "sdf", 4))


def test_an_unknown_policy_is_named():
    with pytest.raises(ConfigError, match="unknown policy 'mean'; expected one of envelope"):
        reconcile([], policy="mean")


def test_a_rule_that_raises_is_named():
    @rule("broken")
    def broken(block, context):
        raise ZeroDivisionError("oops")

    with pytest.raises(RuleError, match="rule 'broken' failed on event 'e', killed") as caught:
        reconcile([claim("sohr", "killed", "sdf", 4, event=E)], rules=[ranges, broken])
    assert isinstance(caught.value, ClaimsError)
    assert isinstance(caught.value.cause, ZeroDivisionError)


def test_a_rule_that_returns_garbage_is_named():
    with pytest.raises(RuleError, match=r"rule 'lazy'.*returned NoneType"):
        reconcile([claim("sohr", "killed", "sdf", 4)], rules=[Rule("lazy", lambda b, c: None)])


def test_rules_must_be_rules():
    with pytest.raises(ConfigError, match="must be Rule objects"):
        reconcile([], rules=[lambda b, c: b])
    with pytest.raises(ConfigError, match="non-empty id"):
        Rule("", conflict.apply)


def test_groups_outside_the_taxonomy_need_that_taxonomy():
    reg = Registry.default().with_groups(Group("prison-staff", "Prison staff", "all"))
    item = claim("sohr", "killed", "prison-staff", 3, registry=reg)
    with pytest.raises(UnknownGroup, match="prison-staff"):
        reconcile([item])
    assert reconcile([item], taxonomy=reg.taxonomy).estimates[0].low == 3


def test_taxonomy_must_be_a_taxonomy():
    with pytest.raises(ClaimsTypeError):
        reconcile([], taxonomy=Taxonomy.default().groups)


def test_no_claims_no_estimates():
    rec = reconcile([])
    assert (rec.estimates, rec.findings, rec.claims) == ((), (), ())
