"""Event keys and linking claims across articles."""

from datetime import date, timedelta

import pytest

from claims import ClaimsTypeError, ConfigError, claim, link_events, reconcile
from claims.reconciliation import event_key, split_event_key


def test_event_keys_round_trip():
    key = event_key("raqqa", date(2022, 12, 26))
    assert key == "raqqa/2022-12-26"
    assert split_event_key(key) == ("raqqa", date(2022, 12, 26))


@pytest.mark.parametrize(
    "key", ["raqqa", "raqqa/yesterday", "raqqa/2022-13-40", "a b/2022-01-01", ""]
)
def test_other_keys_do_not_split(key):
    assert split_event_key(key) is None


@pytest.mark.parametrize("place", ["", " raqqa", "a/b"])
def test_bad_places_are_refused(place):
    with pytest.raises(ConfigError):
        event_key(place, date(2022, 1, 1))


def test_days_within_the_window_chain_into_one_event():
    items = [
        claim("sohr", "killed", "sdf", 4, event="raqqa/2022-12-27"),
        claim("sdf", "killed", "asayish", 6, event="raqqa/2022-12-26"),
        claim("un", "killed", "civilians", 2, event="raqqa/2022-12-28"),
        claim("un", "killed", "civilians", 9, event="raqqa/2022-12-31"),
        claim("sohr", "killed", "civilians", 9, event="hasakah/2022-12-27"),
        claim("sohr", "killed", "civilians", 1, event="no-date-here"),
        claim("sohr", "killed", "civilians", 1),
    ]
    linked = link_events(items)
    assert [c.event for c in linked.claims] == [
        "raqqa/2022-12-26",
        "raqqa/2022-12-26",
        "raqqa/2022-12-26",
        "raqqa/2022-12-31",
        "hasakah/2022-12-27",
        "no-date-here",
        None,
    ]
    (link,) = linked.links
    assert link.key == "raqqa/2022-12-26"
    assert link.merged == ("raqqa/2022-12-26", "raqqa/2022-12-27", "raqqa/2022-12-28")
    assert "one place" in link.reason


def test_a_zero_window_links_only_the_same_day():
    items = [
        claim("sohr", "killed", "sdf", 4, event="raqqa/2022-12-26"),
        claim("sdf", "killed", "sdf", 6, event="raqqa/2022-12-27"),
    ]
    linked = link_events(items, window=timedelta(0))
    assert linked.links == ()
    assert linked.claims == tuple(items)


def test_linked_claims_reconcile_together():
    items = [
        claim("sohr", "killed", "sdf", 4, event="raqqa/2022-12-26"),
        claim("sdf", "killed", "sdf", 6, event="raqqa/2022-12-27"),
    ]
    est = reconcile(link_events(items).claims).estimates
    assert [(e.event, e.low, e.high) for e in est] == [("raqqa/2022-12-26", 4, 6)]


def test_bad_input():
    with pytest.raises(ConfigError, match="window"):
        link_events([], window=-timedelta(days=1))
    with pytest.raises(ConfigError, match="window"):
        link_events([], window=1)
    with pytest.raises(ClaimsTypeError, match="item 0"):
        link_events(["raqqa"])
