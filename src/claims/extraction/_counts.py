"""Which count phrases can be counts of people: not years, times, dates, units or prisoners held."""

from __future__ import annotations

from claims.count import CountKind
from claims.extraction._document import CountAt, Document
from claims.extraction._tokens import WORD

__all__ = ["is_people_count"]

HELD_REACH = 4
"""How many words before a figure a word about prisoners held or people freed rules it out."""


def _is_year(at: CountAt) -> bool:
    count = at.count
    text = count.text.strip()
    return (
        count.kind is CountKind.EXACT
        and count.value is not None
        and 1900 <= count.value <= 2100
        and len(text) == 4
        and text.isdigit()
    )


def is_people_count(doc: Document, at: CountAt) -> bool:
    """Whether the figure at ``at`` may count people (a cue must still govern it)."""
    tokens = doc.tokens
    last = len(tokens) - 1
    before = tokens[at.start - 1] if at.start > 0 else None
    after = tokens[at.end] if at.end < len(tokens) else None
    if before is not None and before.text == ":" and before.end == tokens[at.start].start:
        return False
    if after is not None and after.text == ":" and after.start == tokens[at.end - 1].end:
        return False
    if (
        before is not None
        and before.end == tokens[at.start].start
        and (before.text == "-" or (before.kind == WORD and before.text.isascii()))
    ):
        return False  # a model name: F-16, Su-25, T72
    if (
        before is not None
        and before.text == "-"
        and at.start >= 2
        and tokens[at.start - 2].end == before.start
        and tokens[at.start - 2].kind == WORD
    ):
        return False  # «سو-» 25
    if _is_year(at) and not (after is not None and doc.at("cue", at.end)):
        return False
    if after is not None and (doc.at("not_people", at.end) or _is_month(doc, at.end)):
        return False
    if after is not None and after.text == "-" and doc.at("not_people", min(at.end + 1, last)):
        return False  # "a 70-year-old man"
    if before is not None and _is_month(doc, at.start - 1):
        return False
    one = at.count.value == 1 and not at.count.text.strip().isdigit()
    vague = at.count.kind is CountKind.VAGUE
    if before is not None and (vague or one) and doc.at("not_people", at.start - 1):
        return False  # «مواقع عدة», «عائلة واحدة»: a word about things, not people
    sentence = doc.sentences[doc.sentence_of[at.start]]
    return not any(
        doc.at("held", index)
        for index in range(max(sentence.start, at.start - HELD_REACH), at.start)
    )


def _is_month(doc: Document, index: int) -> bool:
    return any(hit.value.key == "month" for hit in doc.at("date", index))
