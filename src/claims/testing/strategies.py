"""Hypothesis strategies for counts, sources, groups and claims.

Use them to property-test your own reconciliation rules or renderers:

>>> from hypothesis import given
>>> from claims.testing.strategies import claims
>>> @given(claims())
... def test_claim_has_id(c):
...     assert len(c.id) == 12
>>> test_claim_has_id()
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import strategies as st

from claims.count import Count, CountKind
from claims.model import Claim, Group, Metric, Source, SourceKind, Status
from claims.registry import Registry, Taxonomy

__all__ = ["claims", "counts", "groups", "slugs", "sources"]

_MAX = 10_000_000


def slugs() -> st.SearchStrategy[str]:
    """Ids such as ``a-monitor`` or ``local.media_2``."""
    return st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,15}\Z")


def counts(
    max_value: int = _MAX, *, kinds: tuple[CountKind, ...] = tuple(CountKind)
) -> st.SearchStrategy[Count]:
    """Valid counts of the given kinds, with figures up to ``max_value``."""
    n = st.integers(0, max_value)
    text = st.text(max_size=12)

    @st.composite
    def _pair(draw: st.DrawFn) -> tuple[int, int]:
        a, b = draw(n), draw(n)
        return min(a, b), max(a, b)

    builders = {
        CountKind.EXACT: st.builds(Count.exact, n, text=text),
        CountKind.APPROX: st.builds(
            Count.approx, st.integers(0, max_value), tolerance=st.floats(0, 0.5), text=text
        ),
        CountKind.AT_LEAST: st.builds(Count.at_least, n, text=text),
        CountKind.AT_MOST: st.builds(Count.at_most, n, text=text),
        CountKind.RANGE: _pair().map(lambda p: Count.between(*p)),
        CountKind.VAGUE: _pair().map(lambda p: Count.vague(*p)),
        CountKind.UNKNOWN: st.builds(Count.unknown, text=text),
    }
    return st.one_of(*(builders[kind] for kind in kinds))


def sources(registry: Registry | None = None) -> st.SearchStrategy[Source]:
    """Registered sources and made-up ones of any kind."""
    reg = Registry.default() if registry is None else registry
    made_up = st.builds(
        Source,
        slugs(),
        name=st.text(min_size=1, max_size=20).filter(str.strip),
        kind=st.sampled_from(SourceKind),
        affiliation=st.none() | st.sampled_from([g.id for g in reg.taxonomy]),
    )
    return st.sampled_from(reg.sources) | made_up


def groups(taxonomy: Taxonomy | None = None) -> st.SearchStrategy[Group]:
    """Groups of the taxonomy (the default one if None)."""
    tax = Taxonomy.default() if taxonomy is None else taxonomy
    return st.sampled_from(tax.groups)


def claims(
    registry: Registry | None = None, *, events: tuple[str, ...] = ()
) -> st.SearchStrategy[Claim]:
    """Valid claims; ``events`` limits event keys to a few, so claims collide as in real data."""
    reg = Registry.default() if registry is None else registry
    event = st.sampled_from(events) if events else st.none() | st.text(min_size=1, max_size=20)
    span = st.none() | st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(
        lambda p: (min(p), max(p))
    )
    return st.builds(
        Claim,
        source=sources(reg),
        metric=st.sampled_from(Metric),
        group=groups(reg.taxonomy),
        count=counts(),
        status=st.sampled_from(Status),
        via=st.lists(sources(reg), max_size=3).map(tuple),
        event=event,
        said_at=st.none()
        | st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
        speaker=st.none() | st.text(max_size=20),
        span=span,
        evidence=st.none() | st.text(max_size=40),
    )
