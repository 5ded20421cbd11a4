"""One test per rule of the pipeline that the sentence tests do not pin down. Our own sentences;
expected values are what each sentence means."""

from __future__ import annotations

from datetime import date

from claims.extraction import extract


def _read(text, **options):
    return [
        (c.source.id, c.metric.value, c.group.id, c.count.value, c.status.value)
        for c in extract(text, **options)
    ]


def test_our_fighters_are_the_speakers_side():
    text = "وقال المركز الإعلامي لقسد إن هجوما لداعش أدى إلى استشهاد اثنين من مقاتلينا."
    assert _read(text) == [("sdf", "killed", "sdf", 2, "unknown")]


def test_its_soldiers_are_the_side_named_before():
    text = "قال التحالف الدولي إن 4 من جنوده أصيبوا بجروح طفيفة في هجوم بطائرة مسيرة."
    assert _read(text) == [("coalition", "injured", "coalition", 4, "unknown")]


def test_n_and_one_dead_is_one_figure():
    [c] = extract("وبلغت حصيلة القتلى أربعمئة وقتيلاً واحداً منذ مطلع العام، بحسب المرصد.")
    assert (c.source.id, c.count.value) == ("sohr", 401)


def test_a_separate_incident_is_another_event():
    text = "قتل 3 مدنيين في قصف على إدلب. وفي حادثة منفصلة، أصيب طفلان بانفجار لغم."
    claims = extract(text, published=date(2024, 5, 2))
    assert [c.metric for c in claims] == ["killed", "injured"]
    assert claims[0].event == "idlib/2024-05-02"
    assert claims[1].event != claims[0].event


def test_an_official_named_by_title_is_a_source_of_its_own():
    [c] = extract("قال محافظ نينوى إن 15 شخصا لقوا مصرعهم غرقا في نهر دجلة.")
    assert (c.source.id, c.metric, c.count.value) == ("official", "killed", 15)


def test_english_speaker_before_the_verb():
    text = "Farhad Shami, head of the SDF media centre, said two fighters were killed in Raqqa."
    [c] = extract(text)
    assert (c.source.id, c.speaker, c.metric, c.count.value) == ("sdf", "Farhad Shami", "killed", 2)


def test_a_toll_that_may_rise_marks_its_figures():
    text = "قتل 5 أشخاص وأصيب 7 آخرون في انفجار، والحصيلة مرشحة للارتفاع."
    assert [s for *_, s in _read(text)] == ["preliminary", "preliminary"]


def test_a_death_toll_that_may_rise_marks_the_dead_only():
    text = "قتل 5 أشخاص وأصيب 7 آخرون في انفجار، وعدد القتلى مرشح للارتفاع."
    assert [(m, s) for _, m, _, _, s in _read(text)] == [
        ("killed", "preliminary"),
        ("injured", "unknown"),
    ]


def test_a_hedge_said_on_its_own_marks_the_figures_before_it():
    text = "قتل 9 أشخاص في حادث سير على طريق حمص. وأشارت المصادر إلى أن عدد الوفيات قابل للارتفاع."
    assert [s for *_, s in _read(text)] == ["preliminary"]


def test_a_preliminary_toll_marks_every_figure_of_its_sentence():
    text = "قتل 5 أشخاص وأصيب 7 آخرون في حصيلة أولية."
    assert [s for *_, s in _read(text)] == ["preliminary", "preliminary"]


def test_fighters_of_no_named_side_take_the_side_their_sentence_names():
    text = "تعرضت دورية لقوات سوريا الديمقراطية لهجوم في ريف دير الزور، ما أدى إلى إصابة عنصرين."
    assert _read(text) == [("unattributed", "injured", "sdf", 2, "unknown")]


def test_another_takes_the_group_of_the_figure_before():
    text = "قُتل عنصران من قوات النظام وأصيب ثالث بانفجار لغم في بادية حمص."
    assert [(g, n) for _, _, g, n, _ in _read(text)] == [
        ("syrian-government", 2),
        ("syrian-government", 1),
    ]


def test_a_headline_restated_in_the_lead_is_kept_once():
    text = "مقتل 4 مدنيين في قصف على أريحا\nقال المرصد السوري إن 4 مدنيين قتلوا في قصف على أريحا."
    assert _read(text) == [("sohr", "killed", "civilians", 4, "unknown")]


def test_two_equal_figures_in_one_sentence_are_two_claims():
    text = "وثقت الشبكة مقتل 4 أطفال في إدلب أمس و4 أطفال في حلب اليوم."
    claims = _read(text)
    assert claims == [("snhr", "killed", "children", 4, "unknown")] * 2


def test_a_cue_does_not_reach_across_another_fate():
    text = "The war has killed more than 300,000 people and forced millions to flee their homes."
    assert [(c.metric.value, c.count.low) for c in extract(text)] == [("killed", 300001)]
    text = "خلفت الحرب أكثر من 300 ألف قتيل وهجّرت الملايين من منازلهم."
    assert [(c.metric.value, c.count.low) for c in extract(text)] == [("killed", 300001)]


def test_a_list_after_hum_takes_the_cue_and_the_people_before_it():
    text = "وقال المرصد إن المدنيين الذين قتلوا في القصف هم 5 في بلدة الهبيط و3 في مدينة خان شيخون."
    assert _read(text) == [
        ("sohr", "killed", "civilians", 5, "unknown"),
        ("sohr", "killed", "civilians", 3, "unknown"),
    ]


def test_the_items_of_a_breakdown_list_may_each_have_a_place():
    text = "قتل 9 أشخاص بقصف على ريف حلب، بينهم 3 أطفال في بلدة الأتارب وامرأة في قرية كفرناها."
    assert _read(text) == [
        ("unattributed", "killed", "all", 9, "unknown"),
        ("unattributed", "killed", "children", 3, "unknown"),
        ("unattributed", "killed", "women", 1, "unknown"),
    ]


def test_a_part_of_a_new_figure_is_not_a_restatement():
    text = (
        "قتل 6 مدنيين بينهم طفلان في قصف على سراقب.\nوفي بلدة سرمين قتل 4 مدنيين بينهم طفلان أيضا."
    )
    assert [c.count.value for c in extract(text)] == [6, 2, 4, 2]


def test_a_killing_verb_right_before_a_count_is_active():
    text = "قال المرصد إن مسلحين مجهولين قتلوا 3 مدنيين على طريق درعا."
    assert _read(text) == [("sohr", "killed", "civilians", 3, "unknown")]


def test_met_their_end_without_the_word_death_is_killed():
    text = "لقي 4 عمال جراء انفجار لغم أرضي في بادية حمص، وفق مصادر محلية."
    assert _read(text) == [("local-sources", "killed", "all", 4, "unknown")]
    assert _read("لقي المقترح دعماً من 7 دول.") == []


def test_a_source_named_after_a_figure_that_says_something_else_is_not_its_source():
    text = "قتل 4 مدنيين بقصف على بلدة حزانو، وقال المرصد إن القصف مصدره مواقع القوات الحكومية."
    assert _read(text) == [("unattributed", "killed", "civilians", 4, "unknown")]
    text = "قتل 4 مدنيين بقصف على بلدة حزانو، بحسب المرصد."
    assert _read(text) == [("sohr", "killed", "civilians", 4, "unknown")]


def test_the_writer_setting_the_scene_continues_no_source():
    text = (
        "أعلنت قسد مقتل 3 من مقاتليها في دير الزور. "
        "وتشهد المنطقة توترا أوقع 40 قتيلا منذ مطلع الشهر."
    )
    assert [(s, n) for s, _, _, n, _ in _read(text)] == [("sdf", 3), ("unattributed", 40)]


def test_a_verb_after_one_of_a_group_governs_it():
    text = "قال المرصد إن أحد عناصر قوات النظام قُتل واعتُقل آخر في ريف درعا."
    assert _read(text) == [
        ("sohr", "killed", "syrian-government", 1, "unknown"),
        ("sohr", "arrested", "syrian-government", 1, "unknown"),
    ]


def test_an_accomplice_arrested_counts_one():
    text = "قالت قسد إن مهاجما من داعش قُتل وأُلقي القبض على شريكه."
    assert _read(text) == [
        ("sdf", "killed", "isis", 1, "unknown"),
        ("sdf", "arrested", "isis", 1, "unknown"),
    ]


def test_a_cue_after_another_count_is_not_reached_across_it():
    text = "قصفت طائرات عدة أحياء في المدينة، ما أسفر عن سقوط عشرات الجرحى."
    assert [(c.metric.value, c.count.text) for c in extract(text)] == [("injured", "عشرات")]


def test_the_people_before_a_relative_clause_are_the_ones_counted_after_it():
    text = "وقال المرصد إن عدد الأطفال الذين قضوا في القصف ارتفع إلى 9."
    assert _read(text) == [("sohr", "killed", "children", 9, "unknown")]


def test_a_count_of_the_dead_takes_its_own_noun_after_of():
    text = "أفاد ناشطون بسقوط العديد من القتلى وعشرات من الجرحى في القصف."
    assert [c.metric.value for c in extract(text)] == ["killed", "injured"]


def test_a_list_of_victims_goes_on_with_the_cue_before_it():
    text = "أدى الانفجار إلى مقتل رجل وطفل وإصابة مدنيين بجروح."
    assert [(m, g) for _, m, g, _, _ in _read(text)] == [("killed", "all"), ("killed", "children")]


def test_a_paragraph_after_a_closing_statement_is_the_writers_unless_it_quotes_on():
    statement = "أعلنت قسد مقتل 3 من مقاتليها.\n\nوأوضحت قسد أن الهجوم وقع ليلاً.\n\n"
    writer = statement + "وهذا ثاني هجوم هذا الشهر، وقتل في الأول 5 عناصر."
    quoting = statement + "وأشارت إلى أن 5 عناصر قتلوا في كمين قرب البلدة."
    assert [c.source.id for c in extract(writer)] == ["sdf", "unattributed"]
    assert [c.source.id for c in extract(quoting)] == ["sdf", "sdf"]
