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


def statuses(doc: Document, figures: list[Figure]) -> list[Status]:
    """The status of each figure."""
    preliminary = _hedges(doc, "preliminary")
    rising = _hedges(doc, "rising")
    final = _hedges(doc, "final")
    with_figures = sorted({figure.sentence for figure in figures})
    for number in sorted(set(rising) - set(with_figures)):
        earlier = [s for s in with_figures if s < number]
        if earlier:
            rising[earlier[-1]] = rising.get(earlier[-1], True) and rising[number]
    result = []
    for figure in figures:
        number = figure.sentence
        deaths_only = rising.get(number)
        hedged = deaths_only is not None and (not deaths_only or figure.metric in _DEATHS)
        if number in preliminary or hedged:
            result.append(Status.PRELIMINARY)
        elif number in final:
            result.append(Status.FINAL)
        else:
            result.append(Status.UNKNOWN)
    return result
