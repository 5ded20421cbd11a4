"""Casualty cues and which count each one governs: the metric of a figure.

A cue is a listed casualty word («مقتل», «جرحى», "killed") with the side its count stands on:
after it («مقتل 4»), before it («10 قتلى», «8 مدنيين قتلوا») or either. A count takes the
nearest cue that can govern it, looking one cue to the left and one to the right within its
sentence; a figure introduced by «بينهم»/"including" is part of the figure before it and takes
its metric. «قتلى وجرحى» and "killed and wounded" lump into casualties.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from typing import NamedTuple

from claims.count import Count
from claims.extraction._document import NO_HITS, CountAt, Document
from claims.extraction._tokens import WORD
from claims.extraction.sentences import Sentence

__all__ = ["Cue", "Figure", "attach_counts", "find_cues"]

REACH = 16
"""How many words a cue may stand from the count it governs."""
SUBJECT_GAP = 3
"""A verb right after a count governs it («أحد عناصرها أصيب») unless a cue stands this close
before the count."""


class Cue(NamedTuple):
    """A casualty cue over tokens ``[start, end)``."""

    start: int
    end: int
    metric: str
    takes_after: bool
    takes_before: bool


class Figure(NamedTuple):
    """A count with its metric; ``parent`` is the figure it breaks down («بينهم»), if any.

    ``listed`` marks the first item of a list that «هم» opens after a figure-less phrase
    («المدنيين الذين قتلوا ... هم 30 في حلب و2 في إدلب»): the items after it are its parts.
    """

    at: CountAt
    metric: str
    cue: Cue | None
    parent: int | None
    sentence: int
    listed: bool = False


def _pairs(doc: Document, section: object) -> set[tuple[str, str]]:
    if not isinstance(section, dict):
        return set()
    return {(a, b) for a, b in section.get("pairs", [])}


_TAKES_AFTER = frozenset({"after", "both"})
_TAKES_BEFORE = frozenset({"before", "both"})


def find_cues(doc: Document, lumping: object, missing_within: int) -> list[Cue]:
    """Every casualty cue, left to right, with lumped pairs merged into casualties."""
    raw: list[Cue] = []
    covered = 0
    history = doc.hits.get("history", NO_HITS)
    for index, hits in sorted(doc.hits.get("cue", NO_HITS).items()):
        if index < covered:
            continue
        _, longest, (_, metric, extra) = hits[0]
        covered = longest
        if history and (index - 1 in history or index - 2 in history or index - 3 in history):
            continue
        if len(hits) == 1:
            direction = extra[0]
            after = direction in _TAKES_AFTER
            before = direction in _TAKES_BEFORE
        else:
            directions = {
                hit.value.extra[0] for hit in hits if hit.end == longest and hit.value.key == metric
            }
            after = not directions.isdisjoint(_TAKES_AFTER)
            before = not directions.isdisjoint(_TAKES_BEFORE)
        raw.append(Cue(index, longest, metric, after, before))
    pairs = _pairs(doc, lumping)
    cues: list[Cue] = []
    skip = False
    for position, cue in enumerate(raw):
        if skip:
            skip = False
            continue
        following = raw[position + 1] if position + 1 < len(raw) else None
        if following is not None and (cue.metric, following.metric) in pairs:
            joined = following.start == cue.end and _joined(doc, following.start)
            adjacent = joined or _conjunction_between(doc, cue.end, following.start)
            own_count = _count_follows(doc, following.end, 1) and (
                not cue.takes_after or _count_before(doc, cue.start)
            )
            if adjacent and following.takes_before and not own_count:
                cues.append(
                    Cue(
                        cue.start,
                        following.end,
                        "casualties",
                        cue.takes_after or following.takes_after,
                        cue.takes_before or following.takes_before,
                    )
                )
                skip = True
                continue
        if _yields(cue, following, missing_within):
            continue
        cues.append(cue)
    return cues


def _definite_noun(doc: Document, index: int) -> bool:
    """English "the wounded", "the dead": a noun phrase of its own, not a count's cue."""
    return doc.lang == "en" and index > 0 and doc.tokens.words[index - 1] == "the"


def _yields(cue: Cue, following: Cue | None, within: int) -> bool:
    """Whether a missing cue («فقد») is part of a killing phrase after it («حياته»)."""
    return (
        cue.metric == "missing"
        and following is not None
        and following.metric == "killed"
        and following.start - cue.end < within
    )


def _count_follows(doc: Document, index: int, within: int = 2) -> bool:
    """Whether a count starts within ``within`` words after token ``index``."""
    return not doc.count_starts.isdisjoint(range(index, index + within + 1))


def _count_before(doc: Document, index: int) -> bool:
    """Whether a count ends right before token ``index`` (at most one word between)."""
    return index in doc.count_ends or index - 1 in doc.count_ends


def _joined(doc: Document, index: int) -> bool:
    """Whether token ``index`` carries the conjunction و (Arabic) on itself."""
    word = doc.tokens.words[index]
    return doc.lang == "ar" and word.startswith("و") and len(word) > 2


_CONJUNCTIONS = frozenset({"و", "and", "or", "أو", "او"})


def _conjunction_between(doc: Document, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are one conjunction («قتلى وجرحى», "killed or wounded")."""
    return end - start == 1 and doc.tokens.words[start] in _CONJUNCTIONS


def _cue_index(cues: list[Cue], size: int) -> list[int]:
    """For each token, the number of the cue covering it, or -1."""
    covering = [-1] * size
    for number, cue in enumerate(cues):
        for index in range(cue.start, cue.end):
            covering[index] = number
    return covering


IMPLIED_REACH = 3
"""How far from a cue with no count a singular noun («مهاجمًا انتحاريًا قُتل») counts one."""


def implied_counts(
    doc: Document, cues: list[Cue], figures: list[Figure]
) -> list[tuple[CountAt, Cue]]:
    """Counts implied by nouns by a cue: one («مهاجمًا انتحاريًا قُتل», «وأصيب ثالث») or two
    (a dual the count parser leaves alone, «شرطيين»). A cue that already governs a count
    may take one more noun right beside it («مقتل قيادي ... وعدد من مرافقيه»)."""
    governed: dict[int, list[CountAt]] = {}  # by the id of the cue
    for figure in figures:
        governed.setdefault(id(figure.cue), []).append(figure.at)
    taken = {index for at in doc.counts for index in range(at.start, at.end)}
    found = _listed_nouns(doc, figures, taken)
    hits = doc.hits
    # the tokens where a noun that counts one or two starts, in order
    nouns = sorted(
        {
            *hits.get("one", NO_HITS),
            *hits.get("ordinal", NO_HITS),
            *hits.get("person", NO_HITS),
            *hits.get("two", NO_HITS),
        }
    )
    words = doc.tokens.words
    for cue in cues:
        sentence = doc.sentences[doc.sentence_of[cue.start]]
        own = governed.get(id(cue), ())
        for at in own:
            if at.start - 1 > sentence.start and words[at.start - 1] in _BEFORE_PERSON:
                person = _person_joined_before(doc, at, sentence.start, taken)
                if person is not None:
                    found.append((person, cue))
                    taken.update(range(person.start, person.end))
        if own:
            item = _one_after_marker(doc, max(cue.end, *(at.end for at in own)), sentence, taken)
            if item is not None:
                found.append((item, cue))
                taken.update(range(item.start, item.end))
        reach = 1 if own else IMPLIED_REACH
        low = max(sentence.start, cue.start - reach)
        high = min(sentence.end, cue.end + reach)
        nearest = bisect_left(nouns, low)
        if nearest == len(nouns) or nouns[nearest] >= high:
            continue  # no noun near the cue
        before = range(cue.start - 1, low - 1, -1)
        after = range(cue.end, high)
        for index in (*before, *after):
            if index not in nouns:
                continue
            if index in taken or index - 1 in taken:
                continue
            if any(abs(index - at.start) <= 2 or abs(index - at.end) <= 1 for at in own):
                continue
            noun = doc.first("one", index) or doc.first("ordinal", index)
            value = 1
            first = index
            if noun is None and doc.at("person", index):
                article = _article_before(doc, index, sentence.start, taken)
                if article is not None:
                    noun, first = doc.first("person", index), article
            if noun is None:
                noun, value = doc.first("two", index), 2
            if noun is None or _names_a_toll(doc, noun.end):
                continue
            while (
                first - 1 >= sentence.start and first - 1 not in taken and doc.at("one", first - 1)
            ):
                first -= 1
            found.append((_implied(doc, first, noun.end, value), cue))
            taken.update(range(first, noun.end))
            break
    return found


MODIFIERS = 3
"""How many words may stand between "a" and the noun it counts ("a senior IS leader")."""


def _names_a_toll(doc: Document, index: int) -> bool:
    """Whether a word about the dead starts at ``index``, so that a noun just before it only
    qualifies it ("a heavy civilian death toll" counts no one civilian)."""
    return index in doc.hits.get("deaths", NO_HITS)


MARKER_GAP = 8
"""How many tokens (the figure's noun and place, a comma) may stand between a figure and the
breakdown marker after it ("7 people in the town, including ...")."""


def _one_after_marker(
    doc: Document, end: int, sentence: Sentence, taken: set[int]
) -> CountAt | None:
    """One person named as a part of the figure that ends at token ``end``, after a breakdown
    marker ("twelve fighters were killed, including a senior leader")."""
    subcount = doc.hits.get("subcount", NO_HITS)
    reach = range(end, min(sentence.end, end + MARKER_GAP + 1))
    if subcount.keys().isdisjoint(reach):
        return None  # the common case, told at C speed
    cues = doc.hits.get("cue", NO_HITS)
    marker = next(
        (
            index
            for index in reach
            if index in subcount or index in cues or index in doc.count_starts
        ),
        None,
    )
    if marker is None or marker not in subcount:
        return None
    start = subcount[marker][0].end
    noun = doc.first("one", start)
    if noun is None:
        last = min(sentence.end, start + MODIFIERS + 2)
        noun = next(
            (
                doc.first("person", head)
                for head in range(start + 1, last)
                if doc.at("person", head) and _article_before(doc, head, start, taken) == start
            ),
            None,
        )
    if noun is None or noun.end > sentence.end or start in taken or _names_a_toll(doc, noun.end):
        return None
    return _implied(doc, start, noun.end, 1)


def _implied(doc: Document, first: int, end: int, value: int) -> CountAt:
    """The count of ``value`` that the nouns at tokens ``[first, end)`` state, with their text."""
    span = doc.original_span(first, end)
    return CountAt(first, end, span, Count.exact(value, text=doc.norm.original[span[0] : span[1]]))


def _article_before(doc: Document, index: int, start: int, taken: set[int]) -> int | None:
    """The "a"/"an" that makes the noun at token ``index`` one person, if only plain words
    stand between them ("a Russian military police officer")."""
    for at in range(index - 1, max(start, index - MODIFIERS - 1) - 1, -1):
        if at in taken:
            return None
        if doc.at("article", at):
            return at
        if doc.tokens.kinds[at] != WORD or doc.at("cue", at) or doc.at("stop", at):
            return None
    return None


_POSSESSIVES = frozenset({"her", "his", "their", "its"})
_BEFORE_PERSON = _POSSESSIVES | {"and"}
"""The words right before a count that a person joined on to it may stand before."""


def _person_joined_before(
    doc: Document, at: CountAt, start: int, taken: set[int]
) -> CountAt | None:
    """One person listed before a count with "and" ("a woman and her two children were
    wounded"): the cue that takes the count takes the person too."""
    words = doc.tokens.words
    index = at.start - 1
    if index > start and words[index] in _POSSESSIVES:
        index -= 1
    if index <= start or words[index] != "and" or not doc.at("person", index - 1):
        return None
    head = index - 1
    first = _article_before(doc, head, start, taken)
    noun = doc.first("person", head)
    if first is None or noun is None or head in taken:
        return None
    return _implied(doc, first, noun.end, 1)


def _listed_nouns(
    doc: Document, figures: list[Figure], taken: set[int]
) -> list[tuple[CountAt, Cue]]:
    """Singular and dual nouns that continue a breakdown list («بينهم 5 أطفال في كنصفرة
    وطفلة في البارة»): each counts one (or two) and is a part of the same whole."""
    found: list[tuple[CountAt, Cue]] = []
    for figure in figures:
        if figure.cue is None or (figure.parent is None and not figure.listed):
            continue
        end = min(doc.sentences[figure.sentence].end, figure.at.end + LIST_GAP)
        for index in range(figure.at.end, end):
            if index in taken or _statement(doc, index):
                break
            if not doc.tokens.words[index].startswith("و"):
                continue
            noun, value = doc.first("one", index), 1
            if noun is None:
                noun, value = doc.first("two", index), 2
            if noun is not None:
                at = _implied(doc, index, noun.end, value)
                found.append((at, figure.cue))
                taken.update(range(index, noun.end))
                break
    return found


def attach_counts(
    doc: Document, cues: list[Cue], implied: dict[int, Cue] | None = None
) -> list[Figure]:
    """The counts that a casualty cue governs, each with its metric, in text order.

    ``implied`` maps the first token of an implied count of one to the cue it stands by.
    """
    covering = _cue_index(cues, len(doc.tokens.words))
    blockers = doc.hits.get("blocker", NO_HITS)
    subcount = doc.hits.get("subcount", NO_HITS)
    # the tokens where a search for a count's cue stops or looks closer: a blocker, a cue, a count
    marks = sorted(
        doc.count_starts.union(blockers, [i for cue in cues for i in range(cue.start, cue.end)])
    )
    sentence_of, sentences = doc.sentence_of, doc.sentences
    figures: list[Figure] = []
    for at in doc.counts:
        start = at.start
        sentence_number = sentence_of[start]
        sentence = sentences[sentence_number]
        parent = (
            _parent(doc, at, figures, sentence_number)
            if figures and figures[-1].sentence == sentence_number
            else None
        )
        if parent is not None:
            base = figures[parent]
            own = _own_cue(doc, at, cues, covering)
            if own is None:
                figures.append(Figure(at, base.metric, base.cue, parent, sentence_number))
                continue
            if own.metric == base.metric:
                figures.append(Figure(at, own.metric, own, parent, sentence_number))
                continue
            figures.append(Figure(at, own.metric, own, None, sentence_number))
            continue
        clauses = sentence.clauses
        clause = max(0, bisect_right(clauses, start) - 1)  # Sentence.clause_of, inline
        first = clauses[clause]
        last = clauses[clause + 1] if clause + 1 < len(clauses) else sentence.end
        # «هم»/«بينهم» (or another breakdown marker) right before the count
        listed = start - 1 in subcount or start - 2 in subcount
        cue = implied.get(start) if implied else None
        if cue is None and listed:
            cue = _list_cue(doc, at, cues, covering, first)
        if cue is None:
            cue = _choose(doc, at, cues, covering, marks, first, last, blockers)
        if cue is not None:
            figures.append(Figure(at, cue.metric, cue, None, sentence_number, listed))
    return figures


def _list_cue(
    doc: Document, at: CountAt, cues: list[Cue], covering: list[int], first: int
) -> Cue | None:
    """The cue of a list that «هم» opens with no figure before it: the nearest cue on the left,
    whichever side it takes, that has no count of its own («المدنيين الذين قتلوا ... هم 30»)."""
    blockers = doc.hits.get("blocker", NO_HITS)
    for index in range(at.start - 1, max(first, at.start - REACH) - 1, -1):
        if index in blockers:
            return None
        if covering[index] >= 0:
            cue = cues[covering[index]]
            if _count_before(doc, cue.start) or (
                cue.takes_after and _count_follows(doc, cue.end, 1)
            ):
                return None
            return cue
    return None


def _own_cue(doc: Document, at: CountAt, cues: list[Cue], covering: list[int]) -> Cue | None:
    """A cue right after a count («خمسة قتلى», "190 arbitrary arrests") that takes it."""
    for index in range(at.end, min(len(covering), at.end + 2)):
        if covering[index] >= 0:
            cue = cues[covering[index]]
            return cue if cue.takes_before else None
        if doc.tokens.kinds[index] != WORD:
            return None
    return None


def _parent(doc: Document, at: CountAt, figures: list[Figure], sentence: int) -> int | None:
    """The figure this count breaks down, when «بينهم»/"including" (or a list of them) leads in."""
    if not figures or figures[-1].sentence != sentence:
        return None
    previous = len(figures) - 1
    hits = doc.hits
    if at.end in hits.get("subcount_after", NO_HITS):
        return figures[previous].parent if figures[previous].parent is not None else previous
    subcount = hits.get("subcount", NO_HITS)
    cue_hits = hits.get("cue", NO_HITS)
    for index in range(max(0, at.start - 2), at.start):
        if index in subcount and cue_hits.keys().isdisjoint(range(index, at.start)):
            return figures[previous].parent if figures[previous].parent is not None else previous
    last = figures[previous]
    whole = last.parent if last.parent is not None else (previous if last.listed else None)
    if whole is not None and 0 <= at.start - last.at.end <= LIST_GAP:
        if any(_statement(doc, i) for i in range(last.at.end, at.start)):
            return None
        words = doc.tokens.words
        joined = doc.lang == "ar" and words[at.start].startswith("و")
        if last.at.end < at.start and words[at.start - 1] in _JOINERS:
            joined = True
        if joined:
            return whole
    return None


LIST_GAP = 8
"""How many words (the group and place of an item) may part the items of a breakdown list
(«بينهم 5 أطفال في بلدة كنصفرة وامرأتان»)."""


_PARTITIVE = frozenset({"من", "of"})
_JOINERS = frozenset({"و", "and", ",", "،"})
"""Words and marks that join the items of a list («5 أطفال و3 نساء», "two men, a woman")."""


def _list_goes_on(doc: Document, at: CountAt) -> bool:
    """Whether a count is joined straight onto the count before it («طفل ورجل»)."""
    return at.start in doc.count_ends and _listed(doc, at.start)


def _listed(doc: Document, index: int) -> bool:
    """Whether the count at token ``index`` is joined to the one before it as an item of a
    list or a part of it («5 أطفال و3 نساء قتلوا», «4 عناصر، بينهم ضابط، قتلوا»), so a cue
    after it may take both."""
    words = doc.tokens.words
    before = words[index - 1] if index else ""
    if (doc.lang == "ar" and words[index].startswith("و")) or before in _JOINERS:
        return True
    subcount = doc.hits.get("subcount", NO_HITS)
    return index - 1 in subcount or index - 2 in subcount


_STATEMENTS = ("cue", "speech", "origin")


def _statement(doc: Document, index: int) -> bool:
    """Whether token ``index`` starts a statement of its own: a casualty cue or a verb of saying."""
    hits = doc.hits
    return any(index in hits.get(category, NO_HITS) for category in _STATEMENTS)


SUBJECT_WORDS = 3
"""How many words of its noun phrase may stand between a count and the verb after it («أحد
عناصر التنظيم قُتل»)."""


def _subject_of(doc: Document, at: CountAt, cue: Cue) -> bool:
    """Whether a count is the subject of a verb cue after it: only its noun phrase stands
    between («أن أحد المهاجمين قُتل»), and the verb has no count of its own after it («قُتل
    4»; a cue right after the verb takes what follows: «قُتل واعتُقل آخر»)."""
    if cue.start - at.end > SUBJECT_WORDS:
        return False
    kinds = doc.tokens.kinds
    stops = doc.hits.get("stop", NO_HITS)
    blockers = doc.hits.get("blocker", NO_HITS)
    for index in range(at.end, cue.start):
        if kinds[index] != WORD or index in stops or index in blockers:
            return False
    return cue.end in doc.hits.get("cue", NO_HITS) or not _count_follows(doc, cue.end, 1)


def _choose(
    doc: Document,
    at: CountAt,
    cues: list[Cue],
    covering: list[int],
    marks: list[int],
    first: int,
    last: int,
    blockers: Mapping[int, object],
) -> Cue | None:
    """The cue governing a count: the nearer of the first cue on each side that can take it.

    Each side is searched, up to :data:`REACH` words within the clause, for its first blocker
    or cue; ``marks`` (sorted) holds every token that is one, or starts a count, so only
    those are visited.
    """
    start, end = at.start, at.end
    inside = -1
    for number in covering[start:end]:
        if number >= 0 and (inside < 0 or number < inside):
            inside = number
    if inside >= 0:
        return cues[inside]
    of = end + 1
    if of < len(covering) and covering[of] >= 0 and doc.tokens.words[end] in _PARTITIVE:
        cue = cues[covering[of]]  # «العديد من القتلى وعشرات من الجرحى»: the count's own noun
        if cue.start == of and cue.takes_before:
            return cue
    left: tuple[int, Cue] | None = None
    low = max(first, start - REACH)
    for number in range(bisect_left(marks, start) - 1, -1, -1):
        index = marks[number]
        if index < low or index in blockers:
            break
        if covering[index] >= 0:
            cue = cues[covering[index]]
            taken = cue.takes_before and not cue.takes_after and _count_before(doc, cue.start)
            active = cue.end == at.start  # «مسلحون قتلوا 8 مدنيين»: "they killed", not "were"
            if (cue.takes_after or active) and not taken:
                left = (at.start - cue.end, cue)
            break
    right: tuple[int, Cue] | None = None
    count_starts = doc.count_starts
    high = min(last, at.end + REACH)
    for number in range(bisect_left(marks, end), len(marks)):
        index = marks[number]
        if index >= high or index in blockers:
            break
        if index in count_starts and not _listed(doc, index):
            break
        if covering[index] >= 0:
            cue = cues[covering[index]]
            taken = (cue.takes_after and cue.end in count_starts) or _definite_noun(doc, cue.start)
            if not taken and (cue.takes_before or _subject_of(doc, at, cue)):
                right = (cue.start - end, cue)
            break
    if left is None:
        return right[1] if right else None
    if right is None or (_list_goes_on(doc, at) and _listed(doc, right[1].start)):
        return left[1]  # «استشهاد طفل ورجل وإصابة آخرين»: a list goes on with the cue before
    if not right[1].takes_before:  # a verb after its subject («أن أحد عناصرها أصيب»)
        return right[1] if left[0] > SUBJECT_GAP else left[1]
    return left[1] if left[0] < right[0] else right[1]
