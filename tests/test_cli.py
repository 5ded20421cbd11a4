"""The installed ``claims`` command, run in a subprocess as a user would."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import claim, dumps

_SCRIPT = Path(sys.executable).with_name("claims")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "claims"]

SEED = [
    claim("sohr", "killed", "sdf", 4, event="raqqa/2022-12-26", status="preliminary"),
    claim("sdf", "killed", "asayish", 6, event="raqqa/2022-12-27"),
    claim("sohr", "killed", "isis", 1, event="raqqa/2022-12-26", status="preliminary"),
]


def run(*args, stdin=b"", env=None):
    return subprocess.run(
        [*COMMAND, *args], input=stdin, capture_output=True, env=env, timeout=60, check=False
    )


@pytest.fixture
def claims_file(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text(dumps(SEED), encoding="utf-8")
    return path


def _estimates(stdout):
    report = json.loads(stdout.decode("utf-8"))
    return {
        (e["event"], e["metric"], e["group"]): (e["low"], e["high"]) for e in report["estimates"]
    }


def test_reconcile_a_file(claims_file):
    done = run("reconcile", str(claims_file), "--format", "json")
    assert done.returncode == 0, done.stderr
    estimates = _estimates(done.stdout)
    # the two days are linked into one event, so the SDF's subgroup figure meets SOHR's
    assert estimates[("raqqa/2022-12-26", "killed", "sdf")] == (4, 6)
    assert estimates[("raqqa/2022-12-26", "killed", "isis")] == (1, 1)


def test_reconcile_from_stdin_matches_the_file(claims_file):
    from_file = run("reconcile", str(claims_file), "--format", "json")
    from_stdin = run("reconcile", "-", "--format", "json", stdin=claims_file.read_bytes())
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout


def test_window_zero_keeps_days_apart(claims_file):
    done = run("reconcile", str(claims_file), "--format", "json", "--window", "0")
    estimates = _estimates(done.stdout)
    assert estimates[("raqqa/2022-12-26", "killed", "sdf")] == (4, 4)
    assert estimates[("raqqa/2022-12-27", "killed", "asayish")] == (6, 6)


def test_policy_and_formats(claims_file):
    done = run("reconcile", str(claims_file), "--format", "csv", "--policy", "conservative")
    assert done.returncode == 0, done.stderr
    header = done.stdout.decode("utf-8").splitlines()[0]
    assert header.split(",")[:6] == ["event", "metric", "group", "low", "best", "high"]


def test_output_is_utf8_whatever_the_locale(claims_file):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIO"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0")
    done = run("reconcile", str(claims_file), "--lang", "ar", env=env)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_python_dash_m_works_too(claims_file):
    done = subprocess.run(
        [sys.executable, "-m", "claims", "reconcile", str(claims_file), "--format", "json"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# -- errors ---------------------------------------------------------------------------------


def _fails_cleanly(done, status, *needles):
    assert done.returncode == status
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err
    return err


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.jsonl"
    _fails_cleanly(run("reconcile", str(missing)), 1, str(missing), "no such file")


def test_a_directory(tmp_path):
    _fails_cleanly(run("reconcile", str(tmp_path)), 1, "is a directory")


def test_undecodable_text(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes("caf\u00e9\n".encode("latin-1"))
    _fails_cleanly(run("reconcile", str(path)), 1, str(path), "not UTF-8")


def test_malformed_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(dumps(SEED[:1]) + '{"metric": "slain"}\n', encoding="utf-8")
    _fails_cleanly(run("reconcile", str(path)), 1, str(path), "line 2")


def test_malformed_stdin_is_named():
    _fails_cleanly(run("reconcile", "-", stdin=b"{oops\n"), 1, "standard input", "line 1")


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("reconcile",),
        ("reconcile", "x.jsonl", "--format", "pdf"),
        ("reconcile", "x.jsonl", "--policy", "mean"),
        ("reconcile", "x.jsonl", "--window", "-1"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2(args):
    done = run(*args)
    assert done.returncode == 2
    assert b"usage:" in done.stderr
    assert b"Traceback" not in done.stderr


# -- extract and report ---------------------------------------------------------------------

EXAMPLE = Path(__file__).parent.parent / "examples" / "raqqa_ar.txt"
SEEDS = Path(__file__).parent.parent.parent / "shared" / "seeds"


def test_extract_writes_claims_as_json_lines():
    done = run("extract", str(EXAMPLE), "--published", "2022-12-26")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    found = [json.loads(line) for line in lines]
    assert {(c["source"]["id"], c["count"]["value"]) for c in found} >= {("sohr", 4), ("sdf", 6)}
    assert all(c["said_at"].startswith("2022-12-26") for c in found)


def test_extract_from_stdin_and_as_text():
    done = run("extract", "-", "--format", "text", stdin=EXAMPLE.read_bytes())
    assert done.returncode == 0, done.stderr
    assert "sohr: 4 sdf killed" in done.stdout.decode("utf-8")


def test_report_equals_extract_then_reconcile(tmp_path):
    article = sorted(SEEDS.glob("*.txt"))[0] if SEEDS.is_dir() else EXAMPLE
    direct = run("report", str(article), "--format", "json", "--published", "2022-12-26")
    assert direct.returncode == 0, direct.stderr
    extracted = run("extract", str(article), "--published", "2022-12-26")
    piped = run("reconcile", "-", "--format", "json", stdin=extracted.stdout)
    assert piped.returncode == 0, piped.stderr
    assert _estimates(direct.stdout) == _estimates(piped.stdout)
    assert _estimates(direct.stdout)  # something was found


def test_report_on_the_example_article():
    done = run("report", str(EXAMPLE), "--published", "2022-12-26")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    line = next(
        line for line in text.splitlines() if line.startswith("Raqqa") and "SDF-aligned" in line
    )
    assert "4\u20136" in line
    assert "SOHR: 4 (toll not final)" in line


@pytest.mark.parametrize(
    "args",
    [
        ("extract",),
        ("extract", "a.txt", "--published", "yesterday"),
        ("extract", "a.txt", "--lang", "fr"),
        ("report", "a.txt", "--format", "jsonl"),
    ],
)
def test_extract_and_report_usage_errors(args):
    assert run(*args).returncode == 2


def test_extract_missing_and_undecodable_files(tmp_path):
    _fails_cleanly(run("extract", str(tmp_path / "gone.txt")), 1, "gone.txt", "no such file")
    bad = tmp_path / "cp1256.txt"
    bad.write_bytes("قتل".encode("cp1256"))
    _fails_cleanly(run("report", str(bad)), 1, "cp1256.txt", "not UTF-8")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_counter_shows_on_a_terminal_for_many_files(tmp_path, monkeypatch, capsys):
    from claims.cli import main

    names = []
    for number in range(5):
        path = tmp_path / f"a{number}.txt"
        path.write_text("Two civilians were killed in shelling, the Observatory said.", "utf-8")
        names.append(str(path))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", *names]) == 0
    assert "5/5" in terminal.getvalue()
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_no_progress_counter_when_stderr_is_not_a_terminal(tmp_path, monkeypatch):
    from claims.cli import main

    names = []
    for number in range(5):
        path = tmp_path / f"b{number}.txt"
        path.write_text("Two civilians were killed.", "utf-8")
        names.append(str(path))
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["extract", *names]) == 0
    assert quiet.getvalue() == ""
