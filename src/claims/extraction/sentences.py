"""Paragraphs, sentences and clauses of a tokenised text, as token ranges.

A paragraph ends at a line break; a sentence at . ! ? ؟ (a full stop only when a space or
the end follows, so "7.7" and "U.S.-led" stay whole); a clause at ؛ or ; and at a word that
starts a contrasting statement («في حين», «فيما», "while"), listed in the data files.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from functools import partial

from attrs import frozen

from claims.extraction._tokens import Token, Tokens

__all__ = ["SENTENCE_ENDS", "Sentence", "split_sentences"]

SENTENCE_ENDS = frozenset(".!?؟")
"""The marks that end a sentence (a full stop only before a space or the end)."""
_CLAUSE_ENDS = frozenset("؛;")
_STOPS = SENTENCE_ENDS | _CLAUSE_ENDS


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


_STOP = re.compile("[" + re.escape("".join(sorted(_STOPS))) + "]")


def _stop_positions(text: str) -> list[int]:
    return [match.start() for match in _STOP.finditer(text)]


def split_sentences(
    text: str, tokens: Sequence[Token], clause_starts: Collection[int]
) -> list[Sentence]:
    """The sentences of normalised ``text``; ``clause_starts`` are tokens that open a clause.

    Only the tokens that can end or open something are visited: stops, clause marks, the
    first token after a line break and the listed clause openers.
    """
    if isinstance(tokens, Tokens):
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
    else:
        words = [token.text for token in tokens]
        starts = [token.start for token in tokens]
        ends = [token.end for token in tokens]
    count = len(words)
    marks = {
        index
        for index in map(partial(bisect_left, starts), _stop_positions(text))
        if index < count and words[index] in _STOPS
    }
    after_break: set[int] = set()
    line = text.find("\n")
    while line != -1:
        index = bisect_right(starts, line)
        if 0 < index < count and ends[index - 1] <= line:
            after_break.add(index)
        line = text.find("\n", line + 1)
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    clauses: list[int] = [0]

    def close(end: int) -> None:
        if end > start:
            sentences.append(Sentence(start, end, paragraph, tuple(clauses)))

    for index in sorted(marks | after_break | {i for i in clause_starts if 0 <= i < count}):
        word = words[index]
        if index in after_break:
            close(index)
            paragraph += 1
            start, clauses = index, [index]
        elif index > start and index in clause_starts:
            clauses.append(index)
        if index not in marks:
            continue
        if word in _CLAUSE_ENDS and index + 1 < count:
            clauses.append(index + 1)
        if word in SENTENCE_ENDS:
            after = text[ends[index] : ends[index] + 1]
            if word != "." or not after or after.isspace():
                close(index + 1)
                start, clauses = index + 1, [index + 1]
    close(count)
    return sentences
