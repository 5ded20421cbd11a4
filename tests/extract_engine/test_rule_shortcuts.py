"""The shortcuts the rules after tokenising take, checked against the plain ways they replace."""

from datetime import date, datetime

import pytest

from claims import Claim, Count, Group, InvalidClaim, Metric, Registry, Source, SourceKind, Status
from claims.extraction._document import Document
from claims.extraction.engine import _elsewhere, _prepare, _unknown
from claims.extraction.events import sentence_dates
from claims.extraction.groups import FirstMentions, first_mentions
from claims.extraction.lexicon import Lexicon

TEXTS = [
    (
        "en",
        "Five civilians were killed in Idlib on Monday, the Syrian Observatory for Human Rights "
        "said. The SDF said two of its fighters were wounded on 3 March. Civilians fled the SDF "
        "areas. The Islamic State group said three of its members died.",
    ),
    (
        "ar",
        "قال المرصد السوري لحقوق الإنسان إن 4 مدنيين قتلوا في إدلب يوم الاثنين. "
        "وأعلنت قسد مقتل 2 من مقاتليها في 3 آذار، فيما نزح مدنيون من مناطق قسد.",
    ),
]


def _document(lang: str, text: str) -> Document:
    doc = _prepare(text, lang, Lexicon.default())
    assert doc is not None
    return doc


def test_hit_lists_are_never_empty_and_longest_first() -> None:
    """The rules test ``index in hits`` for "a hit starts here": that needs no empty lists."""
    for lang, text in TEXTS:
        doc = _document(lang, text)
        assert doc.hits, text
        for by_index in doc.hits.values():
            for index, hits in by_index.items():
                assert hits, (text, index)
                assert all(hit.start == index for hit in hits)
                ends = [hit.end for hit in hits]
                assert ends == sorted(ends, reverse=True)


def test_first_mentions_looked_up_lazily_are_the_same() -> None:
    for lang, text in TEXTS:
        doc = _document(lang, text)
        lazy = FirstMentions(doc)
        eager = first_mentions(doc)
        assert eager, text
        for key, index in eager.items():
            assert lazy.get(key) == index
        assert lazy.get("no-such-group", -1) == -1
        assert dict(lazy) == eager
        assert len(lazy) == len(eager)


def test_dates_of_some_sentences_are_those_of_all() -> None:
    for lang, text in TEXTS:
        doc = _document(lang, text)
        every = sentence_dates(doc, date(2023, 3, 8))
        assert every, text
        for wanted in ({0}, {1}, {0, 1}, set()):
            some = sentence_dates(doc, date(2023, 3, 8), wanted)
            assert some == {n: when for n, when in every.items() if n in wanted}


def test_an_unknown_source_is_what_the_registry_makes() -> None:
    registry = Registry.default()
    assert not registry.knows("a-new-monitor")
    assert _unknown("a-new-monitor") == registry.source("a-new-monitor")
    assert _unknown("a-new-monitor").kind is SourceKind.UNKNOWN


def _fields() -> dict[str, object]:
    return {
        "source": Source("sohr", "SOHR", SourceKind.MONITOR),
        "metric": "killed",
        "group": Group("civilians", "Civilians", "all"),
        "count": Count.at_least(5, text="at least 5"),
        "status": Status.PRELIMINARY,
        "via": (Source("sana", "SANA", SourceKind.MEDIA),),
        "event": "idlib/2023-03-06",
        "said_at": datetime(2023, 3, 8),
        "speaker": "Rami «Abdulrahman»",
        "span": (3, 40),
        "evidence": 'at least 5 "civilians" were killed',
    }


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"metric": Metric.INJURED},
        {"via": (), "event": None, "said_at": None, "speaker": None, "span": None},
        {"evidence": None, "status": Status.UNKNOWN, "count": Count.exact(0)},
    ],
)
def test_a_trusted_claim_is_the_claim_the_initializer_builds(changes: dict[str, object]) -> None:
    fields = {**_fields(), **changes}
    built = Claim(**fields)  # type: ignore[arg-type]
    trusted = Claim._trusted(*fields.values())  # type: ignore[arg-type]
    assert trusted == built
    assert trusted.id == built.id
    assert trusted.metric is built.metric
    assert str(trusted) == str(built)


def test_a_trusted_claim_still_refuses_an_unknown_metric() -> None:
    fields = {**_fields(), "metric": "vanished"}
    with pytest.raises(InvalidClaim):
        Claim._trusted(*fields.values())  # type: ignore[arg-type]


def test_first_mentions_are_the_earliest_hits() -> None:
    for lang, text in TEXTS:
        doc = _document(lang, text)
        expected: dict[str, int] = {}
        for category in ("group", "source"):
            for index, hits in doc.hits.get(category, {}).items():
                for hit in hits:
                    if category == "group" and hit.value.extra:
                        continue
                    expected[hit.value.key] = min(index, expected.get(hit.value.key, index))
        assert expected, text
        assert first_mentions(doc) == expected


def test_a_figure_is_elsewhere_only_in_another_sentence() -> None:
    assert not _elsewhere(None, 3)
    assert not _elsewhere({3}, 3)
    assert _elsewhere({2}, 3)
    assert _elsewhere({2, 3}, 3)
