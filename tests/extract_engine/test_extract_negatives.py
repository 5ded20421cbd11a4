"""Figures that are not casualty claims: years, ages, distances, durations, populations,
prisoners held, people released, vehicles, anniversaries. Our own sentences."""

from __future__ import annotations

import pytest

from claims.extraction import extract

NOT_CLAIMS = [
    # years and dates
    "سيطر التنظيم على المدينة عام 2014 قبل أن يخسرها في 2019.",
    "وقع الهجوم في 12 آذار 2021 قرب المدينة.",
    "نشر الخبر الساعة 1:43 بعد الظهر.",
    # ages
    "يبلغ الرجل من العمر 45 عاما ويعمل مزارعا في القرية.",
    # distances and durations
    "تبعد القرية 10 كيلومترات عن خط الجبهة.",
    "استمرت الاشتباكات أكثر من ساعتين قبل أن تهدأ.",
    "مرت 5 سنوات على هزيمة التنظيم في المدينة.",
    # populations and the displaced
    "يسكن المدينة نحو 300 ألف نسمة.",
    "نزح أكثر من 400 ألف شخص من المنطقة خلال شهر.",
    # prisoners held, people released
    "يضم السجن نحو 200 عنصر من أسرى التنظيم.",
    "أفرجت السلطات عن 20 معتقلا بعد وساطة عشائرية.",
    # vehicles, weapons, strikes
    "دمرت الغارات 3 سيارات و4 دبابات.",
    "نفذت الطائرات نحو 10 غارات على المنطقة.",
    # history
    "أحيا الآلاف ذكرى مقتل الإمام الحسين في كربلاء.",
    # English
    "The group seized the city in 2014 and lost it in 2019.",
    "The town lies 12 km from the border.",
    "More than 400,000 people have been displaced since March.",
    "The prison holds about 200 Islamic State detainees.",
    "Clashes lasted for 3 hours.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_no_claim(text):
    assert extract(text) == []


def test_a_headline_count_of_years_is_not_a_claim_but_the_deaths_are():
    text = "بعد 5 سنوات على هزيمة التنظيم، قتل 3 مدنيين في انفجار لغم قرب الرقة."
    claims = extract(text)
    assert [(c.metric, c.group.id, c.count.value) for c in claims] == [("killed", "civilians", 3)]


def test_an_age_is_not_the_count_of_an_arrest():
    [c] = extract("اعتقلت الشرطة رجلا يبلغ من العمر 45 عاما.")
    assert (c.metric, c.count.value) == ("arrested", 1)
