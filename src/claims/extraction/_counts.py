"""Which count phrases can be counts of people: not years, times, dates, units or prisoners held."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from claims.count import Count, CountKind
from claims.extraction._document import CountAt, Document
from claims.extraction._tokens import WORD, Tokens, tokenize
from claims.numbers import _counts_in, _lexicon

__all__ = ["counts_in", "is_people_count"]


def _dropped() -> dict[str, int]:
    """The ASCII characters the document's tokens pass over (quotes, brackets and the like)
    that the count parser reads as tokens of their own, with the kind it gives them."""
    dropped = {}
    for char in map(chr, range(128)):
        parsed = _lexicon.columns(char, lower=True)
        if not tokenize(char, "en").words and parsed.texts == [char]:
            dropped[char] = parsed.kinds[0]
    return dropped


_DROPPED = _dropped()
_DROPPED_CHARS = re.compile(f"[{re.escape(''.join(_DROPPED))}]")
# Where else the two may split ASCII text apart: a dot or comma inside a number the parser
# splits ("1,2", "1.2.3"), or a dot inside a word ("u.s."). Each searched for on its own, as a
# pattern that starts with one literal character is found at C speed.
_SEPARATORS = (re.compile(r"\.(?=[0-9]|[A-Za-z]\.)"), re.compile(r",(?=[0-9])"))


@lru_cache(maxsize=1 << 10)
def _one_token(word: str) -> bool:
    """Whether the count parser reads ``word`` (a number with separators) as one token."""
    return len(_lexicon.columns(word, lower=True).texts) == 1


def _count_tokens(tokens: Tokens, text: str, first: int, last: int) -> _lexicon.Columns | None:
    """The count parser's tokens of the document's tokens ``[first, last)`` of ASCII ``text``
    (the normalised text), read off the document's own; None where they may differ.

    On ASCII text the document's tokenizer splits as ``_lexicon.columns`` does, with the same
    kinds and folds, but for the characters in ``_DROPPED``, which are put back as tokens here,
    a word with dots inside and a number with separators the parser splits otherwise, for which
    this gives None.
    """
    words = tokens.words
    starts = tokens.starts
    start = starts[first]
    end = tokens.ends[last - 1]
    for pattern in _SEPARATORS:
        # One character on: the doc token "u.s" of "u.s." may end the stretch.
        for found in pattern.finditer(text, start, end + 1):
            at = found.start()
            if at in (start, end):
                return None
            before = text[at - 1]
            if before.isdigit():
                if not _one_token(words[bisect_right(starts, at, first, last) - 1]):
                    return None
            elif before.isalpha() and text[at + 1].isalpha():
                return None
    kinds = tokens.kinds[first:last]
    words = words[first:last]
    starts = starts[first:last]
    ends = tokens.ends[first:last]
    dropped = [found.start() for found in _DROPPED_CHARS.finditer(text, start, end)]
    if not dropped:
        return _lexicon.Columns(kinds, words, starts, ends)
    out = _lexicon.Columns([], [], [], [])
    taken = 0
    for at in dropped:
        cut = bisect_left(starts, at, taken)
        char = text[at]
        out.kinds.extend(kinds[taken:cut])
        out.kinds.append(_DROPPED[char])
        out.texts.extend(words[taken:cut])
        out.texts.append(char)
        out.starts.extend(starts[taken:cut])
        out.starts.append(at)
        out.ends.extend(ends[taken:cut])
        out.ends.append(at + 1)
        taken = cut
    out.kinds.extend(kinds[taken:])
    out.texts.extend(words[taken:])
    out.starts.extend(starts[taken:])
    out.ends.extend(ends[taken:])
    return out


def counts_in(doc: Document, first: int, last: int, ascii_text: bool) -> list[CountAt]:
    """The counts of people in the document's tokens ``[first, last)``: the phrases
    ``_counts_in`` finds there that :func:`is_people_count` keeps. ``ascii_text`` says the
    whole normalised text is ASCII."""
    tokens = doc.tokens
    norm = doc.norm
    starts = tokens.starts
    start = starts[first]
    end = tokens.ends[last - 1]
    read = None
    if ascii_text or norm.text[start:end].isascii():
        read = _count_tokens(tokens, norm.text, first, last)
    # Where the parser read the document's own tokens and spans are offsets of the normalised
    # text as well, a count starting at a whole token covers the tokens it was read from.
    places: list[tuple[int, int]] | None = None
    if read is not None and len(read.texts) == last - first and norm.keeps_offsets:
        places = []
    found = _counts_in(norm, start, end, doc.lang, read, places)
    keeps = _People(doc).keeps
    new = tuple.__new__
    counts: list[CountAt] = []
    for number, (span, count) in enumerate(found):
        if places is not None and span[0] == starts[first + places[number][0]]:
            begin, stop = places[number]
            begin += first
            stop += first
        else:
            begin, stop = doc.tokens_of_span(span)
            if begin >= stop:
                continue
        if keeps(begin, stop, count):
            counts.append(new(CountAt, (begin, stop, span, count)))
    return counts


HELD_REACH = 4
"""How many words before a figure a word about prisoners held or people freed rules it out."""


def _is_year(count: Count) -> bool:
    value = count.value
    if value is None or not 1900 <= value <= 2100 or count.kind is not CountKind.EXACT:
        return False
    text = count.text.strip()
    return len(text) == 4 and text.isdigit()


def is_people_count(doc: Document, at: CountAt) -> bool:
    """Whether the figure at ``at`` may count people (a cue must still govern it)."""
    return _People(doc).keeps(at.start, at.end, at.count)


class _People:
    """What :func:`is_people_count` reads of a document, looked up once for all its counts."""

    __slots__ = ("cues", "dates", "doc", "ends", "held", "kinds", "not_people", "starts", "words")

    def __init__(self, doc: Document) -> None:
        tokens = doc.tokens
        hits = doc.hits
        self.doc = doc
        self.words = tokens.words
        self.kinds = tokens.kinds
        self.starts = tokens.starts
        self.ends = tokens.ends
        self.not_people = hits.get("not_people", {})
        self.cues = hits.get("cue", {})
        self.dates = hits.get("date")
        self.held = hits.get("held")

    def keeps(self, first: int, stop: int, count: Count) -> bool:
        """Whether the figure ``count`` over tokens ``[first, stop)`` may count people."""
        words = self.words
        starts = self.starts
        ends = self.ends
        size = len(words)
        has_before = first > 0
        has_after = stop < size
        not_people = self.not_people
        if has_before:
            before = words[first - 1]
            joined = ends[first - 1] == starts[first]
            if joined and before == ":":
                return False
            if joined and (before == "-" or (self.kinds[first - 1] == WORD and before.isascii())):
                return False  # a model name: F-16, Su-25, T72
            if (
                before == "-"
                and first >= 2
                and ends[first - 2] == starts[first - 1]
                and self.kinds[first - 2] == WORD
            ):
                return False  # «سو-» 25
        after = words[stop] if has_after else None
        if after == ":" and starts[stop] == ends[stop - 1]:
            return False
        if _is_year(count) and not (has_after and self.cues.get(stop)):
            return False
        if has_after and (not_people.get(stop) or self._is_month(stop)):
            return False
        if after == "-" and not_people.get(min(stop + 1, size - 1)):
            return False  # "a 70-year-old man"
        if has_before and self._is_month(first - 1):
            return False
        if has_before and not_people.get(first - 1):
            one = count.value == 1 and not count.text.strip().isdigit()
            if one or count.kind is CountKind.VAGUE:
                return False  # «مواقع عدة», «عائلة واحدة»: a word about things, not people
        held = self.held
        if not held:
            return True
        doc = self.doc
        sentence = doc.sentences[doc.sentence_of[first]]
        reach = range(max(sentence.start, first - HELD_REACH), first)
        return not any(held.get(index) for index in reach)

    def _is_month(self, index: int) -> bool:
        dates = self.dates
        found = dates.get(index) if dates else None
        return found is not None and any(hit.value.key == "month" for hit in found)
