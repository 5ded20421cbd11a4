"""Whether a figure is presented as settled: preliminary, final, or unknown.

A toll is preliminary when its sentence says so («حصيلة أولية», «غير نهائية», "preliminary
toll") or says it may rise («مرشحة للارتفاع», «البحث جارٍ», "expected to rise"). A hedge that
names the dead («وعدد الشهداء مرشح للارتفاع», "the death toll is expected to rise") marks
killed and casualties figures only. A hedge said on its own («وأشارت المصادر إلى أن عدد
الوفيات قابل للارتفاع») marks the sentence of figures before it. «الحصيلة النهائية», "final
toll" mark a toll final; anything else is unknown.
"""

from __future__ import annotations

from claims.extraction._document import Document
from claims.extraction.metrics import Figure
from claims.model import Status

__all__ = ["statuses"]

_DEATHS = frozenset({"killed", "casualties"})
DEATHS_REACH = 3
"""How many words before a "may rise" hedge a word for the dead restricts it to them."""


def _hedges(doc: Document, key: str) -> dict[int, bool]:
    """Sentences with a hedge of this kind, each with whether it speaks of the dead only."""
    found: dict[int, bool] = {}
    for index, hits in doc.hits.get("status", {}).items():
        if not any(hit.value.key == key for hit in hits):
            continue
        number = doc.sentence_of[index]
        start = max(doc.sentences[number].start, index - DEATHS_REACH)
        deaths = any(doc.at("deaths", i) for i in range(start, index + 1))
        found[number] = found.get(number, True) and deaths
    return found


def _hedge_owners(
    doc: Document, figures: list[Figure], sources: list[str | None]
) -> dict[int, set[str | None]]:
    """For sentences whose figures come from several sources: the sources a hedge belongs to.

    «قُتل 4 بحسب المرصد، في حصيلة غير نهائية، فيما أعلنت قسد مقتل 6»: the hedge sits in the
    monitor's clause, so it is the monitor's toll that is not final, not the SDF's. A hedge
    belongs to the sources of the figures in its clause, or, in a clause with no figure, to
    those of the nearest clause with figures (the one before it first).
    """
    hedges = doc.hits.get("status")
    if not hedges:
        return {}
    hedged = {doc.sentence_of[index] for index in hedges}
    by_sentence: dict[int, list[tuple[int, str | None]]] = {}
    for figure, source in zip(figures, sources, strict=True):
        if figure.sentence in hedged:
            clause = doc.sentences[figure.sentence].clause_of(figure.at.start)
            by_sentence.setdefault(figure.sentence, []).append((clause, source))
    owners: dict[int, set[str | None]] = {}
    for index in hedges:
        number = doc.sentence_of[index]
        here = by_sentence.get(number, [])
        if len({source for _, source in here}) < 2:
            continue
        clause = doc.sentences[number].clause_of(index)
        clauses = sorted({c for c, _ in here})
        before = [c for c in clauses if c <= clause]
        after = [c for c in clauses if c > clause]
        nearest = before[-1] if before else after[0]
        owners.setdefault(number, set()).update(s for c, s in here if c == nearest)
    return owners


def statuses(
    doc: Document, figures: list[Figure], sources: list[str | None] | None = None
) -> list[Status]:
    """The status of each figure; ``sources`` (one per figure) scopes hedges in mixed sentences."""
    if not doc.hits.get("status"):
        return [Status.UNKNOWN] * len(figures)  # no hedge, no final toll: nothing is settled
    preliminary = _hedges(doc, "preliminary")
    rising = _hedges(doc, "rising")
    final = _hedges(doc, "final")
    with_figures = sorted({figure.sentence for figure in figures})
    for number in sorted(set(rising) - set(with_figures)):
        earlier = [s for s in with_figures if s < number]
        if earlier:
            rising[earlier[-1]] = rising.get(earlier[-1], True) and rising[number]
    owners = {} if sources is None else _hedge_owners(doc, figures, sources)
    result = []
    for position, figure in enumerate(figures):
        number = figure.sentence
        if number in owners and sources is not None and sources[position] not in owners[number]:
            result.append(Status.UNKNOWN)
            continue
        deaths_only = rising.get(number)
        hedged = deaths_only is not None and (not deaths_only or figure.metric in _DEATHS)
        if number in preliminary or hedged:
            result.append(Status.PRELIMINARY)
        elif number in final:
            result.append(Status.FINAL)
        else:
            result.append(Status.UNKNOWN)
    return result
