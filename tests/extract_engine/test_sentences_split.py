"""Sentence splitting against a plain token-by-token reading of the same rules."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction._tokens import tokenize
from claims.extraction.sentences import Sentence, split_sentences
from claims.normalize import normalize


def _reference(text: str, lang: str, clause_starts: set[int]) -> list[Sentence]:
    """Every token visited in turn: a line break starts a paragraph, . ! ? ؟ end a sentence
    (a full stop only before a space or the end), ; ؛ and the openers start a clause."""
    tokens = list(tokenize(text, lang))
    sentences: list[Sentence] = []
    paragraph, start, clauses = 0, 0, [0]
    for index, token in enumerate(tokens):
        if index and "\n" in text[tokens[index - 1].end : token.start]:
            if index > start:
                sentences.append(Sentence(start, index, paragraph, tuple(clauses)))
            paragraph += 1
            start, clauses = index, [index]
        elif index > start and index in clause_starts:
            clauses.append(index)
        if token.text in (";", "؛") and index + 1 < len(tokens):
            clauses.append(index + 1)
        following = text[token.end : token.end + 1]
        if token.text in ("!", "?", "؟") or (
            token.text == "." and (not following or following.isspace())
        ):
            sentences.append(Sentence(start, index + 1, paragraph, tuple(clauses)))
            start, clauses = index + 1, [index + 1]
    if len(tokens) > start:
        sentences.append(Sentence(start, len(tokens), paragraph, tuple(clauses)))
    return sentences


_PIECES = ["word", "قتل", "7.5", "u.s.", ".", ". ", "!", "?", "؟", ";", "؛", ","]
_PIECES += [" ", "  ", "\n", " \n ", "\n\n", "«", "»"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES),
        max_size=40,
    ).map("".join),
    st.sampled_from(["ar", "en"]),
    st.sets(st.integers(min_value=-2, max_value=45), max_size=6),
)
def test_sentences_match_a_plain_reading(text: str, lang: str, openers: set[int]) -> None:
    text = normalize(text).text
    tokens = tokenize(text, lang)
    assert split_sentences(text, tokens, openers) == _reference(text, lang, openers)
    assert split_sentences(text, list(tokens), openers) == _reference(text, lang, openers)


def test_sentences_cover_the_tokens_one_after_another() -> None:
    text = "Four were killed. Two more; later\nthree? Yes. U.S. said 7.5 then."
    tokens = tokenize(text, "en")
    sentences = split_sentences(text, tokens, set())
    assert sentences[0].start == 0
    assert sentences[-1].end == len(tokens)
    assert all(a.end == b.start for a, b in pairwise(sentences))
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1, 1, 1]
    assert sentences[1].clauses == (4, 7)
