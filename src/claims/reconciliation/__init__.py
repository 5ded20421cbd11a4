"""Reconciliation: claims in; estimates, findings and totals out; never one silent number."""

from claims.reconciliation.block import Block, Context
from claims.reconciliation.engine import reconcile
from claims.reconciliation.estimate import Estimate
from claims.reconciliation.events import EventLink, Linked, event_key, link_events, split_event_key
from claims.reconciliation.figures import SourceFigure, by_source, stated_numbers
from claims.reconciliation.finding import Finding, FindingKind
from claims.reconciliation.policy import POLICIES, Policy, conservative, envelope, median
from claims.reconciliation.result import Reconciliation
from claims.reconciliation.rule import Rule, rule
from claims.reconciliation.rules import DEFAULT_RULES

__all__ = [
    "DEFAULT_RULES",
    "POLICIES",
    "Block",
    "Context",
    "Estimate",
    "EventLink",
    "Finding",
    "FindingKind",
    "Linked",
    "Policy",
    "Reconciliation",
    "Rule",
    "SourceFigure",
    "by_source",
    "conservative",
    "envelope",
    "event_key",
    "link_events",
    "median",
    "reconcile",
    "rule",
    "split_event_key",
    "stated_numbers",
]
