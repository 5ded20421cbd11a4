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
    words = tokens.words
    starts = tokens.starts
    ends = tokens.ends
    first = at.start
    stop = at.end
    size = len(words)
    last = size - 1
    has_before = first > 0
    has_after = stop < size
    hits = doc.hits
    not_people = hits.get("not_people", {})
    if has_before:
        before = words[first - 1]
        joined = ends[first - 1] == starts[first]
        if joined and before == ":":
            return False
        if joined and (before == "-" or (tokens.kinds[first - 1] == WORD and before.isascii())):
            return False  # a model name: F-16, Su-25, T72
        if (
            before == "-"
            and first >= 2
            and ends[first - 2] == starts[first - 1]
            and tokens.kinds[first - 2] == WORD
        ):
            return False  # «سو-» 25
    after = words[stop] if has_after else None
    if after == ":" and starts[stop] == ends[stop - 1]:
        return False
    if _is_year(at) and not (has_after and hits.get("cue", {}).get(stop)):
        return False
    if has_after and (not_people.get(stop) or _is_month(doc, stop)):
        return False
    if after == "-" and not_people.get(min(stop + 1, last)):
        return False  # "a 70-year-old man"
    if has_before and _is_month(doc, first - 1):
        return False
    count = at.count
    if has_before and not_people.get(first - 1):
        one = count.value == 1 and not count.text.strip().isdigit()
        if one or count.kind is CountKind.VAGUE:
            return False  # «مواقع عدة», «عائلة واحدة»: a word about things, not people
    held = hits.get("held")
    if not held:
        return True
    sentence = doc.sentences[doc.sentence_of[first]]
    reach = range(max(sentence.start, first - HELD_REACH), first)
    return not any(held.get(index) for index in reach)


def _is_month(doc: Document, index: int) -> bool:
    dates = doc.hits.get("date")
    found = dates.get(index) if dates else None
    return found is not None and any(hit.value.key == "month" for hit in found)
