"""Words of a normalised text, each with the forms it may be looked up under.

Arabic writes conjunctions, prepositions and the article on the word («وبالرقة»), so a word
is looked up as written and with those clitics stripped. English words are lower-cased.

Tokenising is the one step that touches every character of every text, so it is done with
one ``re.split`` and running sums of the pieces' lengths; Python-level work happens once per
distinct word, not once per word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple, overload

from attrs import frozen

__all__ = ["NUM", "PUNCT", "WORD", "Token", "Tokens", "arabic_forms", "tokenize", "word_forms"]

NUM, WORD, PUNCT = 0, 1, 2

_NOISE = "\"'“”«»\u2018\u2019\u201e\u201f()[]{}#_*<>|"
"""Quotes, brackets and hashtag marks: blanked, so «قسد» and #قوات_سوريا match like plain words."""
_BLANK_NOISE = str.maketrans(_NOISE, " " * len(_NOISE))

# Combining marks written on letters (normalisation already drops the Arabic ones).
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_NUMBER = r"[0-9]++(?:[.,][0-9]++)*+"
_WORD = rf"[^\W\d_]++(?:[{_MARKS}]++[^\W\d_]*+)*+(?:\.[^\W\d_](?=\.))?+"
# Possessive quantifiers, and alternatives tried in order: one pass, linear in the text.
_TOKEN = re.compile(rf"({_NUMBER}|{_WORD}|\S)")
_LETTER = re.compile(r"[^\W\d_]")


class Token(NamedTuple):
    """A word, number or punctuation mark of the normalised text, with its lookup forms."""

    kind: int
    text: str
    forms: tuple[str, ...]
    start: int
    end: int


_new_token = partial(tuple.__new__, Token)


@frozen
class Tokens(Sequence[Token]):
    """The tokens of a text, kept as parallel lists; a :class:`Token` is built when asked for.

    A news article has thousands of tokens and the rules look at few of them, so the lists hold
    only strings, ints and per-word shared tuples, which cost no garbage-collector time.
    """

    kinds: list[int]
    words: list[str]
    forms: list[tuple[str, ...]]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.words)))]
        return _new_token(
            (
                self.kinds[index],
                self.words[index],
                self.forms[index],
                self.starts[index],
                self.ends[index],
            )
        )


@lru_cache(maxsize=1 << 16)
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


_first = itemgetter(0)


def _kind(first: str) -> int:
    """The kind of a token that starts with the character ``first``."""
    if "0" <= first <= "9":
        return NUM
    return WORD if _LETTER.match(first) else PUNCT


def tokenize(text: str, lang: str) -> Tokens:
    """The tokens of normalised ``text``; English words are lower-cased."""
    blanked = text.translate(_BLANK_NOISE)
    lowered = blanked.lower() if lang != "ar" else blanked
    # A few letters lower-case to two characters; then offsets come from the text as it is.
    exact = len(lowered) == len(blanked)
    parts = _TOKEN.split(lowered if exact else blanked)
    words = parts[1::2] if exact else [word.lower() for word in parts[1::2]]
    offsets = list(accumulate(map(len, parts)))
    firsts = list(map(_first, words))
    kind_of = {char: _kind(char) for char in set(firsts)}
    kinds = list(map(kind_of.__getitem__, firsts))
    forms = {
        word: word_forms(word, lang) if kind_of[word[0]] == WORD else (word,) for word in set(words)
    }
    return Tokens(
        kinds,
        words,
        list(map(forms.__getitem__, words)),
        offsets[0:-1:2],
        offsets[1::2],
    )
