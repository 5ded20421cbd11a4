"""The per-text summaries the rules after tokenising rely on, checked against plain scans."""

from claims.extraction._document import Document
from claims.extraction.engine import _elsewhere, _prepare
from claims.extraction.groups import first_mentions
from claims.extraction.lexicon import Lexicon

TEXTS = [
    (
        "en",
        "Five civilians were killed in Idlib, the Syrian Observatory for Human Rights said. "
        "The SDF said two of its fighters were wounded. Civilians fled the SDF areas.",
    ),
    (
        "ar",
        "قال المرصد السوري لحقوق الإنسان إن 4 مدنيين قتلوا في إدلب. "
        "وأعلنت قسد مقتل 2 من مقاتليها، فيما نزح مدنيون من مناطق قسد.",
    ),
]


def _document(lang: str, text: str) -> Document:
    doc = _prepare(text, lang, Lexicon.default())
    assert doc is not None
    return doc


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
