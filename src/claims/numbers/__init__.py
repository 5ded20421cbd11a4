"""Counts from phrases: «حوالي 500 قتيل», "at least 15", "dozens", «قتيلين».

:func:`parse_count` reads the count a phrase states; :func:`find_counts` finds
every count in a sentence, with spans into the original text. Both read Arabic
and English, normalise Arabic first (diacritics, alef forms, Arabic-Indic and
Persian digits) and never raise on a string: text with no count gives ``None``
or ``[]``. See ``docs/counts.md`` for what each phrase means as an interval.

>>> parse_count("حوالي ٥٠٠ قتيل")
Count(low=450, high=550, kind=<CountKind.APPROX: 'approx'>, value=500, text='حوالي ٥٠٠')
>>> parse_count("at least 15 people")
Count(low=15, high=None, kind=<CountKind.AT_LEAST: 'at_least'>, value=None, text='at least 15')
"""

from __future__ import annotations

import regex

from claims.count import DEFAULT_APPROX_TOLERANCE, Count, approx_bounds
from claims.errors import ClaimsError, ClaimsTypeError
from claims.normalize import REGEX_TIMEOUT, Normalized, normalize, regex_timeout
from claims.numbers import _lexicon
from claims.numbers._grammar import scan

__all__ = ["REGEX_TIMEOUT", "UnknownLanguage", "detect_language", "find_counts", "parse_count"]

_ARABIC_LETTER = regex.compile(r"[\p{Script=Arabic}&&\p{L}]", regex.V1)


class UnknownLanguage(ClaimsError, ValueError):
    """A language the count parser has no grammar for."""


Span = tuple[int, int]


def detect_language(text: str) -> str:
    """The language of ``text`` for counting: Arabic if it has an Arabic letter, else English.

    Returns "ar" or "en". On a text longer than ``claims.normalize.SHORT_TEXT``,
    raises TimeoutError past :data:`REGEX_TIMEOUT` (our callers turn that into "no counts").
    """
    if not isinstance(text, str):
        raise ClaimsTypeError(f"text must be a str, not {type(text).__name__}")
    return "ar" if _ARABIC_LETTER.search(text, timeout=regex_timeout(text)) else "en"


def _language(lang: object) -> str | None:
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise ClaimsTypeError(f"lang must be a str or None, not {type(lang).__name__}")
    primary = lang.strip().lower().replace("_", "-").split("-")[0]
    if primary not in _lexicon.LANGUAGES:
        known = ", ".join(_lexicon.LANGUAGES)
        raise UnknownLanguage(f"no count grammar for language {lang!r}; known: {known}")
    return primary


def _find(text: object, lang: object, tolerance: float, limit: int) -> list[tuple[Span, Count]]:
    if not isinstance(text, str):
        raise ClaimsTypeError(f"text must be a str, not {type(text).__name__}")
    chosen = lang if lang in _lexicon.LANGUAGES else _language(lang)
    if tolerance != DEFAULT_APPROX_TOLERANCE:
        approx_bounds(0, tolerance)  # checks the tolerance up front, whatever the text holds
    norm = normalize(text)
    try:
        language = chosen or detect_language(norm.text)
        lex = _lexicon.get(language)
        tokens = _lexicon.columns(norm.text, lower=language == "en")
    except TimeoutError:
        return []
    return scan(norm, lex, tokens, tolerance, limit)


def _counts_in(
    norm: Normalized,
    start: int,
    end: int,
    lang: str,
    tokens: _lexicon.Columns | None = None,
    places: list[tuple[int, int]] | None = None,
) -> list[tuple[Span, Count]]:
    """:func:`find_counts` of the text behind ``norm.text[start:end]``, for a caller that has
    normalised the whole text already; spans index ``norm.original``.

    The same counts, at the same places, as ``find_counts`` of that stretch of the original
    (normalising is a per-character fold, so a stretch that starts and ends on whole characters
    normalises to the same text either way). ``lang`` is "ar" or "en". A caller that has the
    stretch's tokens already (what ``_lexicon.columns`` would give, with offsets into
    ``norm.text``) passes them as ``tokens``; ``places``, if given, gets the tokens
    ``[first, end)`` of each count.
    """
    if tokens is not None:
        offset = 0
    else:
        offset = start
        try:
            tokens = _lexicon.columns(norm.text[start:end], lower=lang == "en")
        except TimeoutError:
            return []
    lex = _lexicon.get(lang)
    return scan(norm, lex, tokens, DEFAULT_APPROX_TOLERANCE, end - start + 1, offset, places)


def parse_count(
    text: str, *, lang: str | None = None, tolerance: float = DEFAULT_APPROX_TOLERANCE
) -> Count | None:
    """The count ``text`` states, or None when it states none.

    ``lang`` is "ar" or "en" (None: Arabic if the text has an Arabic letter).
    ``tolerance`` is the relative half-width given to approximate figures. When
    the text holds several counts, the first is returned. ``Count.text`` is the
    part of ``text`` that states the count, as written.

    Raises :class:`~claims.errors.ClaimsTypeError` when ``text`` is not a str and
    :class:`UnknownLanguage` for a language with no grammar; never raises on a str.
    """
    found = _find(text, lang, tolerance, 1)
    return found[0][1] if found else None


def find_counts(
    text: str, *, lang: str | None = None, tolerance: float = DEFAULT_APPROX_TOLERANCE
) -> list[tuple[Span, Count]]:
    """Every count phrase in ``text``: ``((start, end), Count)``, in order, not overlapping.

    Spans index the original ``text``; ``text[start:end] == count.text``. A
    text too pathological to tokenise within :data:`REGEX_TIMEOUT` gives ``[]``.
    """
    return _find(text, lang, tolerance, len(text) + 1 if isinstance(text, str) else 0)
