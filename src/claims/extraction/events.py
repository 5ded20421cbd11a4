"""Where and when: place and date hints that give each figure an event key.

A sentence's place is the most specific place it names (a town or city over a governorate,
a governorate over the country); its date is an explicit day («26 ديسمبر 2022»), a month
(«في يناير الماضي», keyed "place/YYYY-MM"), or a relative day («أمس», «اليوم الإثنين»,
"yesterday") resolved against the publication date. A sentence without a place or a date
takes the text's main place (the first city or governorate it names) and the publication day,
so a background event in another place or month gets a key of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

import regex

from claims.extraction._document import NO_HITS, Document
from claims.extraction._phrases import Hit
from claims.extraction._tokens import NUM, WORD
from claims.extraction.lexicon import Entry
from claims.reconciliation.events import event_key

__all__ = [
    "When",
    "Where",
    "event_for",
    "figure_place",
    "main_place",
    "place_mentions",
    "sentence_dates",
    "sentence_places",
]

COUNTRY = 0
"""The rank of a country: too broad to tell events apart, so only a fallback."""
TOWN = 2
"""The rank of a town or city; a governorate is 1, a country 0."""
_DEFINITE = regex.compile(r"^(?:و|ف)?(?:ب|ل|ك)?ال|^(?:و|ف)?لل")
UNPLACED = "unplaced"
"""The place part of a separate incident's key when the text names no place."""
PLACE_REACH = 30
"""How many words after a figure its place may be named."""


class Where(NamedTuple):
    """A place slug and how specific it is (0 country, 1 governorate, 2 city or town)."""

    slug: str
    rank: int


class When(NamedTuple):
    """A day, or a month when ``day`` is None."""

    year: int
    month: int
    day: int | None


def place_mentions(doc: Document, longest: int | None = None) -> list[tuple[int, Where]]:
    """Every place named, by token, in text order.

    A listed place counts unless it is part of a longer group or source name («قوات سوريا
    الديمقراطية» names no place). A word after «بلدة», «قرية», "village of" is a town even when
    it is not listed; its slug is the word itself. ``longest``: the most tokens a listed phrase
    spans (its lexicon's longest phrase), so that only names starting that close before a
    place are looked at; None: worked out from the document's group and source names.
    """
    hits = doc.hits
    places = hits.get("place", NO_HITS)
    markers = hits.get("town_marker", NO_HITS)
    if not places and not markers:
        return []
    groups = hits.get("group", NO_HITS)
    sources = hits.get("source", NO_HITS)
    starts = groups.keys() | sources.keys()
    if longest is None:
        longest = max(
            (there[0].end - start for names in (groups, sources) for start, there in names.items()),
            default=1,
        )
    found: list[tuple[int, Where]] = []
    words, kinds = doc.tokens.words, doc.tokens.kinds
    for index in sorted(places.keys() | markers.keys()) if markers else sorted(places):
        if index in places:
            hit = places[index][0]
            # a longer group or source name starting here (the first hit is the longest)
            longer = groups.get(index)
            if longer is not None and longer[0].end > hit.end:
                continue
            longer = sources.get(index)
            if longer is not None and longer[0].end > hit.end:
                continue
            if not starts.isdisjoint(range(index - longest + 1, index)) and _within_name(
                index, longest, groups, sources
            ):
                continue
            found.append((index, _listed(hit.value)))
            continue
        marker = markers[index][0]
        if doc.lang == "ar" and _DEFINITE.match(words[index]):
            continue  # «المدينة»: "the city" already named, not a new town
        after = marker.end
        if after < len(words) and after not in places and kinds[after] == WORD:
            slug = _town_slug(doc, after)
            if slug and "/" not in slug:
                found.append((after, Where(slug, TOWN)))
    return found


def _within_name(
    index: int,
    longest: int,
    groups: Mapping[int, list[Hit[Entry]]],
    sources: Mapping[int, list[Hit[Entry]]],
) -> bool:
    """Whether token ``index`` is inside a group or source name that starts before it."""
    for start in range(max(0, index - longest + 1), index):
        for names in (groups, sources):
            there = names.get(start)
            if there is not None and there[0].end > index:  # the first hit is the longest
                return True
    return False


@lru_cache(maxsize=4096)
def _listed(entry: Entry) -> Where:
    """The place a listed place name stands for (a lexicon has a few thousand)."""
    return Where(entry.key, int(entry.extra[0]))


_NAME_PARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "abu", "bin"})
"""Lower-case words inside English renderings of Arabic place names («رأس العين»: Ras al-Ain)."""
_LONGEST_NAME = 4


def _town_slug(doc: Document, index: int) -> str | None:
    """The slug of an unlisted town named at token ``index``.

    Arabic: the word itself. English: the capitalised words from there, with the particles
    and hyphens between them ("Khan Sheikhoun" -> khan-sheikhoun, "Ras al-Ain" -> ras-al-ain);
    None when the word is not capitalised ("the town of the ..." names no town).
    """
    texts, kinds = doc.tokens.words, doc.tokens.kinds
    if doc.lang == "ar":
        return texts[index].lower()
    original = doc.norm.original
    words: list[str] = []
    position = index
    while position < len(texts) and len(words) < _LONGEST_NAME:
        text = texts[position]
        if kinds[position] == WORD:
            capital = original[doc.token_starts[position]].isupper()
            if not capital and (not words or text not in _NAME_PARTICLES):
                break
            words.append(text)
        elif text != "-" or not words:
            break
        position += 1
    while words and words[-1] in _NAME_PARTICLES:
        words.pop()
    return "-".join(words) or None


def sentence_places(doc: Document, mentions: list[tuple[int, Where]]) -> dict[int, Where]:
    """The most specific place each sentence names (the first of equal rank)."""
    places: dict[int, Where] = {}
    for index, where in mentions:
        number = doc.sentence_of[index]
        if number not in places or where.rank > places[number].rank:
            places[number] = where
    return places


def figure_place(
    doc: Document,
    mentions: list[tuple[int, Where]],
    positions: list[int],
    start: int,
    sentence: int,
    *,
    cumulative: bool = False,
) -> Where | None:
    """The place of a figure: the most specific place named after it in its sentence («قُتل 4
    في مدينة الرقة»), else the most specific one before it there; the nearest of equal rank.

    A country counts only for a ``cumulative`` toll ("killed in Syria since 2011"): a figure for
    a whole war is no event in the text's main town.
    """
    bounds = doc.sentences[sentence]
    low = bisect_left(positions, max(bounds.start, start - PLACE_REACH))
    high = bisect_left(positions, min(bounds.end, start + PLACE_REACH), low)
    if low == high:
        return None
    middle = bisect_left(positions, start, low, high)
    # after the figure, the first of the most specific; then before it, the nearest
    for numbers in (range(middle, high), range(middle - 1, low - 1, -1)):
        chosen: Where | None = None
        for number in numbers:
            where = mentions[number][1]
            if chosen is None or where.rank > chosen.rank:
                chosen = where
        if chosen is not None and chosen.rank > COUNTRY:
            return chosen
    if cumulative:
        return next(
            (w for _, w in mentions[middle:high] + mentions[low:middle] if w.rank == COUNTRY), None
        )
    return None


def main_place(places: dict[int, Where]) -> Where | None:
    """The text's main place: the first city or governorate, else the first place at all."""
    ordered = [places[n] for n in sorted(places)]
    for where in ordered:
        if where.rank >= 1:
            return where
    return ordered[0] if ordered else None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    if (month, day) <= (published.month, published.day):
        return published.year
    return published.year - 1


def _number(doc: Document, index: int) -> int | None:
    if 0 <= index < len(doc.tokens.words) and doc.tokens.kinds[index] == NUM:
        text = doc.tokens.words[index]
        if text.isdigit() and len(text) <= 4:
            return int(text)
    return None


def _explicit(doc: Document, index: int, month: int, published: date | None) -> When | None:
    day = _number(doc, index - 1)
    year = None
    for offset in (1, 2):
        candidate = _number(doc, index + offset)
        if candidate is not None and candidate >= 1900:
            year = candidate
            break
    if day is not None and not 1 <= day <= 31:
        day = None
    if year is None:
        year = _year_for(month, day or 1, published)
    if year is None:
        return None
    return When(year, month, day)


def sentence_dates(
    doc: Document, published: date | None, only: Container[int] | None = None
) -> dict[int, When]:
    """The date each sentence gives, explicit days first, then months, then relative days.

    ``only``: the sentences whose dates are wanted (all when None).
    """
    found: dict[int, tuple[int, When]] = {}
    dates = doc.hits.get("date", NO_HITS)
    sentence_of = doc.sentence_of
    wanted = sorted(dates if only is None else [i for i in dates if sentence_of[i] in only])
    for index in wanted:
        number = sentence_of[index]
        hit = dates[index][0]
        kind = hit.value.key
        when: When | None = None
        priority = 0
        if kind == "month":
            when = _explicit(doc, index, int(hit.value.extra[0]), published)
            priority = 2 if when is not None and when.day is not None else 1
        elif published is not None and kind in ("today", "yesterday", "day_before_yesterday"):
            back = {"today": 0, "yesterday": 1, "day_before_yesterday": 2}[kind]
            day = published - timedelta(days=back)
            when, priority = When(day.year, day.month, day.day), 0
        elif published is not None and kind == "weekday":
            back = (published.weekday() - int(hit.value.extra[0])) % 7
            day = published - timedelta(days=back)
            when, priority = When(day.year, day.month, day.day), 0
        if when is not None and (number not in found or priority > found[number][0]):
            found[number] = (priority, when)
    return {number: when for number, (_, when) in found.items()}


def event_for(
    where: Where | None,
    when: When | None,
    published: date | None,
    *,
    separate: bool = False,
    tag: int = 0,
) -> str | None:
    """The event key for a place and a date ("raqqa/2022-12-26", "hasakah/2022-01").

    ``separate`` marks a sentence that says it tells of another incident («في حادثة منفصلة»,
    «هجوم مماثل», "a similar bombing") without giving it a date: its key gets ``~tag`` (the
    sentence number) so that it stays apart from the main event.
    """
    key = _event_key(where, when, published)
    if separate:
        return f"{key or UNPLACED}~{tag}"
    return key


def _event_key(where: Where | None, when: When | None, published: date | None) -> str | None:
    if where is None:
        return None
    if when is None and published is not None:
        when = When(published.year, published.month, published.day)
    if when is None:
        return where.slug
    if when.day is None:
        return f"{where.slug}/{when.year:04d}-{when.month:02d}"
    try:
        return event_key(where.slug, date(when.year, when.month, when.day))
    except ValueError:
        return f"{where.slug}/{when.year:04d}-{when.month:02d}"
