"""How reconciliation scales, next to the least any reconciler must do.

Baseline ("bare pass"): group the same claims by (event, metric, group) and take
the min and max of their lows and highs. Reconciliation does that and runs
seven rules; we report its time as a multiple of the bare pass measured in the
same run (CPU time, the best of three calls of each), and how time grows from N to 10 N
claims.

    python benchmarks/bench_reconcile.py            # 100,000 and 1,000,000 claims
    python benchmarks/bench_reconcile.py --small    # 10,000 and 100,000 claims
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time

from claims import Claim, Count, Registry, reconcile

_GROUPS = ["all", "civilians", "children", "sdf", "asayish", "isis", "syrian-government", "sna"]
_SOURCES = ["sohr", "snhr", "sdf", "sana", "un", "local-sources", "white-helmets", "turkey"]
_METRICS = ["killed", "killed", "killed", "injured", "arrested"]


def make_claims(n: int, seed: int = 1) -> list[Claim]:
    """``n`` claims over ``n // 5`` events: a few sources, groups and metrics per event."""
    rng = random.Random(seed)
    reg = Registry.default()
    sources = [reg.source(s) for s in _SOURCES]
    groups = [reg.group(g) for g in _GROUPS]
    events = [f"event-{i}" for i in range(max(1, n // 5))]
    out = []
    for _ in range(n):
        figure = rng.randint(0, 60)
        shape = rng.random()
        if shape < 0.7:
            count = Count.exact(figure)
        elif shape < 0.85:
            count = Count.at_least(figure)
        elif shape < 0.95:
            count = Count.between(figure, figure + rng.randint(1, 20))
        else:
            count = Count.vague(12, 99, text="dozens")
        out.append(
            Claim(
                source=rng.choice(sources),
                metric=rng.choice(_METRICS),  # type: ignore[arg-type]
                group=rng.choice(groups),
                count=count,
                status="preliminary" if rng.random() < 0.2 else "final",  # type: ignore[arg-type]
                event=rng.choice(events),
            )
        )
    return out


def bare_pass(claims: list[Claim]) -> dict[tuple[object, object, str], list[int | None]]:
    """Group by (event, metric, group) and keep min low and max high: the floor."""
    bounds: dict[tuple[object, object, str], list[int | None]] = {}
    for c in claims:
        key = (c.event, c.metric, c.group.id)
        low, high = c.count.low, c.count.high
        seen = bounds.get(key)
        if seen is None:
            bounds[key] = [low, high]
            continue
        if low < seen[0]:  # type: ignore[operator]
            seen[0] = low
        if seen[1] is not None and (high is None or high > seen[1]):
            seen[1] = high
    return bounds


def timed(function: object, *args: object) -> float:
    """CPU seconds of one call (other work on a shared machine does not count)."""
    gc.collect()
    start = time.process_time()
    function(*args)  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="10k and 100k claims")
    args = parser.parse_args()
    sizes = (10_000, 100_000) if args.small else (100_000, 1_000_000)
    rows = []
    for n in sizes:
        claims = make_claims(n)
        # The same treatment for both: the best of three calls.
        bare = min(timed(bare_pass, claims) for _ in range(3))
        full = min(timed(reconcile, claims) for _ in range(3))
        rows.append((n, bare, full))
        print(
            f"{n:>9,} claims, {n // 5:>7,} events: bare pass {bare:7.3f} s, "
            f"reconcile {full:7.3f} s = {full / bare:5.1f}x the bare pass"
        )
    (n1, _, t1), (n2, _, t2) = rows
    factor = n2 // n1
    print(f"growth: {factor}x the claims took {t2 / t1:.1f}x the time (linear: {factor}x)")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (whole process, claims included): {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
