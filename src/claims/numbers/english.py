"""English numerals: digits, number words ("twenty-one", "a hundred", "three thousand"), mixtures.

Groups below a thousand are read as hundreds, then tens, then units, with
"and", a hyphen or a comma where writers put them; scale words close a group.
Out-of-order words end the numeral, so "two three" is two numbers, not five.
"""

from __future__ import annotations

from fractions import Fraction

from claims.numbers._context import MAX_DIGITS, Context, Numeral
from claims.numbers._lexicon import NUM, Role

__all__ = ["numeral"]

_EMPTY = 9  # rank of a group with nothing in it yet
_PENDING = 8  # after "a"/"an", which needs a hundred or a scale
_HUNDRED, _TENS, _UNIT = 3, 2, 1


def numeral(ctx: Context, start: int) -> Numeral:
    """Every reading of the English numeral at token ``start``: ``(value, end)``, shortest first."""
    lex = ctx.lex
    texts = ctx.texts
    size = ctx.size
    if start < size and ctx.kinds[start] == NUM:
        # The common case: a figure in digits before a word that is no number word. Only a
        # hundred or a scale word goes on from digits, so the loop below would stop there.
        after = start + 1
        if after >= size or (
            texts[after] not in lex.hundred_words and texts[after] not in lex.number_readings
        ):
            plain = texts[start].replace(",", "")
            if len(plain) > MAX_DIGITS:
                return []
            if "." not in plain:
                return [(int(plain), after)]
            decimal = Fraction(plain)
            return [(int(decimal), after)] if decimal.denominator == 1 else []
    return _read(ctx, start)


def _read(ctx: Context, start: int) -> Numeral:
    """:func:`numeral` read word by word, whatever the tokens (the fast path's reference)."""
    lex = ctx.lex
    texts = ctx.texts
    size = ctx.size
    total = 0
    group: int | Fraction = 0
    rank = _EMPTY
    last_scale = 0
    fraction_pending = False
    readings: Numeral = []
    pos = start
    first = True
    while pos < size:
        at = pos
        link: str | None = None
        text = texts[at]
        if not first and (text in lex.conjunctions or text in lex.hyphens):  # "and", ",", "-"
            link = text
            at += 1
            if at >= size:
                break
            text = texts[at]
        after_scale = rank == _EMPTY and bool(last_scale)
        digits = ctx.digits(at)
        found = None if digits is not None else ctx.number_word(at)
        if digits is not None:
            if not (first or (after_scale and link in lex.conjunctions and digits < last_scale)):
                break
            group, rank = digits, 0
        elif text in lex.articles and first:
            group, rank = 1, _PENDING
        elif text in lex.articles and fraction_pending and link is None:
            pass  # "half a million"
        elif text in lex.hundred_words:
            if link is not None or not (0 < group < 100) or rank in (_EMPTY, _HUNDRED):
                break
            group, rank = group * 100, _HUNDRED
        elif found is None:
            break
        else:
            word = found[0]
            role = word.role
            if role is Role.SCALE:
                scale = word.value
                if link is not None or not group or not word.numeral:
                    break
                if last_scale and scale >= last_scale:
                    break
                total += round(group * scale)
                group, rank, last_scale, fraction_pending = 0, _EMPTY, scale, False
            elif role is Role.FRACTION:
                if not first:
                    break
                group, rank, fraction_pending = word.fraction, 0, True
            else:
                value = word.value
                item = _TENS if role is Role.TENS else _UNIT
                joined = link is None or link in lex.conjunctions
                hyphened = link is None or link in lex.hyphens
                if first or (after_scale and joined):
                    group, rank = value, item
                elif (rank == _HUNDRED and joined) or (
                    rank == _TENS and item == _UNIT and 0 < value <= 9 and hyphened
                ):
                    group, rank = group + value, item
                else:
                    break
        pos = at + 1
        first = False
        if rank != _PENDING and not fraction_pending and group.denominator == 1:
            readings.append((total + int(group), pos))
    return readings
