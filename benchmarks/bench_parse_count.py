"""Benchmark: claims.numbers.parse_count next to pyarabic's text2number.

Run with ``python benchmarks/bench_parse_count.py`` (``PYTHONPATH=src`` if the
package is not installed). Prints, for the Arabic phrases of our development
corpus (tests/numbers/data/phrases.tsv):

* phrases per second for both, and our time per phrase as a ratio to
  text2number's, measured in the same run;
* accuracy of both: strict (our kind, bounds and value are what the phrase
  means) and lenient (the single figure returned lies in the meaning's
  interval; 0 or None for phrases with no count), the only measure text2number,
  which returns one int, can meet.

If ``/work/shared/corpora/arabic-news/arabic_news_dev.jsonl`` exists it also
reports how many gold counts' bounds and values appear among ``find_counts``
results for each text (read in place, never copied).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from pyarabic.number import text2number

from claims.count import Count
from claims.numbers import find_counts, parse_count

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "numbers" / "data" / "phrases.tsv"
NEWS = Path("/work/shared/corpora/arabic-news/arabic_news_dev.jsonl")

Expected = tuple[str, int | None, int | None, int | None]


def _optional(field: str) -> int | None:
    return None if field == "-" else int(field)


def load_phrases(lang: str) -> list[tuple[str, Expected]]:
    """The (phrase, (kind, low, high, value)) rows of one language, xfail rows included."""
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row_lang, phrase, kind, low, high, value, *_ = line.split("\t")
        if row_lang == lang:
            rows.append((phrase, (kind, _optional(low), _optional(high), _optional(value))))
    return rows


def per_phrase_seconds(function: Callable[[str], object], phrases: list[str]) -> float:
    """Best of five timed passes over the phrases (each pass repeated to last ~0.2 s)."""
    repeat = 1
    while True:
        start = time.process_time()
        for _ in range(repeat):
            for phrase in phrases:
                function(phrase)
        elapsed = time.process_time() - start
        if elapsed > 0.2:
            break
        repeat *= 2
    best = elapsed
    for _ in range(4):
        start = time.process_time()
        for _ in range(repeat):
            for phrase in phrases:
                function(phrase)
        best = min(best, time.process_time() - start)
    return best / (repeat * len(phrases))


def _inside(number: int | None, expected: Expected) -> bool:
    kind, low, high, _ = expected
    if kind == "none":
        return not number
    if number is None or low is None:
        return False
    return low <= number and (high is None or number <= high)


def _strict(found: Count | None, expected: Expected) -> bool:
    if expected[0] == "none":
        return found is None
    return found is not None and (str(found.kind), found.low, found.high, found.value) == expected


def _figure(found: Count | None) -> int | None:
    if found is None:
        return None
    return found.point if found.point is not None else found.low


def corpus_report() -> None:
    rows = load_phrases("ar")
    phrases = [phrase for phrase, _ in rows]
    # partial, not a lambda: no extra Python frame on our side of the comparison.
    ours = per_phrase_seconds(partial(parse_count, lang="ar"), phrases)
    theirs = per_phrase_seconds(text2number, phrases)
    print(f"Arabic development corpus: {len(rows)} phrases (tests/numbers/data/phrases.tsv)")
    print(f"  parse_count  {1 / ours:10.0f} phrases/s  {ours * 1e6:7.1f} us/phrase")
    print(f"  text2number  {1 / theirs:10.0f} phrases/s  {theirs * 1e6:7.1f} us/phrase")
    print(f"  parse_count time / text2number time = {ours / theirs:.2f}x (target: under 5x)")
    strict = sum(_strict(parse_count(p, lang="ar"), e) for p, e in rows)
    lenient_ours = sum(_inside(_figure(parse_count(p, lang="ar")), e) for p, e in rows)
    lenient_theirs = sum(_inside(text2number(p), e) for p, e in rows)
    total = len(rows)
    print(
        f"  accuracy, strict (kind, bounds, value): parse_count {strict}/{total} "
        f"= {strict / total:.1%}; text2number cannot state an interval"
    )
    print(
        f"  accuracy, lenient (figure in interval): parse_count {lenient_ours}/{total} "
        f"= {lenient_ours / total:.1%}; text2number {lenient_theirs}/{total} "
        f"= {lenient_theirs / total:.1%}"
    )
    en = load_phrases("en")
    en_strict = sum(_strict(parse_count(p, lang="en"), e) for p, e in en)
    en_time = per_phrase_seconds(lambda p: parse_count(p, lang="en"), [p for p, _ in en])
    print(
        f"English development corpus: {len(en)} phrases, strict accuracy "
        f"{en_strict}/{len(en)} = {en_strict / len(en):.1%}, {en_time * 1e6:.1f} us/phrase"
    )


def news_report() -> None:
    if not NEWS.exists():
        print(f"{NEWS} not found: skipping the news measure")
        return
    hits: dict[str, list[int]] = {}  # gold kind -> [found, total]
    texts = 0
    seconds = 0.0
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        texts += 1
        start = time.process_time()
        found = [count for _, count in find_counts(doc["text"], lang="ar")]
        seconds += time.process_time() - start
        for *_, kind, low, high, value in doc.get("gold", []):
            if kind == "approx":  # gold states the figure, not bounds
                hit = any(c.kind == "approx" and c.value == value for c in found)
            elif kind == "vague":  # gold states no interval: any vague count in the text
                hit = any(c.kind == "vague" for c in found)
            else:
                hit = any((c.low, c.high) == (low, high) for c in found)
            tally = hits.setdefault(kind, [0, 0])
            tally[0] += hit
            tally[1] += 1
    if not hits:
        print("news corpus has no gold counts")
        return
    found_total = sum(tally[0] for tally in hits.values())
    gold_total = sum(tally[1] for tally in hits.values())
    print(
        f"Arabic news dev set: {texts} texts, {gold_total} gold counts, "
        f"find_counts {seconds / texts * 1e3:.2f} ms/text"
    )
    print(
        f"  gold counts recalled by find_counts: {found_total}/{gold_total} "
        f"= {found_total / gold_total:.1%} (exact/bounds: same low and high; approx: same "
        f"figure; vague: a vague count in the text)"
    )
    for kind, (recalled, total) in sorted(hits.items()):
        print(f"    {kind:9} {recalled:4}/{total:<4} = {recalled / total:.1%}")


def main() -> int:
    corpus_report()
    news_report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
