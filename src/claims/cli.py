"""The ``claims`` command: articles in, claims and reports out.

``claims extract`` turns articles into claims (JSON Lines), ``claims reconcile``
turns claims into a report, and ``claims report`` does both in one go; the two
routes link events the same way and give the same estimates.

Exit status: 0 on success, 1 on bad input (a missing or undecodable file, a
malformed line; the message names the file and line), 2 on usage errors.
Input and output are UTF-8 whatever the locale.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from claims.errors import ClaimsError, DecodeError
from claims.extraction import extract
from claims.model import Claim
from claims.reconciliation import POLICIES, link_events, reconcile
from claims.render import FORMATS, render
from claims.serialize import dumps, loads

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
    ext = commands.add_parser(
        "extract",
        help="extract casualty claims from articles as JSON Lines",
        description="Read articles (UTF-8 text files, or - for standard input) and print "
        "every casualty claim in them.",
    )
    _add_article_options(ext)
    ext.add_argument(
        "--lang", choices=_LANGS, default=None, help="language of the articles (default: detect)"
    )
    ext.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    ext.set_defaults(run=_run_extract)

    rec = commands.add_parser(
        "reconcile",
        help="reconcile claims (JSON Lines) into estimates and findings",
        description="Read claims as JSON Lines (from files, or - for standard input), "
        "link events across articles, reconcile, and print a report.",
    )
    rec.add_argument("inputs", nargs="+", metavar="CLAIMS", help="JSON Lines files, or - for stdin")
    _add_report_options(rec)
    rec.set_defaults(run=_run_reconcile)

    rep = commands.add_parser(
        "report",
        help="extract, link events, reconcile and report in one go",
        description="The same as 'claims extract FILE... | claims reconcile -'.",
    )
    _add_article_options(rep)
    _add_report_options(rep)
    rep.set_defaults(run=_run_report)
    return parser


def _add_article_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("inputs", nargs="+", metavar="FILE", help="articles, or - for stdin")
    command.add_argument(
        "--published",
        type=_date,
        default=None,
        metavar="DATE",
        help="publication date (YYYY-MM-DD), to resolve 'yesterday' and weekdays",
    )
    command.add_argument(
        "--outlet", default=None, metavar="NAME", help="source id of the outlet that published"
    )


def _add_report_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--policy", choices=sorted(POLICIES), default="envelope")
    command.add_argument("--format", choices=FORMATS, default="text")
    command.add_argument(
        "--lang", choices=_LANGS, default="en", help="language of the report (default en)"
    )
    command.add_argument(
        "--window",
        type=_days,
        default=timedelta(days=1),
        metavar="DAYS",
        help="link place/day event keys at most this many days apart (default 1; 0 for same day)",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _days(text: str) -> timedelta:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of days, got {text!r}") from None
    if days < 0:
        raise argparse.ArgumentTypeError(f"days must be 0 or more, got {days}")
    return timedelta(days=days)


def _run_extract(args: argparse.Namespace) -> str:
    items = _extract_all(args, lang=args.lang)
    if args.format == "text":
        return "".join(f"{item}\t{item.evidence or ''}\n" for item in items)
    return dumps(items)


def _run_reconcile(args: argparse.Namespace) -> str:
    items: list[Claim] = []
    for name in args.inputs:
        items += _read_claims(name)
    return _report(items, args)


def _run_report(args: argparse.Namespace) -> str:
    return _report(_extract_all(args, lang=None), args)


def _report(items: list[Claim], args: argparse.Namespace) -> str:
    try:
        linked = link_events(items, window=args.window)
        result = reconcile(linked.claims, policy=args.policy)
        return render(result, format=args.format, lang=args.lang)
    except ClaimsError as error:
        raise _InputError(str(error)) from None


def _extract_all(args: argparse.Namespace, *, lang: str | None) -> list[Claim]:
    items: list[Claim] = []
    names = args.inputs
    progress = _Progress(len(names))
    for index, name in enumerate(names):
        progress.show(index, name)
        text = _read_text(name)
        try:
            items += extract(text, lang=lang, published=args.published, outlet=args.outlet)
        except ClaimsError as error:
            raise _InputError(f"{name}: {error}") from None
    progress.done()
    return items


class _Progress:
    """A one-line counter on stderr, only when many files go to a terminal."""

    _AT_LEAST = 5

    def __init__(self, total: int) -> None:
        self.total = total
        self.active = total >= self._AT_LEAST and sys.stderr.isatty()

    def show(self, index: int, name: str) -> None:
        if self.active:
            sys.stderr.write(f"\rclaims: {index + 1}/{self.total} {name[-40:]:<40}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.active:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def _read_claims(name: str) -> list[Claim]:
    label = "standard input" if name == "-" else name
    try:
        return loads(_read_text(name))
    except DecodeError as error:
        raise _InputError(f"{label}: {error}") from None


def _read_text(name: str) -> str:
    """The text of a file (or stdin for ``-``), decoded as UTF-8 whatever the locale."""
    label = "standard input" if name == "-" else name
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
