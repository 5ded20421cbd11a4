"""Language and taxonomy data shipped with `claims`, kept as TOML files beside this module.

Word lists, the default group taxonomy and the default sources live in data
files, not in code, so they can be read, reviewed and validated on their own.
Each file is read once and cached; callers get the parsed document.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["data_files", "load"]


def data_files() -> list[str]:
    """Names (without ``.toml``) of the data files shipped in this package."""
    root = resources.files(__package__)
    return sorted(p.name.removesuffix(".toml") for p in root.iterdir() if p.name.endswith(".toml"))


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed data file ``name`` (e.g. ``"groups"`` for ``groups.toml``).

    The result is cached and shared: treat it as read-only.
    """
    with resources.files(__package__).joinpath(f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)
