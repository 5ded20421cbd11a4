"""Any claim survives a trip through JSON Lines, and its id with it."""

from hypothesis import given
from hypothesis import strategies as st

from claims import dumps, loads
from claims.testing.strategies import claims


@given(st.lists(claims(), max_size=5))
def test_json_lines_round_trip(items):
    back = loads(dumps(items))
    assert back == items
    assert [c.id for c in back] == [c.id for c in items]


@given(claims())
def test_one_line_per_claim(item):
    assert dumps([item]).count("\n") == 1
