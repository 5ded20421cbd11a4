"""Properties over arbitrary text: always a list, spans inside the text, evidence is the slice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract

WORDS = [
    "قتل", "مقتل", "أصيب", "إصابة", "اعتقال", "آخر", "آخرين", "5", "٣", "عشرات", "من", "في",
    "بحسب", "المرصد", "قسد", "داعش", "مدنيين", "أطفال", "، ", ". ", "\n", "killed", "wounded",
    "at least", "12", "said", "the Observatory", "civilians", "«", "»", "ـ", "\u064e", ":",
    "نقلت", "عن", "مراسل", "مصادر", "الوزارة", "قال", "إن", "أن", "سانا", "محافظ", "يذكر أن",
    "بينهم", "وفي حادثة منفصلة", "في بلدة", "جثث", "مقاتلينا", "عناصره", "حصيلة أولية",
    "مرشحة للارتفاع", "أمس", "الاثنين", "يناير", "2022", "according to", "including", "another",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_text_gives_claims_anchored_in_it(text):
    claims = extract(text)
    assert isinstance(claims, list)
    starts = []
    for c in claims:
        start, end = c.span
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == c.evidence
        starts.append(start)
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(texts, st.dates(), st.sampled_from([None, "erem-news", "sohr"]))
def test_options_never_break_extraction(text, published, outlet):
    claims = extract(text, published=published, outlet=outlet)
    for c in claims:
        assert c.said_at is not None
        assert c.said_at.date() == published
        if outlet is not None and c.source.id != outlet:
            assert [relay.id for relay in c.via] == [outlet]
