"""The shipped data files for groups and sources are well-formed on their own."""

from claims import SourceKind, lexicon
from claims.model import _SLUG

GROUP_KEYS = {"id", "name", "parent"}
SOURCE_KEYS = {"id", "name", "kind", "affiliation"}


def test_groups_file_is_well_formed():
    entries = lexicon.load("groups")["group"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert set(entry) <= GROUP_KEYS, entry
        assert _SLUG.match(entry["id"]), entry
        assert entry["name"].strip(), entry
        assert entry.get("parent", "all") in ids, entry


def test_sources_file_is_well_formed():
    group_ids = {entry["id"] for entry in lexicon.load("groups")["group"]}
    entries = lexicon.load("sources")["source"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert set(entry) <= SOURCE_KEYS, entry
        assert _SLUG.match(entry["id"]), entry
        assert entry["name"].strip(), entry
        assert entry["kind"] in set(SourceKind), entry
        assert entry.get("affiliation", "all") in group_ids, entry


def test_parties_name_their_side():
    for entry in lexicon.load("sources")["source"]:
        if entry["kind"] == "party":
            assert "affiliation" in entry, entry["id"]


def test_data_files_are_listed():
    assert {"groups", "sources"} <= set(lexicon.data_files())
