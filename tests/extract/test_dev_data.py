"""The extraction development set: well-formed records that follow the gold conventions.

The files are ``tests/data/extract/dev_ar.jsonl``, ``dev_en.jsonl`` and
``negatives.jsonl``; the conventions are those of the shared Arabic news corpus
(``../shared/corpora/arabic-news/SOURCE.md``). Every passage was written for this
project: none may repeat a 40-character run of the shared seed or corpus text.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from claims.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"
FILES = {"dev_ar": DATA / "dev_ar.jsonl", "dev_en": DATA / "dev_en.jsonl"}
NEGATIVES = DATA / "negatives.jsonl"
ALL_FILES = [*FILES.values(), NEGATIVES]
SHARED = ROOT.parent / "shared"

REQUIRED = {"id", "lang", "text", "published", "outlet", "gold", "optional", "status"}
ALLOWED = REQUIRED | {"same_event"}
METRICS = {"killed", "injured", "arrested", "missing", "casualties"}
SLUG = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
WINDOW = 40


def _read(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number}: blank line"
        record = json.loads(line)
        assert isinstance(record, dict), f"{path.name}:{number}: not an object"
        records.append(record)
    return records


@cache
def _records(path: Path) -> tuple[dict[str, Any], ...]:
    return tuple(_read(path))


def _all_records() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in ALL_FILES:
        for record in _records(path):
            yield path.name, record


def _source_ids() -> set[str]:
    return {source.id for source in Registry.default().sources} | {"unattributed", "*"}


def _group_ids() -> set[str]:
    return {group.id for group in Registry.default().taxonomy} | {"*"}


SHAPES = {  # which of low, high and value each kind keeps
    "exact": (True, True, True),
    "approx": (False, False, True),
    "at_least": (True, False, False),
    "at_most": (True, True, False),
    "range": (True, True, False),
    "vague": (False, False, False),
}


def _check_count(where: str, kind: str, low: Any, high: Any, value: Any) -> None:
    for name, n in (("low", low), ("high", high), ("value", value)):
        assert n is None or (type(n) is int and n >= 0), f"{where}: {name} {n!r}"
    assert kind in SHAPES, f"{where}: unknown kind {kind!r}"
    shape = (low is not None, high is not None, value is not None)
    assert shape == SHAPES[kind], f"{where}: {kind} keeps {SHAPES[kind]}, got {shape}"
    if kind == "exact":
        assert low == high == value, f"{where}: exact is n, n, n"
    elif kind == "at_most":
        assert low == 0, f"{where}: at_most is 0, n, -"
    elif kind == "range":
        assert low < high, f"{where}: a range needs low < high"


def _check_tuple(where: str, item: Any, record: dict[str, Any]) -> None:
    assert isinstance(item, list), f"{where}: a tuple is a list"
    assert len(item) == 7, f"{where}: a tuple has 7 fields"
    source, metric, groups, kind, low, high, value = item
    allowed_sources = _source_ids() | ({record["outlet"]} if record["outlet"] else set())
    assert source in allowed_sources, f"{where}: unknown source {source!r}"
    assert metric in METRICS, f"{where}: unknown metric {metric!r}"
    assert isinstance(groups, list), f"{where}: groups must be a list"
    assert groups, f"{where}: groups must not be empty"
    assert len(set(groups)) == len(groups), f"{where}: repeated group in {groups}"
    for group in groups:
        assert group in _group_ids(), f"{where}: unknown group {group!r}"
    _check_count(where, kind, low, high, value)


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_records_are_well_formed(path: Path) -> None:
    for record in _records(path):
        rid = record.get("id")
        assert set(record) >= REQUIRED, f"{rid}: missing {REQUIRED - set(record)}"
        assert set(record) <= ALLOWED, f"{rid}: unexpected {set(record) - ALLOWED}"
        assert isinstance(rid, str), "every record needs a string id"
        assert rid, "ids must not be empty"
        assert record["lang"] in ("ar", "en"), f"{rid}: lang {record['lang']!r}"
        text = record["text"]
        assert isinstance(text, str), f"{rid}: text must be a string"
        assert text, f"{rid}: empty text"
        assert text.strip() == text, f"{rid}: text has surrounding whitespace"
        published = record["published"]
        if published is not None:
            datetime.date.fromisoformat(published)
        outlet = record["outlet"]
        assert outlet is None or SLUG.match(outlet), f"{rid}: outlet {outlet!r}"
        assert outlet not in _source_ids(), f"{rid}: an outlet is not a registry source"
        assert isinstance(record["gold"], list), f"{rid}: gold must be a list"
        assert isinstance(record["optional"], list), f"{rid}: optional must be a list"
        for i, item in enumerate(record["gold"]):
            _check_tuple(f"{rid} gold[{i}]", item, record)
        for i, item in enumerate(record["optional"]):
            _check_tuple(f"{rid} optional[{i}]", item, record)


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_status_and_events_index_gold(path: Path) -> None:
    for record in _records(path):
        rid, n = record["id"], len(record["gold"])
        status = record["status"]
        assert isinstance(status, dict), f"{rid}: status must be an object"
        for key, value in status.items():
            assert key.isdigit(), f"{rid}: status key {key!r} is not an index"
            assert int(key) < n, f"{rid}: status index {key!r} out of range"
            assert value == "preliminary", f"{rid}: status {value!r}"
        if "same_event" in record:
            parts = record["same_event"]
            assert isinstance(parts, list), f"{rid}: same_event must be a list"
            assert all(isinstance(p, list) and p for p in parts), f"{rid}: empty event"
            flat = [i for part in parts for i in part]
            assert sorted(flat) == list(range(n)), f"{rid}: same_event must partition the gold"


def test_ids_are_unique() -> None:
    seen: dict[str, str] = {}
    for name, record in _all_records():
        assert record["id"] not in seen, f"{record['id']} in {name} and {seen[record['id']]}"
        seen[record["id"]] = name


def test_languages_match_files() -> None:
    assert {r["lang"] for r in _records(FILES["dev_ar"])} == {"ar"}
    assert {r["lang"] for r in _records(FILES["dev_en"])} == {"en"}
    assert {r["lang"] for r in _records(NEGATIVES)} == {"ar", "en"}


def test_sizes() -> None:
    assert len(_records(FILES["dev_ar"])) >= 80
    assert len(_records(FILES["dev_en"])) >= 40
    assert len(_records(NEGATIVES)) >= 40


def test_negatives_hold_no_claims() -> None:
    for record in _records(NEGATIVES):
        assert record["gold"] == [], record["id"]
        assert record["status"] == {}, record["id"]


def test_development_records_hold_claims() -> None:
    for path in FILES.values():
        for record in _records(path):
            assert record["gold"], f"{record['id']}: put passages without claims in negatives"


def test_every_source_and_group_is_covered() -> None:
    sources: set[str] = set()
    groups: set[str] = set()
    outlets = 0
    for path in FILES.values():
        for record in _records(path):
            for item in record["gold"]:
                sources.add(item[0])
                groups.update(item[2])
                outlets += item[0] == record["outlet"]
    assert _source_ids() <= sources, f"no gold claim from {_source_ids() - sources}"
    assert _group_ids() <= groups, f"no gold claim about {_group_ids() - groups}"
    assert outlets, "no claim attributed to the outlet"


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _shared_texts() -> Iterator[str]:
    for folder in (SHARED / "seeds", SHARED / "corpora"):
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix == ".md":
                continue
            raw = path.read_bytes()
            try:
                content = raw.decode("utf-8")
            except UnicodeDecodeError:
                content = raw.decode("latin-1")
            if path.suffix == ".jsonl":
                for line in content.splitlines():
                    if line.strip():
                        yield from _strings(json.loads(line))
            else:
                yield content


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpora are not here")
def test_no_text_is_copied_from_shared_material() -> None:
    windows: dict[str, str] = {}
    for _, record in _all_records():
        text = _squash(record["text"])
        for start in range(len(text) - WINDOW + 1):
            windows.setdefault(text[start : start + WINDOW], record["id"])
    copied = set()
    for shared in _shared_texts():
        text = _squash(shared)
        for start in range(len(text) - WINDOW + 1):
            run = text[start : start + WINDOW]
            if run in windows:
                copied.add((windows[run], run))
    assert not copied, f"text copied from the shared corpora: {sorted(copied)[:5]}"
