"""Arabic numeral-noun agreement, checked against forms worked out by hand."""

import pytest

from claims import lexicon
from claims.render.numerals import NOUN_FORMS, counted, noun_form

KILLED = lexicon.load("labels_ar")["metrics"]["killed"]

# number, form, the phrase a careful Arabic editor writes
AGREEMENT = [
    (0, "plural", "لا قتلى"),
    (1, "singular", "قتيل واحد"),
    (2, "dual", "قتيلان"),
    (3, "plural", "3 قتلى"),
    (4, "plural", "4 قتلى"),
    (10, "plural", "10 قتلى"),
    (11, "accusative", "11 قتيلاً"),
    (12, "accusative", "12 قتيلاً"),
    (99, "accusative", "99 قتيلاً"),
    (100, "singular", "100 قتيل"),
    (101, "singular", "101 قتيل"),
    (102, "singular", "102 قتيل"),
    (103, "plural", "103 قتلى"),
    (110, "plural", "110 قتلى"),
    (111, "accusative", "111 قتيلاً"),
    (200, "singular", "200 قتيل"),
    (374, "accusative", "374 قتيلاً"),
    (1000, "singular", "1000 قتيل"),
    (1003, "plural", "1003 قتلى"),
    (1011, "accusative", "1011 قتيلاً"),
    (2500, "singular", "2500 قتيل"),
]


@pytest.mark.parametrize(("n", "form", "phrase"), AGREEMENT)
def test_noun_form_and_phrase(n, form, phrase):
    assert noun_form(n) == form
    assert counted(n, KILLED) == phrase


@pytest.mark.parametrize(
    ("metric", "n", "phrase"),
    [
        ("injured", 2, "جريحان"),
        ("injured", 15, "15 جريحاً"),
        ("arrested", 1, "معتقل واحد"),
        ("arrested", 4, "4 معتقلين"),
        ("missing", 300, "300 مفقود"),
        ("casualties", 1, "ضحية واحدة"),
        ("casualties", 7, "7 ضحايا"),
        ("casualties", 2, "ضحيتان"),
    ],
)
def test_other_metric_nouns(metric, n, phrase):
    assert counted(n, lexicon.load("labels_ar")["metrics"][metric]) == phrase


def test_every_counted_noun_has_every_form():
    data = lexicon.load("labels_ar")
    nouns = {**data["metrics"], **data["nouns"]}
    for name, noun in nouns.items():
        for form in (*NOUN_FORMS, "one", "none"):
            assert noun.get(form, "").strip(), (name, form)


def test_negative_numbers_are_refused():
    with pytest.raises(ValueError, match="negative"):
        noun_form(-1)
