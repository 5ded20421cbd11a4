"""A text prepared for extraction: normalised, tokenised, with every listed phrase located."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple

from attrs import field, frozen

from claims.count import Count
from claims.extraction._phrases import Hit
from claims.extraction._tokens import Tokens
from claims.extraction.lexicon import Entry
from claims.extraction.sentences import Sentence
from claims.normalize import Normalized

__all__ = ["CATEGORY", "NO_HITS", "CountAt", "Document"]

Hits = Mapping[str, Mapping[int, list[Hit[Entry]]]]

NO_HITS: Mapping[int, list[Hit[Entry]]] = MappingProxyType({})
"""The hits of a category a text has none of (read-only, so sharing it is safe)."""

CATEGORY: Callable[[Entry], str] = attrgetter("category")
"""The category of a lexicon entry: what a document files its phrase hits by."""


class CountAt(NamedTuple):
    """A count phrase over tokens ``[start, end)``, with its span in the original text."""

    start: int
    end: int
    span: tuple[int, int]
    count: Count  # type: ignore[assignment]  # a field, shadowing tuple.count


@frozen
class Document:
    """Everything the rules look at: tokens, phrase hits by category, sentences, counts."""

    norm: Normalized
    lang: str
    tokens: Tokens
    hits: Hits
    """Phrase hits by category, then by the token they start at. A list there is never empty
    and holds the longest hit first, so ``index in hits[category]`` tells whether a phrase of
    the category starts at a token, and the first hit how far the longest one reaches."""
    sentences: list[Sentence]
    sentence_of: list[int]
    counts: list[CountAt]
    token_starts: list[int]
    """Original-text offset of each token's first character."""

    count_starts: set[int] = field(factory=set)
    """The first token of every count (kept by :meth:`add_counts`)."""
    count_ends: set[int] = field(factory=set)
    """The token after every count."""

    def add_counts(self, counts: Iterable[CountAt]) -> None:
        """Add counts, keeping them in text order (a document is built in steps)."""
        self.counts.extend(counts)
        self.counts.sort(key=lambda at: at.start)
        self.count_starts.update(at.start for at in self.counts)
        self.count_ends.update(at.end for at in self.counts)

    def replace_counts(self, counts: list[CountAt]) -> None:
        """Replace the counts (after joining split numerals)."""
        self.counts.clear()
        self.count_starts.clear()
        self.count_ends.clear()
        self.add_counts(counts)

    def at(self, category: str, index: int) -> list[Hit[Entry]]:
        """The hits of ``category`` that start at token ``index``, longest first."""
        found = self.hits.get(category)
        return found.get(index, []) if found is not None else []

    def first(self, category: str, index: int) -> Hit[Entry] | None:
        """The longest hit of ``category`` at token ``index``, if any."""
        found = self.hits.get(category)
        if found is None:
            return None
        hits = found.get(index)
        return hits[0] if hits else None

    def original_span(self, first: int, last: int) -> tuple[int, int]:
        """The original-text span of tokens ``[first, last)``."""
        tokens = self.tokens
        return self.norm.original_span(tokens.starts[first], tokens.ends[max(first, last - 1)])

    def tokens_of_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """The tokens ``[first, last)`` overlapping an original-text span."""
        first = max(0, bisect_right(self.token_starts, span[0]) - 1)
        if first < len(self.tokens) and self.original_span(first, first + 1)[1] <= span[0]:
            first += 1
        last = max(first + 1, bisect_left(self.token_starts, span[1]))
        return first, min(last, len(self.tokens))
