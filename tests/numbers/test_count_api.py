"""parse_count and find_counts as callers see them: types, languages, spans, pyarabic's mistakes."""

from __future__ import annotations

import pytest
from pyarabic.number import text2number

from claims.count import DEFAULT_APPROX_TOLERANCE, Count, CountKind
from claims.errors import ClaimsError, ClaimsTypeError
from claims.numbers import UnknownLanguage, detect_language, find_counts, parse_count


@pytest.mark.parametrize("bad", [None, 4, 4.0, b"4", ["4"]])
def test_non_str_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(ClaimsTypeError):
        parse_count(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_counts(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "arabic", "", "zz-ar"])
def test_unknown_language_is_a_value_error(lang: str) -> None:
    with pytest.raises(UnknownLanguage, match="no count grammar"):
        parse_count("4", lang=lang)
    assert issubclass(UnknownLanguage, ClaimsError)
    assert issubclass(UnknownLanguage, ValueError)


def test_language_tags_are_read_loosely() -> None:
    assert parse_count("about 4", lang="EN") == parse_count("about 4", lang="en-GB")
    assert parse_count("نحو 4", lang="ar_EG") == parse_count("نحو 4", lang="ar")


def test_lang_must_be_a_string() -> None:
    with pytest.raises(ClaimsTypeError):
        parse_count("4", lang=4)  # type: ignore[arg-type]


@pytest.mark.parametrize("tolerance", [-0.1, 1.0, 2])
def test_bad_tolerance_is_refused_even_without_a_figure(tolerance: float) -> None:
    with pytest.raises(ClaimsError):
        parse_count("no figure here", tolerance=tolerance)


def test_detect_language() -> None:
    assert detect_language("قتل 4") == "ar"
    assert detect_language("4 killed") == "en"
    assert detect_language("٤") == "en"  # digits alone carry no language; both grammars read them
    with pytest.raises(ClaimsTypeError):
        detect_language(4)  # type: ignore[arg-type]


def test_empty_and_blank_text() -> None:
    assert parse_count("") is None
    assert parse_count("   ") is None
    assert find_counts("") == []


def test_text_is_the_original_slice_with_its_diacritics() -> None:
    found = parse_count("وقُتِلَ حَوالَيْ خَمْسِينَ شخصاً")
    assert found == Count.approx(50, text="حَوالَيْ خَمْسِينَ")


def test_text_leaves_off_a_clitic_conjunction() -> None:
    found = parse_count("وثلاثة جرحى")
    assert found is not None
    assert found.text == "ثلاثة"


def test_tolerance_is_configurable() -> None:
    assert parse_count("about 500", tolerance=0.2) == Count.approx(
        500, tolerance=0.2, text="about 500"
    )
    assert parse_count("about 500") == Count.approx(
        500, tolerance=DEFAULT_APPROX_TOLERANCE, text="about 500"
    )


def test_nearly_is_close_below() -> None:
    found = parse_count("nearly 200")
    assert found is not None
    assert (found.kind, found.low, found.high, found.value) == (CountKind.APPROX, 180, 200, 200)


def test_find_counts_in_an_arabic_sentence() -> None:
    sentence = "قتل 5 أشخاص وأصيب 12 آخرون بينهم طفل، فيما اعتقل آخر، وقالت مصادر إن العشرات فقدوا"
    found = find_counts(sentence)
    assert [count.text for _, count in found] == ["5", "12", "طفل", "آخر", "العشرات"]
    assert [count.bounds for _, count in found] == [(5, 5), (12, 12), (1, 1), (1, 1), (10, 99)]
    for (start, end), count in found:
        assert sentence[start:end] == count.text


def test_find_counts_in_an_english_sentence() -> None:
    sentence = "Medics counted At least 15 dead and about 40 hurt; dozens more are missing."
    found = find_counts(sentence)
    assert [str(count.kind) for _, count in found] == ["at_least", "approx", "vague"]
    assert [count.text for _, count in found] == ["At least 15", "about 40", "dozens"]


def test_find_counts_skips_years_and_shares() -> None:
    assert [c.value for _, c in find_counts("في عام 2023 قتل 7 بنسبة 50 بالمئة")] == [7]
    assert [
        c.value for _, c in find_counts("In the year 2014, 7 died; 50 percent were children")
    ] == [7]
    assert [c.value for _, c in find_counts("in 2014 some 1999 people died")] == [1999]
    assert [c.value for _, c in find_counts("منذ 2011 قتل 2011 شخصا")] == [2011]


def test_find_counts_does_not_sum_separate_numbers() -> None:
    found = find_counts("قتل ستة وجرح عشرة")
    assert [count.value for _, count in found] == [6, 10]


def test_spans_map_back_through_normalisation() -> None:
    sentence = "\u200fقُتِلَ ٤٬٥٠٠ شخصٍ"
    [(span, count)] = find_counts(sentence)
    assert sentence[span[0] : span[1]] == "٤٬٥٠٠" == count.text
    assert count.value == 4500


# pyarabic's text2number, measured on pyarabic 0.6.15, next to our reading of the same text.
PYARABIC_MISREADS = [
    ("4", 0, 4),
    ("374", 0, 374),
    ("٤", 0, 4),
    ("قتل ستة وجرح عشرة", 16, 6),
    ("ثلاثمائة واربعة وسبعين", 370, 374),
    ("ثلاث مئة", 103, 300),
    ("مائتين", 0, 200),
    ("اثنتين", 0, 2),
]


@pytest.mark.parametrize(("text", "theirs", "ours"), PYARABIC_MISREADS)
def test_where_pyarabic_text2number_goes_wrong(text: str, theirs: int, ours: int) -> None:
    assert text2number(text) == theirs
    found = parse_count(text, lang="ar")
    assert found is not None
    assert found.value == ours


def test_pyarabic_reads_vague_and_false_friends_as_numbers() -> None:
    assert text2number("عشرات") == 0
    assert parse_count("عشرات") == Count.vague(10, 99, text="عشرات")
    assert text2number("لست") == 6
    assert parse_count("لست") is None
    assert parse_count("ستة") == Count.exact(6, text="ستة")


def test_a_noun_with_the_conjunction_starts_a_new_count() -> None:
    assert [c.value for _, c in find_counts("قتل 5 أطفال وامرأة")] == [5, 1]
    assert [c.value for _, c in find_counts("بينهم 3 أطفال وسيدتين")] == [3, 2]
    assert [c.value for _, c in find_counts("ارتفعت الحصيلة إلى (61) قتيلاً وجريحاً")] == [61]


def test_one_of() -> None:
    assert [c.value for _, c in find_counts("قتل 32 شخصا، بينهم أحد المسعفين")] == [32, 1]
    assert find_counts("لا أحد يعرف العدد") == []


def test_dates_and_idioms_are_not_counts() -> None:
    assert find_counts("في 27 أيلول 2025 وقعت الانفجارات في وقت واحد") == []
    assert find_counts("On 27 September 2025 no one was hurt") == []


def test_a_hedge_before_the_next_figure_is_not_a_hedge_after_this_one() -> None:
    found = find_counts("قتل 5 أشخاص وأكثر من 20 جريحا")
    assert [count.bounds for _, count in found] == [(5, 5), (21, None)]
    found = find_counts("5 dead and more than 20 hurt")
    assert [count.bounds for _, count in found] == [(5, 5), (21, None)]
    assert parse_count("5 قتلى وأكثر") == Count.at_least(5, text="5 قتلى وأكثر")
