"""The ``claims`` command: claims in as JSON Lines, reports out.

Exit status: 0 on success, 1 on bad input (a missing or undecodable file, a
malformed line; the message names the file and line), 2 on usage errors.
Input and output are UTF-8 whatever the locale.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from claims.errors import ClaimsError, DecodeError
from claims.model import Claim
from claims.reconciliation import POLICIES, link_events, reconcile
from claims.render import FORMATS, render
from claims.serialize import loads

__all__ = ["main"]

_LANGS = ("en", "ar")


class _InputError(Exception):
    """Bad input the user can fix: reported in one line, exit status 1."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = _utf8(sys.stdout)
    try:
        text = args.run(args)
    except _InputError as error:
        _utf8(sys.stderr).write(f"claims: {error}\n")
        return 1
    out.write(text)
    if text and not text.endswith("\n"):
        out.write("\n")
    out.flush()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claims",
        description="Attributed casualty claims, reconciled into ranges and conflicts.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    rec = commands.add_parser(
        "reconcile",
        help="reconcile claims (JSON Lines) into estimates and findings",
        description="Read claims as JSON Lines (from files, or - for standard input), "
        "link events across articles, reconcile, and print a report.",
    )
    rec.add_argument("inputs", nargs="+", metavar="CLAIMS", help="JSON Lines files, or - for stdin")
    rec.add_argument("--policy", choices=sorted(POLICIES), default="envelope")
    rec.add_argument("--format", choices=FORMATS, default="text")
    rec.add_argument("--lang", choices=_LANGS, default="en")
    rec.add_argument(
        "--window",
        type=_days,
        default=timedelta(days=1),
        metavar="DAYS",
        help="link place/day event keys at most this many days apart (default 1; 0 for same day)",
    )
    rec.set_defaults(run=_run_reconcile)
    return parser


def _days(text: str) -> timedelta:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of days, got {text!r}") from None
    if days < 0:
        raise argparse.ArgumentTypeError(f"days must be 0 or more, got {days}")
    return timedelta(days=days)


def _run_reconcile(args: argparse.Namespace) -> str:
    items: list[Claim] = []
    for name in args.inputs:
        items += _read_claims(name)
    try:
        linked = link_events(items, window=args.window)
        result = reconcile(linked.claims, policy=args.policy)
        return render(result, format=args.format, lang=args.lang)
    except ClaimsError as error:
        raise _InputError(str(error)) from None


def _read_claims(name: str) -> list[Claim]:
    label = "standard input" if name == "-" else name
    try:
        return loads(_read_text(name))
    except DecodeError as error:
        raise _InputError(f"{label}: {error}") from None


def _read_text(name: str) -> str:
    """The text of a file (or stdin for ``-``), decoded as UTF-8 whatever the locale."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise _InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise _InputError(f"{name}: is a directory, not a file") from None
    except OSError as error:
        raise _InputError(f"{name}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        label = "standard input" if name == "-" else name
        raise _InputError(
            f"{label}: not UTF-8 text (byte {error.start}: {data[error.start : error.start + 1]!r})"
        ) from None


def _utf8(stream: TextIO) -> TextIO:
    """Switch a standard stream to UTF-8 when the locale chose something else."""
    if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    return stream
