"""The installed ``claims`` command, run in a subprocess as a user would."""

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
