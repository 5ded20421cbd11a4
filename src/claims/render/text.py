"""The plain-text report: one line per estimate, then the findings in words."""

from __future__ import annotations

from claims.reconciliation import Reconciliation
from claims.render._labels import Labels
from claims.render._wording import estimate_line, finding_line

__all__ = ["render_text"]


def render_text(rec: Reconciliation, labels: Labels) -> str:
    """Each estimate with its sources' figures and hedges, then each finding, one per line."""
    lines = [estimate_line(estimate, rec, labels) for estimate in rec.estimates]
    if not lines:
        lines.append(labels.phrase("no_estimates"))
    if rec.findings:
        lines += ["", labels.phrase("findings") + ":"]
        lines += ["- " + finding_line(finding, rec, labels) for finding in rec.findings]
    return "\n".join(lines) + "\n"
