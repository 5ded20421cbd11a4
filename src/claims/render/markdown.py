"""The markdown report: a table of estimates per event, and that event's findings as a list."""

from __future__ import annotations

from collections.abc import Iterable

from claims.reconciliation import Estimate, Finding, Reconciliation, by_source
from claims.render._labels import Labels
from claims.render._wording import (
    figures_text,
    finding_event,
    finding_name,
    finding_sentence,
    range_text,
)

__all__ = ["render_markdown"]

_COLUMNS = ("col_group", "col_metric", "col_range", "col_best", "col_sources")


def render_markdown(rec: Reconciliation, labels: Labels) -> str:
    """One section per event: a heading, a table (group, metric, range, best, sources), findings."""
    if not rec.estimates and not rec.findings:
        return labels.phrase("no_estimates") + "\n"
    events = list(rec.events)
    sections: list[str] = []
    for event in events:
        estimates = [e for e in rec.estimates if e.event == event]
        findings = [f for f in rec.findings if finding_event(f) == event]
        sections.append(_section(labels.event(event), estimates, findings, rec, labels))
    others = [f for f in rec.findings if finding_event(f) not in events]
    if others:
        sections.append(_section(labels.phrase("other_findings"), [], others, rec, labels))
    return "\n".join(sections)


def _section(
    title: str,
    estimates: list[Estimate],
    findings: list[Finding],
    rec: Reconciliation,
    labels: Labels,
) -> str:
    lines = [f"## {_cell(title)}", ""]
    if estimates:
        lines.append(_row(labels.phrase(column) for column in _COLUMNS))
        lines.append(_row("---" for _ in _COLUMNS))
        lines += [_row(_cells(estimate, labels)) for estimate in estimates]
        lines.append("")
    if findings:
        lines += [
            f"- **{finding_name(f, labels)}**: {finding_sentence(f, rec, labels)}" for f in findings
        ]
        lines.append("")
    return "\n".join(lines)


def _cells(estimate: Estimate, labels: Labels) -> list[str]:
    claims = [c for figure in by_source(estimate) for c in figure.claims]
    return [
        labels.group(estimate.group.id),
        labels.metric(estimate.metric.value, "name"),
        range_text(estimate, labels),
        "—" if estimate.best is None else str(estimate.best),
        figures_text(claims, estimate.group, labels),
    ]


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _cell(text: str) -> str:
    """Text safe inside a table cell or heading: pipes escaped, on one line."""
    return text.replace("|", "\\|").replace("\n", " ")
