"""Known groups and sources: the taxonomy of victim groups and the registry of sources.

Both come with defaults read from the data files in :mod:`claims.lexicon` and
are immutable: ``with_groups`` and ``with_sources`` return extended copies, so
users add their own entries without editing the package and without touching
anyone else's registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from types import MappingProxyType
from typing import TypeVar

from attrs import field, frozen

from claims import lexicon
from claims._convert import converter
from claims.errors import ClaimsTypeError, InvalidClaim, UnknownGroup
from claims.model import Group, Source, SourceKind

__all__ = ["Registry", "Taxonomy"]


_Item = TypeVar("_Item", Group, Source)


def _index(items: tuple[_Item, ...], what: str) -> Mapping[str, _Item]:
    seen: dict[str, _Item] = {}
    for item in items:
        if item.id in seen:
            raise InvalidClaim(f"{what} id {item.id!r} is defined twice")
        seen[item.id] = item
    return MappingProxyType(seen)


def _tuple_of(kind: type[_Item], holder: str, value: object) -> tuple[_Item, ...]:
    if not isinstance(value, Iterable) or isinstance(value, str):
        raise ClaimsTypeError(f"a {holder} takes a sequence, not {type(value).__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, kind):
            raise ClaimsTypeError(
                f"a {holder} holds {kind.__name__} objects, got {type(item).__name__}"
            )
    return items


def _groups(value: object) -> tuple[Group, ...]:
    return _tuple_of(Group, "taxonomy", value)


def _sources(value: object) -> tuple[Source, ...]:
    return _tuple_of(Source, "registry", value)


@frozen
class Taxonomy:
    """A tree of victim groups with a single root (``all`` in the default taxonomy).

    >>> tax = Taxonomy.default()
    >>> print(*(g.id for g in tax.ancestors("asayish")))
    sdf all
    >>> tax.is_within("children", "civilians")
    True
    """

    groups: tuple[Group, ...] = field(converter=_groups)
    _by_id: Mapping[str, Group] = field(init=False, eq=False, repr=False)
    _lineage: Mapping[str, tuple[Group, ...]] = field(init=False, eq=False, repr=False)
    _within: Mapping[str, frozenset[str]] = field(init=False, eq=False, repr=False)
    _root: Group = field(init=False, eq=False, repr=False)
    _position: Mapping[str, int] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_id = _index(self.groups, "group")
        roots = [g.id for g in self.groups if g.parent is None]
        if len(roots) != 1:
            raise InvalidClaim(f"a taxonomy needs exactly one root group, found {roots}")
        lineage = {}
        for group in self.groups:
            if group.parent is not None and group.parent not in by_id:
                raise InvalidClaim(f"group {group.id!r} names unknown parent {group.parent!r}")
            chain: list[Group] = []
            parent = group.parent
            while parent is not None:
                if parent == group.id or any(g.id == parent for g in chain):
                    raise InvalidClaim(f"group {group.id!r} is its own ancestor")
                chain.append(by_id[parent])
                parent = by_id[parent].parent
            lineage[group.id] = tuple(chain)
        within = {key: frozenset([key, *(g.id for g in chain)]) for key, chain in lineage.items()}
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_root", by_id[roots[0]])
        object.__setattr__(self, "_position", {g.id: i for i, g in enumerate(self.groups)})
        object.__setattr__(self, "_lineage", MappingProxyType(lineage))
        object.__setattr__(self, "_within", MappingProxyType(within))

    @classmethod
    def default(cls) -> Taxonomy:
        """The taxonomy shipped in ``lexicon/groups.toml``."""
        return _default_taxonomy()

    def __contains__(self, group: object) -> bool:
        key = group.id if isinstance(group, Group) else group
        return key in self._by_id

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)

    def __len__(self) -> int:
        return len(self.groups)

    @property
    def root(self) -> Group:
        """The group that contains every other."""
        return self._root

    def get(self, group_id: str) -> Group:
        """The group with this id; :class:`UnknownGroup` when there is none."""
        try:
            return self._by_id[group_id]
        except (KeyError, TypeError):
            if not isinstance(group_id, str):
                raise ClaimsTypeError(
                    f"a group id must be a str, not {type(group_id).__name__}"
                ) from None
            raise UnknownGroup(group_id, tuple(self._by_id)) from None

    def position(self, group_id: str) -> int:
        """Where ``group_id`` stands in the taxonomy's order (for sorting output)."""
        self.get(group_id)
        return self._position[group_id]

    def ancestors(self, group_id: str) -> tuple[Group, ...]:
        """The groups containing ``group_id``, nearest first, ending at the root."""
        self.get(group_id)
        return self._lineage[group_id]

    def children(self, group_id: str) -> tuple[Group, ...]:
        """The groups whose parent is ``group_id``."""
        self.get(group_id)
        return tuple(g for g in self.groups if g.parent == group_id)

    def descendants(self, group_id: str) -> tuple[Group, ...]:
        """Every group below ``group_id``, in taxonomy order."""
        self.get(group_id)
        return tuple(g for g in self.groups if g.id != group_id and self.is_within(g.id, group_id))

    def is_within(self, group_id: str, ancestor_id: str) -> bool:
        """Whether ``group_id`` is ``ancestor_id`` or lies below it."""
        if ancestor_id not in self._by_id:
            self.get(ancestor_id)
        lineage = self._within.get(group_id)
        if lineage is None:
            self.get(group_id)
            return False
        return ancestor_id in lineage

    def with_groups(self, *groups: Group) -> Taxonomy:
        """A copy with ``groups`` added; a group with an existing id replaces it."""
        new = {g.id: g for g in _groups(groups)}
        kept = tuple(new.pop(g.id, g) for g in self.groups)
        return Taxonomy(kept + tuple(new.values()))


@frozen
class Registry:
    """The groups and sources that ids resolve to.

    An unknown source id is allowed: it resolves to a source of kind
    ``unknown`` named after the id. An unknown group id is an error, because
    reconciliation needs to know where a group sits in the tree.

    >>> reg = Registry.default()
    >>> reg.source("sohr").kind
    <SourceKind.MONITOR: 'monitor'>
    >>> reg.source("a-monitor")
    Source(id='a-monitor', name='a-monitor', kind=<SourceKind.UNKNOWN: 'unknown'>, affiliation=None)
    """

    taxonomy: Taxonomy
    sources: tuple[Source, ...] = field(converter=_sources)
    _by_id: Mapping[str, Source] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.taxonomy, Taxonomy):
            raise ClaimsTypeError(
                f"taxonomy must be a Taxonomy, not {type(self.taxonomy).__name__}"
            )
        by_id = _index(self.sources, "source")
        for source in self.sources:
            if source.affiliation is not None and source.affiliation not in self.taxonomy:
                raise InvalidClaim(
                    f"source {source.id!r} is affiliated with unknown group {source.affiliation!r}"
                )
        object.__setattr__(self, "_by_id", by_id)

    @classmethod
    def default(cls) -> Registry:
        """The default taxonomy and the sources shipped in ``lexicon/sources.toml``."""
        return _default_registry()

    def knows(self, source_id: str) -> bool:
        """Whether ``source_id`` is a registered source."""
        return source_id in self._by_id

    def source(self, source_id: str) -> Source:
        """The registered source, or a new source of kind ``unknown`` for an unknown id."""
        known = self._by_id.get(source_id) if isinstance(source_id, str) else None
        if known is not None:
            return known
        return Source(source_id, kind=SourceKind.UNKNOWN)

    def group(self, group_id: str) -> Group:
        """The group with this id; :class:`UnknownGroup` when the taxonomy has none."""
        return self.taxonomy.get(group_id)

    def with_sources(self, *sources: Source) -> Registry:
        """A copy with ``sources`` added; a source with an existing id replaces it."""
        new = {s.id: s for s in _sources(sources)}
        kept = tuple(new.pop(s.id, s) for s in self.sources)
        return Registry(self.taxonomy, kept + tuple(new.values()))

    def with_groups(self, *groups: Group) -> Registry:
        """A copy whose taxonomy has ``groups`` added."""
        return Registry(self.taxonomy.with_groups(*groups), self.sources)


@cache
def _default_taxonomy() -> Taxonomy:
    entries = lexicon.load("groups")["group"]
    return Taxonomy(tuple(converter.structure(entry, Group) for entry in entries))


@cache
def _default_registry() -> Registry:
    entries = lexicon.load("sources")["source"]
    sources = tuple(converter.structure(entry, Source) for entry in entries)
    return Registry(_default_taxonomy(), sources)
