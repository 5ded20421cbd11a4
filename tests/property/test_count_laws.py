"""Algebra laws of the Count interval operations."""

from hypothesis import given
from hypothesis import strategies as st

from claims import Count
from claims.testing.strategies import counts

small = counts(max_value=1_000)
numbers = st.integers(0, 1_200)


@given(small, small)
def test_hull_commutes(a, b):
    assert a.hull(b) == b.hull(a)


@given(small, small, small)
def test_hull_associates(a, b, c):
    assert a.hull(b).hull(c) == a.hull(b.hull(c))


@given(small, small)
def test_hull_contains_both(a, b):
    assert a.hull(b).contains(a)
    assert a.hull(b).contains(b)


@given(small, small)
def test_addition_commutes(a, b):
    assert a + b == b + a


@given(small, small, small)
def test_addition_associates(a, b, c):
    assert (a + b) + c == a + (b + c)


@given(small, small)
def test_addition_adds_bounds_and_keeps_open_highs_open(a, b):
    total = a + b
    assert total.low == a.low + b.low
    if a.high is None or b.high is None:
        assert total.high is None
    else:
        assert total.high == a.high + b.high


@given(small, small, numbers, numbers)
def test_sum_of_members_is_a_member(a, b, x, y):
    if x in a and y in b:
        assert x + y in a + b


@given(small, small)
def test_intersection_commutes(a, b):
    assert a.intersection(b) == b.intersection(a)


@given(small, small)
def test_intersection_lies_within_both(a, b):
    common = a.intersection(b)
    if common is not None:
        assert a.contains(common)
        assert b.contains(common)


@given(small, small, numbers)
def test_intersection_is_exactly_the_common_members(a, b, x):
    common = a.intersection(b)
    in_both = x in a and x in b
    assert in_both == (common is not None and x in common)


@given(small, small)
def test_overlaps_iff_intersection_exists(a, b):
    assert a.overlaps(b) == (a.intersection(b) is not None)
    assert a.overlaps(b) == b.overlaps(a)


@given(small, small)
def test_containment_implies_overlap(a, b):
    if a.contains(b):
        assert a.overlaps(b)
        assert a.hull(b).bounds == a.bounds


@given(small)
def test_every_count_contains_itself_and_its_bounds(a):
    assert a.contains(a)
    assert a.low in a
    if a.high is not None:
        assert a.high in a
        assert a.high + 1 not in a
    if a.low > 0:
        assert a.low - 1 not in a


@given(small)
def test_zero_is_the_identity_of_addition(a):
    total = a + Count.exact(0)
    assert total.bounds == a.bounds
