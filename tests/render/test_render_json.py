"""The JSON report: structure checked directly, and against docs/report.schema.json."""

import json
import runpy
from pathlib import Path

import pytest

from claims import Count, Group, Registry, Source, claim, loads, reconcile
from claims.render import render

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
RAQQA = "raqqa-2022-12-26"


@pytest.fixture(scope="module")
def seed():
    items = runpy.run_path(str(ROOT / "examples" / "raqqa.py"))["seed_claims"]()
    return reconcile(items, policy="conservative")


def _reports():
    mine = Registry.default().with_groups(Group("prison-staff", "Prison staff", parent="all"))
    mine = mine.with_sources(Source("kurdish-red-crescent", "Kurdish Red Crescent", kind="monitor"))
    return [
        reconcile([]),
        reconcile([claim("un", "killed", "civilians", Count.vague(12, 99, text="dozens"))]),
        reconcile([claim("sohr", "killed", "civilians", Count.at_least(15), event="e")]),
        reconcile(
            [claim("kurdish-red-crescent", "injured", "prison-staff", 3, registry=mine)],
            taxonomy=mine.taxonomy,
        ),
    ]


def _estimate(data, event, metric, group):
    found = [
        e for e in data["estimates"]
        if (e["event"], e["metric"], e["group"]) == (event, metric, group)
    ]  # fmt: skip
    assert len(found) == 1
    return found[0]


def test_seed_sdf_estimate(seed):
    data = json.loads(render(seed, "json"))
    sdf = _estimate(data, RAQQA, "killed", "sdf")
    assert (sdf["low"], sdf["high"], sdf["open_high"], sdf["best"]) == (4, 6, True, 4)
    assert sdf["sources"] == ["sdf", "sohr"]
    by_id = {c["id"]: c for c in data["claims"]}
    # The sdf estimate's own claim is SOHR's 4; the SDF's 6 about asayish is borrowed.
    assert [by_id[i]["source"]["id"] for i in sdf["claims"]] == ["sohr"]
    assert [by_id[i]["group"]["id"] for i in sdf["borrowed"]] == ["asayish"]
    assert by_id[sdf["claims"][0]]["status"] == "preliminary"


def test_seed_findings_cite_claim_ids(seed):
    data = json.loads(render(seed, "json"))
    ids = {c["id"] for c in data["claims"]}
    kinds = [f["kind"] for f in data["findings"]]
    assert kinds.count("discrepancy") == 1
    assert kinds.count("self-report") == 3
    discrepancy = next(f for f in data["findings"] if f["kind"] == "discrepancy")
    assert discrepancy["rule"] == "conflict"
    assert (discrepancy["event"], discrepancy["metric"], discrepancy["group"]) == (
        RAQQA,
        "killed",
        "sdf",
    )
    assert len(discrepancy["claims"]) == 2
    assert set(discrepancy["claims"]) <= ids


def test_claims_are_the_full_claims(seed):
    data = json.loads(render(seed, "json"))
    assert len(data["claims"]) == 9  # every figure in the seed article
    as_lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data["claims"])
    assert loads(as_lines) == list(seed.claims)


def test_key_order_is_stable(seed):
    data = json.loads(render(seed, "json"))
    assert list(data) == ["estimates", "findings", "claims", "policy"]
    assert list(data["estimates"][0]) == [
        "event", "metric", "group", "low", "high", "open_high", "best",
        "sources", "claims", "borrowed", "superseded", "basis",
    ]  # fmt: skip
    assert list(data["findings"][0]) == [
        "kind", "rule", "event", "metric", "group", "claims", "message",
    ]  # fmt: skip
    assert render(seed, "json") == render(seed, "json", lang="ar")


def test_keys_match_the_documented_schema(seed):
    data = json.loads(render(seed, "json"))
    assert list(data) == SCHEMA["required"]
    for name in ("estimate", "finding"):
        part = SCHEMA["$defs"][name]
        assert part["required"] == list(part["properties"])
    assert list(data["estimates"][0]) == SCHEMA["$defs"]["estimate"]["required"]
    assert list(data["findings"][0]) == SCHEMA["$defs"]["finding"]["required"]


def test_empty_report():
    data = json.loads(render(reconcile([]), "json"))
    assert data == {"estimates": [], "findings": [], "claims": [], "policy": "envelope"}


def test_vague_open_and_custom_reports():
    empty, vague, open_ended, custom = (json.loads(render(r, "json")) for r in _reports())
    assert empty["estimates"] == []
    civilians = vague["estimates"][0]
    assert (civilians["low"], civilians["high"], civilians["best"]) == (12, 99, None)
    assert civilians["event"] is None
    assert open_ended["estimates"][0]["open_high"] is True
    staff = custom["estimates"][0]
    assert (staff["group"], staff["sources"]) == ("prison-staff", ["kurdish-red-crescent"])


def test_arabic_text_is_kept_as_characters():
    rec = reconcile([claim("sohr", "killed", "civilians", Count.vague(12, 99, text="عشرات"))])
    assert "عشرات" in render(rec, "json")


def test_reports_validate_against_the_schema(seed):
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    validator.check_schema(SCHEMA)
    for rec in [seed, *_reports()]:
        validator.validate(json.loads(render(rec, "json")))
