"""normalize folds Arabic spelling variants and maps every span back to the original."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from pyarabic import araby

from claims.normalize import normalize


def test_folds_and_deletions() -> None:
    assert normalize("أإآٱ").text == "اااا"
    assert normalize("حوالى").text == "حوالي"
    assert normalize("ثلاثة").text == "ثلاثه"
    assert normalize("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹").text == "0123456789 0123456789"
    assert normalize("٢٢٬٢٥٧ و٢٫٥").text == "22,257 و2.5"
    assert normalize("خمســـة").text == "خمسه"
    assert normalize("ثَلاثَةُ").text == "ثلاثه"
    assert normalize("\u200fقتل\u200e 4\ufeff").text == "قتل 4"
    assert normalize("4\u00a0–\u20096").text == "4 - 6"


def test_plain_text_maps_to_itself() -> None:
    norm = normalize("4 killed")
    assert norm.text == "4 killed"
    assert norm.original_span(0, 1) == (0, 1)
    assert norm.original_text(2, 8) == "killed"


def test_a_span_covers_the_marks_on_its_last_letter_but_not_invisible_marks() -> None:
    original = "قُتِلَ\u200f ثلاثةٌ"
    norm = normalize(original)
    assert norm.text == "قتل ثلاثه"
    assert norm.original_text(0, 3) == "قُتِلَ"
    assert norm.original_text(4, 9) == "ثلاثةٌ"


def test_empty_spans_and_the_end() -> None:
    norm = normalize("ـاً")
    assert norm.text == "ا"
    assert norm.original_span(1, 1) == (3, 3)
    assert norm.original_span(0, 1) == (1, 3)


def test_offsets_are_kept_only_where_nothing_was_deleted() -> None:
    assert normalize("4 killed").keeps_offsets
    assert normalize("٤ قتلى").keeps_offsets  # folded one for one
    assert not normalize("\u200f4 killed").keeps_offsets
    assert not normalize("قُتل 4").keeps_offsets


def test_marks_deleted_before_the_first_letter_shift_every_span() -> None:
    original = "\ufeff\u200f\u200fقتل 4"
    norm = normalize(original)
    assert norm.text == "قتل 4"
    assert norm.original_text(4, 5) == "4"
    assert norm.original_text(0, 3) == "قتل"
    assert norm.original_indices([0, 4, 5]) == [3, 7, 8]


ARABIC_WITH_MARKS = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ٠١٢٣٤٥٦٧٨٩")
        + list(araby.TASHKEEL)
        + [araby.TATWEEL]
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(ARABIC_WITH_MARKS)
def test_deletes_what_pyarabic_strips(text: str) -> None:
    """Our deletions agree with pyarabic's strip_tashkeel and strip_tatweel."""
    stripped = araby.strip_tatweel(araby.strip_tashkeel(text))
    assert normalize(text).text == normalize(stripped).text
    assert len(normalize(stripped).text) == len(stripped)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_every_span_maps_inside_the_original_and_in_order(text: str) -> None:
    norm = normalize(text)
    assert len(norm.text) <= len(text)
    previous = 0
    for index in range(len(norm.text) + 1):
        at = norm.original_index(index)
        assert previous <= at <= len(text)
        previous = at
    for start in range(len(norm.text)):
        first, last = norm.original_span(start, start + 1)
        assert 0 <= first < last <= len(text)
        # The one character we kept is the folded form of the original character it maps to.
        assert normalize(text[first]).text == norm.text[start]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قتل 4\u064e\u0640\u200f\ufeff")), max_size=30))
def test_span_and_index_maps_agree_wherever_marks_are_deleted(text: str) -> None:
    """The batch and the one-by-one maps agree, and a kept character maps onto its original."""
    norm = normalize(text)
    indices = list(range(len(norm.text) + 1))
    assert norm.original_indices(indices) == [norm.original_index(i) for i in indices]
    for start in range(len(norm.text)):
        first, last = norm.original_span(start, start + 1)
        assert first == norm.original_index(start)
        assert normalize(text[first:last]).text == norm.text[start]


_REFERENCE_TOKEN = regex.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?(?![0-9])|[0-9]++(?:\.[0-9]++)?)"
    r"|([\p{L}\p{M}]++)"
    r"|([^\s\p{L}\p{M}0-9])"
)
"""Numbers (with thousands separators), letter runs, and any other character but space."""


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab AB صفر قتل9 0,.-٤\u064b\t½_")), max_size=40),
    st.booleans(),
)
def test_the_fast_tokenizer_agrees_with_the_pattern(text: str, lower: bool) -> None:
    """Plain text is split with str methods and other text with one ``split``; both must give
    exactly the tokens of a plain scan with one group per kind."""
    from claims.numbers import _lexicon

    text = normalize(text).text
    fast = _lexicon._simple_tokens(text, lower)
    slow = []
    for m in _REFERENCE_TOKEN.finditer(text):
        kind = (m.lastindex or 1) - 1
        word = m.group().lower() if lower and kind == _lexicon.WORD else m.group()
        slow.append(_lexicon.Token(kind, word, *m.span()))
    if fast is not None:
        assert list(map(_lexicon.Token._make, zip(*fast, strict=True))) == slow
    assert _lexicon.tokenize(text, lower=lower) == slow
