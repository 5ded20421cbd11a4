"""Who asserts a figure first-hand: attribution cues and the source names they introduce.

A source is named after an attribution cue («بحسب المرصد», «قال فرهاد شامي», «أعلنت قسد»,
"according to the Observatory") or, in English, before a verb of saying ("the Observatory
said"). Named people resolve to the source they speak for and stay as the speaker; words like
«الوزارة» or «المصدر نفسه» refer back to the last named source; the outlet's own reporter
gives the claim to the outlet. A claim takes, in order: a source in its own clause; one in
another clause of its sentence; a paragraph's closing attribution («... بحسب المرصد.»); the
source of the statement it continues (the sentence before, or one sentence further back);
otherwise none (the engine then uses the outlet, or ``unattributed``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from typing import NamedTuple

from claims.extraction._document import NO_HITS, Document
from claims.extraction._phrases import Hit
from claims.extraction._tokens import PUNCT
from claims.extraction.lexicon import Entry
from claims.extraction.metrics import Figure
from claims.extraction.sentences import SENTENCE_ENDS
from claims.model import SourceKind
from claims.registry import Registry

__all__ = ["OUTLET", "Attribution", "Mention", "attribute", "find_mentions"]

OUTLET = "@outlet"
"""Placeholder source for the outlet's own reporter."""

_THAT = frozenset({"ان", "that", ":"})
_ANAPHOR = "@anaphor"
OFFICIAL = "official"
"""The source id of an official named only by title («قال محافظ نينوى»)."""


class Mention(NamedTuple):
    """A source named at token ``position`` (introduced by a cue at ``cue``)."""

    cue: int
    position: int
    end: int
    source: str
    speaker: tuple[int, int] | None
    origin: bool


class Attribution(NamedTuple):
    """The source of one figure, its speaker's span in the text, and whether the text says so."""

    source: str | None
    speaker: tuple[int, int] | None = None


_PERSON = ("person",)
_Named = tuple[str, int, tuple[int, int] | None]
"""A source named at a token: its id, the token after its name, and a person's span."""


def _names(doc: Document) -> dict[int, _Named]:
    """The source named at each token that names one.

    Only tokens where an anaphor, a source or a reporter starts can, and not inside a longer
    group name; those are resolved once per text and the rules look names up by token. An
    anaphor wins over a shorter source name; a person named there is the source's speaker.
    """
    hits = doc.hits
    anaphors = hits.get("anaphor", NO_HITS)
    sources = hits.get("source", NO_HITS)
    reporters = hits.get("reporter", NO_HITS)
    groups = hits.get("group", NO_HITS)
    names: dict[int, _Named] = {}
    for index, found in sources.items():
        if _in_group_name(groups, index):
            continue
        source = found[0]
        anaphor = anaphors.get(index)
        if anaphor is not None and anaphor[0].end >= source.end:
            names[index] = _ANAPHOR, anaphor[0].end, None
            continue
        for best in found:
            if best.value.extra == _PERSON:
                names[index] = best.value.key, best.end, doc.original_span(best.start, best.end)
                break
        else:
            names[index] = source.value.key, source.end, None
    for index, found in anaphors.items():
        if index not in sources and not _in_group_name(groups, index):
            names[index] = _ANAPHOR, found[0].end, None
    for index, found in reporters.items():
        if index not in sources and index not in anaphors and not _in_group_name(groups, index):
            names[index] = OUTLET, found[0].end, None
    return names


def _in_group_name(groups: Mapping[int, list[Hit[Entry]]], index: int) -> bool:
    """Whether token ``index`` is inside a group name that starts up to 4 words before it."""
    for start in range(index - 4, index):
        found = groups.get(start)
        if found is not None and found[0].end > index:  # the longest name there
            return True
    return False


def find_mentions(doc: Document, reach: int, registry: Registry) -> list[Mention]:
    """Every source introduced by an attribution cue, in text order, anaphors resolved."""
    found: dict[int, Mention] = {}
    names = _names(doc)
    named_at = sorted(names)
    words, kinds = doc.tokens.words, doc.tokens.kinds
    sentences, sentence_of = doc.sentences, doc.sentence_of
    english = doc.lang == "en"
    officials = doc.hits.get("official", NO_HITS)
    for category in ("origin", "speech"):
        origin = category == "origin"
        forward = ENGLISH_FORWARD if english and not origin else reach
        for index, hits in doc.hits.get(category, NO_HITS).items():
            sentence = sentences[sentence_of[index]]
            end = hits[0].end
            named_here = False
            official: int | None = None
            if english and not origin:
                named_here = _look_back(doc, names, named_at, index, sentence.start, found)
            stop_at = end if named_here else min(sentence.end, end + forward)
            for position in range(end, stop_at):
                word = words[position]
                if word in _THAT or (kinds[position] == PUNCT and word in ".؟?"):
                    break
                if official is None and position in officials:
                    official = position
                named = names.get(position)
                if named is not None:
                    named_here = True
                    if position not in found:
                        source, stop, speaker = named
                        found[position] = Mention(index, position, stop, source, speaker, origin)
                        named_relay = source != _ANAPHOR and not _anonymous(registry, source)
                        _relayed_from(doc, names, stop, sentence.end, found, named_relay, registry)
                    break
            if not named_here and official is not None and official not in found:
                stop = officials[official][0].end
                found[official] = Mention(index, official, stop, OFFICIAL, None, False)
                named_here = True
    _subject_mentions(doc, names, named_at, found)
    ordered = sorted(found.values(), key=lambda m: m.position)
    resolved: list[Mention] = []
    last: Mention | None = None
    for mention in ordered:
        if mention.source == _ANAPHOR:
            if last is None:
                continue
            mention = Mention(
                mention.cue,
                mention.position,
                mention.end,
                last.source,
                last.speaker,
                mention.origin,
            )
        elif mention.source != OUTLET:
            last = mention
        resolved.append(mention)
    return resolved


_FROM = frozenset({"عن", "from"})
RELAY_REACH = 4
"""How far after a relaying source «عن» may introduce the source it quotes."""


def _relayed_from(
    doc: Document,
    names: dict[int, _Named],
    start: int,
    end: int,
    found: dict[int, Mention],
    relay_is_named: bool,
    registry: Registry,
) -> None:
    """«نقلت مواقع محلية عن مصدر في وزارة الصحة»: the source quoted after «عن» is a mention too
    (ranking then prefers the named or nearer one). A named relay keeps an anonymous one's
    words as its own («نقل المرصد عن مصادر», «نقلت سانا عن مصادر أهلية»)."""
    words = doc.tokens.words
    for position in range(start, min(end, start + RELAY_REACH)):
        if words[position] in _FROM and position + 1 < end:
            named = names.get(position + 1)
            if named is not None and relay_is_named and _anonymous(registry, named[0]):
                return
            if named is not None and position + 1 not in found:
                found[position + 1] = Mention(
                    position, position + 1, named[1], named[0], named[2], True
                )
            return


def _anonymous(registry: Registry, source: str) -> bool:
    """Whether ``source`` is an anonymous source (local sources, a security source)."""
    return registry.knows(source) and registry.source(source).kind is SourceKind.ANONYMOUS


def _subject_mentions(
    doc: Document, names: dict[int, _Named], named_at: list[int], found: dict[int, Mention]
) -> None:
    """«وبيّن المصدر أن ...», "X said that": a source right after a sentence's first word and
    followed shortly by «أن»/"that" is the speaker, whatever the verb; so is a dateline source
    («إدلب - المرصد السوري:»), which covers the whole text.

    ``named_at`` holds the tokens of ``names`` in order: a sentence's subject is the first of
    them, among its second and third words, not yet found.
    """
    sentences = doc.sentences
    if sentences:
        _dateline(doc, names, sentences[0].start, sentences[0].end, found)
    words = doc.tokens.words
    speech = doc.hits.get("speech", NO_HITS)
    sentence_of = doc.sentence_of
    looked: set[int] = set()  # the sentences whose subject has been looked at
    for position in named_at:
        number = sentence_of[position]
        sentence = sentences[number]
        if not sentence.start < position < min(sentence.end, sentence.start + 3):
            continue
        if position in found or number in looked:
            continue
        looked.add(number)
        named = names[position]
        stop = named[1]
        following = words[stop : min(sentence.end, stop + 6)]
        speaks = not speech.keys().isdisjoint(range(stop, min(sentence.end, stop + 3)))
        if any(word in _THAT for word in following if word != ":") and (
            speaks or any(word in _THAT for word in following[:3])
        ):
            found[position] = Mention(sentence.start, position, stop, named[0], named[2], False)


DATELINE = 6
"""How many words into a text a dateline source («إدلب - المرصد السوري:») may start."""


def _dateline(
    doc: Document, names: dict[int, _Named], start: int, end: int, found: dict[int, Mention]
) -> None:
    for position in range(start, min(end, start + DATELINE)):
        named = names.get(position)
        if named is None:
            continue
        if named[1] < end and doc.tokens.words[named[1]] == ":" and position not in found:
            found[position] = Mention(start, position, named[1], named[0], named[2], True)
        return


ENGLISH_FORWARD = 3
"""English says "X said" or "..., said X": after a verb of saying, look only this far ahead."""
BACK_REACH = 20
"""How far back from an English verb of saying its subject may start ("X, a ... monitor, said")."""


def _look_back(
    doc: Document,
    names: dict[int, _Named],
    named_at: list[int],
    index: int,
    first: int,
    found: dict[int, Mention],
) -> bool:
    """English "X said": the nearest source name before the verb (the longest one there),
    else an official named by title. ``named_at`` holds the tokens of ``names`` in order."""
    low = max(first, index - BACK_REACH)
    for number in range(bisect_left(named_at, index) - 1, -1, -1):
        position = named_at[number]
        if position < low:
            break
        named = names[position]
        if named[1] > index:
            continue
        for earlier in (position - 1, position - 2):
            longer = names.get(earlier) if earlier >= first else None
            if longer is not None and longer[1] >= named[1]:
                position, named = earlier, longer
        for back in range(bisect_left(named_at, position) - 1, -1, -1):
            earlier = named_at[back]
            if earlier < low:
                break
            person = names[earlier]
            if person[2] is not None:  # "X, head of the SDF ..., said"
                position, named = earlier, person
                break
        if position not in found:
            found[position] = Mention(index, position, named[1], named[0], named[2], False)
        return True
    officials = doc.hits.get("official", NO_HITS)
    official = (
        next((p for p in range(index - 1, low - 1, -1) if p in officials), None)
        if officials
        else None
    )
    if official is not None and official not in found:
        stop = officials[official][0].end
        found[official] = Mention(index, official, stop, OFFICIAL, None, False)
        return True
    return False


NEAR = 60
"""How many words from a figure a source in its sentence may stand (bounds the work)."""


def _rank(source: str, registry: Registry) -> int:
    if source == OUTLET:
        return 4
    if not registry.knows(source):
        return 1
    kind = registry.source(source).kind
    if kind is SourceKind.ANONYMOUS:
        return 2
    if kind is SourceKind.MEDIA:
        return 3
    return 0


def attribute(
    doc: Document,
    figures: list[Figure],
    mentions: list[Mention],
    registry: Registry,
) -> list[Attribution]:
    """The attribution of each figure (``source=None`` when the text names no source)."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(doc.sentence_of[mention.position], []).append(mention)
    with_figures = {figure.sentence for figure in figures}
    # for the sentences with figures: the positions, clauses and ranks of their mentions
    positions: dict[int, list[int]] = {}
    clauses: dict[int, list[int]] = {}
    ranks: dict[int, list[int]] = {}
    for n, found in by_sentence.items():
        if n in with_figures:
            clause_of = doc.sentences[n].clause_of
            positions[n] = [m.position for m in found]
            clauses[n] = [clause_of(m.position) for m in found]
            ranks[n] = [_rank(m.source, registry) for m in found]
    closing = _closing_attributions(doc, by_sentence, with_figures)
    asides = {doc.sentence_of[i] for i in doc.hits.get("aside", NO_HITS)}
    new_topics = {
        doc.sentence_of[i]
        for i in doc.hits.get("new_topic", NO_HITS)
        if i - doc.sentences[doc.sentence_of[i]].start <= 1
    } | {doc.sentence_of[i] for i in doc.hits.get("separate", NO_HITS)}
    results: list[Attribution] = []
    running: Attribution | None = None
    last_sentence = -1
    for figure in figures:
        number = figure.sentence
        if number != last_sentence:
            quiet = [s for s in range(last_sentence + 1, number) if s not in with_figures]
            closed = quiet == [number - 1] and _closes_paragraph(doc, number - 1, number)
            if len(quiet) > 1 or number in asides or number in new_topics or closed:
                running = None
            elif quiet == [number - 1] and by_sentence.get(number - 1):
                lead = by_sentence[number - 1][0]  # «رصد المرصد سلسلة حوادث:» then the list
                running = Attribution(lead.source, lead.speaker)
            last_sentence = number
        sentence = doc.sentences[number]
        anchor = figure.at.start
        chosen: Mention | None = None
        own = by_sentence.get(number)
        if own:
            near = positions[number]
            clause = sentence.clause_of(anchor)
            # a source in the figure's own clause, else one in a clause before it (or a
            # cue of origin after the figure); the best ranked, then before it, then nearest
            same_clause: list[int] = []
            other: list[int] = []
            for k in range(bisect_left(near, anchor - NEAR), bisect_right(near, anchor + NEAR)):
                mention = own[k]
                if mention.cue >= anchor and _introduces(doc, mention, sentence.end):
                    continue
                where = clauses[number][k]
                if where == clause:
                    same_clause.append(k)
                elif where < clause or (mention.origin and mention.position > anchor):
                    other.append(k)
            if same_clause or other:
                rank = ranks[number]
                best = min(
                    same_clause or other,
                    key=lambda k: (rank[k], own[k].cue > anchor, abs(own[k].cue - anchor)),
                )
                chosen = own[best]
        if chosen is not None:
            result = Attribution(chosen.source, chosen.speaker)
        elif number in asides:
            result = Attribution(None)
        elif sentence.paragraph in closing:
            result = closing[sentence.paragraph]
        elif running is not None:
            result = running
        else:
            result = Attribution(None)
        results.append(result)
        running = result if result.source is not None else None
    return results


INTRODUCES = 6
"""How far after a source name «أن»/"that" may open what it says («وقال الناطق باسم ... إن»)."""


def _introduces(doc: Document, mention: Mention, end: int) -> bool:
    """Whether a source named after a figure goes on to say something else («..., وقال
    المرصد إن ...»): then it speaks of what follows, not of the figure before it."""
    words, keys = doc.tokens.words, doc.tokens.keys
    for index in range(mention.end, min(end, mention.end + INTRODUCES)):
        word = words[index]
        if word in ",،" or word in SENTENCE_ENDS:
            return False
        if word == ":" or _says_that(keys[index]):
            return True
    return False


def _says_that(key: str | tuple[str, ...]) -> bool:
    """Whether a token (its key: the word alone, or its forms) is «أن», "that" or a colon."""
    return key in _THAT if isinstance(key, str) else not _THAT.isdisjoint(key)


def _closes_paragraph(doc: Document, number: int, after: int) -> bool:
    """Whether sentence ``number`` is a full reported statement («وأوضحت الوكالة أن ...») that
    ends its paragraph, and sentence ``after``, in the next one, says nothing of who speaks:
    then its figures are the writer's. A verb of saying («وأشارت إلى أن») goes on quoting."""
    sentence = doc.sentences[number]
    following = doc.sentences[after]
    if following.paragraph == sentence.paragraph or _speaks(doc, after):
        return False
    keys = doc.tokens.keys[sentence.start : sentence.end]
    return _speaks(doc, number) and any(_says_that(key) for key in keys)


def _speaks(doc: Document, number: int) -> bool:
    sentence = doc.sentences[number]
    speech = doc.hits.get("speech", NO_HITS)
    return not speech.keys().isdisjoint(range(sentence.start, sentence.end))


CLOSING_WORDS = 16
"""The longest sentence read as a paragraph's closing attribution rather than a statement."""


def _closing_attributions(
    doc: Document, by_sentence: dict[int, list[Mention]], with_figures: set[int]
) -> dict[int, Attribution]:
    """Paragraphs ending in a sentence with a source and no figure («هذا ما رصده المرصد.»)."""
    closing: dict[int, Attribution] = {}
    sentences = doc.sentences
    for number, own in by_sentence.items():
        sentence = sentences[number]
        last_of_paragraph = (
            number + 1 == len(sentences) or sentences[number + 1].paragraph != sentence.paragraph
        )
        if not last_of_paragraph or number in with_figures:
            continue
        words = doc.tokens.words[sentence.start : sentence.end]
        if own and len(words) <= CLOSING_WORDS and _THAT.isdisjoint(words):
            closing[sentence.paragraph] = Attribution(own[0].source, own[0].speaker)
    return closing
