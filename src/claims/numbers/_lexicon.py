"""The count parser's view of the word lists in ``claims/lexicon/{ar,en}.toml``.

Every phrase is normalised and tokenised the way input text is, once per
language, so matching at parse time is dictionary lookups on token tuples.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from fractions import Fraction
from functools import cache, lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

import attrs
import regex
from attrs import frozen

from claims import lexicon as _data
from claims.normalize import normalize, regex_timeout

__all__ = [
    "LANGUAGES",
    "Columns",
    "Gate",
    "Hedge",
    "Lexicon",
    "NumberWord",
    "Role",
    "Token",
    "columns",
    "get",
    "tokenize",
]

LANGUAGES = ("ar", "en")

NUM, WORD, PUNCT = 0, 1, 2

# What a word may start (bit flags in Lexicon.starters).
OPENER, HEDGE, VAGUE, NUMBER, NOUN, SKIP = 1, 2, 4, 8, 16, 32

# Digit groups with thousands separators first, so "22,257" is one token; possessive
# quantifiers keep every alternative linear. A number, a run of letters, or any other
# character but space; one capturing group, so that ``split`` returns the tokens between
# the spaces.
_TOKEN = regex.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?(?![0-9])|[0-9]++(?:\.[0-9]++)?"
    r"|[\p{L}\p{M}]++|[^\s\p{L}\p{M}0-9])"
)
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _ascii_class(pattern: str) -> str:
    """The ASCII characters ``pattern`` matches, escaped for a character class of ``re``."""
    matches = regex.compile(pattern).match
    return re.escape("".join(chr(code) for code in range(128) if matches(chr(code))))


# The same split for ASCII text (most English news), with the standard library's engine,
# which is about three times as fast on it. Its classes are read off the pattern's own on
# the 128 ASCII characters, so both split ASCII text alike; letters first, as letters and
# digits never start the same piece.
_ASCII_LETTERS = _ascii_class(r"[\p{L}\p{M}]")
_ASCII_SPACES = _ascii_class(r"\s")
_ASCII_TOKEN = re.compile(
    rf"([{_ASCII_LETTERS}]++|[0-9]{{1,3}}(?:,[0-9]{{3}})++(?:\.[0-9]++)?(?![0-9])"
    rf"|[0-9]++(?:\.[0-9]++)?|[^{_ASCII_SPACES}{_ASCII_LETTERS}0-9])"
)


class Token(NamedTuple):
    """A token of normalised text: its kind (NUM, WORD, PUNCT), folded text and span.

    A named tuple rather than an attrs class: a scan makes one per word, and tuples
    are the cheapest immutable records Python builds.
    """

    kind: int
    text: str
    start: int
    end: int


# Builds a Token from a tuple without the named tuple's Python-level __new__ (measurably
# cheaper when a short phrase is tokenised).
_new_token = partial(tuple.__new__, Token)


class Columns(NamedTuple):
    """The tokens of a text as parallel lists: kinds, folded texts, starts and ends.

    What a scan reads; building no record per token keeps tokenising a long text cheap.
    """

    kinds: list[int]
    texts: list[str]
    starts: list[int]
    ends: list[int]


def tokenize(text: str, *, lower: bool) -> list[Token]:
    """Split normalised ``text`` into tokens. Raises TimeoutError past the regex time limit."""
    return list(map(_new_token, zip(*columns(text, lower=lower), strict=True)))


def columns(text: str, *, lower: bool) -> Columns:
    """The tokens of normalised ``text`` as :class:`Columns`. Raises TimeoutError past the
    regex time limit.

    ASCII text is split with the standard library's engine, the fastest on it. Other short
    text made only of single-space-separated letter runs and digit runs (most Arabic count
    phrases) is split with string methods, which give the same tokens as the pattern at a
    fraction of the cost of starting a regex scan. Other text is split in one call. Offsets
    come from running sums of the pieces' lengths; a piece's kind follows from its first
    character.
    """
    lowered = text.lower() if lower else text
    if text.isascii():
        parts = _ASCII_TOKEN.split(lowered)
        offsets = list(accumulate(map(len, parts)))
        pieces = parts[1::2]
        return Columns(
            list(map(_ASCII_KINDS.__getitem__, map(_first, pieces))),
            pieces,
            offsets[0:-1:2],
            offsets[1::2],
        )
    if len(text) <= _SIMPLE_TEXT:
        simple = _simple_tokens(text, lower)
        if simple is not None:
            return simple
    # A few letters lower-case to two characters; then the pieces are folded one by one.
    exact = len(lowered) == len(text)
    parts = _TOKEN.split(lowered if exact else text, timeout=regex_timeout(text))
    pieces = parts[1::2]
    if lower and not exact:
        pieces = [piece.lower() if _kind(piece[0]) == WORD else piece for piece in pieces]
    offsets = list(accumulate(map(len, parts)))
    return Columns(list(map(_kind, map(_first, pieces))), pieces, offsets[0:-1:2], offsets[1::2])


_SIMPLE_TEXT = 256
"""Longer texts go straight to the pattern: news sentences nearly always hold punctuation."""

_first = itemgetter(0)


@lru_cache(maxsize=1 << 12)
def _kind(first: str) -> int:
    """The kind of a token that starts with the character ``first``."""
    if "0" <= first <= "9":
        return NUM
    return WORD if _LETTER.match(first) else PUNCT


_ASCII_KINDS = MappingProxyType({chr(code): _kind(chr(code)) for code in range(128)})


def _simple_tokens(text: str, lower: bool) -> Columns | None:
    """The tokens of ``text`` if every space-separated chunk is all letters or all ASCII digits."""
    kinds = []
    texts = []
    starts = []
    ends = []
    start = 0
    for chunk in text.split(" "):
        end = start + len(chunk)
        if chunk.isalpha():
            kinds.append(WORD)
            texts.append(chunk.lower() if lower else chunk)
        elif chunk.isdigit() and chunk.isascii():
            kinds.append(NUM)
            texts.append(chunk)
        elif chunk:
            return None
        else:
            start = end + 1
            continue
        starts.append(start)
        ends.append(end)
        start = end + 1
    return Columns(kinds, texts, starts, ends)


class Role(Enum):
    """What a number word contributes to a numeral."""

    UNIT = "unit"
    TEEN_ONE = "teen_one"
    TENS = "tens"
    HUNDREDS = "hundreds"
    SCALE = "scale"
    FRACTION = "fraction"


class Hedge(Enum):
    """What a hedge does to the figure n it qualifies."""

    APPROX = "approx"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"


@frozen
class NumberWord:
    """A number word: its role and value; scales also say what they mean alone (``bare``).

    ``rank`` orders the parts of a group below a thousand (hundreds 3, units and
    teens 2, tens 1); a group's parts come in falling rank.
    """

    role: Role
    value: int = 0
    bare: int = 0
    numeral: bool = False
    fraction: Fraction = Fraction(0)
    rank: int = 0


_RANKS = {Role.HUNDREDS: 3, Role.UNIT: 2, Role.TEEN_ONE: 2, Role.TENS: 1}


Phrase = tuple[str, ...]
V = TypeVar("V")


class Gate(NamedTuple):
    """What a scan must see for a count phrase to start at a word.

    ``flags`` are the phrases the word may start (the OPENER... bits). When ``after`` is not
    None, every one of them needs the next token to be one of ``after`` (or a digit token,
    if ``digits_after``): "in" starts only "in excess of", "a" only "a few", "a hundred"...
    Most occurrences of such common words are then passed over with two lookups. Where the
    next token is a key of ``thirds``, the token after it must be one of its words too:
    "in the" starts only "in the region of".
    """

    flags: int
    after: frozenset[str] | None
    digits_after: bool
    thirds: Mapping[str, frozenset[str]] = MappingProxyType({})


@frozen(eq=False)
class Phrases(Generic[V]):
    """Phrases (token tuples) with a value each, indexed by first and last token."""

    entries: Mapping[Phrase, V]
    firsts: Mapping[str, int]
    lasts: Mapping[str, int]

    def __getitem__(self, phrase: Phrase) -> V:
        return self.entries[phrase]

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.entries


def _table(entries: dict[Phrase, V]) -> Phrases[V]:
    firsts: dict[str, int] = {}
    lasts: dict[str, int] = {}
    for phrase in entries:
        firsts[phrase[0]] = max(firsts.get(phrase[0], 0), len(phrase))
        lasts[phrase[-1]] = max(lasts.get(phrase[-1], 0), len(phrase))
    return Phrases(MappingProxyType(entries), MappingProxyType(firsts), MappingProxyType(lasts))


@frozen(eq=False)
class Lexicon:
    """The word lists of one language, normalised and ready for lookups."""

    lang: str
    words: Mapping[str, NumberWord]
    teen_suffixes: frozenset[str]
    hundred_words: frozenset[str]
    conjunctions: frozenset[str]
    hyphens: frozenset[str]
    articles: frozenset[str]
    prefixes: frozenset[str]
    conj_prefixes: frozenset[str]
    accusative_suffix: str
    hedges_before: Phrases[Hedge]
    hedges_after: Phrases[Hedge]
    hedge_gap: frozenset[str]
    """Hedges (verbs of exceeding) that may stand apart from their figure."""
    hedge_gap_reach: int
    range_openers: Phrases[Phrases[bool]]
    range_joins: Phrases[bool]
    vague: Phrases[tuple[int, int]]
    vague_links: frozenset[str]
    singular_nouns: frozenset[str]
    dual_nouns: frozenset[str]
    counted_nouns: frozenset[str]
    noun_blockers: frozenset[str]
    singular_after: frozenset[str]
    emphatic: frozenset[str]
    another: Mapping[str, tuple[int, int | None]]
    another_followers: frozenset[str]
    not_before: Phrases[bool]
    not_after: Phrases[bool]
    not_count_phrases: Phrases[bool]
    year_range: tuple[int, int]
    year_after: frozenset[str]
    quotes: frozenset[str]
    one_of_blockers: frozenset[str]
    another_blockers: frozenset[str]
    false_friends: frozenset[str]
    expansions: Mapping[str, tuple[tuple[str, str], ...]]
    number_readings: Mapping[str, tuple[tuple[NumberWord, str], ...]]
    noun_forms: Mapping[str, tuple[str, str]]
    follower_forms: frozenset[str]
    start_flags: Mapping[str, int]
    gates: Mapping[str, Gate]
    """Every word a count phrase may start at (as written, clitics and all), with its gate."""
    starters: Mapping[str, int]
    followers: frozenset[str]
    gate_words: frozenset[str] = frozenset()
    """The words of :attr:`gates`, as a set: a scan tests every word of a text against it."""

    def variants(self, word: str) -> tuple[tuple[str, str], ...]:
        """``word`` and each way of reading it as a clitic prefix plus a known stem.

        As ``(stem, prefix)`` pairs, the whole word first, longer prefixes before
        shorter. Only stems some word list knows are split off: any other split
        would match nothing anyway. One lookup in a table built with the lexicon.
        """
        return self.expansions.get(word) or ((word, ""),)


def _fold(phrase: str, lower: bool) -> str:
    text = normalize(phrase).text
    return text.lower() if lower else text


def _phrase(phrase: str, lower: bool) -> Phrase:
    return tuple(columns(_fold(phrase, lower), lower=lower).texts)


def _word(phrase: str, lower: bool) -> str:
    return _fold(phrase, lower).strip()


def _words(entries: list[str], lower: bool) -> frozenset[str]:
    return frozenset(_word(entry, lower) for entry in entries)


def _phrases(entries: list[str], lower: bool) -> Phrases[bool]:
    return _table({_phrase(entry, lower): True for entry in entries})


def _number_words(numbers: dict[str, Any], lower: bool) -> dict[str, NumberWord]:
    words: dict[str, NumberWord] = {}
    for role, section in ((Role.UNIT, "units"), (Role.TEEN_ONE, "teen_ones"), (Role.TENS, "tens")):
        for form, value in numbers.get(section, {}).items():
            words[_word(form, lower)] = NumberWord(role, int(value), rank=_RANKS[role])
    for form, value in numbers.get("hundreds", {}).items():
        words[_word(form, lower)] = NumberWord(Role.HUNDREDS, int(value), rank=3)
    for form, spec in numbers.get("scales", {}).items():
        words[_word(form, lower)] = NumberWord(
            Role.SCALE, int(spec["value"]), int(spec["bare"]), bool(spec["numeral"])
        )
    for form, value in numbers.get("fractions", {}).items():
        words[_word(form, lower)] = NumberWord(Role.FRACTION, fraction=Fraction(value))
    return words


def _hedges(section: dict[str, list[str]], lower: bool) -> Phrases[Hedge]:
    return _table(
        {
            _phrase(entry, lower): Hedge(kind)
            for kind, entries in section.items()
            for entry in entries
        }
    )


@cache
def get(lang: str) -> Lexicon:
    """The lexicon of ``lang`` ("ar" or "en"), built once from its TOML file."""
    doc = _data.load(lang)
    lower = lang == "en"
    numbers = doc["numbers"]
    not_counts = doc["not_counts"]
    clitics = doc.get("clitics", {})
    nouns = doc.get("nouns", {})
    casualty = nouns.get("casualty", {})
    another = doc.get("another", {})
    another_counts: dict[str, tuple[int, int | None]] = {}
    for key, bounds in (("one", (1, 1)), ("two", (2, 2)), ("two_or_more", (2, None))):
        for form in another.get(key, []):
            another_counts[_word(form, lower)] = bounds
    for form in another.get("plural", []):
        another_counts[_word(form, lower)] = (3, None)
    hedges_before = _hedges(doc["hedges"]["before"], lower)
    hedges_after = _hedges(doc["hedges"]["after"], lower)
    openers = {
        _phrase(entry["open"], lower): _phrases(entry["join"], lower)
        for entry in doc["ranges"]["openers"]
    }
    vague = {_phrase(form, lower): (int(lo), int(hi)) for form, (lo, hi) in doc["vague"].items()}
    prefixes = sorted((_word(p, lower) for p in clitics.get("prefixes", [])), key=len, reverse=True)
    lexicon = Lexicon(
        lang=lang,
        words=MappingProxyType(_number_words(numbers, lower)),
        teen_suffixes=_words(numbers.get("teen_suffixes", []), lower),
        hundred_words=_words(numbers.get("hundred_words", []), lower),
        conjunctions=_words(numbers.get("conjunctions", []), lower),
        hyphens=_words(numbers.get("hyphens", []), lower),
        articles=_words(numbers.get("articles", []), lower),
        prefixes=frozenset(prefixes),
        conj_prefixes=_words(clitics.get("conjunctions", []), lower),
        accusative_suffix=_word(clitics.get("accusative_suffix", ""), lower),
        hedges_before=hedges_before,
        hedges_after=hedges_after,
        hedge_gap=_words(doc.get("hedge_gap", {}).get("words", []), lower),
        hedge_gap_reach=int(doc.get("hedge_gap", {}).get("reach", 0)),
        range_openers=_table(openers),
        range_joins=_phrases(doc["ranges"]["joins"], lower),
        vague=_table(vague),
        vague_links=_words(doc.get("vague_links", {}).get("words", []), lower),
        singular_nouns=_words(list(casualty), lower),
        dual_nouns=_words([form for duals in casualty.values() for form in duals], lower),
        counted_nouns=_words(nouns.get("counted", []), lower),
        noun_blockers=_words(nouns.get("not_after", []), lower),
        singular_after=_words(nouns.get("singular_after", []), lower),
        emphatic=_words(nouns.get("emphatic", []), lower),
        another=MappingProxyType(another_counts),
        another_followers=_words(another.get("followed_by", []), lower),
        not_before=_phrases(not_counts["before"] + not_counts.get("months", []), lower),
        not_after=_phrases(not_counts["after"] + not_counts.get("months", []), lower),
        not_count_phrases=_phrases(not_counts.get("phrases", []), lower),
        year_range=tuple(not_counts.get("year_range", [0, -1])),
        year_after=_words(not_counts.get("year_after", []), lower),
        quotes=_words(doc.get("punctuation", {}).get("quotes", []), lower),
        one_of_blockers=_words(numbers.get("one_of_blockers", []), lower),
        another_blockers=_words(another.get("not_after", []), lower),
        false_friends=_words(doc.get("false_friends", {}).get("words", []), lower),
        expansions=MappingProxyType({}),
        number_readings=MappingProxyType({}),
        noun_forms=MappingProxyType({}),
        follower_forms=frozenset(),
        start_flags=MappingProxyType({}),
        gates=MappingProxyType({}),
        starters=MappingProxyType({}),
        followers=frozenset(),
    )
    followers = frozenset(lexicon.not_after.firsts) | frozenset(lexicon.range_joins.firsts)
    lexicon = attrs.evolve(
        lexicon,
        starters=_starters(lexicon),
        followers=followers,
        expansions=_expansions(lexicon),
    )
    lexicon = _with_readings(lexicon)
    gates = _gates(lexicon)
    return attrs.evolve(lexicon, gates=gates, gate_words=frozenset(gates))


def _with_readings(lex: Lexicon) -> Lexicon:
    """The lexicon with every known surface form's number, noun and follower readings."""
    numbers: dict[str, tuple[tuple[NumberWord, str], ...]] = {}
    nouns: dict[str, tuple[str, str]] = {}
    followers: set[str] = set()
    flags: dict[str, int] = {}
    counted = lex.singular_nouns | lex.dual_nouns | lex.counted_nouns
    suffix = lex.accusative_suffix
    for word, variants in lex.expansions.items():
        found = tuple((lex.words[stem], prefix) for stem, prefix in variants if stem in lex.words)
        if found and word not in lex.false_friends:
            numbers[word] = found
        for stem, prefix in variants:
            flags[word] = flags.get(word, 0) | lex.starters.get(stem, 0)
            form = stem if stem in counted else stem.removesuffix(suffix) if suffix else stem
            if form in counted:
                nouns.setdefault(word, (form, prefix))
                flags[word] |= NOUN
            if stem in lex.followers:
                followers.add(word)
    return attrs.evolve(
        lex,
        number_readings=MappingProxyType(numbers),
        noun_forms=MappingProxyType(nouns),
        follower_forms=frozenset(followers | lex.followers),
        start_flags=MappingProxyType({word: flag for word, flag in flags.items() if flag}),
    )


def _expansions(lex: Lexicon) -> Mapping[str, tuple[tuple[str, str], ...]]:
    """Every known stem with every clitic prefix, mapped to its readings as (stem, prefix)."""
    nouns = lex.singular_nouns | lex.dual_nouns | lex.counted_nouns
    stems = set(lex.words) | nouns | set(lex.another) | lex.singular_after
    stems |= {noun + lex.accusative_suffix for noun in nouns if lex.accusative_suffix}
    for table in (
        lex.hedges_before,
        lex.hedges_after,
        lex.range_openers,
        lex.vague,
        lex.not_count_phrases,
    ):
        stems |= set(table.firsts)
    readings: dict[str, list[tuple[str, str]]] = {}
    for prefix in sorted(lex.prefixes, key=len, reverse=True):
        for stem in stems:
            if len(stem) >= 2:
                readings.setdefault(prefix + stem, []).append((stem, prefix))
    return MappingProxyType(
        {word: ((word, ""), *(r for r in found if r[1])) for word, found in readings.items()}
        | {stem: ((stem, ""), *readings.get(stem, ())) for stem in stems}
    )


def _starters(lex: Lexicon) -> Mapping[str, int]:
    """Every word a count phrase may begin with (clitics stripped), with what it may begin."""
    starters: dict[str, int] = {}
    groups: list[tuple[int, set[str]]] = [
        (OPENER, set(lex.range_openers.firsts)),
        (HEDGE, set(lex.hedges_before.firsts)),
        (VAGUE, set(lex.vague.firsts)),
        (NUMBER, set(lex.words) | lex.articles | lex.hundred_words),
        (NOUN, set(lex.singular_nouns | lex.dual_nouns | lex.counted_nouns) | set(lex.another)),
        (SKIP, set(lex.not_count_phrases.firsts)),
    ]
    for flag, words in groups:
        for word in words:
            starters[word] = starters.get(word, 0) | flag
    return MappingProxyType(starters)


# What a phrase needs of the tokens after its first word: None for nothing (it may stand
# alone, or the grammar reads on in ways a set of words cannot say), else the words that may
# follow, each with the words that may come after it (None for any), and whether a digit
# token may follow.
_Need = tuple[dict[str, frozenset[str] | None], bool] | None
_NOTHING: _Need = ({}, False)


def _any_after(words: frozenset[str], digits: bool) -> _Need:
    """The need for one of ``words`` (or a digit token) next, whatever comes after it."""
    return dict.fromkeys(words), digits


def _either(first: _Need, second: _Need) -> _Need:
    if first is None or second is None:
        return None
    followers = dict(first[0])
    for word, thirds in second[0].items():
        if word not in followers:
            followers[word] = thirds
        else:
            known = followers[word]
            followers[word] = None if known is None or thirds is None else known | thirds
    return followers, first[1] or second[1]


def _second_words(table: Phrases[Any], stems: list[str], alone: _Need) -> _Need:
    """What must follow the first word of a phrase of ``table`` that starts with one of
    ``stems``: its second word and third word (if any), or ``alone`` for a one-word phrase."""
    need = _NOTHING
    for phrase in table.entries:
        if phrase[0] in stems:
            if len(phrase) == 1:
                need = _either(need, alone)
            else:
                third = frozenset(phrase[2:3]) if len(phrase) > 2 else None
                need = _either(need, ({phrase[1]: third}, False))
    return need


def _gates(lex: Lexicon) -> Mapping[str, Gate]:
    """The gate of every word in ``start_flags``: what must follow it for ``_Scanner.at`` to
    find a phrase there (a necessary condition, read off the grammar and the word lists).

    A numeral starts at a digit token, a number word or (English) an article; an English
    article reads as a number only before a hundred or a scale word ("a thousand").
    A casualty noun counts alone only as a dual, a singular or «آخر»: a plural counted
    noun starts nothing, so its NOUN bit is dropped.
    """
    numeral = _any_after(frozenset(lex.number_readings) | lex.articles, True)
    quoted = _any_after(frozenset(lex.number_readings) | lex.articles | lex.quotes, True)
    scales = frozenset(
        word
        for word, readings in lex.number_readings.items()
        if any(reading.role is Role.SCALE and reading.numeral for reading, _ in readings)
    )
    alone = lex.dual_nouns | lex.singular_nouns
    gates: dict[str, Gate] = {}
    for word, flags in lex.start_flags.items():
        stems = [stem for stem, _ in lex.variants(word)]
        need: _Need = _NOTHING
        if flags & SKIP:
            need = _either(need, _second_words(lex.not_count_phrases, stems, None))
        if flags & OPENER:
            need = _either(need, _second_words(lex.range_openers, stems, numeral))
        if flags & HEDGE:
            for stem in stems:
                gap = None if stem in lex.hedge_gap else quoted
                need = _either(need, _second_words(lex.hedges_before, [stem], gap))
        if flags & VAGUE:
            need = _either(need, _second_words(lex.vague, stems, None))
        if flags & NUMBER:
            if word in lex.number_readings or lex.lang != "en" or word not in lex.articles:
                need = None
            else:
                need = _either(need, _any_after(lex.hundred_words | scales, False))
        if flags & NOUN:
            noun = lex.noun_forms.get(word)
            if any(stem in lex.another for stem in stems) or (noun and noun[0] in alone):
                need = None
            else:
                flags &= ~NOUN
        if not flags:
            continue
        if need is None:
            gates[word] = Gate(flags, None, False)
        else:
            followers, digits = need
            thirds = {second: words for second, words in followers.items() if words is not None}
            gates[word] = Gate(flags, frozenset(followers), digits, MappingProxyType(thirds))
    return MappingProxyType(gates)
