"""The public surface: what other tools import."""

from importlib import resources

import claims


def test_every_exported_name_exists():
    for name in claims.__all__:
        assert hasattr(claims, name), name
        assert not name.startswith("_") or name == "__version__"


def test_py_typed_is_shipped():
    assert resources.files("claims").joinpath("py.typed").is_file()


def test_errors_subclass_the_builtins_callers_expect():
    assert issubclass(claims.InvalidClaim, ValueError)
    assert issubclass(claims.InvalidCount, ValueError)
    assert issubclass(claims.ParseError, ValueError)
    assert issubclass(claims.DecodeError, claims.ParseError)
    assert issubclass(claims.UnknownGroup, claims.InvalidClaim)
    assert issubclass(claims.ClaimsTypeError, TypeError)
    for name in ("InvalidClaim", "InvalidCount", "ParseError", "DecodeError", "ClaimsTypeError"):
        assert issubclass(getattr(claims, name), claims.ClaimsError)


def test_parse_error_carries_text_and_span():
    error = claims.ParseError("no number", "killed dozens", (7, 13))
    assert error.text == "killed dozens"
    assert error.span == (7, 13)
    assert str(error) == "no number at 7:13 ('dozens')"
