"""Arabic numeral-noun agreement for figures written in digits.

Arabic chooses the form of a counted noun by the number before it. The rule
lives here as one small function, :func:`noun_form`; the nouns themselves
(their singular, dual, plural and accusative forms) live in the data file
``lexicon/labels_ar.toml``, one entry per metric.

=============  ====================  ==================
number         form                  example
=============  ====================  ==================
1              singular + «واحد»     قتيل واحد
2              dual, no digit        قتيلان
3-10           plural                4 قتلى
11-99          accusative singular   11 قتيلاً
100, 1000 …    genitive singular     100 قتيل
=============  ====================  ==================

Numbers above 100 follow their last two digits: 103 takes the plural, 111 the
accusative, 200 and 2500 (last two digits 00) the genitive singular. 101 and
102 also take the genitive singular ("101 قتيل"), since the noun follows the
hundred, not the 1 or 2. Zero reads as the noun's "none" entry, «لا قتلى» ("no dead").
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["NOUN_FORMS", "counted", "noun_form"]

NOUN_FORMS = ("singular", "dual", "plural", "accusative")
"""The forms a counted noun must give (keys of its table in ``labels_ar.toml``)."""


def noun_form(n: int) -> str:
    """Which form of the counted noun follows the number ``n`` (one of :data:`NOUN_FORMS`).

    >>> noun_form(4), noun_form(11), noun_form(100), noun_form(103)
    ('plural', 'accusative', 'singular', 'plural')
    """
    if n < 0:
        raise ValueError(f"a count cannot be negative, got {n}")
    if n == 0:
        return "plural"
    if n == 1:
        return "singular"
    if n == 2:
        return "dual"
    last_two = n % 100
    if n > 100 and last_two in (1, 2):
        return "singular"
    if last_two == 0:
        return "singular"
    if last_two <= 10:
        return "plural"
    return "accusative"


def counted(n: int, noun: Mapping[str, str]) -> str:
    """``n`` with its counted noun in the right form: «قتيل واحد», «قتيلان», «4 قتلى».

    ``noun`` maps each of :data:`NOUN_FORMS` to a word, and also gives ``"one"``
    (the word for one, agreeing with the noun's gender) and ``"none"`` (how zero reads).
    """
    if n == 0:
        return noun["none"]
    form = noun[noun_form(n)]
    if n == 1:
        return f"{form} {noun['one']}"
    if n == 2:
        return form
    return f"{n} {form}"
