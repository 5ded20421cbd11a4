"""Phrase tables: find listed phrases in a token list with dictionary lookups.

A phrase is a tuple of words; a word ending in "*" matches any word that starts with it.
Every position is tried once against the phrases that can start there, so a pass is linear
in the text (times the length of the longest phrase).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Generic, NamedTuple, TypeVar

from attrs import field, frozen

from claims.extraction._tokens import Token, Tokens, tokenize
from claims.normalize import normalize

__all__ = ["Hit", "Pattern", "PhraseTable", "parse_phrase"]

V = TypeVar("V")


class Pattern(NamedTuple):
    """One word of a phrase: its text and whether it matches as a prefix."""

    text: str
    prefix: bool


def parse_phrase(phrase: str, lang: str) -> tuple[Pattern, ...]:
    """The patterns of ``phrase`` as written in a data file (normalised, "*" for a prefix)."""
    patterns: list[Pattern] = []
    for word in phrase.split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        tokens = tokenize(normalize(word).text, lang)
        for index, token in enumerate(tokens):
            last = index == len(tokens) - 1
            patterns.append(Pattern(token.text, prefix and last))
    return tuple(patterns)


class Hit(NamedTuple, Generic[V]):
    """A phrase found at tokens ``[start, end)`` with the value it was listed with."""

    start: int
    end: int
    value: V


_new_hit = partial(tuple.__new__, Hit)


def _index(
    entries: Iterable[tuple[tuple[Pattern, ...], V]],
) -> tuple[
    dict[str, list[tuple[tuple[Pattern, ...], V]]], dict[str, list[tuple[tuple[Pattern, ...], V]]]
]:
    exact: dict[str, list[tuple[tuple[Pattern, ...], V]]] = {}
    prefix: dict[str, list[tuple[tuple[Pattern, ...], V]]] = {}
    for patterns, value in entries:
        if not patterns:
            continue
        table = prefix if patterns[0].prefix else exact
        table.setdefault(patterns[0].text, []).append((patterns, value))
    for table in (exact, prefix):
        for bucket in table.values():
            bucket.sort(key=lambda item: -len(item[0]))
    return exact, prefix


Entries = list[tuple[tuple[Pattern, ...], V]]
Ranked = list[tuple[int, tuple[Pattern, ...], V]]

_MEMO_LIMIT = 1 << 16
"""How many distinct words a table remembers the candidate phrases of (then it starts afresh)."""


def _word_matches(pattern: Pattern, forms: tuple[str, ...]) -> bool:
    if pattern.prefix:
        return any(form.startswith(pattern.text) for form in forms)
    return pattern.text in forms


@frozen
class _Candidates(Generic[V]):
    """The phrases one word can start, ranked longest first and filed by their second word,
    so that most of them are ruled out with one dictionary lookup."""

    single: list[tuple[int, V]]
    by_second: dict[str, Ranked[V]]
    prefix_second: Ranked[V]
    only_by_second: bool = False
    """Whether every phrase has an exact second word (then a scan can rule them all out
    with lookups of the next word's forms)."""
    only_single: bool = False
    """Whether every phrase is one word long (then every one of them matches)."""

    @classmethod
    def of(cls, entries: Entries[V]) -> _Candidates[V]:
        single: list[tuple[int, V]] = []
        by_second: dict[str, Ranked[V]] = {}
        prefix_second: Ranked[V] = []
        for rank, (patterns, value) in enumerate(entries):
            if len(patterns) == 1:
                single.append((rank, value))
            elif patterns[1].prefix:
                prefix_second.append((rank, patterns, value))
            else:
                by_second.setdefault(patterns[1].text, []).append((rank, patterns, value))
        return cls(
            single,
            by_second,
            prefix_second,
            only_by_second=not single and not prefix_second,
            only_single=not by_second and not prefix_second,
        )

    def hits(self, forms: Sequence[tuple[str, ...]], index: int) -> list[Hit[V]]:
        """The phrases that match at token ``index`` of a text with these lookup forms."""
        found: list[tuple[int, int, V]] = [(rank, 1, value) for rank, value in self.single]
        if index + 1 < len(forms) and (self.by_second or self.prefix_second):
            ranked = [entry for form in forms[index + 1] for entry in self.by_second.get(form, ())]
            for rank, patterns, value in (*ranked, *self.prefix_second):
                length = len(patterns)
                if index + length <= len(forms) and all(
                    _word_matches(patterns[k], forms[index + k]) for k in range(1, length)
                ):
                    found.append((rank, length, value))
            found.sort(key=lambda item: item[0])
        return [Hit(index, index + length, value) for _, length, value in found]


@frozen
class PhraseTable(Generic[V]):
    """Phrases with values, looked up at token positions."""

    entries: tuple[tuple[tuple[Pattern, ...], V], ...]
    _exact: dict[str, Entries[V]] = field(init=False, eq=False, repr=False)
    _prefix: dict[str, Entries[V]] = field(init=False, eq=False, repr=False)
    _longest_prefix: int = field(init=False, eq=False, repr=False)
    _longest: int = field(init=False, eq=False, repr=False)
    _memo: dict[tuple[str, ...], _Candidates[V] | None] = field(init=False, eq=False, repr=False)
    """The phrases each word (by its lookup forms) can start: a cache, so that a scan does one
    dictionary lookup per word it has seen before."""

    def __attrs_post_init__(self) -> None:
        exact, prefix = _index(self.entries)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_prefix", prefix)
        object.__setattr__(self, "_longest_prefix", max((len(k) for k in prefix), default=0))
        object.__setattr__(self, "_longest", max((len(p) for p, _ in self.entries), default=0))
        object.__setattr__(self, "_memo", {})

    @classmethod
    def build(cls, items: Iterable[tuple[str, V]], lang: str) -> PhraseTable[V]:
        """A table of ``(phrase, value)`` items written as in the data files."""
        return cls(tuple((parse_phrase(phrase, lang), value) for phrase, value in items))

    def starting_with(self, forms: tuple[str, ...]) -> Entries[V]:
        """The phrases whose first word matches a word with these lookup forms, longest first."""
        found: dict[int, tuple[tuple[Pattern, ...], V]] = {}
        for form in forms:
            for entry in self._exact.get(form, ()):
                found[id(entry)] = entry
            if self._prefix:
                for size in range(1, min(len(form), self._longest_prefix) + 1):
                    for entry in self._prefix.get(form[:size], ()):
                        found[id(entry)] = entry
        return sorted(found.values(), key=lambda entry: -len(entry[0]))

    def _candidates(self, forms: tuple[str, ...]) -> _Candidates[V] | None:
        """The phrases a word with these forms can start; None when there are none."""
        memo = self._memo
        if forms in memo:
            return memo[forms]
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        entries = self.starting_with(forms)
        found = memo[forms] = _Candidates.of(entries) if entries else None
        return found

    def at(self, tokens: Sequence[Token], index: int) -> list[Hit[V]]:
        """Every phrase that starts at token ``index``, longest first."""
        window = [token.forms for token in tokens[index : index + self._longest]]
        found = self._candidates(window[0])
        if found is None:
            return []
        return [Hit(hit.start + index, hit.end + index, hit.value) for hit in found.hits(window, 0)]

    def scan(self, tokens: Sequence[Token]) -> list[Hit[V]]:
        """The longest phrase at each position, left to right, not overlapping."""
        forms = _forms_of(tokens)
        hits: list[Hit[V]] = []
        index = 0
        while index < len(forms):
            candidates = self._candidates(forms[index])
            found = candidates.hits(forms, index) if candidates else []
            if found:
                hits.append(found[0])
                index = found[0].end
            else:
                index += 1
        return hits

    def scan_all(self, tokens: Sequence[Token]) -> dict[int, list[Hit[V]]]:
        """Every phrase at every position (overlaps kept), longest first per position."""
        forms = _forms_of(tokens)
        table: dict[int, list[Hit[V]]] = {}
        memo = self._memo
        last = len(forms) - 1
        for index, word in enumerate(forms):
            found = memo[word] if word in memo else self._candidates(word)
            if found is None:
                continue
            if found.only_by_second and (
                index == last or found.by_second.keys().isdisjoint(forms[index + 1])
            ):
                continue
            if found.only_single:
                table[index] = [_new_hit((index, index + 1, value)) for _, value in found.single]
                continue
            hits = found.hits(forms, index)
            if hits:
                table[index] = hits
        return table


def _forms_of(tokens: Sequence[Token]) -> Sequence[tuple[str, ...]]:
    return tokens.forms if isinstance(tokens, Tokens) else [token.forms for token in tokens]
