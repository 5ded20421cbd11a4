"""Benchmark: claims.extract over the FA-KES corpus, next to a floor of normalise + one regex.

Run with ``python benchmarks/bench_extract.py`` (``PYTHONPATH=src`` if the package is not
installed). Reads the 804 English articles of FA-KES from
``/work/shared/corpora/fakes/FA-KES-Dataset.csv`` (latin-1; read in place, never copied) and
prints:

* how many articles were read, how many raised (should be none) and how many claims came out;
* throughput of ``extract`` in MB/s of CPU time over the article texts;
* the floor: one ``normalize`` plus one pass of a regex for casualty words over the same
  texts, in MB/s, and extract's time as a multiple of it (the target is within 10x).

If ``/work/shared/corpora/arabic-news/arabic_news_dev.jsonl`` exists, it does the same for the
Arabic excerpts. Skips, with a message, when a corpus is absent.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

from claims.extraction import extract
from claims.normalize import normalize

FAKES = Path("/work/shared/corpora/fakes/FA-KES-Dataset.csv")
ARABIC = Path("/work/shared/corpora/arabic-news/arabic_news_dev.jsonl")

_FLOOR_WORDS = {
    "en": regex.compile(
        r"\b(?:killed|dead|died|deaths?|wounded|injured|arrested|detained|missing|casualties)\b",
        regex.IGNORECASE,
    ),
    "ar": regex.compile(r"(?:قتل|مقتل|قتيل|قتلى|اصيب|اصابه|جرحى|جريح|اعتقال|مفقود|شهيد|استشهاد)"),
}


def fakes_texts() -> list[str]:
    """The article texts of FA-KES (title and content)."""
    csv.field_size_limit(sys.maxsize)
    with FAKES.open(encoding="latin-1", newline="") as handle:
        return [
            f"{row['article_title']}. {row['article_content']}" for row in csv.DictReader(handle)
        ]


def arabic_texts() -> list[str]:
    """The excerpt texts of the Arabic development set."""
    with ARABIC.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def best_of(function: Callable[[], object], runs: int = 5) -> float:
    """The least CPU time of ``runs`` calls, in seconds.

    CPU time of this process, not wall time, so that other work on a shared machine does
    not skew the ratio between extract and the floor.
    """
    times = []
    for _ in range(runs):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def floor_pass(texts: list[str], lang: str) -> None:
    """The least any extractor must do: normalise each text and find its casualty words."""
    pattern = _FLOOR_WORDS[lang]
    for text in texts:
        folded = normalize(text).text
        for _ in pattern.finditer(folded, timeout=5):
            pass


def report(name: str, texts: list[str], lang: str) -> None:
    """Print errors, claims, throughput and the ratio to the floor for one corpus."""
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    errors = 0
    claims = 0
    for text in texts:
        try:
            claims += len(extract(text, lang=lang))
        except Exception as error:
            errors += 1
            print(f"  error: {type(error).__name__}: {error}")
    seconds = best_of(lambda: [extract(text, lang=lang) for text in texts])
    floor = best_of(lambda: floor_pass(texts, lang))
    print(f"{name}: {len(texts)} texts, {megabytes:.2f} MB, {errors} errors, {claims} claims")
    print(f"  extract: {megabytes / seconds:.2f} MB/s ({seconds:.2f} s)")
    print(f"  floor (normalize + one regex pass): {megabytes / floor:.2f} MB/s ({floor:.3f} s)")
    print(f"  extract / floor: {seconds / floor:.1f}x (target: within 10x)")


def main() -> None:
    if FAKES.exists():
        report("FA-KES (English)", fakes_texts(), "en")
    else:
        print(f"skipped FA-KES: {FAKES} not found")
    if ARABIC.exists():
        report("Arabic dev excerpts", arabic_texts(), "ar")
    else:
        print(f"skipped Arabic excerpts: {ARABIC} not found")


if __name__ == "__main__":
    main()
