"""Who the victims are: the group named right after a count («4 عناصر من قسد», "9 civilians").

The group is looked for in a short window from the count onwards, stopping at a preposition
that starts another phrase («في», «جراء», "in"), a comma, another count or a casualty cue.
Context words count only once their side has been named («التنظيم» after «داعش»); words like
«مقاتلينا» ("our fighters") mean the speaker's own side. Two unrelated groups in one window
(«من القوات الحكومية والفصائل») make the figure a count of everyone ("all"); so does a plain
"people". With nothing in the window, «آخر»/"another" takes the group of the figure before it
and a breakdown («بينهم») that of its whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

from claims.extraction._document import NO_HITS, Document
from claims.extraction._tokens import PUNCT, WORD
from claims.extraction.metrics import Figure
from claims.registry import Taxonomy

__all__ = ["FirstMentions", "GroupFinding", "find_group", "first_mentions"]

WINDOW = 8
"""How many words after a count may name its group."""

EVERYONE = "all"
_ANOTHER = ("اخر", "another", "other")


class GroupFinding(NamedTuple):
    """The group of a figure; ``own_side`` when the text says "our/its fighters"."""

    group: str | None
    own_side: bool = False
    inherits: int | None = None
    """The number of an earlier figure whose group this one shares («وإصابة ثلاثة آخرين»)."""
    fighters: bool = False
    """No group named, but the figure counts fighters: the engine looks for their side."""


def first_mentions(doc: Document) -> dict[str, int]:
    """Where each group (or a source that names one) is first mentioned, by token."""
    first: dict[str, int] = {}
    for index, hits in doc.hits.get("group", NO_HITS).items():
        for hit in hits:
            _, key, extra = hit.value
            if not extra and index < first.get(key, index + 1):
                first[key] = index
    for index, hits in doc.hits.get("source", NO_HITS).items():
        for hit in hits:
            key = hit.value.key
            if index < first.get(key, index + 1):
                first[key] = index
    return first


class FirstMentions(Mapping[str, int]):
    """:func:`first_mentions` of a document, worked out when first looked at: only context
    words («التنظيم») look, and few texts have them."""

    __slots__ = ("_doc", "_found")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._found: dict[str, int] | None = None

    def _mentions(self) -> dict[str, int]:
        if self._found is None:
            self._found = first_mentions(self._doc)
        return self._found

    def __getitem__(self, key: str) -> int:
        return self._mentions()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._mentions())

    def __len__(self) -> int:
        return len(self._mentions())


def _is_another(doc: Document, first: int, last: int) -> bool:
    for key in doc.tokens.keys[first:last]:
        if isinstance(key, str):
            if key.startswith(_ANOTHER):
                return True
        elif any(form.startswith(_ANOTHER) for form in key):
            return True
    ordinals = doc.hits.get("ordinal")
    return ordinals is not None and any(i in ordinals for i in range(first, last))


_NONE: frozenset[int] = frozenset()

GENERIC = "@generic"
"""Marks a group word that a more specific name in the same window overrides («جنديين ...
من الجيش التركي»)."""


def _groups_in(
    doc: Document,
    first: int,
    last: int,
    mentions: Mapping[str, int],
    skip: frozenset[int] = _NONE,
) -> tuple[list[str], bool]:
    found: list[str] = []
    generic: list[str] = []
    hits = doc.hits
    groups = hits.get("group", NO_HITS)
    jumps: list[tuple[int, int]] = []  # the tokens a chosen name covers after its first
    index = first
    while index < last:
        if index not in groups or index in skip:
            index += 1
            continue
        chosen = None
        for hit in groups[index]:
            needs = hit.value.extra
            if not needs or needs == (GENERIC,):
                chosen = hit
                break
            if any(mentions.get(need, index) < index for need in needs):
                chosen = hit
                break
        if chosen is not None:
            target = generic if chosen.value.extra == (GENERIC,) else found
            target.append(chosen.value.key)
            if chosen.end > index + 1:
                jumps.append((index, chosen.end))
                index = chosen.end
            else:
                index += 1
        else:
            index += 1
    own = False
    selves = hits.get("self", NO_HITS)
    thirds = hits.get("self_third", NO_HITS)
    if selves or thirds:
        # "our fighters" counts where the walk looked, not inside a name it stepped over
        own = any(
            (index in selves or index in thirds)
            and not any(start < index < stop for start, stop in jumps)
            for index in range(first, last)
        )
    return (found or generic), own


def _window_end(doc: Document, figure: Figure, count_starts: set[int]) -> int:
    at = figure.at
    first = at.end
    end = min(doc.sentences[figure.sentence].end, first + WINDOW)
    cue = figure.cue
    kinds, words = doc.tokens.kinds, doc.tokens.words
    hits = doc.hits
    stops = hits.get("stop", NO_HITS)
    subcounts = hits.get("subcount", NO_HITS)
    cues = hits.get("cue", NO_HITS)
    # the figure's own cue ends the window where it starts, unless it stands right after
    cue_start, cue_end = (cue.start, cue.end) if cue is not None else (-1, -1)
    if cue_start > first + 1:
        end = min(end, cue_start)
    for index in range(first, end):
        if (
            (kinds[index] == PUNCT and words[index] in ",،.;؛")
            or index in count_starts
            or index in stops
            or index in subcounts
            or (index in cues and not cue_start <= index < cue_end)
        ):
            return index
    return end


def _decide(found: list[str], taxonomy: Taxonomy) -> str | None:
    if not found:
        return None
    if len(found) == 1:
        group = found[0]
        return group if group == EVERYONE or group in taxonomy else None
    specific = [g for g in dict.fromkeys(found) if g != EVERYONE and g in taxonomy]
    if not specific:
        return EVERYONE if EVERYONE in found else None
    head = specific[0]
    for other in specific[1:]:
        if not (taxonomy.is_within(other, head) or taxonomy.is_within(head, other)):
            return EVERYONE
    return head


def find_group(
    doc: Document,
    figure: Figure,
    earlier: list[tuple[Figure, str]],
    mentions: Mapping[str, int],
    count_starts: set[int],
    taxonomy: Taxonomy,
) -> GroupFinding:
    """The victim group of ``figure``; ``earlier`` holds the figures before it, with groups."""
    at = figure.at
    end = _window_end(doc, figure, count_starts)
    start = at.start
    cue = figure.cue
    if (
        figure.parent is None
        and cue is not None
        and cue.takes_before
        and cue.end <= at.start
        and at.start - cue.end <= 2
        and not any(index in count_starts for index in range(cue.end, at.start))
    ):
        start = cue.end
    # a part of a list that is only a casualty noun («وقتيل واحد») is of its whole's group
    cues = doc.hits.get("cue", NO_HITS)
    skip = (
        frozenset(index for index in range(at.start, at.end) if index in cues)
        if figure.parent is not None
        else _NONE
    )
    found, own = _groups_in(doc, start, end, mentions, skip)
    group = _decide(found, taxonomy)
    if group in (None, EVERYONE):
        group = _people_before_cue(doc, figure, mentions, taxonomy) or group
    if group is not None and group != EVERYONE:
        return GroupFinding(group, own)
    if own:
        thirds = doc.hits.get("self_third", {})
        third = any(thirds.get(i) for i in range(start, end))
        named = _named_before(doc, at.start, figure.sentence, mentions, taxonomy) if third else None
        return GroupFinding(named, named is None)
    same_sentence = earlier[-1:] if earlier and earlier[-1][0].sentence == figure.sentence else []
    if figure.parent is not None and group is None and figure.parent < len(earlier):
        return GroupFinding(None, inherits=figure.parent)
    if (
        group is None
        and cue is not None
        and cue.takes_before
        and same_sentence
        and _definite(doc, cue.start)
    ):
        return GroupFinding(None, inherits=len(earlier) - 1)
    kinds = doc.tokens.kinds
    bare = (
        at.end - at.start == 1
        and not (at.start > 0 and _noun(doc, at.start - 1))
        and not any(kinds[i] == WORD and not cues.get(i) for i in range(at.end, end))
        and not (cue is not None and cue.start > at.end and not _adjacent(doc, at.end, cue.start))
    )
    if (
        group is None
        and same_sentence
        and (_is_another(doc, at.start, min(end + 1, len(doc.tokens.words))) or bare)
    ):
        # "Others" are more of the whole figure before, not of one of its parts.
        last = earlier[-1][0]
        return GroupFinding(None, inherits=len(earlier) - 1 if last.parent is None else last.parent)
    gap_start = _gap_start(doc, figure, count_starts)
    if gap_start is not None:
        stops = doc.hits.get("stop", {})
        stop = next((i for i in range(gap_start, at.start) if stops.get(i)), at.start)
        gap, _ = _groups_in(doc, gap_start, stop, mentions)
        chosen = _decide(gap, taxonomy)
        if chosen is not None and chosen != EVERYONE:
            return GroupFinding(chosen)
    if group is None and _fighters(doc, at.start, end):
        return GroupFinding(None, fighters=True)
    return GroupFinding(group or EVERYONE)


GAP = 6
"""How far before a count a casualty noun may name its people («حصيلة الضحايا المدنيين خلال
الشهر الماضي مئتين وقتيلاً واحداً»)."""


def _gap_start(doc: Document, figure: Figure, count_starts: set[int]) -> int | None:
    """Where the words between a casualty noun and the count after it start («القتلى المدنيين
    هم 6»): after the figure's own cue, or, when that cue is inside the count, after the
    nearest casualty noun before it. None when a count stands between."""
    at = figure.at
    cue = figure.cue
    if cue is not None and cue.end <= at.start:
        if not cue.takes_before:
            return None
        start = cue.end
    elif cue is not None and cue.start >= at.start and cue.end <= at.end:
        first = max(doc.sentences[figure.sentence].start, at.start - GAP)
        cues = doc.hits.get("cue", {})
        start = next((i + 1 for i in range(at.start - 1, first - 1, -1) if cues.get(i)), -1)
        if start < 0 or not any(hit.value.extra[0] != "after" for hit in doc.at("cue", start - 1)):
            return None
    else:
        return None
    return None if any(index in count_starts for index in range(start, at.start)) else start


HEAD_WORDS = 3
"""How many words before its cue name the people a list counts («المدنيين الذين قتلوا ... هم»)."""


def _people_before_cue(
    doc: Document,
    figure: Figure,
    mentions: Mapping[str, int],
    taxonomy: Taxonomy,
) -> str | None:
    """The group named in the few words before a figure's cue when the cue opens a list
    («المدنيين الذين قتلوا ... هم 9») or a relative clause («عدد الأطفال الذين قضوا ... 9»):
    those are the people counted after it. Not across a count; None for "all"."""
    cue = figure.cue
    if cue is None or cue.end > figure.at.start:
        return None
    if not (figure.listed or doc.at("relative", cue.start)):
        return None
    start = max(doc.sentences[figure.sentence].start, cue.start - HEAD_WORDS)
    start = max((i for i in range(start, cue.start + 1) if i in doc.count_ends), default=start)
    named = _decide(_groups_in(doc, start, cue.start, mentions)[0], taxonomy)
    return None if named == EVERYONE else named


def _definite(doc: Document, index: int) -> bool:
    """Whether the cue word carries the article («القتلى»): it refers to people named before."""
    word = doc.tokens.words[index]
    return doc.lang == "ar" and word.startswith(("ال", "وال", "بال", "لل", "ولل"))


BACK = 30
"""How far back in its sentence «عناصره» ("its members") looks for the side it refers to."""


def _named_before(
    doc: Document, index: int, sentence: int, mentions: Mapping[str, int], taxonomy: Taxonomy
) -> str | None:
    """The armed group named last before token ``index`` in its sentence, if any."""
    position = max(doc.sentences[sentence].start, index - BACK)
    last: str | None = None
    groups = doc.hits.get("group", {})
    while position < index:
        chosen = None
        for hit in groups.get(position, ()):
            needs = hit.value.extra
            if hit.end > index:
                continue
            if (
                needs
                and needs != (GENERIC,)
                and not any(mentions.get(need, position) < position for need in needs)
            ):
                continue
            chosen = hit
            break
        if chosen is None:
            position += 1
            continue
        key = chosen.value.key
        generic = chosen.value.extra == (GENERIC,)
        if not generic and key != EVERYONE and not taxonomy.is_within(key, "civilians"):
            last = key
        position = chosen.end
    return last


def _noun(doc: Document, index: int) -> bool:
    """Whether token ``index`` is a plain word (not a cue, a stop word or a conjunction):
    the noun of a numeral that follows it («مطلوبين اثنين»)."""
    return (
        doc.tokens.kinds[index] == WORD
        and doc.tokens.words[index] not in ("و", "and")
        and not doc.at("cue", index)
        and not doc.at("stop", index)
        and not doc.at("subcount", index)
    )


def _adjacent(doc: Document, first: int, last: int) -> bool:
    """Whether only cue words stand in ``[first, last)``."""
    cues = doc.hits.get("cue", {})
    return all(cues.get(i) for i in range(first, last))


def _fighters(doc: Document, first: int, last: int) -> bool:
    combatants = doc.hits.get("combatant", {})
    return not combatants.keys().isdisjoint(range(first, min(last + 1, len(doc.tokens.words))))
