"""Any reconciliation renders in every format and language, and each report has its shape."""

import csv
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claims import reconcile
from claims.render import FORMATS, LANGS, render
from claims.testing.strategies import claims

EVENTS = ("raqqa-2022-12-26", "raqqa/2022-12-27", "quake", 'a|b, "c"\nd')


@settings(max_examples=60, deadline=None)
@given(st.lists(claims(events=EVENTS), max_size=8), st.sampled_from(["envelope", "median"]))
def test_every_report_renders(items, policy):
    rec = reconcile(items, policy=policy)
    for lang in LANGS:
        for fmt in FORMATS:
            assert render(rec, fmt, lang).endswith("\n")
        text = render(rec, "text", lang).split("\n\n")[0].splitlines()
        assert len(text) == max(1, len(rec.estimates))  # one line per estimate
    data = json.loads(render(rec, "json"))
    assert len(data["estimates"]) == len(rec.estimates)
    assert len(data["findings"]) == len(rec.findings)
    rows = list(csv.DictReader(io.StringIO(render(rec, "csv"), newline="")))
    assert [(r["event"], r["group"]) for r in rows] == [
        (e.event or "", e.group.id) for e in rec.estimates
    ]
    for row, estimate in zip(rows, rec.estimates, strict=True):
        assert row["low"] == str(estimate.low)
        assert row["n_sources"] == str(len(estimate.sources))
        assert row["open_high"] == (
            "true" if estimate.open_high or estimate.high is None else "false"
        )
