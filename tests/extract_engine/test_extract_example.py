"""The Arabic example article we ship in examples/ (our own wording of the Raqqa case)."""

from datetime import date
from pathlib import Path

from claims import extract

ARTICLE = (Path(__file__).parent.parent.parent / "examples" / "raqqa_ar.txt").read_text("utf-8")


def _found():
    return [
        (c.source.id, c.metric.value, c.group.id, c.count.point, c.status.value, c.event)
        for c in extract(ARTICLE, published=date(2022, 12, 26))
    ]


def test_the_two_tolls_and_their_sources():
    found = _found()
    assert ("sohr", "killed", "sdf", 4, "preliminary", "raqqa/2022-12-26") in found
    assert ("sdf", "killed", "asayish", 6, "unknown", "raqqa/2022-12-26") in found


def test_the_recalled_prison_attack_is_a_separate_event_in_the_writers_voice():
    background = [f for f in _found() if f[5] != "raqqa/2022-12-26"]
    assert {f[5] for f in background} == {"hasakah/2022-01"}
    assert {f[0] for f in background} == {"unattributed"}  # the paragraph opens with «ويذكّر»
    assert ("killed", "isis", 374) in {(f[1], f[2], f[3]) for f in background}


def test_an_identifier_after_a_casualty_word_is_not_a_count():
    text = "Three civilians were killed. One victim, male, killed; matched to MoH ID 800692782."
    assert 800692782 not in [c.count.point for c in extract(text, lang="en")]
    assert 3 in [c.count.point for c in extract(text, lang="en")]


def test_a_pronoun_before_a_speech_verb_points_back_to_the_last_named_source():
    text = (
        "The Syrian Observatory for Human Rights reported shelling on two villages near Maarat "
        "al-Numan. Five civilians died in the shelling, it said."
    )
    assert [(c.source.id, c.count.point) for c in extract(text, lang="en")] == [("sohr", 5)]
    text = (
        "Turkey's defence ministry announced the operation on Monday. Three Syrian rebels were "
        "wounded in the fighting, the ministry said, and he added that eight more were killed."
    )
    found = {(c.source.id, c.metric.value, c.count.point) for c in extract(text, lang="en")}
    assert found == {("turkey", "injured", 3), ("turkey", "killed", 8)}


def test_a_hedge_belongs_to_the_toll_of_its_own_clause():
    text = (
        "قال المرصد السوري إن 4 من مقاتلي قسد قتلوا في الرقة، في حصيلة غير نهائية، "
        "فيما أعلنت قسد مقتل 6 من عناصر قوى الأمن الداخلي."
    )
    found = {(c.source.id, c.count.point): c.status.value for c in extract(text)}
    assert found == {("sohr", 4): "preliminary", ("sdf", 6): "unknown"}


def test_both_accounts_of_the_attackers():
    found = {(f[0], f[1], f[2], f[3]) for f in _found()}
    assert {
        ("sohr", "killed", "isis", 1),
        ("sohr", "arrested", "isis", 1),
        ("sdf", "killed", "isis", 1),
        ("sdf", "arrested", "isis", 1),
    } <= found
