"""claims: casualty figures as attributed claims, reconciled into ranges and conflicts.

Each figure in the news is a claim: a source says a number of people of some
group were killed, injured, arrested or went missing, with a hedge and a
status. `claims` keeps who said what and compares claims instead of averaging
them into one silent number.
"""

from claims.count import DEFAULT_APPROX_TOLERANCE, Count, CountKind
from claims.errors import (
    ClaimsError,
    ClaimsTypeError,
    ConfigError,
    DecodeError,
    InvalidClaim,
    InvalidCount,
    ParseError,
    RuleError,
    UnknownGroup,
)
from claims.extraction import Lexicon, extract
from claims.factory import claim
from claims.model import Claim, Group, Metric, Source, SourceKind, Status
from claims.numbers import UnknownLanguage, find_counts, parse_count
from claims.reconciliation import (
    Estimate,
    Finding,
    FindingKind,
    Policy,
    Reconciliation,
    Rule,
    link_events,
    reconcile,
)
from claims.registry import Registry, Taxonomy
from claims.render import render
from claims.serialize import dumps, loads, to_dict

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_APPROX_TOLERANCE",
    "Claim",
    "ClaimsError",
    "ClaimsTypeError",
    "ConfigError",
    "Count",
    "CountKind",
    "DecodeError",
    "Estimate",
    "Finding",
    "FindingKind",
    "Group",
    "InvalidClaim",
    "InvalidCount",
    "Lexicon",
    "Metric",
    "ParseError",
    "Policy",
    "Reconciliation",
    "Registry",
    "Rule",
    "RuleError",
    "Source",
    "SourceKind",
    "Status",
    "Taxonomy",
    "UnknownGroup",
    "UnknownLanguage",
    "__version__",
    "claim",
    "dumps",
    "extract",
    "find_counts",
    "link_events",
    "loads",
    "parse_count",
    "reconcile",
    "render",
    "to_dict",
]
