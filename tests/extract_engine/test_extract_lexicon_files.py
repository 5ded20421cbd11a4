"""The extractor's data files are well-formed: sections present, entries well-formed, ids known,
no duplicates."""

from __future__ import annotations

import pytest

from claims import Registry, lexicon
from claims.extraction import Lexicon
from claims.model import _SLUG
from claims.normalize import normalize

LANGUAGE_FILES = ["extract_ar", "extract_en"]
METRICS = {"killed", "injured", "arrested", "missing", "casualties"}
REQUIRED = {
    "cues",
    "lumping",
    "subcount",
    "window",
    "not_people",
    "not_claims",
    "attribution",
    "sources",
    "people",
    "groups",
    "status",
    "clauses",
    "dates",
    "implied_one",
    "combatants",
}


def _phrases(value):
    assert isinstance(value, list), value
    for phrase in value:
        assert isinstance(phrase, str), phrase
        assert phrase, repr(phrase)
        assert phrase.strip() == phrase, repr(phrase)
        assert "*" not in phrase.rstrip("*"), phrase
    folded = [normalize(p).text.lower() for p in value]
    duplicates = {p for p in folded if folded.count(p) > 1}
    assert not duplicates, duplicates
    return value


@pytest.mark.parametrize("name", LANGUAGE_FILES)
def test_sections_are_present(name):
    data = lexicon.load(name)
    assert set(data) >= REQUIRED, REQUIRED - set(data)


@pytest.mark.parametrize("name", LANGUAGE_FILES)
def test_cues_name_metrics_and_sides(name):
    cues = lexicon.load(name)["cues"]
    assert set(cues) == METRICS
    for table in cues.values():
        assert set(table) <= {"after", "before", "both"}
        for words in table.values():
            _phrases(words)


@pytest.mark.parametrize("name", LANGUAGE_FILES)
def test_groups_exist_in_the_taxonomy(name):
    data = lexicon.load(name)
    taxonomy = Registry.default().taxonomy
    for section in ("groups", "generic_groups"):
        for group_id, names in data.get(section, {}).items():
            assert group_id in taxonomy, group_id
            _phrases(names)
    for context in data.get("group_context", []):
        assert context["group"] in taxonomy
        assert all(need in taxonomy for need in context["needs"])
        _phrases(context["words"])


@pytest.mark.parametrize("name", LANGUAGE_FILES)
def test_sources_and_people_are_slugs(name):
    data = lexicon.load(name)
    registry = Registry.default()
    required = {s.id for s in registry.sources} - {"unattributed"}
    assert required <= set(data["sources"]), required - set(data["sources"])
    for source_id, names in data["sources"].items():
        assert _SLUG.match(source_id), source_id
        _phrases(names)
    for person, source_id in data["people"].items():
        assert person.strip() == person
        assert person
        assert source_id in data["sources"], (person, source_id)


@pytest.mark.parametrize("name", LANGUAGE_FILES)
def test_word_lists_have_no_duplicates(name):
    data = lexicon.load(name)
    for section in (
        "subcount",
        "window",
        "not_people",
        "not_claims",
        "status",
        "clauses",
        "implied_one",
        "combatants",
        "self_groups",
    ):
        for value in data[section].values() if section in data else ():
            if isinstance(value, list):
                _phrases(value)
    for key in ("origin", "speech", "aside", "own_reporter", "anaphors"):
        _phrases(data["attribution"].get(key, []))
    assert isinstance(data["attribution"]["reach"], int)
    for months in data["dates"]["months"].values():
        assert 1 <= months <= 12
    for day in data["dates"]["weekdays"].values():
        assert 0 <= day <= 6


def test_places_are_well_formed():
    places = lexicon.load("places")["place"]
    slugs = [place["slug"] for place in places]
    assert len(slugs) == len(set(slugs))
    names = []
    for place in places:
        assert set(place) <= {"slug", "kind", "ar", "en"}, place
        assert _SLUG.match(place["slug"])
        assert "/" not in place["slug"]
        assert place["kind"] in {"country", "governorate", "city", "town"}
        assert place["ar"], place["slug"]
        assert place["en"], place["slug"]
        names += [normalize(n).text.lower() for n in place["ar"] + place["en"]]
    assert len(names) == len(set(names))
    assert {"raqqa", "hasakah", "deir-ez-zor", "aleppo", "idlib", "baghdad", "mosul"} <= set(slugs)


def test_the_default_lexicon_compiles():
    lex = Lexicon.default()
    assert lex.table("ar").entries
    assert lex.table("en").entries
