"""The scan's shortcuts change nothing: the ASCII split, the word gates and counting in a
stretch of an already normalised text give what the plain way gives."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.count import Count, CountKind, _valid_count
from claims.normalize import normalize
from claims.numbers import _counts_in, _grammar, _lexicon, find_counts

_ASCII = "".join(map(chr, range(128)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_ASCII) + list("0123456789,.  ab")), max_size=60))
def test_the_ascii_split_agrees_with_the_pattern(text: str) -> None:
    assert text.isascii()
    assert _lexicon._ASCII_TOKEN.split(text) == _lexicon._TOKEN.split(text)


def _universe(lex: _lexicon.Lexicon) -> list[str]:
    """Every token some word list holds, and a few others: what may follow a word."""
    words = set(lex.number_readings) | set(lex.start_flags) | lex.quotes | lex.articles
    for table in (lex.hedges_before, lex.hedges_after, lex.vague, lex.not_count_phrases):
        for phrase in table.entries:
            words.update(phrase)
    for phrase, joins in lex.range_openers.entries.items():
        words.update(phrase)
        for join in joins.entries:
            words.update(join)
    words |= lex.hundred_words | lex.conjunctions | lex.hyphens | lex.singular_nouns
    return sorted(words | {"x", "of", ".", "12", "3", "1,500", "2.5"})


def _columns(texts: list[str]) -> tuple[list[int], list[str]]:
    kinds = [_lexicon._kind(text[0]) for text in texts]
    return kinds, texts


@pytest.mark.parametrize("lang", _lexicon.LANGUAGES)
def test_a_closed_gate_hides_no_phrase(lang: str) -> None:
    """Where a word's gate turns the next token away, the grammar finds nothing there, in
    any of a few contexts; where it lets it through, it tries the same phrases as before."""
    lex = _lexicon.get(lang)
    universe = _universe(lex)
    rng = random.Random(1)
    tails = [[], ["5"], ["people"], ["و", "قتيلا"], ["and", "10"], ["hundred", "of"]]
    befores = [[], ["x"], ["in"], ["في"], ["من"]]
    checked = 0
    for word, gate in lex.gates.items():
        flags = lex.start_flags[word]
        if gate.after is None and gate.flags == flags:
            continue  # the gate lets everything through
        followers = rng.sample(universe, min(len(universe), 300)) + sorted(gate.thirds)
        for follower in followers:
            passes = gate.after is None or follower in gate.after
            passes = passes or (gate.digits_after and _lexicon._kind(follower[0]) == 0)
            before = rng.choice(befores)
            thirds = gate.thirds.get(follower, frozenset())
            for tail in [*rng.sample(tails, 2), *([third, "of", "5"] for third in sorted(thirds))]:
                third_passes = follower not in gate.thirds or (bool(tail) and tail[0] in thirds)
                texts = [*before, word, follower, *tail]
                scanner = _grammar._Scanner(lex, *_columns(texts), 0.1)
                index = len(before)
                found = scanner.at(index, flags)
                if not (passes and third_passes):
                    assert found is None, texts
                    assert scanner.can_start(index) == 0
                else:
                    assert scanner.can_start(index) == gate.flags
                    fresh = _grammar._Scanner(lex, *_columns(texts), 0.1)
                    assert fresh.at(index, gate.flags) == found, texts
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("lang", _lexicon.LANGUAGES)
def test_every_listed_phrase_passes_its_gate(lang: str) -> None:
    """Each phrase of the word lists, before a figure, passes the gate of its first word
    wherever the grammar finds a count at it."""
    lex = _lexicon.get(lang)
    tables = (lex.hedges_before, lex.range_openers, lex.vague, lex.not_count_phrases)
    found_some = 0
    for table in tables:
        for phrase in table.entries:
            for tail in (["5", "x"], ["5", "و", "7"], ["twenty"], ["خمسة"], ['"', "5"], []):
                texts = [*phrase, *tail]
                scanner = _grammar._Scanner(lex, *_columns(texts), 0.1)
                if scanner.at(0) is not None:
                    found_some += 1
                    assert scanner.can_start(0) != 0, texts
    assert found_some > 50


_SOUP = {
    "en": "killed at least 12 people in the region of two hundred and five over 1,500 a few "
    "dozen wounded between 3 and 4 more than 20 on the order of half a million",
    "ar": "قُتِلَ أكثر من ٢٠ شخصاً وأصيب حوالي خمسين بين ثلاثة و ٥ قتلى ، وجريحين في عام ٢٠١٥",
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_SOUP)), st.data())
def test_counting_in_a_stretch_of_a_normalised_text_is_find_counts(
    lang: str, data: st.DataObject
) -> None:
    """``_counts_in`` on the normalised text gives ``find_counts`` of the original stretch,
    with spans of the whole original text."""
    marks = ["ـ", "\u064b", "\u200f", ".", "«", "»"]
    chosen = data.draw(st.lists(st.sampled_from([*_SOUP[lang].split(" "), *marks])))
    text = " ".join(chosen)
    norm = normalize(text)
    starts = [0, *(i + 1 for i, char in enumerate(norm.text) if char == " ")]
    begin = data.draw(st.sampled_from(starts))
    ends = [i for i, char in enumerate(norm.text) if char == " " and i > begin] + [len(norm.text)]
    end = data.draw(st.sampled_from(ends))
    original = norm.original_span(begin, end)
    expected = [
        ((original[0] + start, original[0] + stop), count)
        for (start, stop), count in find_counts(text[original[0] : original[1]], lang=lang)
    ]
    assert _counts_in(norm, begin, end, lang) == expected


def test_the_grammar_builds_only_valid_counts() -> None:
    """Counts found are built without the initializer's checks: each passes them anyway."""
    rows = [
        line.split("\t")
        for line in (Path(__file__).parent / "data" / "phrases.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    soup = [[lang, text] for lang, text in _SOUP.items()]
    checked = 0
    for lang, phrase, *_ in rows + soup:
        for _, found in find_counts(phrase, lang=lang):
            assert Count(found.low, found.high, found.kind, found.value, found.text) == found
            checked += 1
    assert checked > 300


@pytest.mark.parametrize("fields", [(3, 3, "exact", 3, "3"), (0, None, "at_least", None, "")])
def test_a_count_built_without_checks_equals_one_built_with_them(fields: tuple[Any, ...]) -> None:
    low, high, kind, value, text = fields
    built = _valid_count(low, high, CountKind(kind), value, text)
    assert built == Count(low, high, kind, value, text)
    assert hash(built) == hash(Count(low, high, kind, value, text))
    assert repr(built) == repr(Count(low, high, kind, value, text))


@pytest.mark.parametrize("lang", _lexicon.LANGUAGES)
def test_gate_words_are_the_gated_words(lang: str) -> None:
    """The set a scan filters a text by holds exactly the words that have a gate."""
    lex = _lexicon.get(lang)
    assert lex.gates
    assert lex.gate_words == frozenset(lex.gates)
