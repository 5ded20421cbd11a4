"""Acceptance: the Raqqa case and the SANA/SOHR case, built with claim()."""

import pytest

from claims import FindingKind, claim, reconcile

RAQQA = "raqqa-2022-12-26"


@pytest.fixture
def raqqa():
    return [
        claim("sohr", "killed", "sdf", 4, event=RAQQA, status="preliminary"),
        claim("sdf", "killed", "asayish", 6, event=RAQQA, speaker="Mazloum Abdi"),
        claim("sohr", "killed", "isis", 1, event=RAQQA, status="preliminary"),
        claim("sohr", "arrested", "isis", 1, event=RAQQA, status="preliminary"),
        claim("sdf", "killed", "isis", 1, event=RAQQA),
        claim("sdf", "arrested", "isis", 1, event=RAQQA),
    ]


def test_sdf_killed_spans_both_sources(raqqa):
    rec = reconcile(raqqa)
    est = rec.estimate(RAQQA, "killed", "sdf")
    assert (est.low, est.high) == (4, 6)
    assert est.open_high  # SOHR's toll was not final
    assert [s.id for s in est.sources] == ["sdf", "sohr"]
    assert est.best is None  # the default policy names no best figure
    assert raqqa[0].id in est.basis
    assert raqqa[1].id in est.basis


def test_a_finding_names_both_sources(raqqa):
    rec = reconcile(raqqa)
    about_sdf = [
        f
        for f in rec.findings
        if f.kind in (FindingKind.DISCREPANCY, FindingKind.CONTRADICTION) and f.group.id == "sdf"
    ]
    assert len(about_sdf) == 1
    finding = about_sdf[0]
    assert set(finding.claim_ids) == {raqqa[0].id, raqqa[1].id}
    # the lower toll is preliminary, so it may still rise: a discrepancy, not a contradiction
    assert finding.kind is FindingKind.DISCREPANCY
    assert "sohr" in finding.message
    assert "sdf" in finding.message


def test_attacker_figures_agree(raqqa):
    rec = reconcile(raqqa)
    for metric in ("killed", "arrested"):
        est = rec.estimate(RAQQA, metric, "isis")
        assert (est.low, est.high) == (1, 1)
    conflicts = rec.findings_of("contradiction") + rec.findings_of("discrepancy")
    assert all(f.group.id != "isis" for f in conflicts)


def test_conservative_policy_gives_the_lowest_figure(raqqa):
    rec = reconcile(raqqa, policy="conservative")
    assert rec.estimate(RAQQA, "killed", "sdf").best == 4


def test_median_policy(raqqa):
    rec = reconcile(raqqa, policy="median")
    assert rec.estimate(RAQQA, "killed", "sdf").best == 4  # lower middle of 4 and 6


def test_state_media_against_monitor_is_a_contradiction():
    sana = claim("sana", "killed", "syrian-government", 4, event="e")
    sohr = claim("sohr", "killed", "syrian-government", 9, event="e")
    rec = reconcile([sana, sohr])
    est = rec.estimate("e", "killed", "syrian-government")
    assert (est.low, est.high) == (4, 9)
    assert not est.open_high
    (contradiction,) = rec.findings_of("contradiction")
    assert set(contradiction.claim_ids) == {sana.id, sohr.id}
    assert rec.findings_of("discrepancy") == ()


def test_total_adds_groups_without_double_counting(raqqa):
    rec = reconcile(raqqa)
    # no "all" estimate: the sdf estimate (4-6) covers asayish, plus isis (1)
    total = rec.total("killed", "all", events=[RAQQA])
    assert total.bounds == (5, 7)
