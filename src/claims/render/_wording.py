"""Wording shared by the text and markdown reports: figures, ranges, sources, findings.

Patterns come from :class:`~claims.render._labels.Labels`; this module decides
which pattern applies (an open range, a preliminary toll, a subgroup's figure)
and fills it in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

import regex

from claims.count import Count, CountKind
from claims.model import Claim, Group, Metric, Source, Status
from claims.reconciliation import Estimate, Finding, FindingKind, Reconciliation, by_source
from claims.render._labels import Labels
from claims.render.numerals import counted, noun_form

__all__ = [
    "best_text",
    "count_text",
    "estimate_line",
    "figures_text",
    "finding_event",
    "finding_line",
    "finding_name",
    "finding_sentence",
    "range_text",
]

# The rule behind each kind of finding the built-in rules produce. A finding from another
# rule keeps its own message, since its wording is that rule's.
_BUILT_IN_RULE = {
    FindingKind.CONTRADICTION: "conflict",
    FindingKind.DISCREPANCY: "conflict",
    FindingKind.REVISION: "revision",
    FindingKind.ECHO: "echo",
    FindingKind.GRANULARITY: "granularity",
    FindingKind.PART_EXCEEDS_WHOLE: "part-whole",
    FindingKind.SELF_REPORT: "self-report",
}


def count_text(count: Count, labels: Labels) -> str:
    """A count as its source stated it ("about 500", «نحو 500»)."""
    kind = count.kind
    fields = {"value": count.value, "low": count.low, "high": count.high, "text": count.text}
    if kind is CountKind.EXACT:
        return labels.phrase("count_exact").format(**fields)
    if kind is CountKind.APPROX:
        return labels.phrase("count_approx").format(**fields)
    if count.high is None:
        if kind is CountKind.UNKNOWN and count.low == 0:
            return labels.phrase("count_unknown")
        return labels.phrase("count_at_least").format(**fields)
    if kind is CountKind.VAGUE and _readable(count.text, labels):
        return labels.phrase("count_vague").format(**fields)
    if kind is CountKind.VAGUE and count.low != count.high:
        return labels.phrase("count_vague_unnamed").format(**fields)
    if kind is CountKind.AT_MOST and count.low == 0:
        return labels.phrase("count_at_most").format(**fields)
    if count.low == count.high:
        return labels.phrase("count_exact").format(value=count.low)
    return labels.phrase("count_range").format(**fields)


def _readable(text: str, labels: Labels) -> bool:
    """Whether a vague word can be quoted in this language (Arabic output skips English words)."""
    if not text:
        return False
    script = labels.phrase("vague_script")
    return not script or regex.search(rf"\p{{{script}}}", text) is not None


def _counted(n: int, metric: str, labels: Labels) -> str:
    noun = labels.noun(metric)
    return str(n) if noun is None else counted(n, noun)


def range_text(estimate: Estimate, labels: Labels) -> str:
    """The estimate's range with its hedge: "4-6, may rise", "at least 15", «4 قتلى»."""
    low, high, metric = estimate.low, estimate.high, estimate.metric.value
    if high is None or (estimate.open_high and low == high):
        return labels.phrase("at_least").format(low=low, counted=_counted(low, metric, labels))
    if low == high:
        return _counted(low, metric, labels)
    noun = labels.noun(metric)
    if noun is not None and high < 3:
        # A noun cannot follow the digits 1 or 2 («قتيلان», not «2 قتيلان»).
        if low == 0:
            text = labels.phrase("up_to_two").format(counted=counted(high, noun))
        else:
            text = labels.phrase("one_or_two").format(one=counted(1, noun), two=counted(2, noun))
    else:
        word = "" if noun is None else noun[noun_form(high)]
        text = labels.phrase("range").format(low=low, high=high, noun=word)
    if estimate.open_high:
        text = labels.phrase("may_rise").format(range=text)
    return text


def best_text(estimate: Estimate, policy: str, labels: Labels) -> str:
    """The policy's best figure, or nothing when the policy names none."""
    if estimate.best is None:
        return ""
    return labels.phrase("best").format(best=estimate.best, policy=labels.policy(policy))


def _source_text(
    source: Source, claims: Sequence[Claim], group: Group | None, join: str, labels: Labels
) -> str:
    """One source's figures: "SOHR: 4 (toll not final)", «6 من قوى الأمن الداخلي بحسب قسد»."""
    parts: list[str] = []
    for item in claims:
        figure = count_text(item.count, labels)
        if group is not None and item.group.id != group.id:
            figure = labels.phrase("part").format(
                figure=figure, part=labels.group(item.group.id, "part")
            )
        if figure not in parts:
            parts.append(figure)
    subgroups = group is not None and any(c.group.id != group.id for c in claims)
    joined = (labels.phrase("parts_join") if subgroups else join).join(parts)
    preliminary = any(c.status is Status.PRELIMINARY for c in claims)
    hedge = labels.phrase("preliminary") if preliminary else ""
    return labels.phrase("source_figure").format(
        source=labels.source(source.id), figure=joined, hedge=hedge
    )


def figures_text(
    claims: Iterable[Claim],
    group: Group | None,
    labels: Labels,
    *,
    join: str | None = None,
    sequence: bool = False,
) -> str:
    """Each source's figures, source by source, joined by ``join`` (default: a list)."""
    by_source: dict[str, list[Claim]] = {}
    for item in claims:
        by_source.setdefault(item.source.id, []).append(item)
    within = labels.phrase("sequence_join" if sequence else "alternatives_join")
    texts = [
        _source_text(
            items[0].source, _in_order(items) if sequence else items, group, within, labels
        )
        for items in by_source.values()
    ]
    return (labels.phrase("list_separator") if join is None else join).join(texts)


def _in_order(claims: list[Claim]) -> list[Claim]:
    """Claims oldest first where all are dated; as given otherwise."""
    if not all(c.said_at is not None for c in claims):
        return claims
    try:
        return sorted(claims, key=lambda c: c.said_at or datetime.min)
    except TypeError:  # times with and without a zone cannot be ordered
        return claims


def estimate_line(estimate: Estimate, rec: Reconciliation, labels: Labels) -> str:
    """One estimate in a sentence: event, group and metric, range, best, each source's figure."""
    claims = [c for figure in by_source(estimate) for c in figure.claims]
    return labels.phrase("estimate").format(
        event=labels.event(estimate.event),
        what=_what(estimate.group, estimate.metric, labels),
        group=labels.group(estimate.group.id),
        range=range_text(estimate, labels),
        best=best_text(estimate, rec.policy, labels),
        sources=figures_text(claims, estimate.group, labels),
    )


def _what(group: Group | None, metric: Metric | None, labels: Labels) -> str:
    group_id = "all" if group is None else group.id
    return labels.phrase("what").format(
        group=labels.group(group_id),
        group_of=labels.group(group_id, "of"),
        metric=labels.metric("" if metric is None else metric.value),
    )


def _names(ids: Iterable[str], name: Callable[[str], str], labels: Labels) -> str:
    """Display names for ids, each once, as a list."""
    return labels.phrase("list_separator").join(name(i) for i in dict.fromkeys(ids))


def finding_line(finding: Finding, rec: Reconciliation, labels: Labels) -> str:
    """A finding with its kind and event: "Discrepancy (Raqqa, 26 Dec 2022): for ..."."""
    return labels.phrase("finding").format(
        kind=finding_name(finding, labels),
        event=labels.event(finding_event(finding)),
        sentence=finding_sentence(finding, rec, labels),
    )


def finding_event(finding: Finding) -> str | None:
    """The finding's event, or the one event all its claims share (custom rules may omit it)."""
    if finding.event is not None:
        return finding.event
    events = {c.event for c in finding.claims}
    return events.pop() if len(events) == 1 else None


def finding_name(finding: Finding, labels: Labels) -> str:
    """The kind of a finding in words ("Discrepancy", «تباين»)."""
    return labels.finding(finding.kind.value) or finding.kind.value


def finding_sentence(finding: Finding, rec: Reconciliation, labels: Labels) -> str:
    """What a finding says, in this language's words, citing sources by name."""
    kind = finding.kind
    claims = finding.claims
    group = finding.group or (claims[0].group if claims else None)
    metric = finding.metric or (claims[0].metric if claims else None)
    key = "sentence"
    if _BUILT_IN_RULE.get(kind) != finding.rule:
        key = "custom"
    elif kind is FindingKind.SELF_REPORT:
        key = "own" if _own_side(claims, rec) else "enemy"
    pattern = labels.finding(kind.value, key) if key != "custom" else None
    if pattern is None:
        pattern = labels.phrase("custom_finding")
    fields = {
        "what": _what(group, metric, labels),
        "figures": figures_text(
            claims,
            group,
            labels,
            join=labels.finding(kind.value, "join"),
            sequence=kind is FindingKind.REVISION,
        ),
        "numbers": labels.phrase("sequence_join").join(
            count_text(c.count, labels) for c in _in_order(list(claims))
        ),
        "whole": _figures_only(
            (c for c in claims if group is None or c.group.id == group.id), group, labels
        ),
        "parts_figures": _figures_only(
            (c for c in claims if group is not None and c.group.id != group.id), group, labels
        ),
        "source": _names((c.source.id for c in claims), labels.source, labels),
        "parts": _names((c.group.id for c in claims), lambda g: labels.group(g, "part"), labels),
        "group": labels.group("all" if group is None else group.id),
        "group_of": labels.group("all" if group is None else group.id, "of"),
        "routes": _routes(claims, labels),
        "message": finding.message,
    }
    return pattern.format(**fields)


def _figures_only(claims: Iterable[Claim], group: Group | None, labels: Labels) -> str:
    """Figures without their source: "5 (children) + 6 (women)"."""
    texts = []
    for item in claims:
        figure = count_text(item.count, labels)
        if group is not None and item.group.id != group.id:
            figure = labels.phrase("part").format(
                figure=figure, part=labels.group(item.group.id, "part")
            )
        texts.append(figure)
    return labels.phrase("parts_join").join(texts)


def _routes(claims: Sequence[Claim], labels: Labels) -> str:
    routes = len({tuple(s.id for s in c.via) for c in claims})
    noun = labels.noun("route")
    return str(routes) if noun is None else counted(routes, noun)


def _own_side(claims: Sequence[Claim], rec: Reconciliation) -> bool:
    """Whether the reporting party speaks for the group it reports on (or a group above it)."""
    tax = rec.taxonomy
    for item in claims:
        side = item.source.affiliation
        if side is None or item.group.id not in tax or side not in tax:
            continue
        if tax.is_within(item.group.id, side) or tax.is_within(side, item.group.id):
            return True
    return False
