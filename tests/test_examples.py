"""The bundled example encodes the facts of the seed case and runs."""

import runpy
from pathlib import Path

from claims import CountKind

EXAMPLE = Path(__file__).parent.parent / "examples" / "raqqa.py"


def _seed():
    return runpy.run_path(str(EXAMPLE))["seed_claims"]()


def test_the_two_sources_disagree_as_in_the_article():
    figures = {
        (c.source.id, c.metric.value, c.group.id): (c.count.point, c.status.value)
        for c in _seed()
        if c.event == "raqqa-2022-12-26"
    }
    assert figures[("sohr", "killed", "sdf")] == (4, "preliminary")
    assert figures[("sdf", "killed", "asayish")] == (6, "final")
    for source in ("sohr", "sdf"):
        assert figures[(source, "killed", "isis")][0] == 1
        assert figures[(source, "arrested", "isis")][0] == 1


def test_background_figures_keep_their_hedges():
    background = [c for c in _seed() if c.event == "hasakah-prison-2022-01"]
    kinds = {c.group.id: c.count.kind for c in background}
    assert kinds == {"all": CountKind.APPROX, "isis": CountKind.EXACT, "sdf": CountKind.VAGUE}


def test_example_runs(capsys):
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    assert "sohr via erem-news: 4 sdf killed (preliminary)" in out
    sdf_line = next(line for line in out.splitlines() if "killed: 4\u20136" in line)
    assert "SOHR: 4 (toll not final)" in sdf_line
    assert "best 4" in sdf_line
    assert "Discrepancy" in out
    assert "بحسب المرصد السوري" in out
    assert sum(line.startswith('{"id":') for line in out.splitlines()) == 2
