"""Claims, sources and groups: construction through claim(), validation and ids."""

from datetime import date, datetime

import attrs
import pytest

from claims import (
    Claim,
    ClaimsError,
    ClaimsTypeError,
    Count,
    Group,
    InvalidClaim,
    InvalidCount,
    Metric,
    Registry,
    Source,
    SourceKind,
    Status,
    UnknownGroup,
    claim,
)


def test_claim_resolves_ids_through_the_default_registry():
    c = claim("sohr", "killed", "sdf", 4, status="preliminary", event="raqqa-2022-12-26")
    assert c.source.kind is SourceKind.MONITOR
    assert c.source.name == "Syrian Observatory for Human Rights"
    assert c.group == Group("sdf", "Syrian Democratic Forces", "all")
    assert c.metric is Metric.KILLED
    assert c.status is Status.PRELIMINARY
    assert c.count == Count.exact(4)
    assert c.event == "raqqa-2022-12-26"


def test_defaults():
    c = claim("sdf", "killed", "sdf", 6)
    assert c.status is Status.FINAL
    assert (c.via, c.event, c.said_at, c.speaker, c.span, c.evidence) == (
        (),
        None,
        None,
        None,
        None,
        None,
    )


def test_unknown_source_id_becomes_a_source_of_kind_unknown():
    c = claim("a-monitor", "killed", "civilians", 3)
    assert c.source == Source("a-monitor", "a-monitor", SourceKind.UNKNOWN, None)


def test_party_sources_carry_their_affiliation():
    assert claim("sdf", "killed", "sdf", 6).source.affiliation == "sdf"
    assert claim("sana", "killed", "isis", 2).source.affiliation == "syrian-government"


def test_via_takes_ids_and_sources_from_the_outlet_inward():
    outlet = Source("erem-news", "Erem News", SourceKind.MEDIA)
    c = claim("sohr", "killed", "sdf", 4, via=[outlet, "afp"])
    assert [relay.id for relay in c.via] == ["erem-news", "afp"]
    assert c.via[0] is outlet
    assert claim("sohr", "killed", "sdf", 4, via="afp").via[0].id == "afp"


@pytest.mark.parametrize(
    ("said_at", "expected"),
    [
        ("2022-12-26", datetime(2022, 12, 26)),
        ("2022-12-26T13:43:00+03:00", datetime.fromisoformat("2022-12-26T13:43:00+03:00")),
        (date(2022, 12, 26), datetime(2022, 12, 26)),
        (datetime(2022, 12, 26, 13, 43), datetime(2022, 12, 26, 13, 43)),
        (None, None),
    ],
)
def test_said_at_accepts_datetimes_dates_and_iso_strings(said_at, expected):
    assert claim("sohr", "killed", "sdf", 4, said_at=said_at).said_at == expected


def test_count_accepts_a_count_object():
    assert claim("sohr", "killed", "all", Count.approx(500)).count.value == 500


def test_custom_registry_adds_sources_and_groups_without_touching_the_default():
    reg = (
        Registry.default()
        .with_groups(Group("prison-staff", "Prison staff", "all"))
        .with_sources(Source("kurdish-red-crescent", "Kurdish Red Crescent", "monitor"))
    )
    c = claim("kurdish-red-crescent", "injured", "prison-staff", 3, registry=reg)
    assert c.source.kind is SourceKind.MONITOR
    assert c.group.parent == "all"
    assert not Registry.default().knows("kurdish-red-crescent")
    with pytest.raises(UnknownGroup):
        claim("sohr", "killed", "prison-staff", 3)


def test_claim_id_is_a_stable_content_hash():
    a = claim("sohr", "killed", "sdf", 4, status="preliminary")
    b = claim("sohr", "killed", "sdf", 4, status="preliminary")
    assert a.id == b.id
    assert len(a.id) == 12
    assert int(a.id, 16) >= 0
    assert claim("sohr", "killed", "sdf", 5, status="preliminary").id != a.id
    assert claim("sdf", "killed", "sdf", 4, status="preliminary").id != a.id


def test_id_follows_the_content_through_evolve():
    a = claim("sohr", "killed", "sdf", 4)
    b = attrs.evolve(a, count=Count.exact(6))
    assert b.id == claim("sohr", "killed", "sdf", 6).id


def test_id_is_pinned_for_a_fixed_claim():
    """Changing how ids are computed breaks citations in old reports; this pin makes that loud.

    The digest is sha256 over the sorted, compact JSON of the claim's non-empty fields.
    """
    import hashlib

    content = (
        '{"count":{"high":6,"kind":"exact","low":6,"value":6},"group":{"id":"sdf",'
        '"name":"Syrian Democratic Forces","parent":"all"},"metric":"killed","source":'
        '{"affiliation":"sdf","id":"sdf","kind":"party","name":"Syrian Democratic Forces"},'
        '"status":"final"}'
    )
    expected = hashlib.sha256(content.encode()).hexdigest()[:12]
    assert claim("sdf", "killed", "sdf", 6).id == expected


def test_str_reads_like_a_citation():
    assert str(claim("sohr", "killed", "sdf", 4, status="preliminary", via="afp")) == (
        "sohr via afp: 4 sdf killed (preliminary)"
    )


def test_claims_are_frozen_and_hashable():
    c = claim("sohr", "killed", "sdf", 4)
    with pytest.raises(AttributeError):
        c.count = Count.exact(5)  # type: ignore[misc]
    assert len({c, claim("sohr", "killed", "sdf", 4)}) == 1


def test_span_and_evidence_are_kept():
    c = Claim(
        source=Source("sohr"),
        metric=Metric.KILLED,
        group=Group("sdf"),
        count=Count.exact(4),
        span=[10, 25],
        evidence="four fighters died",
    )
    assert c.span == (10, 25)
    assert c.evidence == "four fighters died"


# -- bad input: each raises the documented error with a clear message -----------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: claim("sohr", "killed", "sdf", -4), InvalidCount, "0 or more, got -4"),
        (lambda: claim("sohr", "killed", "sdf", Count(6, 4, "range")), InvalidCount, "above high"),
        (lambda: claim("", "killed", "sdf", 4), InvalidClaim, "source must not be empty"),
        (lambda: claim("  ", "killed", "sdf", 4), InvalidClaim, "source must not be empty"),
        (lambda: claim("sohr", "slain", "sdf", 4), InvalidClaim, "unknown metric 'slain'"),
        (lambda: claim("sohr", "killed", "sdf", 4, status="maybe"), InvalidClaim, "unknown status"),
        (lambda: claim("sohr", "killed", "kurds", 4), UnknownGroup, "unknown group 'kurds'"),
        (lambda: claim("sohr", "killed", "sdf", 4.5), ClaimsTypeError, "not float 4.5"),
        (lambda: claim("sohr", "killed", "sdf", True), ClaimsTypeError, "not bool"),
        (lambda: claim("sohr", "killed", "sdf", [4]), ClaimsTypeError, "not list"),
        (lambda: claim(42, "killed", "sdf", 4), ClaimsTypeError, "not int"),
        (lambda: claim("sohr", "killed", "sdf", 4, said_at="yesterday"), InvalidClaim, "ISO 8601"),
        (lambda: claim("sohr", "killed", "sdf", 4, said_at=1671000000), ClaimsTypeError, "said_at"),
        (lambda: claim("sohr", 7, "sdf", 4), ClaimsTypeError, "metric must be a str"),
        (lambda: claim("sohr", "killed", "sdf", 4, via=5), ClaimsTypeError, "via"),
        (lambda: claim("has space", "killed", "sdf", 4), InvalidClaim, "is not a slug"),
        (lambda: claim("sohr", "killed", "sdf", 4, registry={}), ClaimsTypeError, "Registry"),
    ],
)
def test_bad_input_raises_documented_errors(call, error, message):
    with pytest.raises(error, match=message) as caught:
        call()
    assert isinstance(caught.value, ClaimsError)
    builtin = TypeError if issubclass(error, ClaimsTypeError) else ValueError
    assert isinstance(caught.value, builtin)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Source(""), "id must not be empty"),
        (lambda: Source("sohr", "   "), "name must not be blank"),
        (lambda: Source("sohr", kind="blogger"), "unknown source kind 'blogger'"),
        (lambda: Group("x y"), "not a slug"),
        (
            lambda: Claim(Source("a"), "killed", Group("g"), Count.exact(1), span=(5, 2)),
            "start <= end",
        ),
        (lambda: Claim(Source("a"), "killed", Group("g"), Count.exact(1), span=(1, 2, 3)), "pair"),
    ],
)
def test_model_classes_validate_directly(build, message):
    with pytest.raises(InvalidClaim, match=message):
        build()


def test_claim_requires_model_objects():
    with pytest.raises(ClaimsTypeError, match="source must be a Source"):
        Claim("sohr", "killed", Group("sdf"), Count.exact(1))  # type: ignore[arg-type]
    with pytest.raises(ClaimsTypeError, match="count must be a Count"):
        Claim(Source("sohr"), "killed", Group("sdf"), 4)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "bounds", "kind"),
    [
        ("dozens", (12, 99), "vague"),
        ("حوالي 500", (450, 550), "approx"),
        ("at least 15", (15, None), "at_least"),
        ("ستة", (6, 6), "exact"),
    ],
)
def test_count_accepts_a_phrase(phrase, bounds, kind):
    count = claim("sohr", "killed", "sdf", phrase).count
    assert (count.bounds, count.kind.value) == (bounds, kind)
    assert count.text  # the words that stated it are kept


def test_a_phrase_without_a_count_is_refused():
    with pytest.raises(InvalidCount, match="no count found in phrase 'yesterday'"):
        claim("sohr", "killed", "sdf", "yesterday")
