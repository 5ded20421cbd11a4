"""Any string gives a list, in time linear in its length: about 1 MB of hostile input."""

from __future__ import annotations

import time

import pytest

from claims.extraction import extract

MEGABYTE = 1_000_000
LIMIT_SECONDS = 60


@pytest.mark.parametrize(
    "unit",
    [
        "قتل 5 وأصيب 3 بحسب المرصد، ",
        "1,",
        "قتلى",
        '«»"().',
        "في ",
        "killed 5 according to the Observatory said ",
        "\u0651\u0640" * 3 + "ا",
    ],
    ids=["cues", "digits", "glued-cue", "punctuation", "stop-words", "english", "marks"],
)
def test_a_megabyte_of_hostile_text_completes(unit):
    text = unit * (MEGABYTE // len(unit))
    start = time.perf_counter()
    claims = extract(text)
    elapsed = time.perf_counter() - start
    assert isinstance(claims, list)
    assert elapsed < LIMIT_SECONDS


def test_time_grows_linearly():
    unit = "مقتل عنصر واعتقال آخر في الرقة أمس؛ "
    small = unit * 2000
    start = time.perf_counter()
    extract(small)
    first = time.perf_counter() - start
    start = time.perf_counter()
    extract(small * 8)
    second = time.perf_counter() - start
    assert second < 8 * first * 3 + 1
