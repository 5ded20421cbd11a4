"""Claims from our own sentences, Arabic and English: metric, group, count, source, status.

Each expectation is what the sentence means: (source, metric, group, count kind, figure),
where the figure is the value for exact and approximate counts and the low bound otherwise.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _read(text, **options):
    out = []
    for c in extract(text, **options):
        figure = c.count.value if c.count.value is not None else c.count.low
        out.append((c.source.id, c.metric.value, c.group.id, c.count.kind.value, figure))
    return out


CASES = [
    # verb first, count after
    (
        "قُتل 7 مدنيين بينهم طفلان في قصف على ريف إدلب، بحسب المرصد السوري لحقوق الإنسان.",
        [("sohr", "killed", "civilians", "exact", 7), ("sohr", "killed", "children", "exact", 2)],
    ),
    # count before a plural verb; «أعلنت» + «أن»
    (
        "وأعلنت قوات سوريا الديمقراطية أن 3 من مقاتليها قتلوا في هجوم لداعش.",
        [("sdf", "killed", "sdf", "exact", 3)],
    ),
    # count + noun cue, lumped casualties
    (
        "سقط 12 قتيلا وجريحا في انفجار سيارة مفخخة في مدينة الباب.",
        [
            ("unattributed", "casualties", "all", "exact", 12),
        ],
    ),
    # killed and injured side by side, «آخرين»
    (
        "أسفر الهجوم عن مقتل 4 عناصر من قوات النظام وإصابة 6 آخرين، وفق المرصد.",
        [
            ("sohr", "killed", "syrian-government", "exact", 4),
            ("sohr", "injured", "syrian-government", "exact", 6),
        ],
    ),
    # arrest with a dual, by the Asayish
    (
        "وأعلنت قوى الأمن الداخلي اعتقال شخصين من خلايا تنظيم داعش في الحسكة.",
        [("asayish", "arrested", "isis", "exact", 2)],
    ),
    # missing, vague
    (
        "ولا يزال عشرات المدنيين مفقودين تحت الأنقاض، بحسب الدفاع المدني السوري.",
        [("white-helmets", "missing", "civilians", "vague", 10)],
    ),
    # preliminary status
    (
        "قتل 9 أشخاص في حصيلة أولية مرشحة للارتفاع، بحسب مصادر طبية.",
        [("medical-sources", "killed", "all", "exact", 9)],
    ),
    # at least, anonymous security source
    (
        "قال مصدر أمني إن 15 شخصا على الأقل لقوا حتفهم في التفجير.",
        [("security-source", "killed", "all", "at_least", 15)],
    ),
    # Turkish ministry, «تحييد»
    (
        "أعلنت وزارة الدفاع التركية تحييد 20 من عناصر قسد.",
        [("turkey", "killed", "sdf", "exact", 20)],
    ),
    # English: number before "killed", "according to"
    (
        "At least 12 civilians were killed in air strikes on Idlib, according to the "
        "Syrian Observatory for Human Rights.",
        [("sohr", "killed", "civilians", "at_least", 12)],
    ),
    # English: "X said", wounded
    (
        "Five soldiers were killed and 9 wounded in the attack, the Russian defence ministry said.",
        [
            ("russia", "killed", "syrian-government", "exact", 5),
            ("russia", "injured", "syrian-government", "exact", 9),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(text, expected):
    assert _read(text) == expected


def test_preliminary_is_read_from_the_sentence():
    [c] = extract("قتل 9 أشخاص في حصيلة أولية مرشحة للارتفاع، بحسب مصادر طبية.")
    assert c.status == "preliminary"
    [c] = extract("قتل 9 أشخاص في قصف على حلب.")
    assert c.status == "unknown"
    [c] = extract("The death toll rose to 30, and is expected to rise, the civil defence said.")
    assert (c.metric, c.count.value, c.status) == ("killed", 30, "preliminary")


def test_a_named_person_speaks_for_his_organisation():
    text = "وقال مظلوم عبدي، قائد قوات سوريا الديمقراطية، إن أربعة من عناصر الأمن قتلوا."
    [c] = extract(text)
    assert (c.source.id, c.speaker, c.group.id, c.count.value) == (
        "sdf",
        "مظلوم عبدي",
        "asayish",
        4,
    )


def test_a_closing_attribution_covers_its_paragraph():
    text = "قتل 3 مدنيين في قصف على معرة النعمان. وأصيب 5 آخرون بجروح. بحسب المرصد السوري."
    claims = _read(text)
    assert [c[0] for c in claims] == ["sohr", "sohr"]


def test_reported_speech_keeps_the_first_hand_source():
    text = "ونقل المرصد السوري عن مصادر محلية أن 6 مدنيين قتلوا في غارة على سراقب."
    assert _read(text) == [("sohr", "killed", "civilians", "exact", 6)]


def test_a_statement_run_carries_its_source():
    text = (
        "وقال المرصد السوري إن 4 مدنيين قتلوا في قصف على أريحا.\n"
        "كما قتل طفلان في قصف على بلدة مجاورة."
    )
    assert [c[0] for c in _read(text)] == ["sohr", "sohr"]


def test_a_background_aside_is_the_writers_own():
    text = (
        "وقال المرصد السوري إن 4 مدنيين قتلوا في قصف على أريحا.\n"
        "يذكر أن 10 أشخاص قتلوا في هجوم مماثل الشهر الماضي."
    )
    assert [c[0] for c in _read(text)] == ["sohr", "unattributed"]
