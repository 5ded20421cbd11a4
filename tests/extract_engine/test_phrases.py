"""Phrase tables against a plain try-every-phrase-at-every-position scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction._document import CATEGORY
from claims.extraction._phrases import Hit, Pattern, PhraseTable
from claims.extraction._tokens import Token, tokenize
from claims.extraction.lexicon import Entry
from claims.normalize import normalize

_ENGLISH = [
    ("killed", "cue"),
    ("kill*", "cue"),
    ("killed in", "stop"),
    ("in", "stop"),
    ("in the", "stop"),
    ("in the town of", "place"),
    ("the", "article"),
    ("al - nusra", "group"),
    ("al - nusra front", "group"),
    ("al - qaeda", "group"),
    ("al - *", "place"),
    ("al", "article"),
    ("u.s. - led coalition", "group"),
    ("pro - gov*", "group"),
    ("pro - government forces", "group"),
    ("syrian observatory", "source"),
    ("syrian", "group"),
    ("rebels", "combatant"),
    ("rebel* said", "speech"),
]
_ARABIC = [
    ("قتل", "cue"),
    ("قتلى", "cue"),
    ("استشهد*", "cue"),
    ("الرقه", "place"),
    ("مدينه الرقه", "place"),
    ("في مدينه", "stop"),
    ("قوات سوريا الديمقراطيه", "group"),
    ("قوات سوريا", "group"),
    ("قوات النظام", "group"),
    ("قوات *", "group"),
    ("المرصد السوري", "source"),
    ("المرصد", "source"),
]
_EXTRA = {
    "en": ["kills", "rebellion", "gov", "government", "forces", "led", ".", ",", "7"],
    "ar": ["وقتل", "واستشهدت", "بالرقه", "والرقه", "وفي", "والمرصد", "بالمرصد", ".", "،", "12"],
}
_WORDS = {
    lang: sorted({word.rstrip("*") for phrase, _ in items for word in phrase.split()})
    + _EXTRA[lang]
    for lang, items in (("en", _ENGLISH), ("ar", _ARABIC))
}
_TABLES = {
    lang: PhraseTable.build([(phrase, Entry(category, phrase)) for phrase, category in items], lang)
    for lang, items in (("en", _ENGLISH), ("ar", _ARABIC))
}


def _matches(pattern: Pattern, forms: tuple[str, ...]) -> bool:
    if pattern.prefix:
        return any(form.startswith(pattern.text) for form in forms)
    return pattern.text in forms


def _reference(table: PhraseTable[Entry], tokens: list[Token]) -> dict[int, list[Hit[Entry]]]:
    found: dict[int, list[Hit[Entry]]] = {}
    for index, token in enumerate(tokens):
        for patterns, value in table.starting_with(token.forms):
            end = index + len(patterns)
            if end <= len(tokens) and all(
                _matches(pattern, tokens[index + k].forms)
                for k, pattern in enumerate(patterns[1:], 1)
            ):
                found.setdefault(index, []).append(Hit(index, end, value))
    return found


_texts = st.sampled_from(["en", "ar"]).flatmap(
    lambda lang: st.tuples(
        st.just(lang), st.lists(st.sampled_from(_WORDS[lang]), max_size=30).map(" ".join)
    )
)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_scans_find_what_a_plain_scan_finds(item: tuple[str, str]) -> None:
    lang, text = item
    tokens = tokenize(normalize(text).text, lang)
    table = _TABLES[lang]
    expected = _reference(table, list(tokens))
    assert table.scan_all(tokens) == expected
    assert table.scan_all(list(tokens)) == expected
    grouped: dict[str, dict[int, list[Hit[Entry]]]] = {}
    for index, hits in expected.items():
        for hit in hits:
            grouped.setdefault(hit.value.category, {}).setdefault(index, []).append(hit)
    found = table.scan_grouped(tokens, CATEGORY)
    assert found == grouped
    assert all(list(found[name]) == list(grouped[name]) for name in grouped)
    for index in range(len(tokens)):
        assert table.at(tokens, index) == expected.get(index, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in the town , of al - nusra"),
        ("en", "in the town"),
        ("en", "u.s. - led forces"),
        ("en", "pro - government forces pro - gov"),
        ("en", "rebels said rebellion said rebel"),
        ("ar", "قوات سوريا وقوات سوريا الديمقراطيه بالمرصد السوري"),
    ],
)
def test_partial_phrases_are_not_hits(lang: str, text: str) -> None:
    tokens = tokenize(normalize(text).text, lang)
    expected = _reference(_TABLES[lang], list(tokens))
    assert _TABLES[lang].scan_all(tokens) == expected


def test_hits_are_longest_first_and_overlapping() -> None:
    tokens = tokenize("Killed in the town of al-Nusra Front.", "en")
    found = _TABLES["en"].scan_all(tokens)
    assert [(hit.end, hit.value.key) for hit in found[1]] == [
        (5, "in the town of"),
        (3, "in the"),
        (2, "in"),
    ]
    assert [hit.value.key for hit in found[5]] == ["al - nusra front", "al - nusra", "al - *", "al"]
    assert [hit.value.key for hit in found[0]] == ["killed in", "killed", "kill*"]


def test_arabic_words_match_without_their_clitics() -> None:
    tokens = tokenize(normalize("وقتل في مدينة الرقة وبالرقة").text, "ar")
    found = _TABLES["ar"].scan_grouped(tokens, CATEGORY)
    assert [hit.value.key for hit in found["cue"][0]] == ["قتل"]
    assert [hit.value.key for hit in found["place"][2]] == ["مدينه الرقه"]
    assert [hit.value.key for hit in found["place"][4]] == ["الرقه"]
