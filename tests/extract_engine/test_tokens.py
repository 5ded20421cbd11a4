"""The extraction tokenizer against a plain one-match-at-a-time scan of the same grammar."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction._tokens import NUM, PUNCT, WORD, Token, tokenize, word_forms
from claims.normalize import normalize

_REFERENCE = regex.compile(
    r"([0-9]++(?:[.,][0-9]++)*+)|(\p{L}[\p{L}\p{M}]*+(?:\.\p{L}(?=\.))?+)|(\S)", regex.V1
)
_NOISE = set("\"'“”«»‘’„‟()[]{}#_*<>|")


def _reference(text: str, lang: str) -> list[Token]:
    tokens = []
    for match in _REFERENCE.finditer(text):
        kind = (NUM, WORD, PUNCT)[(match.lastindex or 3) - 1]
        word = match.group()
        if kind == PUNCT and word in _NOISE:
            continue
        if kind == WORD and lang == "en":
            word = word.lower()
        forms = word_forms(word, lang) if kind == WORD else (word,)
        tokens.append(Token(kind, word, forms, *match.span()))
    return tokens


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("aB.U,s 7 3.5 وبالرقة قتل «» #_\n؟!\u0301‘’„\"'()*|Éé\u0130")
        ),
        max_size=60,
    ),
    st.sampled_from(["ar", "en"]),
)
def test_tokens_match_a_plain_scan(text: str, lang: str) -> None:
    text = normalize(text).text
    tokens = tokenize(text, lang)
    assert list(tokens) == _reference(text, lang)
    assert tokens.firsts == "".join(token.text[0] for token in _reference(text, lang))


def test_tokens_are_a_sequence_with_slices() -> None:
    tokens = tokenize("Four «SDF» fighters, U.S. said.", "en")
    assert [token.text for token in tokens] == [
        "four",
        "sdf",
        "fighters",
        ",",
        "u.s",
        ".",
        "said",
        ".",
    ]
    assert tokens[-1].kind == PUNCT
    assert tokens[0].kind == WORD
    assert tokens[1:3] == [tokens[1], tokens[2]]
    assert (tokens[1].start, tokens[1].end) == (6, 9)


def test_tokens_index_like_a_list() -> None:
    tokens = tokenize("Four «SDF» fighters, U.S. said.", "en")
    built = [tokens[i] for i in range(len(tokens))]
    assert [tokens[i] for i in range(len(tokens))] == built
    assert tokens[-1] == built[-1]
    assert tokens[::-3] == built[::-3]
    assert list(tokens) == built
    with pytest.raises(IndexError):
        tokens[len(tokens)]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_forms_are_word_forms(lang: str) -> None:
    tokens = tokenize(normalize("وبالرقة قتل Four fighters, 7").text, lang)
    expected = [word_forms(t.text, lang) if t.kind == WORD else (t.text,) for t in tokens]
    assert list(tokens.forms) == expected
    assert [tokens.forms[i] for i in range(len(tokens))] == expected
    assert tokens.forms[1:3] == expected[1:3]
    assert [token.forms for token in tokens] == expected
