"""Text normalisation for matching, with a map back to the original text.

Arabic news text writes the same word many ways: with or without short vowels
(tashkeel), stretched with tatweel, with any of four alef forms, with ى or ي at
the end, with ة or ه, with Arabic-Indic, Persian or Western digits, and with
invisible bidi and zero-width marks. :func:`normalize` folds all of these to one
form so that word lists can be matched with plain lookups, and keeps a map so a
span found in the normalised text can be reported as a span of the original.

Every edit is either a one-for-one character replacement or a deletion, so the
map is a short list of breakpoints (one per run of deleted characters) and both
directions of the mapping are cheap. The whole pass is linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right

import regex
from attrs import frozen
from pyarabic import araby

__all__ = ["REGEX_TIMEOUT", "SHORT_TEXT", "Normalized", "normalize", "regex_timeout"]

REGEX_TIMEOUT = 5.0
"""Seconds one regex call on a long text may run before it gives up (see :data:`SHORT_TEXT`)."""

SHORT_TEXT = 4096
"""Texts up to this many characters are matched without a time limit.

Every pattern in `claims` is a single character class or uses only possessive
quantifiers, so it runs in linear time and a short text takes microseconds;
arming the `regex` module's timer costs more than such a match (about 3 µs a
call). Longer texts get :data:`REGEX_TIMEOUT` as a second line of defence.
"""


def regex_timeout(text: str) -> float | None:
    """The ``timeout=`` to pass to a `regex` call on ``text``: None for short texts."""
    return REGEX_TIMEOUT if len(text) > SHORT_TEXT else None


_INVISIBLE = (
    "\u061c"  # Arabic letter mark
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space, (non-)joiner, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2066\u2067\u2068\u2069"  # word joiner, bidi isolates
    "\ufeff"  # byte order mark / zero-width no-break space
)
# Marks that sit on the letter before them: a span ending at that letter also covers them.
_MARKS = "".join(araby.DIACRITICS) + araby.TATWEEL
_DELETED = _MARKS + _INVISIBLE

_FOLDS = {
    araby.ALEF_HAMZA_ABOVE: araby.ALEF,
    araby.ALEF_HAMZA_BELOW: araby.ALEF,
    araby.ALEF_MADDA: araby.ALEF,
    araby.ALEF_WASLA: araby.ALEF,
    araby.ALEF_MAKSURA: araby.YEH,
    araby.TEH_MARBUTA: araby.HEH,
    "\u06cc": araby.YEH,  # Farsi yeh
    "\u06a9": araby.KAF,  # keheh
    "\u066c": ",",  # Arabic thousands separator
    "\u066b": ".",  # Arabic decimal separator
    "\u066a": "%",  # Arabic percent sign
    "\u00a0": " ",
    "\u202f": " ",
    "\u3000": " ",
    **{chr(code): " " for code in range(0x2000, 0x200B)},  # en quad .. hair space
    **{chr(code): "-" for code in range(0x2010, 0x2016)},  # hyphens and dashes
    "\u2212": "-",  # minus sign
    **dict(zip(araby.NUMBERS_EAST, "0123456789", strict=True)),
    **dict(zip(araby.NUMBERS_PERS, "0123456789", strict=True)),
}

_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETED}
_TABLE.update({ord(k): v for k, v in _FOLDS.items()})

_DELETED_RUN = regex.compile("[" + regex.escape(_DELETED) + "]+")
_MARK_SET = frozenset(_MARKS)


@frozen
class Normalized:
    """A normalised text and the way back to the text it came from.

    ``breaks`` and ``shifts`` encode the map: the character at normalised index
    ``i`` came from original index ``i + shifts[k]``, where ``breaks[k]`` is the
    last breakpoint at or before ``i``.

    >>> n = normalize("قُتِلَ ٤ أشخاص")
    >>> n.text
    'قتل 4 اشخاص'
    >>> start, end = n.original_span(4, 5)
    >>> n.original[start:end]
    '٤'
    """

    original: str
    text: str
    breaks: tuple[int, ...] = (0,)
    shifts: tuple[int, ...] = (0,)

    @property
    def keeps_offsets(self) -> bool:
        """Whether nothing was deleted, so every index of ``text`` is its index in ``original``."""
        return self.shifts == (0,)

    def original_index(self, index: int) -> int:
        """Where the character at normalised ``index`` sits in the original (the end to the end)."""
        if index >= len(self.text):
            return len(self.original)
        return index + self.shifts[bisect_right(self.breaks, index) - 1]

    def original_indices(self, indices: list[int]) -> list[int]:
        """:meth:`original_index` of each of ``indices``, which must be in increasing order."""
        if len(self.breaks) == 1:
            # One shift for the whole text: zero, or the marks deleted before its first letter.
            size, shift = len(self.text), self.shifts[0]
            if not shift and (not indices or indices[-1] < size):
                return indices
            return [index + shift if index < size else len(self.original) for index in indices]
        breaks, shifts = self.breaks, self.shifts
        last = len(breaks) - 1
        k = 0
        out = []
        for index in indices:
            while k < last and breaks[k + 1] <= index:
                k += 1
            out.append(index + shifts[k] if index < len(self.text) else len(self.original))
        return out

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that normalised ``[start, end)`` came from.

        The span covers the diacritics and tatweel written on its last letter,
        so the slice reads as the writer wrote it.
        """
        if self.keeps_offsets:
            return start, max(start, end)  # nothing was deleted: the identity map
        if end <= start:
            at = self.original_index(start)
            return at, at
        first = self.original_index(start)
        last = self.original_index(end - 1) + 1
        original = self.original
        while last < len(original) and original[last] in _MARK_SET:
            last += 1
        return first, last

    def original_text(self, start: int, end: int) -> str:
        """The original text behind normalised ``[start, end)``."""
        first, last = self.original_span(start, end)
        return self.original[first:last]


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching: drop tashkeel, tatweel and invisible marks; fold letters, digits.

    Returns a :class:`Normalized` that maps spans back to ``text``. If the
    deletion scan times out (it cannot on any text we know of; the pattern is a
    single character class), the map falls back to the identity on a text with
    only one-for-one folds, which is still correct.
    """
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Normalized(text, folded)
    breaks = [0]
    shifts = [0]
    deleted = 0
    try:
        runs = list(_DELETED_RUN.finditer(text, timeout=regex_timeout(text)))
    except TimeoutError:
        kept = text.translate({ord(c): "\ufffd" for c in _DELETED}).translate(_TABLE)
        return Normalized(text, kept)
    for run in runs:
        deleted += run.end() - run.start()
        at = run.end() - deleted
        if breaks[-1] == at:
            shifts[-1] = deleted
        else:
            breaks.append(at)
            shifts.append(deleted)
    return Normalized(text, folded, tuple(breaks), tuple(shifts))
