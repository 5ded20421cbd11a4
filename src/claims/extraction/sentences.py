"""Paragraphs, sentences and clauses of a tokenised text, as token ranges.

A paragraph ends at a line break; a sentence at . ! ? ؟ (a full stop only when a space or
the end follows, so "7.7" and "U.S.-led" stay whole); a clause at ؛ or ; and at a word that
starts a contrasting statement («في حين», «فيما», "while"), listed in the data files.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from functools import partial
from typing import NamedTuple

from claims.extraction._tokens import Token, Tokens

__all__ = ["SENTENCE_ENDS", "Sentence", "split_sentences"]

SENTENCE_ENDS = frozenset(".!?؟")
"""The marks that end a sentence (a full stop only before a space or the end)."""
_CLAUSE_ENDS = frozenset("؛;")
_STOPS = SENTENCE_ENDS | _CLAUSE_ENDS


class Sentence(NamedTuple):
    """Tokens ``[start, end)``; ``paragraph`` counts from 0; ``clauses`` are clause starts."""

    start: int
    end: int
    paragraph: int
    clauses: tuple[int, ...]

    def clause_of(self, index: int) -> int:
        """The number of the clause holding token ``index`` (0 for the first)."""
        return max(0, bisect_right(self.clauses, index) - 1)


_new_sentence = partial(tuple.__new__, Sentence)


def _marks(text: str, words: list[str]) -> set[int]:
    """The tokens that are stops: each found with a scan of the word list, not of the text."""
    marks: set[int] = set()
    for stop in _STOPS:
        if stop in text:
            index = -1
            try:
                while True:
                    index = words.index(stop, index + 1)
                    marks.add(index)
            except ValueError:
                pass
    return marks


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
    marks = _marks(text, words)
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
    size = len(text)
    for index in sorted(marks | after_break | {i for i in clause_starts if 0 <= i < count}):
        if index in after_break:
            if index > start:
                sentences.append(_new_sentence((start, index, paragraph, tuple(clauses))))
            paragraph += 1
            start, clauses = index, [index]
        elif index > start and index in clause_starts:
            clauses.append(index)
        if index not in marks:
            continue
        word = words[index]
        if word in _CLAUSE_ENDS and index + 1 < count:
            clauses.append(index + 1)
        if word in SENTENCE_ENDS:
            end = ends[index]
            if word != "." or end >= size or text[end].isspace():
                sentences.append(_new_sentence((start, index + 1, paragraph, tuple(clauses))))
                start, clauses = index + 1, [index + 1]
    if count > start:
        sentences.append(_new_sentence((start, count, paragraph, tuple(clauses))))
    return sentences
