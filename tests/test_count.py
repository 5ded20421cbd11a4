"""Counts: constructors, invariants, interval algebra and display."""

import pytest

from claims import ClaimsError, ClaimsTypeError, Count, CountKind, InvalidCount
from claims.count import approx_bounds


@pytest.mark.parametrize(
    ("count", "low", "high", "kind", "value"),
    [
        (Count.exact(6), 6, 6, CountKind.EXACT, 6),
        (Count.at_least(15), 15, None, CountKind.AT_LEAST, None),
        (Count.at_most(9), 0, 9, CountKind.AT_MOST, None),
        (Count.between(4, 6), 4, 6, CountKind.RANGE, None),
        (Count.vague(12, 99), 12, 99, CountKind.VAGUE, None),
        (Count.unknown(), 0, None, CountKind.UNKNOWN, None),
        (Count.approx(500), 450, 550, CountKind.APPROX, 500),
    ],
)
def test_named_constructors(count, low, high, kind, value):
    assert (count.low, count.high, count.kind, count.value) == (low, high, kind, value)


def test_text_is_kept_beside_the_value():
    assert Count.exact(6, text="ستة").text == "ستة"


@pytest.mark.parametrize(
    ("value", "tolerance", "expected"),
    [
        (500, 0.1, (450, 550)),
        (6, 0.1, (5, 7)),  # 0.6 rounds up to 1 either side
        (70, 0.1, (63, 77)),  # float noise in 70 * 0.1 must not widen this to 62..78
        (1, 0.1, (0, 2)),
        (0, 0.1, (0, 0)),
        (500, 0.0, (500, 500)),
        (200, 0.25, (150, 250)),
    ],
)
def test_approx_bounds(value, tolerance, expected):
    assert approx_bounds(value, tolerance) == expected


def test_approx_tolerance_is_configurable():
    assert Count.approx(200, tolerance=0.25).bounds == (150, 250)


@pytest.mark.parametrize("tolerance", [-0.1, 1.0, 2])
def test_approx_rejects_tolerance_out_of_range(tolerance):
    with pytest.raises(InvalidCount, match="tolerance"):
        Count.approx(10, tolerance=tolerance)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Count.exact(-1), "0 or more, got -1"),
        (lambda: Count.between(6, 4), "low 6 is above high 4"),
        (lambda: Count.at_least(-3), "0 or more"),
        (lambda: Count(4, 6, "exact", 5), "low == high"),
        (lambda: Count(4, 6, "range", 9), "value 9 lies outside 4..6"),
        (lambda: Count(4, 6, "approx"), "needs a value"),
        (lambda: Count(4, 6, "at_least"), "no upper bound"),
        (lambda: Count(4, None, "range"), "needs an upper bound"),
        (lambda: Count(1, 2, "roughly"), "unknown count kind 'roughly'"),
    ],
)
def test_invariants_raise_invalid_count(build, message):
    with pytest.raises(InvalidCount, match=message) as caught:
        build()
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, ClaimsError)


@pytest.mark.parametrize("bad", [4.5, "4", True, None])
def test_non_integer_figures_raise_type_error(bad):
    with pytest.raises(ClaimsTypeError, match="must be an int") as caught:
        Count.exact(bad)
    assert isinstance(caught.value, TypeError)


def test_contains_numbers_and_counts():
    four_to_six = Count.between(4, 6)
    assert 5 in four_to_six
    assert 7 not in four_to_six
    assert Count.exact(4) in four_to_six
    assert Count.between(3, 5) not in four_to_six
    assert Count.at_least(10).contains(Count.at_least(12))
    assert not Count.between(0, 100).contains(Count.at_least(12))
    assert "5" not in four_to_six


def test_overlaps_and_intersection():
    assert Count.exact(4).intersection(Count.exact(6)) is None
    assert not Count.exact(4).overlaps(Count.exact(6))
    assert Count.between(4, 6) & Count.at_least(5) == Count.between(5, 6)
    assert Count.at_least(3) & Count.at_least(7) == Count.at_least(7)
    assert Count.between(4, 6) & Count.between(6, 9) == Count.exact(6)


def test_hull():
    assert Count.exact(4) | Count.exact(6) == Count.between(4, 6)
    assert Count.exact(4).hull(Count.at_least(2)) == Count.at_least(2)


def test_addition_follows_casualty_recording_arithmetic():
    # SOHR-style breakdown: 4 fighters + 1 attacker
    assert Count.exact(4) + Count.exact(1) == Count.exact(5)
    assert Count.between(4, 6) + Count.exact(1) == Count.between(5, 7)
    assert Count.exact(4) + Count.at_least(2) == Count.at_least(6)
    total = Count.approx(500) + Count.exact(6)
    assert (total.kind, total.value, total.bounds) == (CountKind.APPROX, 506, (456, 556))
    assert sum([Count.exact(1), Count.exact(2), Count.exact(3)]) == Count.exact(6)
    assert Count.exact(2) + 3 == Count.exact(5)


def test_addition_rejects_other_types():
    with pytest.raises(TypeError):
        Count.exact(2) + 1.5  # type: ignore[operator]


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (Count.exact(6), "6"),
        (Count.approx(500), "about 500"),
        (Count.at_least(15), "at least 15"),
        (Count.at_most(9), "at most 9"),
        (Count.between(4, 6), "4\u20136"),
        (Count.vague(12, 99), "12\u201399"),
        (Count.vague(12, 99, text="dozens"), "dozens (12\u201399)"),
        (Count.unknown(), "unknown"),
    ],
)
def test_str(count, shown):
    assert str(count) == shown


def test_counts_are_frozen():
    count = Count.exact(6)
    with pytest.raises(AttributeError):
        count.low = 3  # type: ignore[misc]
