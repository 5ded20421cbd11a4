"""The markdown report: a table per event, then that event's findings as a list."""

import runpy
from pathlib import Path

import pytest

from claims import Count, Group, Registry, Source, claim, reconcile
from claims.render import render

ROOT = Path(__file__).resolve().parents[2]
DASH = "\N{EN DASH}"


@pytest.fixture(scope="module")
def seed():
    items = runpy.run_path(str(ROOT / "examples" / "raqqa.py"))["seed_claims"]()
    return reconcile(items, policy="conservative")


def _cells(line):
    assert line.startswith("| "), line
    assert line.endswith(" |"), line
    return [cell.strip() for cell in line[2:-2].split(" | ")]


def _section(report, heading):
    """The lines under one '## ' heading, up to the next."""
    lines = report.splitlines()
    start = lines.index(f"## {heading}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start + 1 : end]


def test_one_section_per_event(seed):
    report = render(seed, "markdown")
    headings = [line for line in report.splitlines() if line.startswith("## ")]
    assert headings == ["## Hasakah prison, Jan 2022", "## Raqqa, 26 Dec 2022"]


def test_raqqa_table(seed):
    lines = _section(render(seed, "markdown"), "Raqqa, 26 Dec 2022")
    rows = [_cells(line) for line in lines if line.startswith("|")]
    assert rows[0] == ["group", "metric", f"low{DASH}high", "best", "sources"]
    assert set(rows[1]) == {"---"}
    sdf = next(r for r in rows if r[0] == "SDF-aligned forces")
    assert sdf[1] == "killed"
    assert sdf[2] == f"4{DASH}6, may rise"
    assert sdf[3] == "4"
    assert "SOHR: 4 (toll not final)" in sdf[4]
    assert "SDF: 6 (security forces)" in sdf[4]
    assert len(rows) == 2 + 4  # header, rule, sdf, asayish, isis killed, isis arrested


def test_raqqa_findings_list(seed):
    lines = _section(render(seed, "markdown"), "Raqqa, 26 Dec 2022")
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == len([f for f in seed.findings if f.event == "raqqa-2022-12-26"]) == 5
    assert sum(line.startswith("- **Discrepancy**: ") for line in items) == 1
    assert sum(line.startswith("- **Self-report**: ") for line in items) == 3


def test_arabic_table(seed):
    lines = _section(render(seed, "markdown", "ar"), "الرقة، 26 كانون الأول/ديسمبر 2022")
    rows = [_cells(line) for line in lines if line.startswith("|")]
    assert rows[0] == ["الفئة", "المؤشر", "النطاق", "الرقم المرجّح", "المصادر"]
    sdf = next(r for r in rows if r[0] == "قسد")
    assert sdf[2] == "ما بين 4 و6 قتلى، وقد ترتفع الحصيلة"
    assert "4 بحسب المرصد السوري (حصيلة غير نهائية)" in sdf[4]
    assert any(line.startswith("- **تباين**: ") for line in lines)


def test_empty_and_vague_and_open_reports():
    assert render(reconcile([]), "markdown") == "No estimates.\n"
    assert render(reconcile([]), "markdown", "ar") == "لا توجد تقديرات.\n"
    vague = reconcile([claim("un", "killed", "civilians", Count.vague(12, 99, text="dozens"))])
    rows = [_cells(x) for x in _section(render(vague, "markdown"), "Unspecified event") if "|" in x]
    assert rows[2] == ["civilians", "killed", f"12{DASH}99", "—", f"UN: dozens (12{DASH}99)"]
    open_ended = reconcile([claim("sohr", "killed", "civilians", Count.at_least(15), event="e")])
    assert "| at least 15 |" in render(open_ended, "markdown")


def test_custom_ids_and_pipes_are_escaped():
    mine = Registry.default().with_groups(Group("prison-staff", "Prison staff", parent="all"))
    mine = mine.with_sources(Source("kurdish-red-crescent", "Kurdish Red Crescent", kind="monitor"))
    rec = reconcile(
        [claim("kurdish-red-crescent", "injured", "prison-staff", 3, registry=mine, event="a|b")],
        taxonomy=mine.taxonomy,
    )
    report = render(rec, "markdown")
    assert "## A\\|b" in report
    assert "| prison-staff | injured | 3 | — | kurdish-red-crescent: 3 |" in report
