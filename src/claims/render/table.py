"""The CSV report: one row per estimate, in UCDP-style columns that spreadsheets and pandas read.

``high`` is empty when the range is open-ended ("at least n") and ``best`` when no policy names
one; ``open_high`` is ``true`` when the toll may be higher than ``high`` says (a lower bound or
a preliminary figure: "4-6, may rise"); ``sources`` and ``findings`` (the kinds of finding
about the estimate) are joined with ``;``. Quoting follows RFC 4180 (the csv module's default
dialect).
"""

from __future__ import annotations

import csv
import io

from claims.reconciliation import Estimate, Finding, Reconciliation
from claims.render._wording import finding_event

__all__ = ["COLUMNS", "render_csv"]

COLUMNS = (
    "event",
    "metric",
    "group",
    "low",
    "best",
    "high",
    "open_high",
    "sources",
    "n_sources",
    "findings",
)
"""The header row, in order."""


def render_csv(rec: Reconciliation) -> str:
    """A header row, then one row per estimate; lines end in CRLF as RFC 4180 says."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for estimate in rec.estimates:
        sources = [s.id for s in estimate.sources]
        kinds = dict.fromkeys(f.kind.value for f in rec.findings if _touches(f, estimate))
        writer.writerow(
            (
                estimate.event or "",
                estimate.metric.value,
                estimate.group.id,
                estimate.low,
                "" if estimate.best is None else estimate.best,
                "" if _open_ended(estimate) else estimate.high,
                "true" if estimate.open_high or estimate.high is None else "false",
                ";".join(sources),
                len(sources),
                ";".join(kinds),
            )
        )
    return buffer.getvalue()


def _open_ended(estimate: Estimate) -> bool:
    """Whether the range reads "at least n": no upper bound, or an open range with one figure.

    An open range with two figures ("4-6, may rise") keeps its high: a source stated it.
    """
    return estimate.high is None or (estimate.open_high and estimate.high == estimate.low)


def _touches(finding: Finding, estimate: Estimate) -> bool:
    """Whether a finding is about this estimate: its event, metric and group."""
    if finding_event(finding) != estimate.event or finding.metric not in (None, estimate.metric):
        return False
    if finding.group is not None:
        return finding.group.id == estimate.group.id
    mine = {c.id for c in (*estimate.claims, *estimate.borrowed)}
    return any(c.id in mine for c in finding.claims)
