"""Capped exponential backoff with full jitter (a random wait between 0 and the capped exponential)."""

import random

BASE_S = 0.5
CAP_S = 60.0


def delay(attempt: int, base: float = BASE_S, cap: float = CAP_S, rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (1 for the first retry)."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return (rng or random).uniform(0, ceiling)
