"""Event keys from unlisted towns: the name after "village of" and its Arabic equivalents."""

from datetime import date

import pytest

from claims import extract


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "Two farmers were killed when a shell hit the village of Khirbet Ghazaleh on Monday.",
            "khirbet-ghazaleh",
        ),
        (
            "Four fighters died in clashes near the town of Ras al-Ain, a monitor said.",
            "ras-al-ain",
        ),
        (
            "A landmine killed three shepherds outside the village of Umm Batinah.",
            "umm-batinah",
        ),
    ],
)
def test_an_english_town_name_keeps_all_its_words(text: str, slug: str) -> None:
    found = extract(text, lang="en", published=date(2019, 3, 5))
    assert found
    assert {item.event.split("/")[0] for item in found if item.event} == {slug}


def test_a_lower_case_word_after_the_marker_names_no_town() -> None:
    text = "Five people were killed in the town of the northern countryside, activists said."
    found = extract(text, lang="en", published=date(2019, 3, 5))
    assert found
    assert all(item.event is None or not item.event.startswith("the") for item in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Shelling on Idlib killed six people on Friday, medics said. More than 350,000 people"
            " have been killed in Syria since the war began in 2011.",
            "en",
        ),
        (
            "قُتل ستة مدنيين بقصف على مدينة إدلب يوم الجمعة. وقُتل أكثر من 350 ألف شخص في سوريا"
            " منذ اندلاع الحرب.",
            "ar",
        ),
    ],
)
def test_a_toll_for_the_whole_war_is_keyed_to_the_country(text: str, lang: str) -> None:
    found = extract(text, lang=lang, published=date(2019, 3, 8))
    places = [item.event.split("/")[0] if item.event else None for item in found]
    assert places == ["idlib", "syria"]
    assert found[1].count.low == 350_001
