"""The Raqqa attack of 26 December 2022, as claims built by hand.

Two sources disagree on how many SDF-side fighters died: the Syrian
Observatory for Human Rights (SOHR) gave 4 and said the toll was not final;
the SDF command gave 6 members of its security forces. Both agree one attacker
was killed and one arrested. The report that carried both, from Erem News,
also recalled the January 2022 attack on the Hasakah prison.

Run it with `.venv/bin/python examples/raqqa.py`; `make demo` reports on the article in
`examples/raqqa_ar.txt` instead.
"""

from claims import Claim, Source, SourceKind, claim, dumps, reconcile, render

RAQQA = "raqqa-2022-12-26"
HASAKAH = "hasakah-prison-2022-01"
OUTLET = Source("erem-news", "Erem News", SourceKind.MEDIA)
SAID = "2022-12-26"


def seed_claims() -> list[Claim]:
    """Every casualty figure in the Erem News report, attributed."""
    raqqa = {"event": RAQQA, "via": OUTLET, "said_at": SAID}
    not_final = {**raqqa, "status": "preliminary"}
    hasakah = {"event": HASAKAH, "said_at": SAID}
    return [
        claim("sohr", "killed", "sdf", 4, **not_final),
        claim("sohr", "killed", "isis", 1, **not_final),
        claim("sohr", "arrested", "isis", 1, **not_final),
        claim("sdf", "killed", "asayish", 6, speaker="Mazloum Abdi", **raqqa),
        claim("sdf", "killed", "isis", 1, speaker="Farhad Shami", **raqqa),
        claim("sdf", "arrested", "isis", 1, speaker="Farhad Shami", **raqqa),
        # Background with no attribution: the outlet itself is the source.
        claim(OUTLET, "killed", "all", "about 500", **hasakah),
        claim(OUTLET, "killed", "isis", 374, **hasakah),
        claim(OUTLET, "killed", "sdf", "dozens", **hasakah),
    ]


def main() -> None:
    items = seed_claims()
    print(f"{len(items)} claims from one article:")
    for item in items:
        print(f"  [{item.id}] {item.event}: {item}")
    rec = reconcile(items, policy="conservative")
    print("\nReport (best = the lowest figure, as ACLED codes fatalities):\n")
    print(render(rec, lang="en"))
    print("\nالتقرير:\n")
    print(render(rec, lang="ar"))
    print("\nThe first two claims as JSON Lines (claims.loads reads them back):")
    print(dumps(items[:2]), end="")


if __name__ == "__main__":
    main()
