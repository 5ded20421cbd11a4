"""The wording data files cover every id the library ships, and every pattern fills in."""

import string

import pytest

from claims import FindingKind, Metric, lexicon
from claims.render import LANGS
from claims.render._labels import Labels

GROUP_IDS = [g["id"] for g in lexicon.load("groups")["group"]]
SOURCE_IDS = [s["id"] for s in lexicon.load("sources")["source"]]


@pytest.mark.parametrize("lang", LANGS)
def test_every_group_and_source_has_a_name(lang):
    data = lexicon.load(f"labels_{lang}")
    assert set(GROUP_IDS) <= set(data["groups"])
    assert set(SOURCE_IDS) <= set(data["sources"])
    labels = Labels.load(lang)
    for group in GROUP_IDS:
        assert labels.group(group).strip()
    for source in SOURCE_IDS:
        assert labels.source(source).strip()


def test_arabic_names_are_arabic():
    labels = Labels.load("ar")
    for group in GROUP_IDS:
        assert labels.group(group) != group, group
        assert labels.group(group, "of") != group, group
    for source in SOURCE_IDS:
        assert labels.source(source) != source, source


@pytest.mark.parametrize("lang", LANGS)
def test_every_metric_and_finding_kind_is_named(lang):
    labels = Labels.load(lang)
    for metric in Metric:
        assert labels.metric(metric.value).strip()
    for kind in FindingKind:
        assert labels.finding(kind.value), kind
        if kind is FindingKind.SELF_REPORT:
            assert labels.finding(kind.value, "own")
            assert labels.finding(kind.value, "enemy")
        else:
            assert labels.finding(kind.value, "sentence"), kind


def test_both_languages_define_the_same_phrases():
    en, ar = (set(lexicon.load(f"labels_{lang}")["phrases"]) for lang in LANGS)
    # up_to_two and one_or_two only matter where a noun follows the digits.
    assert en == ar - {"up_to_two", "one_or_two"}


@pytest.mark.parametrize("lang", LANGS)
def test_finding_patterns_use_known_fields(lang):
    known = {"what", "figures", "numbers", "whole", "parts_figures", "source", "parts"}
    known |= {"group", "group_of", "routes", "message"}
    for kind, entry in lexicon.load(f"labels_{lang}")["findings"].items():
        for key in ("sentence", "own", "enemy"):
            if key in entry:
                fields = {f for _, f, _, _ in string.Formatter().parse(entry[key]) if f}
                assert fields <= known, (kind, key, fields - known)


@pytest.mark.parametrize("lang", LANGS)
def test_unknown_ids_fall_back_to_themselves(lang):
    labels = Labels.load(lang)
    assert labels.group("prison-staff") == "prison-staff"
    assert labels.group("prison-staff", "part") == "prison-staff"
    assert labels.source("kurdish-red-crescent") == "kurdish-red-crescent"
    assert labels.policy("my_policy") == "my_policy"


@pytest.mark.parametrize(
    ("key", "english", "arabic"),
    [
        ("raqqa-2022-12-26", "Raqqa, 26 Dec 2022", "الرقة، 26 كانون الأول/ديسمبر 2022"),
        ("raqqa/2022-12-26", "Raqqa, 26 Dec 2022", "الرقة، 26 كانون الأول/ديسمبر 2022"),
        (
            "hasakah-prison-2022-01",
            "Hasakah prison, Jan 2022",
            "سجن الحسكة، كانون الثاني/يناير 2022",
        ),
        ("quake", "Quake", "Quake"),
        ("tal-tamr-2023-13-01", "Tal tamr 2023 13 01", "Tal tamr 2023 13 01"),
        (None, "Unspecified event", "حدث غير محدد"),
    ],
)
def test_event_keys_read_without_invented_places(key, english, arabic):
    assert Labels.load("en").event(key) == english
    assert Labels.load("ar").event(key) == arabic
