"""Words of a normalised text, each with the forms it may be looked up under.

Arabic writes conjunctions, prepositions and the article on the word («وبالرقة»), so a word
is looked up as written and with those clitics stripped. English words are lower-cased.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from claims.normalize import regex_timeout

__all__ = ["NUM", "PUNCT", "WORD", "Token", "arabic_forms", "tokenize", "word_forms"]

NUM, WORD, PUNCT = 0, 1, 2

_NOISE = frozenset("\"'“”«»\u2018\u2019\u201e\u201f()[]{}#_*<>|")
"""Quotes, brackets and hashtag marks: dropped, so «قسد» and #قوات_سوريا match like plain words."""

# Possessive quantifiers only: one pass, linear in the text.
_TOKEN = regex.compile(
    r"([0-9]++(?:[.,][0-9]++)*+)|([\p{L}\p{M}]++(?:\.[\p{L}](?=\.))?+)|([^\s\p{L}\p{M}0-9])",
    regex.V1,
)


class Token(NamedTuple):
    """A word, number or punctuation mark of the normalised text, with its lookup forms."""

    kind: int
    text: str
    forms: tuple[str, ...]
    start: int
    end: int


def arabic_forms(word: str) -> tuple[str, ...]:
    """``word`` and the words left after stripping و/ف, then ب/ل/ك, then the article ال."""
    forms = [word]
    for first in ("و", "ف"):
        if word.startswith(first) and len(word) > 2:
            forms.append(word[1:])
    for form in list(forms):
        if form.startswith("لل") and len(form) > 3:
            forms.append("ال" + form[2:])
        for prep in ("ب", "ل", "ك"):
            if form.startswith(prep) and len(form) > 3:
                forms.append(form[1:])
    for form in list(forms):
        if form.startswith("ال") and len(form) > 4:
            forms.append(form[2:])
    return tuple(dict.fromkeys(forms))


def word_forms(word: str, lang: str) -> tuple[str, ...]:
    """The forms a word of language ``lang`` is looked up under."""
    if lang == "ar":
        return arabic_forms(word)
    return (word,)


def tokenize(text: str, lang: str) -> list[Token]:
    """The tokens of normalised ``text``; English words are lower-cased.

    Raises TimeoutError past the regex time limit (not reached on any text we know of).
    """
    tokens: list[Token] = []
    forms_cache: dict[str, tuple[str, ...]] = {}
    for match in _TOKEN.finditer(text, timeout=regex_timeout(text)):
        start, end = match.span()
        kind = (match.lastindex or 3) - 1
        word = match.group()
        if kind == WORD:
            if lang != "ar":
                word = word.lower()
            forms = forms_cache.get(word)
            if forms is None:
                forms = forms_cache[word] = word_forms(word, lang)
        elif word in _NOISE:
            continue
        else:
            forms = (word,)
        tokens.append(Token(kind, word, forms, start, end))
    return tokens
