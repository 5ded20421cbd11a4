"""Our own spellers of whole numbers in Arabic and English words, for round-trip tests.

They are written independently of the parser (no shared tables) so that a
round trip checks the parser against a second reading of the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass

_AR_MASC = ["", "واحد", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_AR_FEM = ["", "واحدة", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
_AR_TWO = {
    ("m", "nom"): "اثنان",
    ("m", "acc"): "اثنين",
    ("f", "nom"): "اثنتان",
    ("f", "acc"): "اثنتين",
}
_AR_TWELVE = {
    ("m", "nom"): "اثنا عشر",
    ("m", "acc"): "اثني عشر",
    ("f", "nom"): "اثنتا عشرة",
    ("f", "acc"): "اثنتي عشرة",
}
_AR_TENS = ["", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
_AR_HUNDRED_STEMS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]


@dataclass(frozen=True)
class ArabicStyle:
    """How to write: gender and case of the numerals, and spelling choices writers make."""

    gender: str = "m"  # "m" or "f"
    case: str = "nom"  # "nom" (-ون, اثنان, اثنا) or "acc" (-ين, اثنين, اثني)
    hundred: str = "مائة"  # or "مئة"
    joined: bool = True  # ثلاثمائة or ثلاث مائة
    attached_and: bool = True  # «وأربعة» or «و أربعة»


def _ar_unit(n: int, style: ArabicStyle) -> str:
    if n == 2:
        return _AR_TWO[(style.gender, style.case)]
    return (_AR_MASC if style.gender == "m" else _AR_FEM)[n]


def _ar_below_100(n: int, style: ArabicStyle) -> str:
    if n <= 10:
        return _ar_unit(n, style)
    if n == 11:
        return "أحد عشر" if style.gender == "m" else "إحدى عشرة"
    if n == 12:
        return _AR_TWELVE[(style.gender, style.case)]
    if n < 20:
        teen = "عشر" if style.gender == "m" else "عشرة"
        return f"{_ar_unit(n - 10, style)} {teen}"
    tens = _AR_TENS[n // 10] + ("ون" if style.case == "nom" else "ين")
    unit = n % 10
    if not unit:
        return tens
    return _ar_join(_ar_unit(unit, style), tens, style)


def _ar_join(left: str, right: str, style: ArabicStyle) -> str:
    return f"{left} و{right}" if style.attached_and else f"{left} و {right}"


def _ar_below_1000(n: int, style: ArabicStyle) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _ar_below_100(rest, style)
    if hundreds == 1:
        head = style.hundred
    elif hundreds == 2:
        head = style.hundred.replace("ة", "تان" if style.case == "nom" else "تين")
    else:
        stem = _AR_HUNDRED_STEMS[hundreds]
        head = f"{stem}{style.hundred}" if style.joined else f"{stem} {style.hundred}"
    return _ar_join(head, _ar_below_100(rest, style), style) if rest else head


def _ar_scaled(k: int, one: str, two: dict[str, str], plural: str, style: ArabicStyle) -> str:
    if k == 1:
        return one
    if k == 2:
        return two[style.case]
    if k <= 10:
        return f"{_ar_below_100(k, style)} {plural}"
    return f"{_ar_below_1000(k, style)} {one}"


def arabic_words(n: int, style: ArabicStyle) -> str:
    """``n`` (0..999,999,999) in Arabic words, written the way ``style`` says."""
    if n == 0:
        return "صفر"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(
            _ar_scaled(millions, "مليون", {"nom": "مليونان", "acc": "مليونين"}, "ملايين", style)
        )
    if thousands:
        parts.append(_ar_scaled(thousands, "ألف", {"nom": "ألفان", "acc": "ألفين"}, "آلاف", style))
    if units:
        parts.append(_ar_below_1000(units, style))
    text = parts[0]
    for part in parts[1:]:
        text = _ar_join(text, part, style)
    return text


_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_below_1000(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_EN_UNITS[hundreds]} hundred")
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        joiner = "-" if hyphen else " "
        words.append(_EN_TENS[tens] + (joiner + _EN_UNITS[unit] if unit else ""))
    elif rest or not hundreds:
        words.append(_EN_UNITS[rest])
    return " ".join(words)


def english_words(n: int, *, hyphen: bool = True, use_and: bool = True) -> str:
    """``n`` (0..999,999,999) in English words."""
    if n == 0:
        return "zero"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(f"{_en_below_1000(millions, hyphen, use_and)} million")
    if thousands:
        parts.append(f"{_en_below_1000(thousands, hyphen, use_and)} thousand")
    if units:
        parts.append(_en_below_1000(units, hyphen, use_and))
    return " ".join(parts)
