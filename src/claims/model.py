"""The claim model: who says how many of whom were killed, injured, arrested or missing.

A :class:`Claim` is one attributed assertion. It never stands for the truth;
it records that a source said something, when, about which group, with which
hedge, and where in a text it was said. Reconciliation compares claims.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any, TypeVar

import attrs
import regex
from attrs import field, frozen

from claims._convert import converter
from claims.count import Count
from claims.errors import ClaimsTypeError, InvalidClaim

__all__ = ["Claim", "Group", "Metric", "Source", "SourceKind", "Status"]


class Metric(StrEnum):
    """What happened to the people counted."""

    KILLED = "killed"
    INJURED = "injured"
    ARRESTED = "arrested"
    MISSING = "missing"
    CASUALTIES = "casualties"
    """Killed and injured together, when a text lumps them ("dozens of casualties")."""


class Status(StrEnum):
    """Whether the source presents the figure as settled."""

    FINAL = "final"
    PRELIMINARY = "preliminary"
    """A toll the source says may still change: "toll not final", "expected to rise"."""
    UNKNOWN = "unknown"


class SourceKind(StrEnum):
    """What sort of body a source is; reconciliation weighs parties differently from monitors."""

    MONITOR = "monitor"
    PARTY = "party"
    MEDIA = "media"
    GOVERNMENT = "government"
    INTERNATIONAL = "international"
    ANONYMOUS = "anonymous"
    PERSON = "person"
    UNKNOWN = "unknown"


_SLUG = regex.compile(r"^\w[\w.-]*$", regex.UNICODE)


_Enum = TypeVar("_Enum", bound=StrEnum)


def _to_enum(enum: type[_Enum], what: str, value: object) -> _Enum:
    if isinstance(value, enum):
        return value
    if not isinstance(value, str):
        raise ClaimsTypeError(f"{what} must be a str, not {type(value).__name__} {value!r}")
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(member.value for member in enum)
        raise InvalidClaim(f"unknown {what} {value!r}; expected one of {known}") from None


_METRICS = {metric.value: metric for metric in Metric}


def _to_metric(value: object) -> Metric:
    return _to_enum(Metric, "metric", value)


def _to_status(value: object) -> Status:
    return _to_enum(Status, "status", value)


def _to_source_kind(value: object) -> SourceKind:
    return _to_enum(SourceKind, "source kind", value)


def _check_slug(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ClaimsTypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    if not value:
        raise InvalidClaim(f"{attribute.name} must not be empty")
    if _SLUG.match(value, timeout=1) is None:
        raise InvalidClaim(
            f"{attribute.name} {value!r} is not a slug: use letters, digits, '-', '_' or '.', "
            "starting with a letter or digit"
        )


def _check_optional_slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_slug(instance, attribute, value)


def _check_name(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ClaimsTypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise InvalidClaim(f"{attribute.name} must not be blank")


def _check_optional_str(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ClaimsTypeError(f"{attribute.name} must be a str or None, not {type(value).__name__}")


def _check_type(kind: type[Any], *, optional: bool = False) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise ClaimsTypeError(
                f"{attribute.name} must be a {kind.__name__}, not {type(value).__name__} {value!r}"
            )

    return check


@frozen
class Source:
    """Who puts a figure out: an organisation, an outlet, an anonymous source or a person.

    ``affiliation`` is the id of the group whose side the source speaks for (a
    party's own press office), or None for a source with no side.
    """

    id: str = field(validator=_check_slug)
    name: str = field(
        default=attrs.Factory(lambda self: self.id, takes_self=True), validator=_check_name
    )
    kind: SourceKind = field(default=SourceKind.UNKNOWN, converter=_to_source_kind)
    affiliation: str | None = field(default=None, validator=_check_optional_slug)


@frozen
class Group:
    """A group of people a figure is about; ``parent`` is the id of the group that contains it."""

    id: str = field(validator=_check_slug)
    name: str = field(
        default=attrs.Factory(lambda self: self.id, takes_self=True), validator=_check_name
    )
    parent: str | None = field(default=None, validator=_check_optional_slug)


def _to_sources(value: object) -> tuple[Source, ...]:
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise ClaimsTypeError(f"via must be a sequence of Source, not {type(value).__name__}")
    relays = tuple(value)
    for relay in relays:
        if not isinstance(relay, Source):
            raise ClaimsTypeError(f"via must hold Source objects, got {type(relay).__name__}")
    return relays


def _to_span(value: object) -> tuple[int, int] | None:
    if value is None:
        return None
    if type(value) is tuple and len(value) == 2:
        start, end = value
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return value  # the common case, a valid pair, without the checks below
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise ClaimsTypeError(f"span must be a (start, end) pair, not {type(value).__name__}")
    pair = tuple(value)
    if len(pair) != 2 or not all(isinstance(n, int) and not isinstance(n, bool) for n in pair):
        raise InvalidClaim(f"span must be a pair of ints (start, end), got {value!r}")
    start, end = pair
    if not 0 <= start <= end:
        raise InvalidClaim(f"span must satisfy 0 <= start <= end, got {value!r}")
    return start, end


def _prune(data: Any) -> Any:
    """Drop empty values so that adding an optional field later keeps existing ids."""
    if isinstance(data, dict):
        return {key: _prune(value) for key, value in data.items() if value not in (None, "", [])}
    if isinstance(data, list):
        return [_prune(item) for item in data]
    return data


def _canonical(data: Any) -> str:
    """``data`` as compact JSON with sorted keys: the text a claim's id is the hash of."""
    return json.dumps(_prune(data), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=4096)
def _part(value: Source | Group | Count) -> str:
    return _canonical(converter.unstructure(value))


_quote = encode_basestring
"""A string as JSON, exactly as ``json.dumps(value, ensure_ascii=False)`` writes it."""


def _content(claim: Claim) -> str:
    """The same text as ``_canonical(converter.unstructure(claim))``, built field by field.

    Sources, groups and counts repeat across claims, so their JSON is kept once per value;
    keys in sorted order, empty values left out.
    """
    event, evidence, said_at, speaker = claim.event, claim.evidence, claim.said_at, claim.speaker
    span, via = claim.span, claim.via
    return "".join(
        (
            '{"count":',
            _part(claim.count),
            f',"event":{_quote(event)}' if event else "",
            f',"evidence":{_quote(evidence)}' if evidence else "",
            ',"group":',
            _part(claim.group),
            ',"metric":',
            _QUOTED[claim.metric],
            f',"said_at":{_quote(said_at.isoformat())}' if said_at is not None else "",
            ',"source":',
            _part(claim.source),
            f',"span":[{span[0]},{span[1]}]' if span is not None else "",
            f',"speaker":{_quote(speaker)}' if speaker else "",
            ',"status":',
            _QUOTED[claim.status],
            f',"via":[{",".join([_part(relay) for relay in via])}]' if via else "",
            "}",
        )
    )


_QUOTED = {member: _quote(member.value) for member in (*Metric, *Status)}
"""Each metric and status as JSON."""


@frozen
class Claim:
    """One attributed casualty figure.

    ``source`` asserts the figure first-hand; ``via`` lists the outlets that
    relayed it, from the outlet the reader saw inward. ``id`` is a content
    hash, stable across runs, for citing the claim in reports.
    Build claims with :func:`claims.claim`, which accepts ids and plain values.
    """

    source: Source = field(validator=_check_type(Source))
    metric: Metric = field(converter=_to_metric)
    group: Group = field(validator=_check_type(Group))
    count: Count = field(validator=_check_type(Count))
    status: Status = field(default=Status.FINAL, converter=_to_status)
    via: tuple[Source, ...] = field(default=(), converter=_to_sources)
    event: str | None = field(default=None, validator=_check_optional_str)
    said_at: datetime | None = field(default=None, validator=_check_type(datetime, optional=True))
    speaker: str | None = field(default=None, validator=_check_optional_str)
    span: tuple[int, int] | None = field(default=None, converter=_to_span)
    evidence: str | None = field(default=None, validator=_check_optional_str)
    id: str = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        digest = hashlib.sha256(_content(self).encode("utf-8")).hexdigest()[:12]
        object.__setattr__(self, "id", digest)

    @classmethod
    def _trusted(
        cls,
        source: Source,
        metric: str,
        group: Group,
        count: Count,
        status: Status,
        via: tuple[Source, ...],
        event: str | None,
        said_at: datetime | None,
        speaker: str | None,
        span: tuple[int, int] | None,
        evidence: str | None,
    ) -> Claim:
        """A claim from values already of the field types (the extractor's own), unchecked.

        The extractor builds thousands of claims from values it made itself; the checks and
        conversions of ``__init__`` would pass them through unchanged.
        """
        claim = object.__new__(cls)
        _SET_SOURCE(claim, source)
        _SET_METRIC(claim, _METRICS.get(metric) or _to_metric(metric))
        _SET_GROUP(claim, group)
        _SET_COUNT(claim, count)
        _SET_STATUS(claim, status)
        _SET_VIA(claim, via)
        _SET_EVENT(claim, event)
        _SET_SAID_AT(claim, said_at)
        _SET_SPEAKER(claim, speaker)
        _SET_SPAN(claim, span)
        _SET_EVIDENCE(claim, evidence)
        claim.__attrs_post_init__()
        return claim

    def __str__(self) -> str:
        relays = "".join(f" via {relay.id}" for relay in self.via)
        hedge = " (preliminary)" if self.status is Status.PRELIMINARY else ""
        return f"{self.source.id}{relays}: {self.count} {self.group.id} {self.metric.value}{hedge}"


(
    _SET_SOURCE,
    _SET_METRIC,
    _SET_GROUP,
    _SET_COUNT,
    _SET_STATUS,
    _SET_VIA,
    _SET_EVENT,
    _SET_SAID_AT,
    _SET_SPEAKER,
    _SET_SPAN,
    _SET_EVIDENCE,
) = (vars(Claim)[field.name].__set__ for field in attrs.fields(Claim) if field.init)
"""Each init field's slot setter, in field order: sets it on a frozen claim, as
``object.__setattr__`` does without looking the name up."""
