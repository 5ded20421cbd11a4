"""Paragraphs, sentences and clauses of a tokenised text, as token ranges.

A paragraph ends at a line break; a sentence at . ! ? ؟ (a full stop only when a space or
the end follows, so "7.7" and "U.S.-led" stay whole); a clause at ؛ or ; and at a word that
starts a contrasting statement («في حين», «فيما», "while"), listed in the data files.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
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


def _marks(words: list[str], firsts: str) -> set[int]:
    """The tokens that are stops, found in the first characters of the tokens where given
    (a token that starts with a mark is that mark), else by scanning the word list."""
    marks: set[int] = set()
    if len(firsts) != len(words):
        firsts = "".join(word if word in _STOPS else " " for word in words)
    for stop in _STOPS:
        index = firsts.find(stop)
        while index != -1:
            marks.add(index)
            index = firsts.find(stop, index + 1)
    return marks


def split_sentences(
    text: str, tokens: Sequence[Token], clause_starts: Collection[int]
) -> list[Sentence]:
    """The sentences of normalised ``text``; ``clause_starts`` are tokens that open a clause.

    Only the tokens that can end or open something are visited: stops, clause marks, the
    first token after a line break and the listed clause openers.
    """
    firsts = ""
    if isinstance(tokens, Tokens):
        words, starts, ends, firsts = tokens.words, tokens.starts, tokens.ends, tokens.firsts
    else:
        words = [token.text for token in tokens]
        starts = [token.start for token in tokens]
        ends = [token.end for token in tokens]
    count = len(words)
    marks = _marks(words, firsts)
    after_break: set[int] = set()
    line = text.find("\n")
    while line != -1:
        index = bisect_right(starts, line)
        if 0 < index < count and ends[index - 1] <= line:
            after_break.add(index)
        line = text.find("\n", line + 1)
    sentences: list[Sentence] = []
    new = tuple.__new__
    paragraph = 0
    start = 0
    clauses: tuple[int, ...] = (0,)
    size = len(text)
    # Line breaks and clause openers are rare: most tokens visited are stops and go straight
    # to the checks of a stop.
    opens = after_break | {i for i in clause_starts if 0 <= i < count}
    for index in sorted(marks | opens) if opens else sorted(marks):
        if index in opens:
            if index in after_break:
                if index > start:
                    sentences.append(new(Sentence, (start, index, paragraph, clauses)))
                paragraph += 1
                start, clauses = index, (index,)
            elif index > start and index in clause_starts:
                clauses += (index,)
            if index not in marks:
                continue
        word = words[index]
        if word == "." or word in SENTENCE_ENDS:
            end = ends[index]
            if word != "." or end >= size or text[end].isspace():
                sentences.append(new(Sentence, (start, index + 1, paragraph, clauses)))
                start, clauses = index + 1, (index + 1,)
        elif index + 1 < count:  # a clause end
            clauses += (index + 1,)
    if count > start:
        sentences.append(new(Sentence, (start, count, paragraph, clauses)))
    return sentences
