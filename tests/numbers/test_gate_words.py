"""The set of gate words a scan filters a text by is the gates' own words."""

from __future__ import annotations

import pytest

from claims.numbers import _lexicon


@pytest.mark.parametrize("lang", _lexicon.LANGUAGES)
def test_gate_words_are_the_gated_words(lang: str) -> None:
    lex = _lexicon.get(lang)
    assert lex.gates
    assert lex.gate_words == frozenset(lex.gates)
