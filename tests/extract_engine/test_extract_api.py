"""The public contract of extract(): types, empty input, options, spans, ordering."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claims import ClaimsTypeError, Status
from claims.extraction import Lexicon, extract
from claims.numbers import UnknownLanguage

SENTENCE = "قال المرصد السوري إن 3 مدنيين قتلوا في قصف على إدلب."


@pytest.mark.parametrize("bad", [None, 5, b"text", ["text"], 3.5])
def test_non_str_text_is_a_type_error(bad):
    with pytest.raises(ClaimsTypeError):
        extract(bad)
    with pytest.raises(TypeError):
        extract(bad)


def test_bad_options_are_rejected():
    with pytest.raises(ClaimsTypeError):
        extract(SENTENCE, outlet=3)
    with pytest.raises(ClaimsTypeError):
        extract(SENTENCE, published="2022-12-26")
    with pytest.raises(ClaimsTypeError):
        extract(SENTENCE, lexicon={})
    with pytest.raises(UnknownLanguage):
        extract(SENTENCE, lang="fr")


@pytest.mark.parametrize("text", ["", " ", "\n\n", "لا شيء هنا", "nothing here", "؟", "\x00"])
def test_text_without_claims_gives_an_empty_list(text):
    assert extract(text) == []


def test_one_claim_with_its_parts():
    [c] = extract(SENTENCE, published=date(2023, 1, 2))
    assert (c.source.id, c.metric, c.group.id, c.count.value) == ("sohr", "killed", "civilians", 3)
    assert c.status is Status.UNKNOWN
    assert c.event == "idlib/2023-01-02"
    assert c.said_at == datetime(2023, 1, 2)
    assert c.via == ()
    assert SENTENCE[c.span[0] : c.span[1]] == c.evidence


def test_spans_index_the_original_text_with_diacritics():
    text = "وقُتِلَ ٤ أشخاصٍ وأُصيبَ ٧ آخرون في قصفٍ، بحسب المرصد."
    claims = extract(text)
    assert [(c.metric, c.count.value) for c in claims] == [("killed", 4), ("injured", 7)]
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.evidence
    assert claims[0].count.text == "٤"


def test_spans_skip_invisible_marks_before_the_first_letter():
    text = "\ufeff\u200f" + SENTENCE
    [c] = extract(text)
    assert c.evidence == extract(SENTENCE)[0].evidence
    assert text[c.span[0] : c.span[1]] == c.evidence
    assert c.count.text == "3"


def test_outlet_owns_unattributed_claims_and_relays_attributed_ones():
    text = "قتل 5 مدنيين في غارة على حلب. وقال المرصد السوري إن 7 مدنيين قتلوا في إدلب."
    claims = extract(text, outlet="enab-baladi")
    assert [(c.source.id, [v.id for v in c.via]) for c in claims] == [
        ("enab-baladi", []),
        ("sohr", ["enab-baladi"]),
    ]


def test_without_outlet_unattributed():
    [c] = extract("قتل 5 مدنيين في غارة على حلب.")
    assert c.source.id == "unattributed"


def test_lang_may_be_given_as_a_tag():
    text = "At least 12 civilians were killed in Idlib, the Syrian Observatory said."
    assert extract(text, lang="en-GB") == extract(text, lang="en") == extract(text)


def test_yesterday_resolves_against_published():
    [c] = extract("قتل 5 مدنيين أمس في غارة على حلب.", published=date(2023, 3, 10))
    assert c.event == "aleppo/2023-03-09"


def test_a_user_lexicon_adds_a_source(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[ar.sources]\nrudaw = ["شبكة روداو"]\n', encoding="utf-8")
    lexicon = Lexicon.load(path)
    [c] = extract("وذكرت شبكة روداو أن 4 مدنيين قتلوا في الحسكة.", lexicon=lexicon)
    assert c.source.id == "rudaw"
    [c] = extract("وذكرت شبكة روداو أن 4 مدنيين قتلوا في الحسكة.")
    assert c.source.id != "rudaw"


def test_with_helpers_return_extended_copies():
    base = Lexicon.default()
    mine = base.with_sources("rudaw", "روداو").with_people("كمال عاكف", "rudaw")
    [c] = extract("وقال كمال عاكف إن 4 مدنيين قتلوا في الحسكة.", lexicon=mine)
    assert (c.source.id, c.speaker) == ("rudaw", "كمال عاكف")
    assert not base.knows_source_name("ar", "روداو")


def test_lexicon_load_rejects_unknown_sections(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[fr]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown sections"):
        Lexicon.load(path)
