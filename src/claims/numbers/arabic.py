"""Arabic numerals: digits, number words in every gender and case, and mixtures of both.

A numeral is read left to right as groups below a thousand, each closed by a
scale word (ألف, مليون), the way Arabic writes them: hundreds, then units or a
teen, then tens, joined by «و» («ثلاثمائة وأربعة وسبعون» = 374). The order is
enforced, so two numbers side by side are not summed («ستة وعشرة» stops at 6),
which is where a bag-of-words reader goes wrong.
"""

from __future__ import annotations

from fractions import Fraction

from claims.numbers._context import Context, Numeral
from claims.numbers._lexicon import NUM, Role

__all__ = ["numeral"]

_EMPTY = 9  # rank of a group with nothing in it yet


def numeral(ctx: Context, start: int) -> Numeral:
    """Every reading of the Arabic numeral at token ``start``: ``(value, end)``, shortest first.

    Empty when no numeral starts there. A reading ends after any part that
    leaves a whole number (so «بين ثلاثة وعشرين» can be read as 3 and 20).
    """
    lex = ctx.lex
    texts = ctx.texts
    kinds = ctx.kinds
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
        conj = False
        if not first and texts[at] in lex.conjunctions:
            conj = True
            at += 1
            if at >= size:
                break
        after = at + 1
        digits = ctx.digits(at) if kinds[at] == NUM else None
        if digits is not None:
            if first or (conj and rank == _EMPTY and last_scale and digits < last_scale):
                group, rank = digits, 0
            else:
                break
        else:
            found = ctx.number_word(at, joined=not first and not conj)
            if found is None:
                break
            word, prefix = found
            if prefix in lex.conj_prefixes and not first:
                if conj:
                    break
                conj = True
            elif prefix and not first:
                break
            role = word.role
            if role is Role.SCALE:
                scale = word.value
                if last_scale and scale >= last_scale:
                    break
                if group and not conj and rank != _EMPTY:
                    if not word.numeral:
                        break
                    total += round(group * scale)
                elif rank == _EMPTY and (first or conj) and word.bare:
                    total += word.bare * scale
                else:
                    break
                group, rank, last_scale, fraction_pending = 0, _EMPTY, scale, False
            elif role is Role.FRACTION:
                if first:
                    group, rank, fraction_pending = word.fraction, 0, True
                elif conj and rank == _EMPTY and last_scale:
                    total += round(word.fraction * last_scale)
                    rank = -1
                else:
                    break
            else:
                value = word.value
                item_rank = word.rank
                follower = ctx.text(after)
                if value <= 9 and follower in lex.teen_suffixes and role is not Role.TENS:
                    value, after = value + 10, after + 1
                elif role is Role.TEEN_ONE and not _tens_follow(ctx, after):
                    break
                elif role is Role.UNIT and value <= 9 and follower in lex.hundred_words:
                    value, item_rank, after = value * 100, 3, after + 1
                if first or (conj and rank == _EMPTY and last_scale):
                    group, rank = value, item_rank
                elif conj and 0 < item_rank < rank:
                    group, rank = group + value, item_rank
                else:
                    break
        pos = after
        first = False
        if not fraction_pending and group.denominator == 1:
            readings.append((total + int(group), pos))
    return readings


def _tens_follow(ctx: Context, index: int) -> bool:
    """Whether «و» and a tens word come next, as in «إحدى وعشرون» (21)."""
    lex = ctx.lex
    if ctx.text(index) in lex.conjunctions:
        index += 1
    elif index < ctx.size:
        found = ctx.number_word(index, joined=True)
        return found is not None and found[1] in lex.conj_prefixes and found[0].role is Role.TENS
    if index >= ctx.size:
        return False
    found = ctx.number_word(index)
    return found is not None and not found[1] and found[0].role is Role.TENS
