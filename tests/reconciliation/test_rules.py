"""Each built-in rule on its own, on blocks built by hand."""

from datetime import datetime

import pytest

from claims import Count, FindingKind, Taxonomy, claim
from claims.reconciliation import Block, Context
from claims.reconciliation.rules import (
    conflict,
    echo,
    granularity,
    part_whole,
    ranges,
    revision,
    self_report,
)

CTX = Context(Taxonomy.default())


def run(rule, *claims):
    return rule(Block.from_claims(claims), CTX)


def kinds(block):
    return [f.kind for f in block.findings]


# -- revision -------------------------------------------------------------------------------


def test_latest_figure_is_current_and_earlier_is_kept_as_superseded():
    early = claim("sohr", "killed", "civilians", 5, said_at="2023-02-06T08:00")
    late = claim("sohr", "killed", "civilians", 11, said_at="2023-02-06T20:00")
    block = run(revision, late, early)
    (est,) = block.estimates
    assert est.claims == (late,)
    assert est.superseded == (early,)
    (finding,) = block.findings
    assert finding.kind is FindingKind.REVISION
    assert "up from 5 to 11" in finding.message
    assert finding.rule == "revision"


def test_a_lowered_toll_is_flagged():
    early = claim("sohr", "killed", "civilians", 11, said_at="2023-02-06T08:00")
    late = claim("sohr", "killed", "civilians", 7, said_at="2023-02-07")
    (finding,) = run(revision, early, late).findings
    assert "down from 11 to 7" in finding.message
    assert "deserves a look" in finding.message


def test_without_times_both_stay_current_and_the_order_is_unknown():
    a = claim("sohr", "killed", "civilians", 5)
    b = claim("sohr", "killed", "civilians", 11)
    block = run(revision, a, b)
    assert set(block.estimates[0].claims) == {a, b}
    assert block.estimates[0].superseded == ()
    assert "order is unknown" in block.findings[0].message


def test_naive_and_aware_times_cannot_be_ordered():
    a = claim("sohr", "killed", "civilians", 5, said_at=datetime(2023, 2, 6))
    b = claim("sohr", "killed", "civilians", 11, said_at="2023-02-07T00:00+03:00")
    assert "order is unknown" in run(revision, a, b).findings[0].message


def test_same_figure_restated_is_not_a_revision():
    a = claim("sohr", "killed", "civilians", 5, said_at="2023-02-06")
    b = claim("sohr", "killed", "civilians", 5, said_at="2023-02-07", via="afp")
    assert run(revision, a, b).findings == ()


def test_other_sources_are_not_revisions():
    a = claim("sohr", "killed", "civilians", 5, said_at="2023-02-06")
    b = claim("snhr", "killed", "civilians", 9, said_at="2023-02-07")
    block = run(revision, a, b)
    assert block.findings == ()
    assert len(block.estimates[0].claims) == 2


# -- echo -----------------------------------------------------------------------------------


def test_one_figure_through_several_outlets_is_an_echo():
    a = claim("sohr", "killed", "sdf", 4, via="afp")
    b = claim("sohr", "killed", "sdf", 4, via=["erem-news", "afp"])
    c = claim("sohr", "killed", "sdf", 4)
    (finding,) = run(echo, a, b, c).findings
    assert finding.kind is FindingKind.ECHO
    assert "3 ways" in finding.message
    assert "erem-news > afp" in finding.message
    assert set(finding.claims) == {a, b, c}


def test_echo_counts_once_in_the_range_and_the_sources():
    a = claim("sohr", "killed", "sdf", 4, via="afp")
    b = claim("sohr", "killed", "sdf", 4, via="reuters")
    (est,) = run(ranges, a, b).estimates
    assert [s.id for s in est.sources] == ["sohr"]
    assert "as stated by sohr" in est.basis


def test_different_sources_with_one_figure_are_not_echoes():
    assert (
        run(echo, claim("sohr", "killed", "sdf", 4), claim("snhr", "killed", "sdf", 4)).findings
        == ()
    )


# -- granularity ----------------------------------------------------------------------------


def test_subgroup_claim_counts_toward_the_group_others_report_on():
    sohr = claim("sohr", "killed", "sdf", 4)
    sdf = claim("sdf", "killed", "asayish", 6)
    block = run(granularity, sohr, sdf)
    assert block.get("sdf").borrowed == (sdf,)
    assert block.get("asayish").borrowed == ()
    (finding,) = block.findings
    assert finding.kind is FindingKind.GRANULARITY
    assert finding.group.id == "sdf"


def test_granularity_never_creates_an_ancestor_estimate():
    block = run(granularity, claim("sdf", "killed", "asayish", 6))
    assert [e.group.id for e in block.estimates] == ["asayish"]
    assert block.findings == ()


def test_a_source_speaking_at_both_levels_is_not_borrowed():
    block = run(
        granularity,
        claim("sohr", "killed", "sdf", 4),
        claim("sdf", "killed", "sdf", 7),
        claim("sdf", "killed", "asayish", 6),
    )
    assert block.get("sdf").borrowed == ()


def test_only_the_highest_level_below_the_ancestor_is_borrowed():
    block = run(
        granularity,
        claim("un", "killed", "all", 30),
        claim("snhr", "killed", "civilians", 12),
        claim("snhr", "killed", "children", 5),
    )
    assert [c.group.id for c in block.get("all").borrowed] == ["civilians"]
    assert [c.group.id for c in block.get("civilians").borrowed] == []


def test_parts_from_one_source_add_up_in_the_range():
    block = run(
        granularity,
        claim("un", "killed", "civilians", 6),
        claim("snhr", "killed", "children", 5),
        claim("snhr", "killed", "women", 3),
    )
    est = ranges(block, CTX).get("civilians")
    assert (est.low, est.high) == (6, 8)  # snhr's parts make 8


# -- range ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "low", "high", "open_high"),
    [
        ([Count.exact(4), Count.exact(6)], 4, 6, False),
        ([Count.approx(500), Count.exact(480)], 480, 500, False),
        ([Count.at_least(15), Count.exact(20)], 15, 20, True),
        ([Count.between(13, 46)], 13, 46, False),
        ([Count.at_most(12), Count.exact(3)], 3, 12, False),
        ([Count.vague(12, 99, text="dozens"), Count.exact(6)], 6, 6, False),
        ([Count.vague(12, 99, text="dozens")], 12, 99, False),
        ([Count.vague(12, 99), Count.vague(100, 999)], 12, 999, False),
        ([Count.unknown(), Count.exact(6)], 6, 6, False),
        ([Count.unknown()], 0, None, True),
    ],
)
def test_range_from_independent_sources(counts, low, high, open_high):
    sources = ["sohr", "snhr", "un"]
    items = [claim(s, "killed", "civilians", c) for s, c in zip(sources, counts, strict=False)]
    (est,) = run(ranges, *items).estimates
    assert (est.low, est.high, est.open_high) == (low, high, open_high)


def test_more_than_n_counts_as_n_plus_one():
    (est,) = run(
        ranges, claim("sohr", "killed", "civilians", Count.at_least(21, text="more than 20"))
    ).estimates
    assert est.low == 21


def test_a_preliminary_figure_opens_the_range():
    (est,) = run(ranges, claim("sohr", "killed", "sdf", 4, status="preliminary")).estimates
    assert est.open_high
    assert "preliminary" in est.basis


def test_vague_counts_are_left_out_when_sources_give_numbers():
    (est,) = run(
        ranges,
        claim("sohr", "killed", "civilians", 6),
        claim("snhr", "killed", "civilians", Count.vague(12, 99, text="dozens")),
    ).estimates
    assert "vague counts left out" in est.basis


# -- part-whole -----------------------------------------------------------------------------


def test_parts_past_the_whole_are_flagged():
    whole = claim("sohr", "killed", "civilians", 9)
    kids = claim("sohr", "killed", "children", 5)
    women = claim("sohr", "killed", "women", 6)
    (finding,) = run(part_whole, whole, kids, women).findings
    assert finding.kind is FindingKind.PART_EXCEEDS_WHOLE
    assert "at most 9" in finding.message
    assert "at least 11" in finding.message
    assert set(finding.claims) == {whole, kids, women}


def test_parts_within_the_whole_are_fine():
    assert (
        run(
            part_whole,
            claim("sohr", "killed", "civilians", 9),
            claim("sohr", "killed", "children", 5),
            claim("sohr", "killed", "women", 4),
        ).findings
        == ()
    )


def test_parts_from_another_source_are_not_a_breakdown():
    assert (
        run(
            part_whole,
            claim("sohr", "killed", "civilians", 9),
            claim("snhr", "killed", "children", 12),
        ).findings
        == ()
    )


def test_nested_parts_are_not_added_twice():
    assert (
        run(
            part_whole,
            claim("un", "killed", "all", 10),
            claim("un", "killed", "civilians", 8),
            claim("un", "killed", "children", 8),
        ).findings
        == ()
    )


def test_an_open_whole_cannot_be_exceeded():
    assert (
        run(
            part_whole,
            claim("sohr", "killed", "civilians", Count.at_least(9)),
            claim("sohr", "killed", "children", 50),
        ).findings
        == ()
    )


# -- conflict -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Count.exact(4), Count.exact(9), [FindingKind.CONTRADICTION]),
        (Count.vague(12, 99, text="dozens"), Count.exact(6), [FindingKind.CONTRADICTION]),
        (Count.vague(3, 9, text="several"), Count.exact(6), []),
        (Count.approx(500), Count.exact(480), [FindingKind.DISCREPANCY]),
        (Count.at_least(4), Count.exact(9), []),
        (Count.at_least(10), Count.exact(9), [FindingKind.CONTRADICTION]),
        (Count.exact(6), Count.exact(6), []),
        (Count.unknown(), Count.exact(6), []),
    ],
)
def test_conflict_between_two_sources(a, b, expected):
    block = run(
        conflict, claim("sohr", "killed", "civilians", a), claim("sana", "killed", "civilians", b)
    )
    assert kinds(block) == expected


def test_a_preliminary_lower_toll_is_a_discrepancy():
    block = run(
        conflict,
        claim("sohr", "killed", "civilians", 4, status="preliminary"),
        claim("sana", "killed", "civilians", 9),
    )
    assert kinds(block) == [FindingKind.DISCREPANCY]
    assert "may still rise" in block.findings[0].message


def test_a_preliminary_higher_toll_does_not_excuse_the_gap():
    block = run(
        conflict,
        claim("sohr", "killed", "civilians", 4),
        claim("sana", "killed", "civilians", 9, status="preliminary"),
    )
    assert kinds(block) == [FindingKind.CONTRADICTION]


def test_a_borrowed_subgroup_figure_is_a_lower_bound():
    # 10 SDF dead and 6 of its security forces dead can both be true
    block = granularity(
        Block.from_claims(
            [claim("sohr", "killed", "sdf", 10), claim("sdf", "killed", "asayish", 6)]
        ),
        CTX,
    )
    assert kinds(conflict(block, CTX)) == [FindingKind.GRANULARITY]  # nothing added


def test_each_pair_of_sources_is_compared_once():
    block = run(
        conflict,
        claim("sohr", "killed", "civilians", 4),
        claim("sana", "killed", "civilians", 9),
        claim("un", "killed", "civilians", 20),
    )
    assert kinds(block) == [FindingKind.CONTRADICTION] * 3


# -- self-report ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "group", "relation"),
    [
        ("sdf", "asayish", "own side"),
        ("asayish", "sdf", "own side"),
        ("sana", "syrian-government", "own side"),
        ("sdf", "isis", "another side"),
        ("russia", "hts", "another side"),
    ],
)
def test_party_reports_are_flagged(source, group, relation):
    (finding,) = run(self_report, claim(source, "killed", group, 3)).findings
    assert finding.kind is FindingKind.SELF_REPORT
    assert relation in finding.message


@pytest.mark.parametrize(
    ("source", "group"),
    [
        ("sohr", "sdf"),
        ("sdf", "civilians"),
        ("sdf", "children"),
        ("sdf", "all"),
        ("isis", "unknown"),
    ],
)
def test_non_party_or_non_combatant_reports_are_not_flagged(source, group):
    assert run(self_report, claim(source, "killed", group, 3)).findings == ()
