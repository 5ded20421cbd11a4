"""Phrase tables: find listed phrases in a token list with dictionary lookups.

A phrase is a tuple of words; a word ending in "*" matches any word that starts with it.
Every position is tried once against the phrases that can start there, so a pass is linear
in the text (times the length of the longest phrase).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import compress
from typing import Generic, Literal, NamedTuple, TypeVar, cast

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
Key = str | tuple[str, ...]
"""What a table looks a token up by: its lookup forms, or the word where that is its only form."""

_MEMO_LIMIT = 1 << 16
"""How many distinct words a table remembers the candidate phrases of (then it starts afresh)."""


def _word_matches(pattern: Pattern, forms: tuple[str, ...]) -> bool:
    if pattern.prefix:
        return any(form.startswith(pattern.text) for form in forms)
    return pattern.text in forms


def _key_matches(pattern: Pattern, key: Key) -> bool:
    if isinstance(key, str):
        return key.startswith(pattern.text) if pattern.prefix else key == pattern.text
    return _word_matches(pattern, key)


def _rest_matches(patterns: tuple[Pattern, ...], keys: Sequence[Key], index: int, k: int) -> bool:
    """Whether ``patterns[k:]`` match the tokens from ``index + k`` on."""
    if index + len(patterns) > len(keys):
        return False
    for pattern, key in zip(patterns[k:], keys[index + k : index + len(patterns)], strict=True):
        if not _key_matches(pattern, key):
            return False
    return True


def _filed(key: Key, table: dict[str, Ranked[V]]) -> Iterable[tuple[int, tuple[Pattern, ...], V]]:
    """The phrases of ``table`` filed under a form of ``key``."""
    if isinstance(key, str):
        return table.get(key, ())
    return [entry for form in key for entry in table.get(form, ())]


@frozen(eq=False)
class _Followers(Generic[V]):
    """The phrases that go on with one second word, filed by their third word."""

    two: list[tuple[int, int, V]]
    """``(rank, 2, value)`` of the two-word phrases: they match."""
    by_third: dict[str, Ranked[V]]
    prefix_third: Ranked[V]
    known: tuple[tuple[int, V], ...] | None = None
    """``(length, value)`` of every phrase that matches at a word followed by this second
    word, by rank, where that is all it takes; None where later words must be looked at."""
    _third_plans: dict[Callable[[V], str], dict[str, _Plan[V] | Literal[False]]] = field(
        factory=dict
    )
    """:meth:`third_plan` by group function and third word ("" for a word that goes on no
    phrase): False where the third word does not settle the hits."""

    def third_plan(
        self, third: str, single: list[tuple[int, V]], group: Callable[[V], str]
    ) -> _Plan[V] | None:
        """The hits at a word followed by this second word and ``third``, filed by ``group``,
        where those words settle them (``single``: the first word's one-word phrases, which
        must start no phrase with a prefix second word); None where they do not."""
        plans = self._third_plans.get(group)
        if plans is None:
            plans = self._third_plans[group] = {}
        key = third if third in self.by_third else ""
        found = plans.get(key)
        if found is None:
            longer = self.by_third.get(key, [])
            found = plans[key] = (
                False
                if self.prefix_third or any(len(patterns) != 3 for _, patterns, _ in longer)
                else _plan(
                    (
                        (length, value)
                        for _, length, value in sorted(
                            [(rank, 1, value) for rank, value in single]
                            + self.two
                            + [(rank, 3, value) for rank, _, value in longer]
                        )
                    ),
                    group,
                )
            )
        return found or None

    @classmethod
    def of(cls, ranked: Ranked[V], single: list[tuple[int, V]] | None) -> _Followers[V]:
        """The phrases ``ranked`` filed; ``single`` are the one-word phrases of the first word,
        None if it also starts phrases with a prefix second word."""
        two: list[tuple[int, int, V]] = []
        by_third: dict[str, Ranked[V]] = {}
        prefix_third: Ranked[V] = []
        for rank, patterns, value in ranked:
            if len(patterns) == 2:
                two.append((rank, 2, value))
            elif patterns[2].prefix:
                prefix_third.append((rank, patterns, value))
            else:
                by_third.setdefault(patterns[2].text, []).append((rank, patterns, value))
        known = None
        if single is not None and not by_third and not prefix_third:
            merged = sorted([(rank, 1, value) for rank, value in single] + two)
            known = tuple((length, value) for _, length, value in merged)
        return cls(two, by_third, prefix_third, known)

    def matches(self, keys: Sequence[Key], index: int, found: list[tuple[int, int, V]]) -> None:
        """Add to ``found`` the phrases that match at token ``index`` (the first two words
        known to)."""
        found += self.two
        if index + 2 >= len(keys):
            return
        if self.by_third:
            for rank, patterns, value in _filed(keys[index + 2], self.by_third):
                if len(patterns) == 3 or _rest_matches(patterns, keys, index, 3):
                    found.append((rank, len(patterns), value))
        for rank, patterns, value in self.prefix_third:
            if _rest_matches(patterns, keys, index, 2):
                found.append((rank, len(patterns), value))


@frozen(eq=False)
class _Candidates(Generic[V]):
    """The phrases one word can start, ranked longest first and filed by their second and
    third words, so that most of them are ruled out with a dictionary lookup or two."""

    single: list[tuple[int, V]]
    by_second: dict[str, _Followers[V]]
    prefix_second: Ranked[V]
    only_by_second: bool = False
    """Whether every phrase has an exact second word (then a scan can rule them all out
    with lookups of the next word's forms)."""
    only_single: bool = False
    """Whether every phrase is one word long (then every one of them matches)."""
    values: tuple[V, ...] = ()
    """The values of the one-word phrases, in rank order."""
    lone: bool = False
    """Whether the word starts one phrase alone, of one word."""

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
            {
                second: _Followers.of(ranked, None if prefix_second else single)
                for second, ranked in by_second.items()
            },
            prefix_second,
            only_by_second=not single and not prefix_second,
            only_single=not by_second and not prefix_second,
            values=tuple(value for _, value in single),
            lone=len(entries) == 1 and not by_second and not prefix_second,
        )

    def may_continue(self, key: Key) -> bool:
        """Whether a phrase with an exact second word can go on with a word of this key."""
        if isinstance(key, str):
            return key in self.by_second
        return not self.by_second.keys().isdisjoint(key)

    def hits(self, keys: Sequence[Key], index: int) -> list[Hit[V]]:
        """The phrases that match at token ``index`` of a text with these lookup keys."""
        longer = self.longer(keys, index)
        if longer:
            return self.merged(index, longer)
        return [_new_hit((index, index + 1, value)) for value in self.values]

    def longer(self, keys: Sequence[Key], index: int) -> list[tuple[int, int, V]]:
        """``(rank, length, value)`` of the phrases of two words or more that match at token
        ``index`` of a text with these lookup keys, in no particular order."""
        found: list[tuple[int, int, V]] = []
        if index + 1 >= len(keys) or self.only_single:
            return found
        after = keys[index + 1]
        by_second = self.by_second
        if isinstance(after, str):
            if after in by_second:
                by_second[after].matches(keys, index, found)
        else:
            for form in after:
                if form in by_second:
                    by_second[form].matches(keys, index, found)
        for rank, patterns, value in self.prefix_second:
            if _rest_matches(patterns, keys, index, 1):
                found.append((rank, len(patterns), value))
        return found

    def merged(self, index: int, longer: list[tuple[int, int, V]]) -> list[Hit[V]]:
        """The hits at token ``index``: the one-word phrases and ``longer``, by rank."""
        if not self.single and len(longer) == 1:
            _, length, value = longer[0]
            return [_new_hit((index, index + length, value))]
        found = [(rank, 1, value) for rank, value in self.single]
        found += longer
        found.sort()  # ranks differ: values are never compared
        return [_new_hit((index, index + length, value)) for _, length, value in found]


@frozen(eq=False)
class _Filed(Generic[V]):
    """A word's candidates as a scan that files hits by one group function reads them: at
    most positions one field or one look-up of the next word tells what to file."""

    candidates: _Candidates[V]
    lone: tuple[str, V] | None
    """The group and value of the word's phrase, where it starts one phrase alone, of one word."""
    alone: _Plan[V] | None
    """The hits where no longer phrase goes on (the one-word phrases filed; empty for none);
    None where a phrase with a prefix second word may go on."""
    at_end: _Plan[V]
    """The hits at the last token: the one-word phrases filed."""
    after: dict[str, _Plan[V] | _Followers[V]]
    """By exact second word: the hits where that word settles them, else the phrases that go
    on with it (the third word may settle them)."""

    @classmethod
    def of(cls, candidates: _Candidates[V], group: Callable[[V], str]) -> _Filed[V]:
        """The candidates filed by ``group``."""
        at_end = _plan(((1, value) for value in candidates.values), group)
        return cls(
            candidates,
            (group(candidates.values[0]), candidates.values[0]) if candidates.lone else None,
            None if candidates.prefix_second else at_end,
            at_end,
            {
                second: followers if followers.known is None else _plan(followers.known, group)
                for second, followers in candidates.by_second.items()
            },
        )


@frozen
class PhraseTable(Generic[V]):
    """Phrases with values, looked up at token positions."""

    entries: tuple[tuple[tuple[Pattern, ...], V], ...]
    _exact: dict[str, Entries[V]] = field(init=False, eq=False, repr=False)
    _prefix: dict[str, Entries[V]] = field(init=False, eq=False, repr=False)
    _longest_prefix: int = field(init=False, eq=False, repr=False)
    _longest: int = field(init=False, eq=False, repr=False)
    _memo: dict[Key, _Candidates[V] | Literal[False]] = field(init=False, eq=False, repr=False)
    """The phrases each word (by its lookup key) can start, False for none: a cache, so that a
    scan does one dictionary lookup per word it has seen before."""
    _filed: dict[Callable[[V], str], dict[Key, _Filed[V] | Literal[False]]] = field(
        init=False, eq=False, repr=False
    )
    """The candidates of each word (by its lookup key) filed by each group function asked for,
    False for none: the memo of :meth:`scan_grouped`."""

    def __attrs_post_init__(self) -> None:
        exact, prefix = _index(self.entries)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_prefix", prefix)
        object.__setattr__(self, "_longest_prefix", max((len(k) for k in prefix), default=0))
        object.__setattr__(self, "_longest", max((len(p) for p, _ in self.entries), default=0))
        object.__setattr__(self, "_memo", {})
        object.__setattr__(self, "_filed", {})

    @property
    def longest(self) -> int:
        """How many words the longest phrase has (a hit never spans more tokens)."""
        return self._longest

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

    def _candidates(self, key: Key) -> _Candidates[V] | Literal[False]:
        """The phrases a word with this lookup key can start; False when there are none."""
        memo = self._memo
        found = memo.get(key)
        if found is not None:
            return found
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        entries = self.starting_with((key,) if isinstance(key, str) else key)
        found = memo[key] = _Candidates.of(entries) if entries else False
        return found

    def _lookup(self, keys: Sequence[Key]) -> list[_Candidates[V] | Literal[False]]:
        """The candidates of every token: one dictionary lookup each, and work for new words."""
        found: list[_Candidates[V] | Literal[False] | None] = list(map(self._memo.get, keys))
        if None in found:
            index = found.index(None)
            try:
                while True:
                    found[index] = self._candidates(keys[index])
                    index = found.index(None, index + 1)
            except ValueError:
                pass
        return cast("list[_Candidates[V] | Literal[False]]", found)

    def _lookup_filed(
        self, keys: Sequence[Key], group: Callable[[V], str]
    ) -> list[_Filed[V] | Literal[False]]:
        """:meth:`_lookup` with the candidates filed by ``group``."""
        memo = self._filed.get(group)
        if memo is None:
            memo = self._filed[group] = {}
        found: list[_Filed[V] | Literal[False] | None] = list(map(memo.get, keys))
        if None in found:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            index = found.index(None)
            try:
                while True:
                    key = keys[index]
                    filed = memo.get(key)
                    if filed is None:
                        candidates = self._candidates(key)
                        filed = memo[key] = _Filed.of(candidates, group) if candidates else False
                    found[index] = filed
                    index = found.index(None, index + 1)
            except ValueError:
                pass
        return cast("list[_Filed[V] | Literal[False]]", found)

    def at(self, tokens: Sequence[Token], index: int) -> list[Hit[V]]:
        """Every phrase that starts at token ``index``, longest first."""
        keys = _keys_of(tokens)
        found = self._candidates(keys[index])
        return found.hits(keys, index) if found else []

    def scan(self, tokens: Sequence[Token]) -> list[Hit[V]]:
        """The longest phrase at each position, left to right, not overlapping."""
        keys = _keys_of(tokens)
        hits: list[Hit[V]] = []
        index = 0
        while index < len(keys):
            candidates = self._candidates(keys[index])
            found = candidates.hits(keys, index) if candidates else []
            if found:
                hits.append(found[0])
                index = found[0].end
            else:
                index += 1
        return hits

    def scan_all(self, tokens: Sequence[Token]) -> dict[int, list[Hit[V]]]:
        """Every phrase at every position (overlaps kept), longest first per position."""
        keys = _keys_of(tokens)
        table: dict[int, list[Hit[V]]] = {}
        last = len(keys) - 1
        for index, candidates in compress(enumerate(found := self._lookup(keys)), found):
            if not candidates or (
                candidates.only_by_second
                and (index == last or not candidates.may_continue(keys[index + 1]))
            ):
                continue
            hits = candidates.hits(keys, index)
            if hits:
                table[index] = hits
        return table

    def scan_grouped(
        self, tokens: Sequence[Token], group: Callable[[V], str]
    ) -> dict[str, dict[int, list[Hit[V]]]]:
        """What :meth:`scan_all` finds, filed by ``group`` of each value (then by position).

        One pass straight into the groups: most words start one phrase alone, so their hit
        goes to its group at once; where the next word alone settles what matches, the hits
        are filed by a plan worked out once per word (or word pair) and group function.
        """
        keys = _keys_of(tokens)
        # Where every word is its own only form, the next word is looked up as it is.
        words = tokens.words if isinstance(tokens, Tokens) and keys is tokens.words else None
        groups: defaultdict[str, dict[int, list[Hit[V]]]] = defaultdict(dict)
        new = tuple.__new__
        last = len(keys) - 1
        found = self._lookup_filed(keys, group)
        for index, filed in compress(enumerate(found), found):
            if not filed:
                continue
            lone = filed.lone
            if lone is not None:
                name, value = lone
                groups[name][index] = [new(Hit, (index, index + 1, value))]
                continue
            plan: _Plan[V] | _Followers[V] | None
            if index == last:
                plan = filed.at_end
            elif words is not None:
                # Most words continue no listed phrase: one look-up tells; and most that
                # do, do by their second word alone.
                plan = filed.after.get(words[index + 1], filed.alone)
                if isinstance(plan, _Followers):
                    plan = (
                        plan.third_plan(words[index + 2], filed.candidates.single, group)
                        if index + 2 <= last and not filed.candidates.prefix_second
                        else None
                    )
            elif (
                not filed.candidates.prefix_second
                and filed.candidates.by_second.keys().isdisjoint(keys[index + 1])
            ):
                plan = filed.alone
            else:
                plan = None
            if plan is None:
                for hit in filed.candidates.hits(keys, index):
                    groups[group(hit.value)].setdefault(index, []).append(hit)
                continue
            for name, items in plan:
                if len(items) == 1:
                    length, value = items[0]
                    groups[name][index] = [new(Hit, (index, index + length, value))]
                else:
                    groups[name][index] = [
                        new(Hit, (index, index + length, value)) for length, value in items
                    ]
        return dict(groups)


_Plan = tuple[tuple[str, tuple[tuple[int, V], ...]], ...]
"""Hits to file at a position: ``(group, ((length, value), ...))`` in the order of first
hits, each group's hits longest first (by rank)."""


def _plan(known: Iterable[tuple[int, V]], group: Callable[[V], str]) -> _Plan[V]:
    """``(length, value)`` pairs, by rank, filed by ``group`` of each value."""
    filed: dict[str, list[tuple[int, V]]] = {}
    for length, value in known:
        filed.setdefault(group(value), []).append((length, value))
    return tuple((name, tuple(items)) for name, items in filed.items())


def _keys_of(tokens: Sequence[Token]) -> Sequence[Key]:
    return tokens.keys if isinstance(tokens, Tokens) else [token.forms for token in tokens]
