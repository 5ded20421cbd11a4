"""The text report, in English and Arabic, against facts of the Raqqa seed case.

Expectations come from the story itself: SOHR said 4 SDF fighters were killed
and the toll was not final; the SDF said 6 of its security forces (asayish)
were killed; both said one attacker was killed and one arrested.
"""

import runpy
from pathlib import Path

import pytest
from hypothesis import given

from claims import Count, Group, Registry, Source, claim, reconcile
from claims.render import render
from claims.render._labels import Labels
from claims.render._wording import count_text
from claims.testing.strategies import counts

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "raqqa.py"


@pytest.fixture(scope="module")
def seed():
    return reconcile(runpy.run_path(str(EXAMPLE))["seed_claims"](), policy="conservative")


def _line(report: str, *needles: str) -> str:
    """The one estimate line (findings start with "- ") holding every needle."""
    lines = [line for line in report.splitlines() if not line.startswith("- ")]
    found = [line for line in lines if all(n in line for n in needles)]
    assert len(found) == 1, (needles, report)
    return found[0]


def test_english_sdf_line_keeps_both_sources_and_hedges(seed):
    line = _line(render(seed), "Raqqa, 26 Dec 2022", "SDF-aligned forces killed")
    assert "4\N{EN DASH}6" in line
    assert "may rise" in line  # SOHR's toll is not final
    assert "SOHR: 4 (toll not final)" in line
    assert "SDF: 6 (security forces)" in line  # counted toward sdf from asayish
    assert "best 4" in line  # the conservative policy takes the lowest figure


def test_english_isis_lines(seed):
    report = render(seed)
    killed = _line(report, "Raqqa", "Islamic State killed")
    arrested = _line(report, "Raqqa", "Islamic State arrested")
    for line in (killed, arrested):
        assert "at least 1" in line
        assert "SDF: 1" in line
        assert "SOHR: 1 (toll not final)" in line


def test_english_findings_follow_the_estimates(seed):
    lines = render(seed).splitlines()
    start = lines.index("Findings:")
    assert all("—" in line for line in lines[: start - 1])  # estimate lines
    findings = lines[start + 1 :]
    discrepancy = [f for f in findings if f.startswith("- Discrepancy (Raqqa, 26 Dec 2022)")]
    assert len(discrepancy) == 1
    assert "SDF: 6 (security forces) against SOHR: 4 (toll not final)" in discrepancy[0]
    assert sum(f.startswith("- Self-report") for f in findings) == 3
    assert any(f.startswith("- Granularity") and "security forces" in f for f in findings)


def test_english_background_event_is_shown_without_invented_places(seed):
    report = render(seed)
    assert "Hasakah prison, Jan 2022 — all people killed: 500" in report
    assert "Erem News: about 500" in report
    assert "Erem News: dozens (12\N{EN DASH}99)" in report


def test_arabic_sdf_line(seed):
    line = _line(render(seed, lang="ar"), "الرقة، 26 كانون الأول/ديسمبر 2022", "قسد:")
    assert "ما بين 4 و6 قتلى" in line
    assert "وقد ترتفع الحصيلة" in line
    assert "4 بحسب المرصد السوري (حصيلة غير نهائية)" in line
    assert "6 من قوى الأمن الداخلي بحسب قسد" in line
    assert "، و" in line  # an Arabic list
    assert "," not in line  # no Latin comma in Arabic text


def test_arabic_agreement_in_lines(seed):
    report = render(seed, lang="ar")
    assert "قتيل واحد على الأقل" in _line(report, "الرقة", "تنظيم الدولة (داعش): قتيل")
    assert "معتقل واحد على الأقل" in _line(report, "الرقة", "تنظيم الدولة (داعش): معتقل")
    assert "374 قتيلاً" in report  # 374: last two digits 74, accusative singular
    assert "6 قتلى" in report  # the asayish estimate: 6, plural


def test_arabic_findings(seed):
    report = render(seed, lang="ar")
    assert "الملاحظات:" in report
    assert "تباين (الرقة، 26 كانون الأول/ديسمبر 2022)" in report
    discrepancy = [line for line in report.splitlines() if line.startswith("- تباين")]
    assert len(discrepancy) == 1
    assert "4 بحسب المرصد السوري (حصيلة غير نهائية)" in discrepancy[0]


def test_arabic_uses_western_digits(seed):
    assert not any("\u0660" <= ch <= "\u0669" for ch in render(seed, lang="ar"))


@pytest.mark.parametrize(("lang", "text"), [("en", "No estimates."), ("ar", "لا توجد تقديرات.")])
def test_empty_reconciliation(lang, text):
    assert render(reconcile([]), lang=lang) == text + "\n"


def test_vague_only_estimate():
    rec = reconcile([claim("un", "killed", "civilians", Count.vague(12, 99, text="dozens"))])
    english = render(rec)
    assert "Unspecified event — civilians killed: 12\N{EN DASH}99" in english
    assert "UN: dozens (12\N{EN DASH}99)" in english
    arabic = render(rec, lang="ar")
    assert "ما بين 12 و99 قتيلاً" in arabic  # 99: accusative singular
    assert "dozens" not in arabic  # an English word is not quoted in Arabic
    assert "بحسب الأمم المتحدة" in arabic


def test_arabic_vague_word_is_kept():
    rec = reconcile([claim("sohr", "injured", "civilians", Count.vague(12, 99, text="عشرات"))])
    assert "عشرات (ما بين 12 و99) بحسب المرصد السوري" in render(rec, lang="ar")


def test_arabic_vague_word_is_not_quoted_in_english():
    rec = reconcile([claim("sohr", "injured", "civilians", Count.vague(12, 99, text="عشرات"))])
    english = render(rec)
    assert "SOHR: 12\N{EN DASH}99." in english
    assert "عشرات" not in english


def test_open_ended_estimate():
    rec = reconcile(
        [claim("sohr", "killed", "civilians", Count.at_least(15), event="idlib/2023-01-05")]
    )
    assert "Idlib, 5 Jan 2023 — civilians killed: at least 15. SOHR: at least 15." in render(rec)
    assert "15 قتيلاً على الأقل" in render(rec, lang="ar")
    assert "إدلب، 5 كانون الثاني/يناير 2023" in render(rec, lang="ar")


def test_open_range_may_rise():
    rec = reconcile(
        [
            claim("sohr", "injured", "civilians", 3, event="e", status="preliminary"),
            claim("snhr", "injured", "civilians", 11, event="e"),
        ]
    )
    assert "civilians injured: 3\N{EN DASH}11, may rise." in render(rec)
    assert "ما بين 3 و11 جريحاً، وقد ترتفع الحصيلة" in render(rec, lang="ar")


def test_small_ranges_in_arabic_name_the_noun():
    rec = reconcile(
        [
            claim("sohr", "killed", "civilians", 1, event="e"),
            claim("snhr", "killed", "civilians", 2, event="e"),
        ]
    )
    assert "قتيل واحد أو قتيلان" in render(rec, lang="ar")


def test_custom_source_and_group_fall_back_to_ids():
    mine = (
        Registry.default()
        .with_groups(Group("prison-staff", "Prison staff", parent="all"))
        .with_sources(Source("kurdish-red-crescent", "Kurdish Red Crescent", kind="monitor"))
    )
    rec = reconcile(
        [claim("kurdish-red-crescent", "injured", "prison-staff", 3, registry=mine, event="x")],
        taxonomy=mine.taxonomy,
    )
    assert "X — prison-staff injured: 3. kurdish-red-crescent: 3." in render(rec)
    arabic = render(rec, lang="ar")
    assert "prison-staff: 3 جرحى" in arabic
    assert "3 بحسب kurdish-red-crescent" in arabic


def test_revision_lists_figures_oldest_first():
    rec = reconcile(
        [
            claim("snhr", "killed", "civilians", 5, event="quake", said_at="2023-02-06T08:00"),
            claim("snhr", "killed", "civilians", 3, event="quake", said_at="2023-02-06T20:00"),
        ]
    )
    assert "SNHR changed its figure for civilians killed: 5, then 3." in render(rec)
    assert "5، ثم 3" in render(rec, lang="ar")


def test_findings_of_custom_rules_keep_their_message():
    from claims.reconciliation import DEFAULT_RULES, Finding, FindingKind, rule

    @rule("anonymous-only")
    def anonymous_only(block, context):
        return block.with_findings(
            Finding(FindingKind.DISCREPANCY, est.claims, "anonymous-only", "only anonymous sources")
            for est in block.estimates
        )

    rec = reconcile(
        [claim("security-source", "killed", "sdf", 2, event="e")],
        rules=[*DEFAULT_RULES, anonymous_only],
    )
    assert "- Discrepancy (E): only anonymous sources" in render(rec)


def test_best_is_shown_only_when_a_policy_sets_it():
    items = [
        claim("sohr", "killed", "civilians", 4, event="e"),
        claim("snhr", "killed", "civilians", 7, event="e"),
        claim("un", "killed", "civilians", 12, event="e"),
    ]
    assert "best" not in render(reconcile(items))
    assert "civilians killed: 4\N{EN DASH}12; best 7 (median of sources)." in render(
        reconcile(items, policy="median")
    )
    assert "الرقم المرجّح 4 (الرقم الأدنى)" in render(
        reconcile(items, policy="conservative"), lang="ar"
    )


@given(counts(max_value=10_000))
def test_english_figures_read_as_the_count_itself(count):
    assert count_text(count, Labels.load("en")) == str(count)
