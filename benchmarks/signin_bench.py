"""Wrong-password sign-in time for a known and an unknown username (a script, not a test): the two should match,
so timing does not tell who has an account.

Run: .venv/bin/python benchmarks/signin_bench.py [-n 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guide.services import Services  # noqa: E402
from guide.settings import Settings  # noqa: E402
from guide.store.accounts import SignInError  # noqa: E402


def timed(services: Services, username: str, n: int) -> list[float]:
    """Seconds per wrong-password attempt, each from its own address so no throttle answers early."""
    seconds = []
    for i in range(n):
        start = time.perf_counter()
        try:
            services.accounts.sign_in(username, "not-the-password", client=f"{username}-{i}")
        except SignInError:
            pass
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20, help="attempts per username")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        services = Services(Settings(data_dir=Path(folder), env="test", login_max_failures=10**6))
        services.accounts.create_user(username="known", password="the-right-password", role="caregiver")
        timed(services, "warm-up", 1)  # builds the dummy hash and opens the database
        for name in ("known", "unknown"):
            seconds = timed(services, name, args.n)
            mean, spread = statistics.mean(seconds) * 1000, statistics.stdev(seconds) * 1000
            print(f"{name:8} mean {mean:7.1f} ms  sd {spread:6.1f} ms")


if __name__ == "__main__":
    main()
