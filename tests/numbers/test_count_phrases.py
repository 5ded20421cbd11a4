"""The development corpus: every phrase in data/phrases.tsv parses to what it means."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claims.count import Count, CountKind
from claims.numbers import parse_count

CORPUS = Path(__file__).parent / "data" / "phrases.tsv"


def _optional(field: str) -> int | None:
    return None if field == "-" else int(field)


def _rows() -> list[Any]:
    rows = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        lang, phrase, kind, low, high, value, *reason = line.split("\t")
        marks = [pytest.mark.xfail(strict=True, reason=reason[0])] if reason else []
        expected = (kind, _optional(low), _optional(high), _optional(value))
        rows.append(pytest.param(lang, phrase, expected, id=f"{lang}-{number}", marks=marks))
    return rows


ROWS = _rows()


def test_corpus_is_large_enough() -> None:
    langs = [row.values[0] for row in ROWS]
    assert len(COUNTED) > 180
    assert langs.count("ar") > 150
    assert langs.count("en") > 60


@pytest.mark.parametrize(("lang", "phrase", "expected"), ROWS)
def test_phrase(
    lang: str, phrase: str, expected: tuple[str, int | None, int | None, int | None]
) -> None:
    kind, low, high, value = expected
    found = parse_count(phrase, lang=lang)
    if kind == "none":
        assert found is None
        return
    assert isinstance(found, Count)
    assert (found.kind, found.low, found.high, found.value) == (CountKind(kind), low, high, value)
    assert found.text
    assert found.text in phrase


COUNTED = [
    pytest.param(*row.values[:2], id=row.id)
    for row in ROWS
    if not row.marks and row.values[2][0] != "none"
]


@pytest.mark.parametrize(("lang", "phrase"), COUNTED)
def test_phrase_without_lang(lang: str, phrase: str) -> None:
    """Detection picks the same grammar: Arabic for Arabic letters, English otherwise."""
    assert parse_count(phrase) is not None
    assert parse_count(phrase) == parse_count(phrase, lang=lang)
