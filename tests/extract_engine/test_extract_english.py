"""English noun phrases that count one person: "a", a few words, a person noun."""

import pytest

from claims import extract


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("An elderly shepherd was killed by a landmine near Sukhnah.", "An elderly shepherd"),
        (
            "A Turkish border guard was wounded by fire from across the border, officials said.",
            "A Turkish border guard",
        ),
    ],
)
def test_an_article_and_a_person_noun_count_one(text: str, evidence: str) -> None:
    found = extract(text, lang="en")
    assert len(found) == 1
    assert found[0].count.low == found[0].count.high == 1
    assert found[0].evidence.startswith(evidence)


def test_the_noun_must_follow_the_article_closely() -> None:
    text = "A convoy carrying aid to the besieged town came under fire and its driver was killed."
    assert not any(item.evidence.startswith("A convoy") for item in extract(text, lang="en"))


def test_a_person_listed_before_a_count_counts_one() -> None:
    text = (
        "Medics said a farmer and his three sons were wounded when a mortar round hit their field."
    )
    found = sorted((item.count.low, item.evidence) for item in extract(text, lang="en"))
    assert [low for low, _ in found] == [1, 3]
    assert found[0][1].startswith("a farmer")


@pytest.mark.parametrize(
    ("text", "whole", "part", "group"),
    [
        (
            "Shelling on the old market killed eight people, including a child, medics said.",
            8,
            "a child",
            "children",
        ),
        (
            "Dozens of militants died in the raid near Mayadin, among them a senior commander, "
            "the coalition said.",
            None,
            "a senior commander",
            None,
        ),
    ],
)
def test_one_person_named_after_a_breakdown_marker_is_a_part_of_the_figure(
    text: str, whole: int | None, part: str, group: str | None
) -> None:
    first, second = extract(text, lang="en")
    assert first.count.value == whole
    assert first.metric == second.metric
    assert second.evidence == part
    assert second.count.low == second.count.high == 1
    assert group is None or second.group.id == group


def test_a_noun_that_qualifies_a_toll_counts_no_one() -> None:
    text = "Activists said the week's air raids brought a heavy civilian death toll to the valley."
    assert not any(item.count.value == 1 for item in extract(text, lang="en"))


def test_others_after_a_breakdown_are_more_of_the_whole() -> None:
    text = (
        "A police source said mortar rounds hit the district, killing four people including a "
        "woman and wounding nine others."
    )
    found = sorted((item.metric, item.group.id) for item in extract(text, lang="en"))
    assert found == [("injured", "all"), ("killed", "all"), ("killed", "women")]
