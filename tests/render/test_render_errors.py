"""Bad input to render: clear errors naming the valid choices, and nothing printed."""

import pytest

from claims import ClaimsTypeError, ConfigError, claim, reconcile
from claims.render import FORMATS, LANGS, render


def test_formats_and_langs():
    assert FORMATS == ("text", "markdown", "json", "csv")
    assert LANGS == ("en", "ar")


@pytest.mark.parametrize("thing", [None, [], "report", [claim("sohr", "killed", "sdf", 4)]])
def test_not_a_reconciliation(thing):
    with pytest.raises(ClaimsTypeError, match="Reconciliation"):
        render(thing)


@pytest.mark.parametrize("fmt", ["html", "TEXT", "", None, 3])
def test_unknown_format_names_the_choices(fmt):
    with pytest.raises(ConfigError, match="text, markdown, json, csv"):
        render(reconcile([]), format=fmt)


@pytest.mark.parametrize("lang", ["fr", "AR", "", None])
def test_unknown_language_names_the_choices(lang):
    with pytest.raises(ConfigError, match="en, ar"):
        render(reconcile([]), lang=lang)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_language_is_checked_for_every_format(fmt):
    with pytest.raises(ConfigError):
        render(reconcile([]), format=fmt, lang="de")


def test_errors_are_also_builtin_errors():
    with pytest.raises(TypeError):
        render(object())
    with pytest.raises(ValueError, match="pdf"):
        render(reconcile([]), format="pdf")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
def test_nothing_is_printed(capsys, fmt):
    rec = reconcile([claim("sohr", "killed", "sdf", 4, event="e")])
    for lang in LANGS:
        assert render(rec, fmt, lang)
    assert capsys.readouterr() == ("", "")
