"""The ``extract`` function: casualty claims from one news text.

The pipeline, each step a module of its own: normalise and tokenise the text; locate every
listed phrase in one pass (:mod:`~claims.extraction.lexicon`); split paragraphs, sentences and
clauses (:mod:`~claims.extraction.sentences`); find the count phrases (:mod:`claims.numbers`)
and the casualty cue that governs each (:mod:`~claims.extraction.metrics`); find the victim group
after the count (:mod:`~claims.extraction.groups`); resolve who says it
(:mod:`~claims.extraction.attribution`); read the hedge (:mod:`~claims.extraction.status`) and the
place and date (:mod:`~claims.extraction.events`). A figure restated in the same text (a headline
and its lead) is kept once.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime
from functools import lru_cache

from claims.count import Count
from claims.errors import ClaimsTypeError
from claims.extraction._counts import counts_in
from claims.extraction._document import CATEGORY, Document
from claims.extraction._tokens import tokenize
from claims.extraction.attribution import OUTLET, Attribution, attribute, find_mentions
from claims.extraction.events import (
    Where,
    event_for,
    figure_place,
    main_place,
    place_mentions,
    sentence_dates,
    sentence_places,
)
from claims.extraction.groups import EVERYONE, FirstMentions, find_group
from claims.extraction.lexicon import LANGUAGES, Lexicon
from claims.extraction.metrics import Figure, attach_counts, find_cues, implied_counts
from claims.extraction.sentences import split_sentences
from claims.extraction.status import statuses
from claims.model import Claim, Group, Source, SourceKind, Status
from claims.normalize import normalize
from claims.numbers import UnknownLanguage, detect_language
from claims.registry import Registry

__all__ = ["UNATTRIBUTED", "extract"]

UNATTRIBUTED = "unattributed"


def _language(lang: object, text: str) -> str:
    if lang is None:
        try:
            return detect_language(text)
        except TimeoutError:
            return "en"
    if not isinstance(lang, str):
        raise ClaimsTypeError(f"lang must be a str or None, not {type(lang).__name__}")
    primary = lang.strip().lower().replace("_", "-").split("-")[0]
    if primary not in LANGUAGES:
        raise UnknownLanguage(f"no extractor for language {lang!r}; known: {', '.join(LANGUAGES)}")
    return primary


def _published(value: object) -> tuple[date | None, datetime | None]:
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return value.date(), value
    if isinstance(value, date):
        return value, datetime(value.year, value.month, value.day)
    raise ClaimsTypeError(f"published must be a date or a datetime, not {type(value).__name__}")


def _check(text: object, outlet: object, lexicon: object) -> None:
    if not isinstance(text, str):
        raise ClaimsTypeError(f"text must be a str, not {type(text).__name__}")
    if outlet is not None and not isinstance(outlet, str):
        raise ClaimsTypeError(
            f"outlet must be a source id (str) or None, not {type(outlet).__name__}"
        )
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise ClaimsTypeError(f"lexicon must be a Lexicon, not {type(lexicon).__name__}")


def _prepare(text: str, lang: str | None, lex: Lexicon) -> Document | None:
    norm = normalize(text)
    language = _language(lang, norm.text)
    try:
        tokens = tokenize(norm.text, language)
    except TimeoutError:
        return None
    table = lex.table(language)
    hits = table.scan_grouped(tokens, CATEGORY)
    sentences = split_sentences(norm.text, tokens, set(hits.get("clause", {})))
    sentence_of: list[int] = []  # the sentences cover the tokens, one after another
    for number, sentence in enumerate(sentences):
        sentence_of += [number] * (sentence.end - sentence.start)
    token_starts = norm.original_indices(tokens.starts)
    doc = Document(norm, language, tokens, hits, sentences, sentence_of, [], token_starts)
    counts = []
    ascii_text = doc.norm.text.isascii()
    for first, last in _cue_stretches(doc):
        counts.extend(counts_in(doc, first, last, ascii_text))
    doc.add_counts(counts)
    return doc


def _cue_stretches(doc: Document) -> list[tuple[int, int]]:
    """The tokens ``[first, last)`` of the runs of sentences that hold a casualty cue.

    Only a cue in its own sentence can govern a count, so counts are looked for there alone;
    in most news text that is a small part of the words. A run is the tokens whose original
    text lies within the runs' original spans (which, where normalising deleted nothing, are
    the sentences' tokens).
    """
    chosen = {doc.sentence_of[index] for index in doc.hits.get("cue", {})}
    numbers = sorted(chosen)
    stretches: list[tuple[int, int]] = []
    sentences = doc.sentences
    if doc.norm.keeps_offsets:
        for number in numbers:
            sentence = sentences[number]
            if stretches and number - 1 in chosen:
                stretches[-1] = (stretches[-1][0], sentence.end)
            else:
                stretches.append((sentence.start, sentence.end))
        return stretches
    spans: list[tuple[int, int]] = []
    for number in numbers:
        sentence = sentences[number]
        begin, end = doc.original_span(sentence.start, sentence.end)
        if spans and number - 1 in chosen and spans[-1][1] <= begin:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((begin, end))
    for begin, end in spans:
        first = bisect_left(doc.token_starts, begin)
        stretches.append((first, bisect_left(doc.token_starts, end, first)))
    return stretches


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: date | datetime | None = None,
    outlet: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Claim]:
    """The casualty claims in ``text``, in the order they appear.

    ``lang`` is "ar" or "en" (None: Arabic if the text has an Arabic letter). ``published``
    resolves «أمس», weekdays and month names and becomes each claim's ``said_at``.
    ``outlet`` is the source id of the outlet that published the text: claims the text does
    not attribute are the outlet's own, and claims it attributes to someone else were relayed
    through it (``via``). Raises :class:`~claims.errors.ClaimsTypeError` for a non-str text;
    any str gives a list, possibly empty.
    """
    _check(text, outlet, lexicon)
    day, said_at = _published(published)
    lex = Lexicon.default() if lexicon is None else lexicon
    if not text.strip():
        return []
    doc = _prepare(text, lang, lex)
    if doc is None or not doc.hits.get("cue"):
        return []
    return _claims(doc, text, lex, day, said_at, outlet)


def _claims(
    doc: Document,
    text: str,
    lex: Lexicon,
    day: date | None,
    said_at: datetime | None,
    outlet: str | None,
) -> list[Claim]:
    """The claims of a prepared document that holds a casualty cue."""
    registry = lex.registry
    lumping = lex.section(doc.lang, "lumping")
    within = int(lex.section(doc.lang, "missing_yields").get("within", 0))
    cues = find_cues(doc, lumping, within)
    figures = attach_counts(doc, cues)
    implied = implied_counts(doc, cues, figures)
    if implied:
        doc.add_counts(at for at, _ in implied)
        figures = attach_counts(doc, cues, {at.start: cue for at, cue in implied})
    mentions_at = FirstMentions(doc)
    count_starts = doc.count_starts
    found: list[tuple[Figure, str]] = []
    results = []
    for figure in figures:
        result = find_group(doc, figure, found, mentions_at, count_starts, registry.taxonomy)
        found.append((figure, result.group or EVERYONE))
        results.append(result)
    own_side = [result.own_side for result in results]
    reach = int(lex.section(doc.lang, "attribution").get("reach", 6))
    attributions = attribute(doc, figures, find_mentions(doc, reach, registry), registry)
    sourced = [_source(attribution, outlet) for attribution in attributions]
    by_id: dict[str, Source] = {}  # most figures of a text share a few sources
    sources = []
    for source_id, _ in sourced:
        source = by_id.get(source_id)
        if source is None:
            source = by_id[source_id] = (
                registry.source(source_id) if registry.knows(source_id) else _unknown(source_id)
            )
        sources.append(source)
    for number, result in enumerate(results):
        source = sources[number]
        if result.own_side:
            side = source.affiliation
            if side is not None:
                found[number] = (found[number][0], side)
        elif result.fighters:
            side = _side_of_fighters(doc, found, number, sourced[number][0], source, registry)
            found[number] = (found[number][0], side)
        elif result.inherits is not None:
            side = found[result.inherits][1]
            if registry.taxonomy.is_within(side, "civilians") and figures[number].parent is None:
                side = "civilians"
            found[number] = (found[number][0], side)
        figure, group = found[number]
        if source.affiliation is not None and _martyrs(doc, figure, group, source):
            found[number] = (figure, source.affiliation)
    status_of = statuses(doc, figures, [source_id for source_id, _ in sourced])
    separate = {doc.sentence_of[index] for index in doc.hits.get("separate", {})}
    groups = [
        registry.group(source.affiliation if source.affiliation is not None and own else group)
        for (_, group), own, source in zip(found, own_side, sources, strict=True)
    ]
    kept = _restated_once(doc, figures, sources, groups, separate, outlet)
    mentioned = place_mentions(doc, lex.table(doc.lang).longest)
    places = sentence_places(doc, mentioned)
    place_positions = [index for index, _ in mentioned]
    cumulative = {doc.sentence_of[index] for index in doc.hits.get("cumulative", {})}
    dates = sentence_dates(doc, day, {figures[number].sentence for number in kept})
    main = main_place(places)
    relayed = (registry.source(outlet),) if outlet is not None else ()
    events: dict[tuple[Where | None, int], str | None] = {}
    drafts: list[_Draft] = []
    for number in kept:
        figure = figures[number]
        sentence = figure.sentence
        # a sentence that names no place gives none of its figures one
        where = (
            figure_place(
                doc,
                mentioned,
                place_positions,
                figure.at.start,
                sentence,
                cumulative=sentence in cumulative,
            )
            if sentence in places
            else None
        ) or main
        event_at = (where, sentence)
        if event_at in events:
            event = events[event_at]
        else:
            event = events[event_at] = event_for(
                where,
                dates.get(sentence),
                day,
                separate=sentence in separate and sentence not in dates,
                tag=sentence,
            )
        span = _span(doc, figure)
        speaker = attributions[number].speaker
        drafts.append(
            (
                sources[number],
                figure.metric,
                groups[number],
                figure.at.count,
                status_of[number],
                relayed if sourced[number][1] else (),
                event,
                said_at,
                text[speaker[0] : speaker[1]] if speaker else None,
                span,
                text[span[0] : span[1]],
            )
        )
    drafts.sort(key=_span_of)
    return [Claim._trusted(*draft) for draft in drafts]


@lru_cache(maxsize=1024)
def _unknown(source_id: str) -> Source:
    """The source for an id the registry does not list (as ``Registry.source`` makes it), made
    once: most texts give some claims to ``unattributed``."""
    return Source(source_id, kind=SourceKind.UNKNOWN)


LOOK_BACK_SENTENCES = 3
"""How many sentences back unnamed fighters may take the side of an earlier figure."""
_NOT_SIDES = frozenset({EVERYONE, "civilians", "children", "women", "unknown"})


def _side_of_fighters(
    doc: Document,
    found: list[tuple[Figure, str]],
    number: int,
    source_id: str,
    source: Source,
    registry: Registry,
) -> str:
    """The side of fighters a text does not name: the one armed group their sentence names
    (other than the source's own), else the side of a figure shortly before them."""
    figure = found[number][0]
    exclude = {source_id, source.affiliation}
    sentence = doc.sentences[figure.sentence]
    named = set()
    near = range(max(sentence.start, figure.at.start - 40), min(sentence.end, figure.at.end + 40))
    for category in ("group", "source"):
        hits = doc.hits.get(category, {})
        for index in near:
            for hit in hits.get(index, ())[:1]:
                key = hit.value.key
                if key in registry.taxonomy and key not in _NOT_SIDES:
                    if category == "group" and hit.value.extra:
                        continue
                    named.add(key)
    named -= exclude
    if len(named) == 1:
        return named.pop()
    for earlier, group in reversed(found[max(0, number - 20) : number]):
        if figure.sentence - earlier.sentence > LOOK_BACK_SENTENCES:
            break
        if group not in _NOT_SIDES:
            return group
    return EVERYONE


def _martyrs(doc: Document, figure: Figure, group: str, source: Source) -> bool:
    """A side (a party, its media or government) calling unnamed dead «شهداء» speaks of its own."""
    cue = figure.cue
    martyrs = doc.hits.get("martyr", {})
    return (
        group == EVERYONE
        and source.kind is not SourceKind.MONITOR
        and cue is not None
        and any(martyrs.get(index) for index in range(cue.start, cue.end))
    )


def _source(attribution: Attribution, outlet: str | None) -> tuple[str, tuple[str, ...]]:
    source = attribution.source
    if source is None or source == OUTLET:
        return (outlet or UNATTRIBUTED), ()
    if outlet is not None and outlet != source:
        return source, (outlet,)
    return source, ()


def _span(doc: Document, figure: Figure) -> tuple[int, int]:
    start, end = figure.at.span
    cue = figure.cue
    if cue is not None and figure.parent is None:
        cue_start, cue_end = doc.original_span(cue.start, cue.end)
        start, end = min(start, cue_start), max(end, cue_end)
    return start, end


LEAD_SENTENCES = 3
"""Sentences at the top of a text (headline, subtitle, lead) that later ones restate."""
NEARBY_SENTENCES = 2
"""A figure repeated this close to its first statement is a restatement."""


def _restates(first: int, later: int, lead: set[int]) -> bool:
    """Whether the same figure in sentence ``later`` restates the one in ``first``."""
    return first != later and (first in lead or later - first <= NEARBY_SENTENCES)


def _is_another(doc: Document, figure: Figure) -> bool:
    at = figure.at
    for key in doc.tokens.keys[at.start : at.end + 1]:
        if isinstance(key, str):
            if key.startswith(_ANOTHER):
                return True
        elif any(form.startswith(_ANOTHER) for form in key):
            return True
    return False


_ANOTHER = ("اخر", "another", "other")


_Key = tuple[str, str, tuple[object, ...]]
"""A figure's source, group and count; "*" for any source or any group."""


def _elsewhere(sentences: set[int] | None, sentence: int) -> bool:
    """Whether ``sentences`` holds one other than ``sentence``."""
    return sentences is not None and (len(sentences) > 1 or sentence not in sentences)


_Draft = tuple[
    Source,
    str,
    Group,
    Count,
    Status,
    tuple[Source, ...],
    str | None,
    datetime | None,
    str | None,
    tuple[int, int],
    str,
]
"""The fields of a claim, in :class:`Claim` order: a claim is built once it is kept."""


def _span_of(draft: _Draft) -> tuple[int, int]:
    return draft[9]


def _restated_once(
    doc: Document,
    figures: list[Figure],
    sources: list[Source],
    groups: list[Group],
    separate: set[int],
    outlet: str | None,
) -> list[int]:
    """The figures that are not restatements of a figure made in another sentence (a headline
    and its lead), by number.

    A repeat is the same source, metric, group and count; an unattributed figure that a
    named source also gives; or a figure for everyone that another sentence gives for a
    named group. Two equal figures in one sentence are two statements and both stay, and so
    does a figure that says it is another («عنصران آخران») or tells of a separate incident
    (a sentence in ``separate``), and a part of a figure that is itself new («13 مدنياً، بينهم
    طفلان» after «12 مدنياً بينهم طفلان»).
    """
    anonymous = {UNATTRIBUTED, outlet}
    lead = set(range(LEAD_SENTENCES))
    keys: list[_Key] = []
    # the sentences giving each figure from a named source: from any source, for any group
    seen: dict[_Key, set[int]] = {}
    for figure, source, group in zip(figures, sources, groups, strict=True):
        source_id, group_id = source.id, group.id
        count = figure.at.count
        stated: tuple[object, ...] = (figure.metric, count.kind, count.low, count.high)
        keys.append((source_id, group_id, stated))
        if source_id not in anonymous:
            seen.setdefault(("*", group_id, stated), set()).add(figure.sentence)
            if group_id != EVERYONE:
                seen.setdefault((source_id, "*", stated), set()).add(figure.sentence)
    kept: list[int] = []
    new: set[int] = set()
    taken: dict[_Key, int] = {}
    for number, (figure, key) in enumerate(zip(figures, keys, strict=True)):
        sentence = figure.sentence
        source_id, group_id, stated = key
        if seen:
            if source_id in anonymous:
                elsewhere = seen.get(("*", group_id, stated))
            elif group_id == EVERYONE:
                elsewhere = seen.get((source_id, "*", stated))
            else:
                elsewhere = None
            repeat = _elsewhere(elsewhere, sentence)
        else:
            repeat = False
        if (
            (repeat or (key in taken and _restates(taken[key], sentence, lead)))
            and figure.parent not in new
            and sentence not in separate
            and not _is_another(doc, figure)
        ):
            continue
        new.add(number)
        taken.setdefault(key, sentence)
        kept.append(number)
    return kept
