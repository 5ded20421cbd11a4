"""Paragraphs, sentences and clauses of a tokenised text, as token ranges.

A paragraph ends at a line break; a sentence at . ! ? ؟ (a full stop only when a space or
the end follows, so "7.7" and "U.S.-led" stay whole); a clause at ؛ or ; and at a word that
starts a contrasting statement («في حين», «فيما», "while"), listed in the data files.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from attrs import frozen

from claims.extraction._tokens import PUNCT, Token

__all__ = ["Sentence", "split_sentences"]

_ENDS = frozenset(".!?؟")
_CLAUSE_ENDS = frozenset("؛;")


@frozen
class Sentence:
    """Tokens ``[start, end)``; ``paragraph`` counts from 0; ``clauses`` are clause starts."""

    start: int
    end: int
    paragraph: int
    clauses: tuple[int, ...]

    def clause_of(self, index: int) -> int:
        """The number of the clause holding token ``index`` (0 for the first)."""
        return max(0, bisect_right(self.clauses, index) - 1)


def split_sentences(
    text: str, tokens: Sequence[Token], clause_starts: Collection[int]
) -> list[Sentence]:
    """The sentences of normalised ``text``; ``clause_starts`` are tokens that open a clause."""
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    clauses: list[int] = [0]

    def close(end: int) -> None:
        if end > start:
            sentences.append(Sentence(start, end, paragraph, tuple(clauses)))

    for index, token in enumerate(tokens):
        if index > 0 and "\n" in text[tokens[index - 1].end : token.start]:
            close(index)
            paragraph += 1
            start, clauses = index, [index]
        elif index > start and index in clause_starts:
            clauses.append(index)
        if token.kind == PUNCT and token.text in _CLAUSE_ENDS and index + 1 < len(tokens):
            clauses.append(index + 1)
        if token.kind == PUNCT and token.text in _ENDS:
            after = text[token.end : token.end + 1]
            if token.text != "." or not after or after.isspace():
                close(index + 1)
                start, clauses = index + 1, [index + 1]
    close(len(tokens))
    return sentences
