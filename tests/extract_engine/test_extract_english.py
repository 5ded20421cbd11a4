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
