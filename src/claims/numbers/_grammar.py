"""Count phrases around numerals: hedges, ranges, vague quantifiers and counted nouns.

The phrase grammar is the same for both languages; the word lists and the
numeral readers differ. Scanning goes left to right over tokens and takes the
first phrase that starts at each token, so results are in order and never
overlap. Every step looks ahead a bounded number of tokens (numerals are at
most a few groups long), so a scan is linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from itertools import compress, count
from operator import not_, or_
from typing import NamedTuple

from claims.count import Count, CountKind, _valid_count, approx_bounds
from claims.normalize import Normalized
from claims.numbers import arabic, english
from claims.numbers._context import Context, Numeral
from claims.numbers._lexicon import (
    HEDGE,
    NOUN,
    NUM,
    NUMBER,
    OPENER,
    PUNCT,
    SKIP,
    VAGUE,
    WORD,
    Columns,
    Hedge,
    Lexicon,
    Phrases,
    Role,
)

__all__ = ["Found", "scan"]

_NUMERALS: dict[str, Callable[[Context, int], Numeral]] = {
    "ar": arabic.numeral,
    "en": english.numeral,
}
_FEW = 8  # tokens below which a scan tries each token in turn
_MAX_NOUNS = 3  # counted nouns skipped after a figure: «12 قتيلا آخرين», "12 people"


class Found(NamedTuple):
    """A count found in tokens ``[start, end)``; ``skip`` is a clitic length to leave off the start.

    ``after`` is where scanning resumes (past nouns the count consumed). A named tuple,
    like Token, because a scan makes many and discards them at once.
    """

    low: int
    high: int | None
    kind: CountKind
    value: int | None
    start: int
    skip: int
    end: int
    after: int


_found = partial(tuple.__new__, Found)
"""A Found from its fields as a tuple, without the named tuple's Python-level ``__new__``."""


def _hedged(
    hedge: Hedge, value: int, tolerance: float
) -> tuple[int, int | None, CountKind, int | None]:
    if hedge is Hedge.APPROX:
        low, high = approx_bounds(value, tolerance)
        return low, high, CountKind.APPROX, value
    if hedge is Hedge.NEARLY:
        return approx_bounds(value, tolerance)[0], value, CountKind.APPROX, value
    if hedge is Hedge.MORE_THAN:
        return value + 1, None, CountKind.AT_LEAST, None
    if hedge is Hedge.AT_LEAST:
        return value, None, CountKind.AT_LEAST, None
    if hedge is Hedge.LESS_THAN:
        return 0, max(value - 1, 0), CountKind.AT_MOST, None
    return 0, value, CountKind.AT_MOST, None


class _Scanner(Context):
    """One scan of one text: its tokens and memos (a Context) and the settings of the call."""

    __slots__ = ("numeral", "tolerance")

    def __init__(self, lex: Lexicon, kinds: list[int], texts: list[str], tolerance: float) -> None:
        # Context's fields set here rather than through super(): a phrase is scanned in a few
        # microseconds, and the call would be a noticeable part of them.
        self.lex = lex
        self.kinds = kinds
        self.texts = texts
        self.size = len(texts)
        self.numerals: dict[int, Numeral] = {}
        self.numeral = _NUMERALS[lex.lang]
        self.tolerance = tolerance

    # -- helpers --------------------------------------------------------------

    def _numeral(self, index: int) -> Numeral:
        """The readings of the numeral at token ``index`` (read once per scan)."""
        found = self.numerals.get(index)
        if found is None:
            found = self.numeral(self, index)
            self.numerals[index] = found
        return found

    def can_start(self, index: int) -> int:
        """What phrases could start at token ``index`` (flags; 0 for none): skips most words.

        A word's gate (see ``_lexicon.Gate``) may ask for a given next token, and the one after
        it, first.
        """
        if self.kinds[index] == NUM:
            return NUMBER
        gate = self.lex.gates.get(self.texts[index])
        if gate is None:
            return 0
        after = gate.after
        if after is None:
            return gate.flags
        follower = index + 1
        if follower >= self.size:
            return 0
        text = self.texts[follower]
        if text in after:
            thirds = gate.thirds.get(text)
            if thirds is None or (follower + 1 < self.size and self.texts[follower + 1] in thirds):
                return gate.flags
            return 0
        if gate.digits_after and self.kinds[follower] == NUM:
            return gate.flags
        return 0

    def _prefix(self, index: int, *, joined: bool = False) -> str:
        """The clitic prefix a number-bearing word at ``index`` carries."""
        found = self.number_word(index, joined=joined)
        return found[1] if found is not None else ""

    def _noun_word(self, index: int) -> tuple[str, str] | None:
        """The counted noun at ``index`` (without clitics or accusative alef) and its prefix."""
        if index >= self.size or self.kinds[index] != WORD:
            return None
        return self.lex.noun_forms.get(self.texts[index])

    def _skip_quotes(self, index: int) -> int:
        """Past quotes and brackets at ``index`` («(61) قتيلاً»)."""
        quotes = self.lex.quotes
        while index < self.size and self.texts[index] in quotes:
            index += 1
        return index

    def _skip_nouns(self, index: int) -> int:
        """Past the counted nouns, «آخرين» forms and emphatic numbers after a figure.

        A noun with the conjunction starts a new count («3 أطفال وامرأة»: a woman
        too), except an accusative after an accusative («61 قتيلاً وجريحاً»: one
        count of killed and wounded).
        """
        size = self.size
        if index >= size:
            return index
        lex = self.lex
        texts = self.texts
        suffix = lex.accusative_suffix
        previous = ""
        for _ in range(_MAX_NOUNS):
            if index < size and texts[index] in lex.quotes:
                index = self._skip_quotes(index)
            if index >= size:
                break
            text = texts[index]
            noun = lex.noun_forms.get(text) if self.kinds[index] == WORD else None
            if noun is not None and noun[1] in lex.conj_prefixes:
                if not (suffix and previous.endswith(suffix) and text.endswith(suffix)):
                    break
            elif noun is None and text not in lex.another and text not in lex.emphatic:
                break
            previous = text
            index += 1
        return index

    def _hedge_after(self, index: int) -> tuple[Hedge, int] | None:
        """A hedge after a figure and its nouns at ``index``, past one filler or unknown word.

        «ثلاثة منهم على الأقل», «14 متطرفا على الأقل»: the word between is the counted
        noun or "of them", whatever the word lists know of it.
        """
        if index >= self.size:
            return None
        lex = self.lex
        hedged = self.match(lex.hedges_after, index)
        if (
            hedged is None
            and index + 1 < self.size
            and self.kinds[index] == WORD
            and self.number_word(index) is None
        ):
            hedged = self.match(lex.hedges_after, index + 1)
        if hedged is None:
            return None
        for at in range(hedged[2] - len(hedged[0]), hedged[2]):
            before = self.match(lex.hedges_before, at)
            if before is not None and self._numeral(self._skip_quotes(before[2])):
                return None  # «5 قتلى وأكثر من 20 جريحا»: the hedge is the next figure's
        return lex.hedges_after[hedged[0]], hedged[2]

    def _and_one_noun(self, index: int) -> int:
        """The end of «و» + a singular noun + «واحد» after a figure («أربعمئة وقتيلاً واحداً»:
        401, the noun written between the parts), or 0."""
        noun = self._noun_word(index)
        suffix = self.lex.accusative_suffix
        if noun is None or noun[1] not in self.lex.conj_prefixes:
            return 0
        if not suffix or not self.texts[index].endswith(suffix):
            return 0  # «20 وجريح واحد» is 20 and one wounded
        if noun[0] not in self.lex.singular_nouns or index + 1 >= self.size:
            return 0
        one = self.number_word(index + 1)
        if one is None or one[1] or one[0].role is not Role.UNIT or one[0].value != 1:
            return 0
        return index + 2

    def _past_subject(self, index: int) -> int:
        """Where a figure starts after the words between a verb of exceeding and it
        («تجاوزت الحصيلة 50»), or ``size`` when none starts within the hedge's reach."""
        for at in range(index, min(self.size, index + self.lex.hedge_gap_reach + 1)):
            if self._numeral(at):
                return at
            if self.kinds[at] != WORD or self.number_word(at) is not None:
                break
        return self.size

    def _blocked(self, start: int, end: int) -> bool:
        """Whether the figure in tokens ``[start, end)`` is a date, a share or the like."""
        lex = self.lex
        return self.ends_with(lex.not_before, start) or self.match(lex.not_after, end) is not None

    # -- phrases ----------------------------------------------------------------

    def _range_from(self, start: int, skip: int, at: int, joins: Phrases[bool]) -> Found | None:
        """A range whose first figure starts at token ``at``, its ends joined by a ``joins``."""
        for low, low_end in reversed(self._numeral(at)):
            joined = self.match(joins, low_end, clitics=False)
            second = joined[2] if joined is not None else None
            if second is None and low_end < self.size:
                prefix = self._prefix(low_end, joined=True)
                if prefix in self.lex.conj_prefixes and (prefix,) in joins:
                    second = low_end
            if second is None:
                continue
            highs = self._numeral(second)
            if highs and highs[-1][0] > low:
                high, end = highs[-1]
                if self._blocked(at, end):
                    return None
                return _found(
                    (low, high, CountKind.RANGE, None, start, skip, end, self._skip_nouns(end))
                )
        return None

    def _figure(self, start: int) -> Found | None:
        """A figure with what may follow it: a second figure (a range) or a hedge."""
        lex = self.lex
        readings = self._numeral(start)
        if not readings:
            return None
        value, end = readings[-1]
        size = self.size
        skip = len(self._prefix(start)) if self.kinds[start] == WORD else 0
        if start and (self.ends_with(lex.not_before, start) or self._year(start, end, value)):
            return _found(
                (0, None, CountKind.UNKNOWN, None, start, skip, -1, self._skip_nouns(end))
            )
        # Only a noun with a conjunction prefix can go on a figure (none in a language without).
        one_more = self._and_one_noun(end) if lex.conj_prefixes else 0
        if one_more:
            value, end = value + 1, one_more
        followed = end < size and self.texts[end] in lex.follower_forms
        if followed and self.match(lex.not_after, end) is not None:
            return _found((0, None, CountKind.UNKNOWN, None, start, skip, -1, end))
        joined = self.match(lex.range_joins, end, clitics=False) if followed else None
        if joined is not None:
            ranged = self._range_from(start, skip, start, lex.range_joins)
            if ranged is not None:
                return ranged
        if end >= size:  # the common case in a phrase: nothing after the figure
            return _found((value, value, CountKind.EXACT, value, start, skip, end, end))
        after_nouns = self._skip_nouns(end)
        hedged = self._hedge_after(after_nouns)
        if hedged is not None:
            low, high, kind, stated = _hedged(hedged[0], value, self.tolerance)
            return _found((low, high, kind, stated, start, skip, hedged[1], hedged[1]))
        return _found((value, value, CountKind.EXACT, value, start, skip, end, after_nouns))

    def _vague(self, start: int) -> Found | None:
        lex = self.lex
        matched = self.match(lex.vague, start)
        if matched is None:
            return None
        phrase, prefix, end = matched
        low, high = lex.vague[phrase]
        at = end + 1 if self.text(end) in lex.vague_links else end
        scale = 0
        if self.text(at) in lex.hundred_words:
            scale = 100
        elif at < self.size:
            found = self.number_word(at)
            if found is not None and found[0].role is Role.SCALE and not found[1]:
                scale = found[0].value
        if scale:
            low, high, end = low * scale, (high + 1) * scale - 1, at + 1
        return _found(
            (low, high, CountKind.VAGUE, None, start, len(prefix), end, self._skip_nouns(end))
        )

    def _noun(self, start: int) -> Found | None:
        """A count carried by a noun alone: a dual (2), a singular casualty noun (1), «آخر»."""
        lex = self.lex
        if self.kinds[start] != WORD:
            return None
        for stem, prefix in self.variants(start):
            counted = lex.another.get(stem)
            if counted is not None and self._of_plural(start):
                return None
            if counted is not None and (counted[0] > 1 or self._another_counts(start)):
                low, high = counted
                kind = CountKind.EXACT if low == high else CountKind.VAGUE
                return _found(
                    (
                        low,
                        high,
                        kind,
                        low if low == high else None,
                        start,
                        len(prefix),
                        start + 1,
                        start + 1,
                    )
                )
        noun = self._noun_word(start)
        if noun is None:
            return None
        form, prefix = noun
        if form in lex.dual_nouns:
            after = self._skip_nouns(start + 1)
            return _found((2, 2, CountKind.EXACT, 2, start, len(prefix), start + 1, after))
        if form in lex.singular_nouns:
            if not self._singular_counts(start, prefix):
                return None
            after = self._skip_nouns(start + 1)
            return _found((1, 1, CountKind.EXACT, 1, start, len(prefix), start + 1, after))
        return None

    def _singular_counts(self, index: int, prefix: str) -> bool:
        """Whether a singular casualty noun at ``index`` states a count of one (see ar.toml)."""
        if index == 0:
            return True
        lex = self.lex
        if self.texts[index - 1] in lex.noun_blockers:
            return False
        if any(stem in lex.singular_after for stem, _ in self.variants(index - 1)):
            return True
        if index + 1 < self.size:
            one = self.number_word(index + 1)
            if one is not None and not one[1] and one[0].role is Role.UNIT and one[0].value == 1:
                return True
        joined = prefix in lex.conj_prefixes
        return joined and (self.kinds[index - 1] == NUM or self._noun_word(index - 1) is not None)

    def _year(self, start: int, end: int, value: int) -> bool:
        """Whether the figure at ``start`` is a year: four plain digits after «في», "in"…"""
        lex = self.lex
        first, last = lex.year_range
        return (
            end == start + 1
            and self.kinds[start] == NUM
            and len(self.texts[start]) == 4
            and first <= value <= last
            and self.texts[start - 1] in lex.year_after
        )

    def _one_of(self, start: int) -> Found | None:
        """«أحد»/«إحدى» before a noun: "one of" («مقتل أحد عناصرها»), a count of one."""
        found = self.number_word(start)
        after = start + 1
        if found is None or found[0].role is not Role.TEEN_ONE or after >= self.size:
            return None
        if self.kinds[after] != WORD or self.number_word(after, joined=True) is not None:
            return None
        if self.texts[after] in self.lex.teen_suffixes:
            return None
        if start and self.texts[start - 1] in self.lex.one_of_blockers:
            return None
        return _found((1, 1, CountKind.EXACT, 1, start, len(found[1]), after, after))

    def _of_plural(self, index: int) -> bool:
        """Whether «آخرين» at ``index`` follows a plural with no numeral («من ضمنهم عناصر
        آخرين»): an adjective, "other members", that counts nobody."""
        noun = self._noun_word(index - 1) if index else None
        return noun is not None and noun[0] in self.lex.counted_nouns

    def _another_counts(self, index: int) -> bool:
        """Whether «آخر» at ``index`` means "another" (a count) rather than "last"."""
        lex = self.lex
        if index == 0 or self.kinds[index - 1] != WORD:
            return False
        if self.texts[index - 1] in lex.another_blockers:
            return False
        follower = index + 1
        if follower >= self.size or self.kinds[follower] == PUNCT:
            return True
        text = self.texts[follower]
        return (
            text in lex.another_followers
            or text in lex.conjunctions
            or any(text.startswith(prefix) and len(text) > 2 for prefix in lex.conj_prefixes)
        )

    def at(self, start: int, flags: int = -1) -> Found | None:
        """The count phrase starting at token ``start``, trying only what ``flags`` allow."""
        lex = self.lex
        if flags & SKIP:
            idiom = self.match(lex.not_count_phrases, start)
            if idiom is not None:
                return _found((0, None, CountKind.UNKNOWN, None, start, 0, -1, idiom[2]))
        opened = self.match(lex.range_openers, start) if flags & OPENER else None
        if opened is not None:
            phrase, prefix, at = opened
            found = self._range_from(start, len(prefix), at, lex.range_openers[phrase])
            if found is not None:
                return found
        hedged = self.match(lex.hedges_before, start) if flags & HEDGE else None
        if hedged is not None:
            phrase, prefix, at = hedged
            at = self._skip_quotes(at)
            readings = self._numeral(at)
            if not readings and len(phrase) == 1 and phrase[0] in lex.hedge_gap:
                at = self._past_subject(at)
                readings = self._numeral(at) if at < self.size else []
            if readings:
                value, end = readings[-1]
                if self._blocked(at, end):
                    return _found((0, None, CountKind.UNKNOWN, None, start, 0, -1, end))
                low, high, kind, stated = _hedged(lex.hedges_before[phrase], value, self.tolerance)
                return _found(
                    (low, high, kind, stated, start, len(prefix), end, self._skip_nouns(end))
                )
        return (
            (self._vague(start) if flags & VAGUE else None)
            or (self._figure(start) if flags & NUMBER else None)
            or (self._one_of(start) if flags & NUMBER else None)
            or (self._noun(start) if flags & NOUN else None)
        )


def scan(
    norm: Normalized,
    lex: Lexicon,
    tokens: Columns,
    tolerance: float,
    limit: int,
    offset: int = 0,
    places: list[tuple[int, int]] | None = None,
) -> list[tuple[tuple[int, int], Count]]:
    """The count phrases of a tokenised text, in order and without overlap, at most ``limit``.

    ``tokens`` index ``norm.text`` from ``offset`` on (a stretch of a longer text); spans are
    of ``norm.original``. Where ``places`` is given, the tokens ``[first, end)`` of each count
    are added to it.
    """
    kinds, texts, starts, ends = tokens
    scanner = _Scanner(lex, kinds, texts, tolerance)
    can_start = scanner.can_start
    at = scanner.at
    results: list[tuple[tuple[int, int], Count]] = []
    original = norm.original
    identity = norm.keeps_offsets  # nothing was deleted: spans are the normalised text's
    resume = 0
    # Only digit tokens (kind 0) and words with a gate can start a phrase: in a long text the
    # others are passed over in one pass at C speed; a phrase has too few to be worth it.
    candidates: Iterable[int] = (
        compress(count(), map(or_, map(not_, kinds), map(lex.gate_words.__contains__, texts)))
        if len(texts) > _FEW
        else range(len(texts))
    )
    for index in candidates:
        if index < resume:
            continue
        flags = can_start(index)
        found = at(index, flags) if flags else None
        if found is None:
            continue
        low, high, kind, value, first, skip, end, after = found
        resume = after if after > index else index + 1
        if end < 0:
            continue  # a figure that is no count (a year, a share): skipped whole
        begin = offset + starts[first] + skip
        stop = offset + ends[end - 1]
        span = (begin, max(begin, stop)) if identity else norm.original_span(begin, stop)
        text = original[span[0] : span[1]]
        results.append((span, _valid_count(low, high, kind, value, text)))
        if places is not None:
            places.append((first, end))
        if len(results) >= limit:
            break
    return results
