"""Scanning is linear: adversarial megabytes finish, and work grows with the text, not faster.

No timing assertions: we count the grammar's steps (every look at a token: may
a phrase start here, is it a number word, a digit group, the start of a phrase;
none of them cached) and check they grow in proportion to the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claims.normalize import normalize
from claims.numbers import _context, _grammar, _lexicon, find_counts, parse_count

PATTERNS = {
    "digits and separators": "1,2",
    "thousands groups": "111,",
    "arabic separators": "٤٬٥",
    "conjunction, no spaces": "و",
    "conjunction and spaces": "و ",
    "hedge, no spaces": "أكثرمن",
    "hedge words": "أكثر من ",
    "range openers": "بين 1 و",
    "teens": "ثلاثة عشر ",
    "long digit run": "1",
    "diacritics": "\u064b",
    "english ranges": "between 1 and ",
    "english hyphens": "twenty-",
    "english articles": "a ",
    "decimals": "1.1.",
}


def _mixed(size: int) -> str:
    """``size`` characters made of every adversarial pattern, each in one long run."""
    share = size // len(PATTERNS)
    return "".join(pattern * (share // len(pattern)) for pattern in PATTERNS.values())


def test_a_megabyte_of_adversarial_text_completes() -> None:
    text = _mixed(1_000_000)
    assert len(text) > 900_000
    found = find_counts(text)
    assert found  # the digit runs hold counts
    previous = 0
    for (start, end), count in found:
        assert previous <= start < end
        assert text[start:end] == count.text
        previous = end
    assert parse_count(text) is not None


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_pattern_scans_in_linear_steps(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = {"n": 0}

    def counted(method: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            steps["n"] += 1
            return method(*args, **kwargs)

        return step

    for name_ in ("variants", "number_word", "digits", "match", "ends_with", "text"):
        monkeypatch.setattr(_context.Context, name_, counted(getattr(_context.Context, name_)))
    for name_ in ("can_start", "at"):
        monkeypatch.setattr(_grammar._Scanner, name_, counted(getattr(_grammar._Scanner, name_)))
    pattern = PATTERNS[name]
    work = []
    for size in (10_000, 40_000):
        steps["n"] = 0
        find_counts(pattern * (size // len(pattern)))
        work.append(steps["n"])
    # Four times the text may take about four times the steps (a quadratic scan would take 16).
    assert work[1] <= 4.2 * work[0] + 100, work
    # Tokens no phrase can start at (diacritics alone normalise to nothing) are passed over
    # without a step; a pattern with a digit or a word that may start a phrase takes some.
    assert work[0] > 0 or not _may_start(pattern), work


def _may_start(pattern: str) -> bool:
    """Whether some token of ``pattern`` is a digit group or a word a phrase may start at."""
    text = normalize(pattern * 3).text
    for lang in _lexicon.LANGUAGES:
        tokens = _lexicon.columns(text, lower=lang == "en")
        gates = _lexicon.get(lang).gates
        if any(
            kind == _lexicon.NUM or word in gates
            for kind, word in zip(tokens.kinds, tokens.texts, strict=True)
        ):
            return True
    return False


def test_a_regex_timeout_degrades_to_no_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """If the time limit were ever reached, we return nothing rather than raise."""
    from claims import normalize as normalize_module

    monkeypatch.setattr(normalize_module, "SHORT_TEXT", 0)
    monkeypatch.setattr(normalize_module, "REGEX_TIMEOUT", 1e-9)
    text = "قُتِلَ 4, " * 20_000  # marks and commas: both the mark scan and the tokenizer run
    assert find_counts(text) == []
    assert find_counts(text, lang="ar") == []
    assert parse_count(text) is None
    norm = normalize_module.normalize(text)  # the mark scan falls back to a plain fold
    assert len(norm.text) == len(text)
