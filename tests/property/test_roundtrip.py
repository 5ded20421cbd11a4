"""Any claim survives a trip through JSON Lines, and its id with it."""

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from claims import Claim, dumps, loads
from claims._convert import converter
from claims.model import _canonical
from claims.testing.strategies import claims


@given(st.lists(claims(), max_size=5))
def test_json_lines_round_trip(items):
    back = loads(dumps(items))
    assert back == items
    assert [c.id for c in back] == [c.id for c in items]


@given(claims())
def test_one_line_per_claim(item):
    assert dumps([item]).count("\n") == 1


@settings(max_examples=300, deadline=None)
@given(claims())
def test_the_id_hashes_the_claims_canonical_json(item: Claim) -> None:
    """The id is built field by field for speed; it must hash exactly the canonical JSON of
    the whole claim as the converter unstructures it."""
    content = _canonical(converter.unstructure(item))
    assert item.id == hashlib.sha256(content.encode("utf-8")).hexdigest()[:12]
