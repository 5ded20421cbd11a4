"""Shortcuts of the claim-building steps, checked against the slow ways they replace."""

from claims.extraction._document import Document
from claims.extraction.engine import _prepare
from claims.extraction.events import Where, _listed, place_mentions
from claims.extraction.lexicon import Lexicon

_LEXICON = (
    Lexicon.default()
    .with_groups("sdf", "men of the north of Raqqa province", lang="en")
    .with_sources("sohr", "Idlib and Aleppo monitors", lang="en")
)
TEXTS = [
    (
        "en",
        "Five civilians were killed in Idlib, the Syrian Observatory for Human Rights said. "
        "The men of the north of Raqqa province lost two fighters in Raqqa, "
        "Idlib and Aleppo monitors said. Three died in Aleppo.",
    ),
    (
        "ar",
        "قال المرصد السوري لحقوق الإنسان إن 4 مدنيين قتلوا في إدلب. "
        "وأعلنت قوات سوريا الديمقراطية مقتل 2 من مقاتليها في الرقة.",
    ),
]


def _document(lang: str, text: str) -> Document:
    doc = _prepare(text, lang, _LEXICON)
    assert doc is not None
    return doc


def _places_the_slow_way(doc: Document) -> list[tuple[int, Where]]:
    """Listed places not inside or at the start of a longer group or source name."""
    covered: set[int] = set()
    for category in ("group", "source"):
        for start, there in doc.hits.get(category, {}).items():
            covered.update(range(start + 1, there[0].end))
    found = []
    for index in sorted(doc.hits.get("place", {})):
        hit = doc.hits["place"][index][0]
        longer = [doc.first(category, index) for category in ("group", "source")]
        if index in covered or any(h is not None and h.end > hit.end for h in longer):
            continue
        found.append((index, _listed(hit.value)))
    return found


def test_places_inside_names_are_found_from_the_names_close_before_them() -> None:
    dropped = 0
    for lang, text in TEXTS:
        doc = _document(lang, text)
        longest = _LEXICON.table(lang).longest
        expected = _places_the_slow_way(doc)
        assert place_mentions(doc, longest) == expected, text
        assert place_mentions(doc) == expected, text
        dropped += len(doc.hits.get("place", {})) - len(expected)
    assert dropped >= 3  # Raqqa and Idlib inside names, Syria inside the SDF's


def test_no_hit_is_longer_than_its_tables_longest_phrase() -> None:
    for lang, text in TEXTS:
        doc = _document(lang, text)
        longest = _LEXICON.table(lang).longest
        for by_index in doc.hits.values():
            for hits in by_index.values():
                assert all(hit.end - hit.start <= longest for hit in hits)
