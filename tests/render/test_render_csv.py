"""The CSV report: UCDP-style columns, read back with the csv module (and pandas if present)."""

import csv
import io
import runpy
from pathlib import Path

import pytest

from claims import Count, Group, Registry, Source, claim, reconcile
from claims.render import render

ROOT = Path(__file__).resolve().parents[2]
HEADER_LINE = "event,metric,group,low,best,high,open_high,sources,n_sources,findings"


def _rows(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.fixture(scope="module")
def seed():
    items = runpy.run_path(str(ROOT / "examples" / "raqqa.py"))["seed_claims"]()
    return reconcile(items, policy="conservative")


def _row(rows, event, metric, group):
    found = [r for r in rows if (r["event"], r["metric"], r["group"]) == (event, metric, group)]
    assert len(found) == 1
    return found[0]


def test_header_and_line_endings(seed):
    text = render(seed, "csv")
    assert text.split("\r\n")[0] == HEADER_LINE
    assert text.endswith("\r\n")


def test_seed_rows(seed):
    rows = _rows(render(seed, "csv"))
    assert len(rows) == len(seed.estimates) == 7
    sdf = _row(rows, "raqqa-2022-12-26", "killed", "sdf")
    assert sdf == {
        "event": "raqqa-2022-12-26",
        "metric": "killed",
        "group": "sdf",
        "low": "4",
        "best": "4",
        "high": "6",  # two stated figures: the high stays though SOHR's toll may rise
        "open_high": "true",  # ... and the row says it may rise
        "sources": "sdf;sohr",
        "n_sources": "2",
        "findings": "granularity;discrepancy",
    }
    asayish = _row(rows, "raqqa-2022-12-26", "killed", "asayish")
    assert (asayish["low"], asayish["high"], asayish["findings"]) == ("6", "6", "self-report")
    assert asayish["open_high"] == "false"  # the SDF's own figure is not said to be preliminary
    # Both sources say 1 attacker killed, SOHR's toll is not final: "at least 1", no high.
    isis = _row(rows, "raqqa-2022-12-26", "killed", "isis")
    assert (isis["low"], isis["high"], isis["n_sources"]) == ("1", "", "2")
    assert isis["open_high"] == "true"
    dozens = _row(rows, "hasakah-prison-2022-01", "killed", "sdf")
    assert (dozens["low"], dozens["best"], dozens["high"], dozens["findings"]) == (
        "12",
        "",
        "99",
        "",
    )


def test_empty_reconciliation_has_only_the_header():
    assert render(reconcile([]), "csv") == HEADER_LINE + "\r\n"


def test_open_ended_high_is_empty():
    rec = reconcile([claim("sohr", "killed", "civilians", Count.at_least(15), event="e")])
    row = _rows(render(rec, "csv"))[0]
    assert (row["low"], row["high"]) == ("15", "")


def test_vague_only_and_no_event():
    rec = reconcile([claim("un", "killed", "civilians", Count.vague(12, 99, text="dozens"))])
    row = _rows(render(rec, "csv"))[0]
    assert (row["event"], row["low"], row["high"], row["sources"]) == ("", "12", "99", "un")


def test_fields_needing_quotes_are_quoted():
    mine = Registry.default().with_groups(Group("prison-staff", "Prison staff", parent="all"))
    mine = mine.with_sources(Source("kurdish-red-crescent", "Kurdish Red Crescent", kind="monitor"))
    rec = reconcile(
        [claim("kurdish-red-crescent", "injured", "prison-staff", 3, registry=mine, event='a,"b"')],
        taxonomy=mine.taxonomy,
    )
    text = render(rec, "csv")
    assert '"a,""b"""' in text  # RFC 4180: quoted, inner quotes doubled
    row = _rows(text)[0]
    assert (row["event"], row["group"], row["sources"]) == (
        'a,"b"',
        "prison-staff",
        "kurdish-red-crescent",
    )


def test_pandas_reads_it(seed):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(render(seed, "csv")))
    assert ",".join(frame.columns) == HEADER_LINE
    assert len(frame) == 7
