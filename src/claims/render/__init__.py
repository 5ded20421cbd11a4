"""Reports from a reconciliation: plain text, markdown, JSON and CSV, in English or Arabic.

>>> from claims import claim, reconcile
>>> rec = reconcile([claim("sohr", "killed", "sdf", 4, event="raqqa/2022-12-26")])
>>> print(render(rec), end="")
Raqqa, 26 Dec 2022 — SDF-aligned forces killed: 4. SOHR: 4.
"""

from __future__ import annotations

from collections.abc import Callable

from claims.errors import ClaimsTypeError, ConfigError
from claims.reconciliation import Reconciliation
from claims.render._labels import LANGS, Labels
from claims.render.jsonout import render_json
from claims.render.markdown import render_markdown
from claims.render.table import render_csv
from claims.render.text import render_text

__all__ = ["FORMATS", "LANGS", "render"]

FORMATS = ("text", "markdown", "json", "csv")
"""The report formats :func:`render` writes."""

_WRITERS: dict[str, Callable[[Reconciliation, Labels], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": lambda rec, _: render_json(rec),
    "csv": lambda rec, _: render_csv(rec),
}


def render(rec: Reconciliation, format: str = "text", lang: str = "en") -> str:
    """A report of ``rec`` as a string, in one of :data:`FORMATS` and one of :data:`LANGS`.

    Text and markdown are written in ``lang``; JSON and CSV carry ids and plain
    values, the same in every language. Nothing is printed.
    """
    if not isinstance(rec, Reconciliation):
        raise ClaimsTypeError(f"render takes a Reconciliation, not {type(rec).__name__}")
    if not isinstance(format, str) or format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if not isinstance(lang, str):
        raise ConfigError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return _WRITERS[format](rec, Labels.load(lang))
