"""English digits read by the fast path give what reading them word by word gives."""

from __future__ import annotations

import random
from pathlib import Path

from claims.normalize import normalize
from claims.numbers import _grammar, _lexicon, english

_PHRASES = Path(__file__).parent / "data" / "phrases.tsv"


def _english_phrases() -> list[str]:
    phrases = []
    for line in _PHRASES.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) > 1 and fields[0] == "en":
            phrases.append(fields[1])
    return phrases


def _check(lex: _lexicon.Lexicon, text: str) -> int:
    """Compares both readings at every token of ``text``; returns how many digit tokens."""
    tokens = _lexicon.columns(normalize(text).text, lower=True)
    scanner = _grammar._Scanner(lex, tokens.kinds, tokens.texts, 0.1)
    digits = 0
    for start in range(len(tokens.texts) + 1):
        assert english.numeral(scanner, start) == english._read(scanner, start), (text, start)
        digits += start < len(tokens.texts) and tokens.kinds[start] == _lexicon.NUM
    return digits


def test_the_phrase_corpus_reads_the_same() -> None:
    lex = _lexicon.get("en")
    phrases = _english_phrases()
    assert len(phrases) > 50
    assert sum(_check(lex, phrase) for phrase in phrases) > 50


def test_token_soups_read_the_same() -> None:
    """Digits (plain, grouped, decimal, too long) before every word the lists know."""
    lex = _lexicon.get("en")
    words = sorted(
        set(lex.number_readings)
        | lex.hundred_words
        | lex.conjunctions
        | lex.hyphens
        | lex.articles
        | {"people", "x", ",", "-", "."}
    )
    figures = ["5", "12", "1,500", "2.5", "3.0", "0", "1234567890123456", "7,5", "1.2.3"]
    rng = random.Random(4)
    digits = 0
    for _ in range(3000):
        soup = [rng.choice(figures if rng.random() < 0.4 else words) for _ in range(6)]
        digits += _check(lex, " ".join(soup))
    assert digits > 3000
