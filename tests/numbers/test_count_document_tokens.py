"""Counting in a document reads the count parser's tokens off the document's own where they
are provably the same: every such reading is what the parser's own split gives."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extraction._counts import _DROPPED, _count_tokens
from claims.extraction._tokens import tokenize
from claims.normalize import normalize
from claims.numbers import _lexicon

_ASCII = [chr(code) for code in range(128)]
_PIECES = [*_ASCII, "1,000", "22,257", "1,5", "1.5", "1.2.3", "1234,567", "u.s.", "a.b", "12"]
_PIECES += ["killed", "at", "least", " ", " ", "  ", '"', "(", ")", "'", "<", "\x1c"]


def _expected(text: str, start: int, end: int) -> _lexicon.Columns:
    kinds, texts, starts, ends = _lexicon.columns(text[start:end], lower=True)
    return _lexicon.Columns(
        kinds, texts, [at + start for at in starts], [at + start for at in ends]
    )


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
@example(["(", "12", ")", " ", "killed"], None)
def test_document_tokens_read_as_count_tokens_are_the_parsers(
    pieces: list[str], data: st.DataObject | None
) -> None:
    text = normalize("".join(pieces)).text
    tokens = tokenize(text, "en")
    if not len(tokens):
        return
    if data is None:
        first, last = 0, len(tokens)
    else:
        first = data.draw(st.integers(0, len(tokens) - 1))
        last = data.draw(st.integers(first + 1, len(tokens)))
    found = _count_tokens(tokens, text, first, last)
    if found is not None:
        assert found == _expected(text, tokens.starts[first], tokens.ends[last - 1])


def test_the_dropped_characters_are_quotes_brackets_and_marks() -> None:
    assert set("\"()[]{}<>#*|_'") <= set(_DROPPED)
    assert all(kind == _lexicon.PUNCT for kind in _DROPPED.values())


def test_plain_news_text_is_read_off_the_document() -> None:
    """The shortcut is taken where it should be: quotes, numbers with thousands separators
    and decimals do not stop it; a dotted abbreviation or an odd number does."""
    for text, taken in [
        ('"At least 1,000 (or 2.5 thousand) were killed," he said.', True),
        ("The u.s. said 12 were killed.", False),
        ("Killed: 1,5 or 1.2.3 people", False),
    ]:
        norm = normalize(text).text
        tokens = tokenize(norm, "en")
        found = _count_tokens(tokens, norm, 0, len(tokens))
        assert (found is not None) == taken, text
        if found is not None:
            assert found == _expected(norm, tokens.starts[0], tokens.ends[-1])
