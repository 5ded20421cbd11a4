"""What the language grammars share: the tokens of one text and lookups on them."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from claims.numbers._lexicon import NUM, WORD, Lexicon, NumberWord, Phrase, Phrases

__all__ = ["MAX_DIGITS", "Context", "Numeral"]

MAX_DIGITS = 15
"""Longer runs of digits are identifiers or noise, not counts (and would be slow to convert)."""

Numeral = list[tuple[int, int]]
"""Readings of a numeral starting at a token: ``(value, end token)``, shortest first."""

Variants = tuple[tuple[str, str], ...]


class Context:
    """The tokens of one text with the lexicon of its language: the working state of one call.

    Tokens are kept as parallel lists of kinds and folded texts (see ``_lexicon.columns``):
    the grammar reads nothing else of them, and indexing a list is cheaper than a field.
    ``numerals`` keeps each token's numeral readings for the length of that call, so
    trying several phrases at a token reads the numeral there once.
    """

    __slots__ = ("kinds", "lex", "numerals", "size", "texts")

    def __init__(self, lex: Lexicon, kinds: list[int], texts: list[str]) -> None:
        self.lex = lex
        self.kinds = kinds
        self.texts = texts
        self.size = len(texts)
        self.numerals: dict[int, Numeral] = {}

    def text(self, index: int) -> str | None:
        """The folded text of token ``index``, or None past the end."""
        return self.texts[index] if index < self.size else None

    def variants(self, index: int) -> Variants:
        """Token ``index`` read whole and as clitic + stem: ``((stem, prefix), ...)``."""
        text = self.texts[index]
        return self.lex.variants(text) if self.kinds[index] == WORD else ((text, ""),)

    def digits(self, index: int) -> int | Fraction | None:
        """The value of a digit token ("22,257", "2.5"), or None."""
        if self.kinds[index] != NUM:
            return None
        plain = self.texts[index].replace(",", "")
        if len(plain) > MAX_DIGITS:
            return None
        return Fraction(plain) if "." in plain else int(plain)

    def number_word(self, index: int, *, joined: bool = False) -> tuple[NumberWord, str] | None:
        """The number word at token ``index`` and its clitic prefix.

        With ``joined`` (the word continues a numeral), a reading with the conjunction
        prefix wins: «وأحد» in «مائة وأحد عشر» is و + أحد, though «واحد» is a word too.
        """
        readings = (
            self.lex.number_readings.get(self.texts[index]) if self.kinds[index] == WORD else None
        )
        if not readings:
            return None
        if joined:
            for reading in readings:
                if reading[1] in self.lex.conj_prefixes:
                    return reading
        return readings[0]

    def match(
        self, table: Phrases[Any], index: int, *, clitics: bool = True
    ) -> tuple[Phrase, str, int] | None:
        """The longest phrase of ``table`` starting at token ``index``.

        Returns the phrase, the clitic prefix on its first token and the index after it.
        """
        texts = self.texts
        if index >= self.size:
            return None
        text = texts[index]
        firsts = table.firsts
        # variants() inline: most words are no known stem with clitics, and start no phrase.
        variants = self.lex.expansions.get(text) if clitics and self.kinds[index] == WORD else None
        if variants is None:
            if text not in firsts:
                return None
            variants = ((text, ""),)
        for stem, prefix in variants:
            longest = firsts.get(stem)
            if longest is None:
                continue
            for size in range(min(longest, self.size - index), 0, -1):
                key = (stem, *texts[index + 1 : index + size])
                if key in table.entries:
                    return key, prefix, index + size
        return None

    def ends_with(self, table: Phrases[Any], index: int) -> bool:
        """Whether a phrase of ``table`` ends just before token ``index``."""
        if index == 0:
            return False
        longest = table.lasts.get(self.texts[index - 1])
        if longest is None:
            return False
        for size in range(1, min(longest, index) + 1):
            key = tuple(self.texts[index - size : index])
            if key in table.entries:
                return True
        return False
