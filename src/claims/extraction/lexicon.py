"""The extractor's word lists: casualty, attribution and status cues, sources, groups, places.

The lists live in data files (``claims/lexicon/extract_ar.toml``, ``extract_en.toml`` and
``places.toml``), read once. A :class:`Lexicon` compiles them into one phrase table per
language, so the engine finds every listed phrase in a single pass over the words of a text.
Users extend it without editing the package: :meth:`Lexicon.load` merges a TOML file of the
same layout with the defaults, and the ``with_...`` helpers return extended copies.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from os import PathLike
from types import MappingProxyType
from typing import Any, NamedTuple

from attrs import field, frozen

from claims import lexicon as _data
from claims.errors import ClaimsTypeError, ConfigError
from claims.extraction._phrases import PhraseTable
from claims.registry import Registry

__all__ = ["LANGUAGES", "METRICS", "Entry", "Lexicon"]

LANGUAGES = ("ar", "en")
METRICS = ("killed", "injured", "arrested", "missing", "casualties")
DIRECTIONS = ("after", "before", "both")
PLACE_KINDS = {"country": 0, "governorate": 1, "city": 2, "town": 2}


class Entry(NamedTuple):
    """What a listed phrase means: a category ("cue", "source", ...), a key and extras."""

    category: str
    key: str
    extra: tuple[str, ...] = ()


def _merge(base: Any, extra: Any) -> Any:
    """``extra`` laid over ``base``: tables merge, lists append (without repeats)."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else copy.deepcopy(value)
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        out = list(base)
        for item in extra:
            if item not in out:
                out.append(item)
        return out
    return copy.deepcopy(extra)


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return list(value)


def _entries(
    data: Mapping[str, Any], places: list[dict[str, Any]], lang: str
) -> list[tuple[str, Entry]]:
    """Every phrase of one language's data with what it means."""
    items: list[tuple[str, Entry]] = []

    def add(words: Iterable[str], entry: Entry) -> None:
        items.extend((word, entry) for word in words)

    for metric, table in data.get("cues", {}).items():
        if metric not in METRICS:
            raise ConfigError(f"unknown metric {metric!r} in [cues]")
        for direction in DIRECTIONS:
            add(
                _strings(table.get(direction, []), f"cues.{metric}.{direction}"),
                Entry("cue", metric, (direction,)),
            )
    simple = {
        "subcount": ("subcount", "markers"),
        "subcount_after": ("subcount", "after"),
        "stop": ("window", "stops"),
        "blocker": ("window", "blockers"),
        "not_people": ("not_people", "nouns"),
        "time_mark": ("not_people", "time_marks"),
        "held": ("not_claims", "held"),
        "history": ("not_claims", "history"),
        "combatant": ("combatants", "nouns"),
        "new_topic": ("attribution", "new_topic"),
        "origin": ("attribution", "origin"),
        "speech": ("attribution", "speech"),
        "aside": ("attribution", "aside"),
        "reporter": ("attribution", "own_reporter"),
        "anaphor": ("attribution", "anaphors"),
        "self": ("self_groups", "words"),
        "self_third": ("self_groups", "third_person"),
        "clause": ("clauses", "breaks"),
        "one": ("implied_one", "nouns"),
        "article": ("implied_one", "articles"),
        "person": ("implied_one", "heads"),
        "town_marker": ("place_markers", "towns"),
        "separate": ("place_markers", "separate"),
        "cumulative": ("place_markers", "cumulative"),
        "two": ("implied_two", "nouns"),
        "ordinal": ("ordinal_one", "words"),
        "official": ("attribution", "officials"),
        "martyr": ("own_side_cues", "words"),
        "relative": ("relatives", "words"),
    }
    for category, (section, key) in simple.items():
        add(_strings(data.get(section, {}).get(key, []), f"{section}.{key}"), Entry(category, ""))
    for source_id, names in data.get("sources", {}).items():
        add(_strings(names, f"sources.{source_id}"), Entry("source", source_id))
    for name, source_id in data.get("people", {}).items():
        items.append((name, Entry("source", source_id, ("person",))))
    for group_id, names in data.get("groups", {}).items():
        add(_strings(names, f"groups.{group_id}"), Entry("group", group_id))
    for group_id, names in data.get("generic_groups", {}).items():
        add(_strings(names, f"generic_groups.{group_id}"), Entry("group", group_id, ("@generic",)))
    for context in data.get("group_context", []):
        needs = tuple(_strings(context.get("needs", []), "group_context.needs"))
        add(
            _strings(context.get("words", []), "group_context.words"),
            Entry("group", context["group"], needs),
        )
    add(_strings(data.get("status", {}).get("deaths", []), "status.deaths"), Entry("deaths", ""))
    for status in ("preliminary", "rising", "final"):
        add(
            _strings(data.get("status", {}).get(status, []), f"status.{status}"),
            Entry("status", status),
        )
    dates = data.get("dates", {})
    for kind in ("today", "yesterday", "day_before_yesterday", "last_month"):
        add(_strings(dates.get(kind, []), f"dates.{kind}"), Entry("date", kind))
    for name, day in dates.get("weekdays", {}).items():
        items.append((name, Entry("date", "weekday", (str(day),))))
    for name, month in dates.get("months", {}).items():
        items.append((name, Entry("date", "month", (str(month),))))
    for place in places:
        rank = str(PLACE_KINDS.get(place.get("kind", "city"), 2))
        add(
            _strings(place.get(lang, []), f"place {place.get('slug')}"),
            Entry("place", place["slug"], (rank,)),
        )
    return items


def _frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@frozen
class Lexicon:
    """Word lists for the extractor, per language, and the registry ids resolve through.

    >>> lex = Lexicon.default()
    >>> lex.languages
    ('ar', 'en')
    >>> lex.with_sources("rudaw", "روداو").knows_source_name("ar", "روداو")
    True
    """

    data: Mapping[str, Any] = field(converter=_frozen_mapping)
    registry: Registry = field(factory=Registry.default)
    _tables: Mapping[str, PhraseTable[Entry]] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.registry, Registry):
            raise ClaimsTypeError(
                f"registry must be a Registry, not {type(self.registry).__name__}"
            )
        places = self.data.get("places", {}).get("place", [])
        tables = {
            lang: PhraseTable.build(_entries(self.data.get(lang, {}), places, lang), lang)
            for lang in LANGUAGES
        }
        object.__setattr__(self, "_tables", MappingProxyType(tables))

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with `claims` (built once, shared: it is immutable)."""
        return _default()

    @classmethod
    def load(cls, path: str | PathLike[str]) -> Lexicon:
        """The default lexicon extended with a user TOML file.

        The file has sections ``[ar]``, ``[en]`` (laid out like ``extract_ar.toml``) and
        ``[places]`` (like ``places.toml``); lists are appended to the defaults.
        """
        with open(path, "rb") as handle:
            extra = tomllib.load(handle)
        unknown = set(extra) - {*LANGUAGES, "places"}
        if unknown:
            raise ConfigError(f"unknown sections {sorted(unknown)} in {path}; use ar, en, places")
        base = cls.default()
        return cls(_merge(dict(base.data), extra), base.registry)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the lexicon has word lists for."""
        return LANGUAGES

    def table(self, lang: str) -> PhraseTable[Entry]:
        """The compiled phrase table of one language."""
        return self._tables[lang]

    def section(self, lang: str, name: str) -> Any:
        """One section of a language's raw data (for settings such as ``attribution.reach``)."""
        return self.data.get(lang, {}).get(name, {})

    def _extended(self, lang: str, patch: dict[str, Any]) -> Lexicon:
        if lang not in LANGUAGES:
            raise ConfigError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
        return Lexicon(_merge(dict(self.data), {lang: patch}), self.registry)

    def with_sources(self, source_id: str, *names: str, lang: str = "ar") -> Lexicon:
        """A copy in which ``names`` refer to source ``source_id``."""
        return self._extended(lang, {"sources": {source_id: list(names)}})

    def with_people(self, name: str, source_id: str, *, lang: str = "ar") -> Lexicon:
        """A copy in which the person ``name`` speaks for ``source_id``."""
        return self._extended(lang, {"people": {name: source_id}})

    def with_groups(self, group_id: str, *names: str, lang: str = "ar") -> Lexicon:
        """A copy in which ``names`` refer to victim group ``group_id`` (in the registry)."""
        self.registry.group(group_id)
        return self._extended(lang, {"groups": {group_id: list(names)}})

    def with_cues(self, metric: str, *words: str, lang: str = "ar", side: str = "both") -> Lexicon:
        """A copy with casualty cues for ``metric``; ``side`` says where the count stands."""
        if metric not in METRICS or side not in DIRECTIONS:
            raise ConfigError(f"unknown metric {metric!r} or side {side!r}")
        return self._extended(lang, {"cues": {metric: {side: list(words)}}})

    def with_places(self, slug: str, *names: str, lang: str = "ar", kind: str = "town") -> Lexicon:
        """A copy that knows the place ``slug`` by ``names``."""
        if kind not in PLACE_KINDS:
            raise ConfigError(f"unknown place kind {kind!r}; known: {', '.join(PLACE_KINDS)}")
        place = {"slug": slug, "kind": kind, lang: list(names)}
        return Lexicon(_merge(dict(self.data), {"places": {"place": [place]}}), self.registry)

    def with_registry(self, registry: Registry) -> Lexicon:
        """A copy that resolves ids through ``registry`` (for groups and sources of your own)."""
        return Lexicon(self.data, registry)

    def knows_source_name(self, lang: str, name: str) -> bool:
        """Whether ``name`` is listed as a source name in language ``lang``."""
        return any(name in names for names in self.section(lang, "sources").values())


@cache
def _default() -> Lexicon:
    data = {
        "ar": _data.load("extract_ar"),
        "en": _data.load("extract_en"),
        "places": _data.load("places"),
    }
    return Lexicon(data)
