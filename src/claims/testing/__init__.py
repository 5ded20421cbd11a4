"""Helpers for testing code built on `claims` (needs the ``test`` extra: hypothesis)."""
