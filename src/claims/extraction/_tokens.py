"""Words of a normalised text, each with the forms it may be looked up under.

Arabic writes conjunctions, prepositions and the article on the word («وبالرقة»), so a word
is looked up as written and with those clitics stripped. English words are lower-cased.

Tokenising is the one step that touches every character of every text, so it is done with
one ``re.split`` and running sums of the pieces' lengths, and per-token lists filled by
``map``; Python-level work happens once per distinct Arabic word, and an English word's one
form is made only when asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple, overload

from attrs import frozen

__all__ = ["NUM", "PUNCT", "WORD", "Token", "Tokens", "arabic_forms", "tokenize", "word_forms"]

NUM, WORD, PUNCT = 0, 1, 2

_NOISE = "\"'“”«»\u2018\u2019\u201e\u201f()[]{}#_*<>|"
"""Quotes, brackets and hashtag marks: read as spaces, so «قسد» and #قوات_سوريا match like plain
words (no word, number or mark takes them in)."""

# Combining marks written on letters (normalisation already drops the Arabic ones).
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_PLAIN = r"a-zA-Z\u0621-\u064a"
# A token is a number, a word (letters, with marks and an "u.s."-style dot inside) or any other
# one character that is no space or noise. The pattern takes the first character, then goes on
# by what it was (a look-behind at it): starting with a character class lets the regex engine
# skip spaces without trying the alternatives at each. Most words are plain Latin or Arabic
# letters, which a narrow class tests quicker; the look-ahead leaves every other case (a mark,
# "u.s.", another letter) to the general word, as if the plain branch were not there.
# Possessive quantifiers and one-character look-arounds: one pass, linear in the text.
_TOKEN = re.compile(
    rf"([^\s{re.escape(_NOISE)}]"
    rf"(?:(?<=[{_PLAIN}])[{_PLAIN}]*+(?![^\W\d_]|[.{_MARKS}])"
    rf"|(?<=[0-9])[0-9]*+(?:[.,][0-9]++)*+"
    rf"|(?<=[^\W\d_])[^\W\d_]*+(?:[{_MARKS}]++[^\W\d_]*+)*+(?:\.[^\W\d_](?=\.))?+"
    rf"|))"
)
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
    _forms: list[tuple[str, ...]] | None
    """The lookup forms of each token; None where every word is its own only form."""
    starts: list[int]
    ends: list[int]
    firsts: str = ""
    """The first character of each token, where the tokenizer gave them: a mark is found in
    it with ``str.find`` (a token that starts with a mark is that mark)."""

    @property
    def forms(self) -> Sequence[tuple[str, ...]]:
        """The lookup forms of each token."""
        return _Alone(self.words) if self._forms is None else self._forms

    @property
    def keys(self) -> Sequence[str | tuple[str, ...]]:
        """What tells each token's forms apart: the word itself where it is its only form."""
        return self.words if self._forms is None else self._forms

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.words)))]
        word = self.words[index]
        forms = self._forms
        return _new_token(
            (
                self.kinds[index],
                word,
                (word,) if forms is None else forms[index],
                self.starts[index],
                self.ends[index],
            )
        )

    def __iter__(self) -> Iterator[Token]:
        words = self.words
        forms = zip(words) if self._forms is None else self._forms
        return map(_new_token, zip(self.kinds, words, forms, self.starts, self.ends, strict=True))


@frozen
class _Alone(Sequence[tuple[str, ...]]):
    """Each word as its one lookup form, made when asked for (a language without clitics)."""

    words: list[str]

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return zip(self.words)

    @overload
    def __getitem__(self, index: int) -> tuple[str, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, ...] | list[tuple[str, ...]]:
        if isinstance(index, slice):
            return list(zip(self.words[index]))
        return (self.words[index],)


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


def _kind(first: str) -> int:
    """The kind of a token that starts with the character ``first``."""
    if "0" <= first <= "9":
        return NUM
    return WORD if _LETTER.match(first) else PUNCT


_COMMON_KINDS = {char: _kind(char) for char in map(chr, [*range(0x700), *range(0x2000, 0x2070)])}
"""The kinds of tokens that start with a Latin, Greek, Cyrillic or Arabic character or a
general punctuation mark: looked up, not worked out (read only)."""


_KIND_CODES = {ord(char): chr(kind) for char, kind in _COMMON_KINDS.items()}
"""Each common first character to the character whose code is its token's kind."""


def _kinds(firsts: str) -> list[int]:
    """The kinds of tokens that start with the characters of ``firsts``, one each."""
    coded = firsts.translate(_KIND_CODES)
    if coded.isascii():
        return list(coded.encode("ascii"))
    return [_COMMON_KINDS[char] if char in _COMMON_KINDS else _kind(char) for char in firsts]


def tokenize(text: str, lang: str) -> Tokens:
    """The tokens of normalised ``text``; English words are lower-cased."""
    lowered = text.lower() if lang != "ar" else text
    # A few letters lower-case to two characters; then offsets come from the text as it is.
    exact = len(lowered) == len(text)
    parts = _TOKEN.split(lowered if exact else text)
    words = parts[1::2] if exact else [word.lower() for word in parts[1::2]]
    offsets = list(accumulate(map(len, parts)))
    forms = None
    if lang == "ar":
        # Only a word can start with a clitic: a number or a mark is its own only form.
        known = {word: arabic_forms(word) for word in set(words)}
        forms = list(map(known.__getitem__, words))
    starts = offsets[0:-1:2]
    if exact and len(starts) > 1:
        # One look-up of every start at once (an itemgetter of one index gives no tuple).
        firsts = "".join(itemgetter(*starts)(lowered))
    else:
        firsts = "".join(map(itemgetter(0), words))
    return Tokens(_kinds(firsts), words, forms, starts, offsets[1::2], firsts)
