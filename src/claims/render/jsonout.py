"""The JSON report: estimates, findings and claims with ids, for other programs.

The shape is documented in ``docs/report.schema.json``. Keys keep a fixed order,
sources and claims inside estimates and findings are cited by id, and the full
claims follow in ``"claims"`` (as :func:`claims.serialize.to_dict` writes them).
"""

from __future__ import annotations

import json
from typing import Any

from claims.reconciliation import Estimate, Finding, Reconciliation
from claims.serialize import to_dict

__all__ = ["render_json", "report_data"]


def report_data(rec: Reconciliation) -> dict[str, Any]:
    """The report as plain JSON-ready data (what :func:`render_json` writes)."""
    return {
        "estimates": [_estimate(e) for e in rec.estimates],
        "findings": [_finding(f) for f in rec.findings],
        "claims": [to_dict(c) for c in rec.claims],
        "policy": rec.policy,
    }


def render_json(rec: Reconciliation) -> str:
    """The report as indented JSON text, UTF-8 characters kept as they are."""
    return json.dumps(report_data(rec), ensure_ascii=False, indent=2) + "\n"


def _estimate(estimate: Estimate) -> dict[str, Any]:
    return {
        "event": estimate.event,
        "metric": estimate.metric.value,
        "group": estimate.group.id,
        "low": estimate.low,
        "high": estimate.high,
        "open_high": estimate.open_high,
        "best": estimate.best,
        "sources": [s.id for s in estimate.sources],
        "claims": [c.id for c in estimate.claims],
        "borrowed": [c.id for c in estimate.borrowed],
        "superseded": [c.id for c in estimate.superseded],
        "basis": estimate.basis,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "rule": finding.rule,
        "event": finding.event,
        "metric": None if finding.metric is None else finding.metric.value,
        "group": None if finding.group is None else finding.group.id,
        "claims": list(finding.claim_ids),
        "message": finding.message,
    }
