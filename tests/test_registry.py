"""The default taxonomy and sources, and extending them."""

import pytest

from claims import ClaimsTypeError, Group, InvalidClaim, Registry, Source, Taxonomy, UnknownGroup


def _parent_of(tax: Taxonomy) -> dict[str, str | None]:
    return {g.id: g.parent for g in tax}


def test_default_taxonomy_has_the_required_tree():
    parent = _parent_of(Taxonomy.default())
    required = {
        "civilians": "all",
        "children": "civilians",
        "women": "civilians",
        "sdf": "all",
        "asayish": "sdf",
        "isis": "all",
        "syrian-government": "all",
        "opposition": "all",
        "sna": "opposition",
        "hts": "all",
        "turkey": "all",
        "russia": "all",
        "coalition": "all",
        "unknown": "all",
    }
    assert parent["all"] is None
    for group, expected in required.items():
        assert parent[group] == expected, group


def test_tree_queries():
    tax = Taxonomy.default()
    assert tax.root.id == "all"
    assert [g.id for g in tax.ancestors("children")] == ["civilians", "all"]
    assert tax.ancestors("all") == ()
    assert {g.id for g in tax.children("civilians")} == {"children", "women"}
    assert {g.id for g in tax.descendants("sdf")} == {"asayish"}
    assert tax.is_within("asayish", "sdf")
    assert tax.is_within("sdf", "sdf")
    assert not tax.is_within("sdf", "asayish")
    assert not tax.is_within("isis", "civilians")
    assert "sna" in tax
    assert Group("sna", "Syrian National Army", "opposition") in tax
    assert "kurds" not in tax


def test_unknown_group_lists_known_ones():
    with pytest.raises(UnknownGroup, match="unknown group 'kurds'; known groups: all, ") as caught:
        Taxonomy.default().get("kurds")
    assert caught.value.group_id == "kurds"


def test_with_groups_adds_and_replaces_without_changing_the_original():
    tax = Taxonomy.default()
    bigger = tax.with_groups(
        Group("prison-staff", "Prison staff", "all"), Group("sdf", "SDF", "all")
    )
    assert "prison-staff" in bigger
    assert bigger.get("sdf").name == "SDF"
    assert "prison-staff" not in tax
    assert tax.get("sdf").name == "Syrian Democratic Forces"
    assert len(bigger) == len(tax) + 1


@pytest.mark.parametrize(
    ("groups", "message"),
    [
        ((Group("all"), Group("all")), "defined twice"),
        ((Group("all"), Group("other")), "exactly one root"),
        ((Group("all"), Group("a", parent="nowhere")), "unknown parent 'nowhere'"),
        ((Group("all"), Group("a", parent="b"), Group("b", parent="a")), "its own ancestor"),
    ],
)
def test_bad_taxonomies_are_rejected(groups, message):
    with pytest.raises(InvalidClaim, match=message):
        Taxonomy(groups)


def test_taxonomy_holds_groups_only():
    with pytest.raises(ClaimsTypeError, match="holds Group objects"):
        Taxonomy(("all",))  # type: ignore[arg-type]


def test_default_sources_cover_the_required_ids():
    reg = Registry.default()
    required = [
        "sohr", "snhr", "white-helmets", "un", "sdf", "asayish", "sana", "syria-health-ministry",
        "syrian-government", "turkey", "russia", "coalition", "sna", "hts", "isis",
        "local-sources", "medical-sources", "security-source", "military-source", "local-media",
        "unattributed",
    ]  # fmt: skip
    for source_id in required:
        assert reg.knows(source_id), source_id
    assert reg.source("security-source").kind == "anonymous"
    assert reg.source("isis").affiliation == "isis"
    assert reg.source("sohr").affiliation is None


def test_registry_rejects_affiliation_outside_the_taxonomy():
    with pytest.raises(InvalidClaim, match="unknown group 'martians'"):
        Registry.default().with_sources(Source("x", affiliation="martians"))


def test_registry_rejects_duplicate_sources():
    with pytest.raises(InvalidClaim, match="source id 'a' is defined twice"):
        Registry(Taxonomy.default(), (Source("a"), Source("a")))


def test_default_registry_is_shared_and_immutable():
    assert Registry.default() is Registry.default()
    with pytest.raises(AttributeError):
        Registry.default().sources = ()  # type: ignore[misc]
