"""Display wording for one language, read from ``lexicon/labels_{lang}.toml``.

Every word a report prints comes from those data files; this module only looks
words up. An id the file does not list (a user's own source or group) is shown
as the id itself, so reports never fail on data they have not seen.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import regex
from attrs import frozen

from claims import lexicon
from claims.errors import ConfigError

__all__ = ["LANGS", "Labels"]

LANGS = ("en", "ar")
"""Languages a report can be written in; each has a ``labels_{lang}.toml`` data file."""

# "raqqa-2022-12-26", "raqqa/2022-12-26", "hasakah-prison-2022-01": a place, then a date.
_DATED_KEY = regex.compile(
    r"^(?P<place>.+?)[/_-](?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?$"
)


@frozen
class Labels:
    """The wording of one language: names for ids, and sentence patterns."""

    lang: str
    data: Mapping[str, Any]

    @classmethod
    def load(cls, lang: str) -> Labels:
        """The labels for ``lang``; an unknown language is a :class:`ConfigError`."""
        if lang not in LANGS:
            raise ConfigError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
        return cls(lang, lexicon.load(f"labels_{lang}"))

    def phrase(self, key: str) -> str:
        """A fixed phrase or pattern from the ``[phrases]`` table."""
        value: str = self.data["phrases"][key]
        return value

    def has_phrase(self, key: str) -> bool:
        """Whether the language defines this phrase (some only matter in one language)."""
        return key in self.data["phrases"]

    def source(self, source_id: str) -> str:
        """How a source is cited; its id when the data does not name it."""
        name: str = self.data.get("sources", {}).get(source_id, source_id)
        return name

    def group(self, group_id: str, role: str = "name") -> str:
        """A group's name in a role ("name", "of" after a preposition, "part" as a subgroup).

        A missing role falls back to the name, a missing group to its id.
        """
        entry = self.data.get("groups", {}).get(group_id)
        if entry is None:
            return group_id
        name: str = entry.get(role, entry["name"])
        return name

    def metric(self, metric: str, role: str = "title") -> str:
        """The metric as words: "title" in running text («عدد القتلى»), "name" as a heading.

        A language without inflected nouns gives one word for both.
        """
        entry = self.data.get("metrics", {}).get(metric, metric)
        if isinstance(entry, str):
            return entry
        words: str = entry.get(role, entry["title"])
        return words

    def noun(self, name: str) -> Mapping[str, str] | None:
        """The counted noun for a metric or a ``[nouns]`` entry, where the language inflects one."""
        entry = self.data.get("metrics", {}).get(name) or self.data.get("nouns", {}).get(name)
        return entry if isinstance(entry, Mapping) else None

    def policy(self, name: str) -> str:
        """A policy's name in words; its id when the data does not name it."""
        words: str = self.data.get("policies", {}).get(name, name)
        return words

    def finding(self, kind: str, key: str = "name") -> str | None:
        """A word or pattern for a finding kind (``name``, ``sentence``, ``own`` ...), if any."""
        value: str | None = self.data.get("findings", {}).get(kind, {}).get(key)
        return value

    def place(self, slug: str) -> str:
        """A place from an event key: its listed name, else the key with spaces for dashes."""
        listed: str | None = self.data.get("places", {}).get(slug)
        if listed is not None:
            return listed
        words = regex.sub(r"[-_]+", " ", slug).strip()
        return words[:1].upper() + words[1:] if words else slug

    def event(self, key: str | None) -> str:
        """An event key made readable: "raqqa-2022-12-26" -> "Raqqa, 26 Dec 2022".

        Only what the key says is shown; a key without a date is shown as words.
        """
        if key is None:
            return self.phrase("no_event")
        key = " ".join(key.split())  # one line, whatever the key holds
        found = _DATED_KEY.match(key, timeout=1)
        if found is None:
            return self.place(key)
        year, month = int(found["year"]), int(found["month"])
        try:
            day = date(year, month, int(found["day"] or 1))
        except ValueError:
            return self.place(key)
        month_name = self.data["months"][month - 1]
        if found["day"] is None:
            when = self.phrase("month_year").format(month=month_name, year=year)
        else:
            when = self.phrase("date").format(day=day.day, month=month_name, year=year)
        return self.phrase("event_with_date").format(place=self.place(found["place"]), date=when)
