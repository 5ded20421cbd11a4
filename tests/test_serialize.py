"""JSON Lines: lossless round trips and line-numbered errors."""

import json
from datetime import datetime

import pytest

from claims import ClaimsError, Count, DecodeError, Source, claim, dumps, loads, to_dict

SEED = [
    claim("sohr", "killed", "sdf", 4, status="preliminary", event="raqqa", said_at="2022-12-26"),
    claim("sdf", "killed", "asayish", 6, event="raqqa", speaker="Mazloum Abdi", via="erem-news"),
    claim("sohr", "killed", "isis", Count.exact(1, text="عنصر"), event="raqqa"),
    claim("sohr", "killed", "all", Count.approx(500), event="hasakah-prison-2022"),
]


def test_round_trip_is_lossless():
    assert loads(dumps(SEED)) == SEED


def test_one_claim_a_line_with_id_first():
    lines = dumps(SEED).splitlines()
    assert len(lines) == len(SEED)
    first = json.loads(lines[0])
    assert next(iter(first)) == "id"
    assert first["id"] == SEED[0].id
    assert first["count"] == {"low": 4, "high": 4, "kind": "exact", "value": 4, "text": ""}
    assert first["said_at"] == "2022-12-26T00:00:00"
    assert first["source"]["kind"] == "monitor"


def test_arabic_text_is_written_as_utf8_not_escaped():
    assert "عنصر" in dumps(SEED)


def test_to_dict_matches_the_line():
    assert json.loads(dumps(SEED[:1])) == to_dict(SEED[0])


def test_blank_lines_are_ignored_and_missing_optional_keys_default():
    line = json.dumps(
        {
            "source": {"id": "sohr"},
            "metric": "killed",
            "group": {"id": "sdf"},
            "count": {"low": 4, "high": 4, "kind": "exact", "value": 4},
        }
    )
    (read,) = loads("\n\n" + line + "\n   \n")
    assert read.source == Source("sohr")
    assert read.count == Count.exact(4)
    assert read.said_at is None


def _line_with(**changes):
    data = to_dict(SEED[0])
    data.pop("id")
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for key in parents:
            target = target[key]
        target[last] = value
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        (_line_with(metric="slain"), "unknown metric 'slain'"),
        (_line_with(count__low=-4, count__value=-4), "0 or more"),
        (_line_with(count__low=4.5), "expected int"),
        (_line_with(count__low="4"), "expected int"),
        (_line_with(source__id=""), "id must not be empty"),
        (_line_with(said_at="next week"), "said_at"),
        (_line_with(extra="field"), "extra fields found"),
        (json.dumps({"metric": "killed"}), "required field missing"),
    ],
)
def test_malformed_lines_name_the_line(line, message):
    good = dumps(SEED[:2])
    with pytest.raises(DecodeError, match=message) as caught:
        loads(good + line + "\n")
    assert caught.value.line == 3
    assert str(caught.value).startswith("line 3: ")
    assert isinstance(caught.value, ClaimsError)
    assert isinstance(caught.value, ValueError)


def test_an_edited_line_cannot_keep_its_old_id():
    data = to_dict(SEED[0])
    data["count"] = {"low": 5, "high": 5, "kind": "exact", "value": 5, "text": ""}
    with pytest.raises(DecodeError, match="does not match the claim's content"):
        loads(json.dumps(data))
    del data["id"]
    assert loads(json.dumps(data))[0].count == Count.exact(5)


def test_type_errors():
    with pytest.raises(TypeError):
        loads(b"{}")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="wrap a single claim"):
        dumps(SEED[0])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a Claim"):
        dumps([{"metric": "killed"}])  # type: ignore[list-item]


def test_timezones_survive():
    aware = claim("sohr", "killed", "sdf", 4, said_at="2022-12-26T13:43:00+03:00")
    (back,) = loads(dumps([aware]))
    assert back.said_at == datetime.fromisoformat("2022-12-26T13:43:00+03:00")
    assert back.said_at.utcoffset() is not None


def test_line_separators_inside_strings_do_not_split_lines():
    odd = claim("sohr", "killed", "sdf", 4, speaker="a\u2028b\x85c")
    assert loads(dumps([odd])) == [odd]
    assert loads(dumps([odd]).replace("\n", "\r\n")) == [odd]
