"""The count parser's word lists in ar.toml and en.toml are complete and well-formed."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from claims import lexicon
from claims.normalize import normalize
from claims.numbers import _lexicon

HEDGE_KINDS = {"approx", "nearly", "more_than", "at_least", "less_than", "at_most"}
NUMBER_SECTIONS = {"units", "tens", "scales", "fractions"}
LANGS = ["ar", "en"]


def _fold(word: str) -> str:
    return normalize(word).text.lower()


@pytest.fixture(params=LANGS)
def doc(request: pytest.FixtureRequest) -> dict[str, Any]:
    return lexicon.load(request.param)


def test_every_section_is_present(doc: dict[str, Any]) -> None:
    for section in ("numbers", "hedges", "ranges", "vague", "nouns", "not_counts", "punctuation"):
        assert section in doc, section
    assert {"before", "after", "months", "phrases"} <= set(doc["not_counts"])
    assert set(doc["numbers"]) >= NUMBER_SECTIONS
    assert set(doc["hedges"]) == {"before", "after"}


def test_arabic_only_sections() -> None:
    doc = lexicon.load("ar")
    for section in ("clitics", "another", "false_friends"):
        assert section in doc, section
    assert doc["nouns"]["casualty"]
    assert doc["numbers"]["teen_ones"]
    assert doc["numbers"]["hundreds"]


def _strings(entries: object) -> list[str]:
    assert isinstance(entries, list)
    assert entries
    for entry in entries:
        assert isinstance(entry, str), entry
        assert entry == entry.strip(), entry
        assert entry, entry
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]
    return entries


@pytest.mark.parametrize("lang", LANGS)
def test_number_words_are_well_formed(lang: str) -> None:
    numbers = lexicon.load(lang)["numbers"]
    seen: dict[str, int] = {}
    for section in ("units", "teen_ones", "tens", "hundreds"):
        for form, value in numbers.get(section, {}).items():
            assert isinstance(value, int), (form, value)
            assert 0 <= value < 1000, (form, value)
            folded = _fold(form)
            assert seen.setdefault(folded, value) == value, f"{form} means two numbers"
    for form, spec in numbers["scales"].items():
        assert set(spec) == {"value", "bare", "numeral"}, form
        assert spec["value"] in (12, 100, 1000, 10**6, 10**9), form
        assert spec["bare"] in (0, 1, 2), form
        assert isinstance(spec["numeral"], bool), form
    for form, value in numbers["fractions"].items():
        assert 0 < Fraction(value) < 1, form
    for key in ("teen_suffixes", "hundred_words", "conjunctions", "hyphens", "articles"):
        if key in numbers:
            _strings(numbers[key])


@pytest.mark.parametrize("lang", LANGS)
def test_number_words_have_the_values_their_names_say(lang: str) -> None:
    units = lexicon.load(lang)["numbers"]["units"]
    tens = lexicon.load(lang)["numbers"]["tens"]
    if lang == "ar":
        assert units["ثلاثة"] == units["ثلاث"] == 3
        assert units["اثنتين"] == 2
        assert units["ثماني"] == 8
        assert tens["سبعون"] == tens["سبعين"] == 70
    else:
        assert units["seven"] == 7
        assert units["nineteen"] == 19
        assert tens["forty"] == 40
    assert sorted(set(units.values())) == list(range(20 if lang == "en" else 11))
    assert sorted(set(tens.values())) == list(range(20, 100, 10))


def test_every_hedge_list_is_well_formed(doc: dict[str, Any]) -> None:
    hedges = doc["hedges"]
    assert isinstance(hedges, dict)
    for place in ("before", "after"):
        assert set(hedges[place]) <= HEDGE_KINDS
        for entries in hedges[place].values():
            _strings(entries)


def test_ranges_are_well_formed(doc: dict[str, Any]) -> None:
    ranges = doc["ranges"]
    assert isinstance(ranges, dict)
    _strings(ranges["joins"])
    for opener in ranges["openers"]:
        assert set(opener) == {"open", "join"}
        _strings(opener["join"])


def test_vague_intervals_are_honest(doc: dict[str, Any]) -> None:
    vague = doc["vague"]
    assert isinstance(vague, dict)
    assert vague
    folded = [_fold(form) for form in vague]
    assert len(folded) == len(set(folded))
    for form, bounds in vague.items():
        assert isinstance(bounds, list), form
        assert len(bounds) == 2, form
        low, high = bounds
        assert isinstance(low, int), form
        assert isinstance(high, int), form
        assert 1 < low <= high, form  # never 0 or 1: a plural means more than one


def test_vague_intervals_follow_the_documented_convention() -> None:
    ar = lexicon.load("ar")["vague"]
    en = lexicon.load("en")["vague"]
    assert ar["عشرات"] == [10, 99]
    assert en["dozens"] == [12, 99]
    assert en["scores"] == [20, 99]
    assert ar["مئات"] == en["hundreds"] == [100, 999]
    assert ar["آلاف"] == en["thousands"] == [1000, 9999]
    assert ar["عشرات الآلاف"] == en["tens of thousands"] == [10000, 99999]
    assert ar["عدة"] == ar["بضعة"] == ar["بضع"] == en["several"] == [3, 9]
    assert en["a few"] == [2, 9]


def test_nouns_are_well_formed() -> None:
    nouns = lexicon.load("ar")["nouns"]
    duals = [form for forms in nouns["casualty"].values() for form in forms]
    _strings(duals)
    _strings(list(nouns["casualty"]))
    counted = _strings(nouns["counted"])
    assert not set(counted) & set(duals)
    assert not set(counted) & set(nouns["casualty"])
    for singular, forms in nouns["casualty"].items():
        assert all(form != singular for form in forms)
    _strings(lexicon.load("en")["nouns"]["counted"])


def test_another_forms_are_well_formed() -> None:
    another = lexicon.load("ar")["another"]
    forms = [
        form for key in ("one", "two", "two_or_more", "plural") for form in _strings(another[key])
    ]
    assert len(forms) == len(set(forms))
    _strings(another["followed_by"])


def test_no_list_repeats_an_entry(doc: dict[str, Any]) -> None:
    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list) and node and all(isinstance(item, str) for item in node):
            _strings(node)

    walk(doc)


@pytest.mark.parametrize("lang", LANGS)
def test_the_lexicon_builds(lang: str) -> None:
    built = _lexicon.get(lang)
    assert built.words
    assert built.hedges_before.entries
    assert built.vague.entries
    assert _lexicon.get(lang) is built  # read once


def test_every_entry_normalises_to_something(doc: dict[str, Any]) -> None:
    """No entry is lost to normalisation (an entry of only diacritics would match nothing)."""

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                assert normalize(str(key)).text.strip(), key
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            assert normalize(node).text.strip(), node

    walk(doc)


def test_arabic_word_lists_agree_with_each_other() -> None:
    ar = lexicon.load("ar")
    nouns = ar["nouns"]
    assert set(nouns["emphatic"]) <= set(ar["numbers"]["units"])
    assert not set(ar["another"]["followed_by"]) & set(ar["numbers"]["units"])
    for singular in nouns["casualty"]:
        assert singular not in nouns["singular_after"]


def test_year_ranges_are_well_formed(doc: dict[str, Any]) -> None:
    first, last = doc["not_counts"]["year_range"]
    assert 1000 <= first < last <= 9999
    _strings(doc["not_counts"]["year_after"])
