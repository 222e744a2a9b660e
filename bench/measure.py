"""Rows of the benchmark table and the helpers that fill them: repeated runs after a warm-up,
fresh processes timed from their start, and process memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RUNS = 5
REPO = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One named figure: seconds (or MB for memory rows), or why it could not be measured."""

    name: str
    samples: list[float] = field(default_factory=list)
    unit: str = "s"
    skipped: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def to_json(self) -> dict[str, Any]:
        if self.skipped is not None or not self.samples:
            return {"skipped": self.skipped or "no samples"}
        return {
            "median": round(self.median, 6),
            "min": round(min(self.samples), 6),
            "max": round(max(self.samples), 6),
            "n": len(self.samples),
        }


def repeat(name: str, run: Callable[[], float], runs: int = RUNS, unit: str = "s") -> Row:
    """Call `run` once to warm up, then `runs` times; each call returns one figure."""
    run()
    return Row(name, [run() for _ in range(runs)], unit)


def wall(fn: Callable[[], object]) -> Callable[[], float]:
    """A run that times `fn` with the wall clock."""

    def run() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return run


def skipped(names: Sequence[str], why: str) -> dict[str, Row]:
    return {name: Row(name, skipped=why) for name in names}


def python_env(**extra: str) -> dict[str, str]:
    """The environment of a benchmarked child process: offscreen Qt, no user data touched."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("UNIONAPP_EXIT_AFTER_PAINT", None)
    env.pop("UNIONAPP_EXIT_AFTER_LOAD", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def process_seconds(
    args: Sequence[str], env: dict[str, str] | None = None, marker: str | None = None
) -> float:
    """Seconds from starting `args` to its end, or to the epoch time it prints after `marker`."""
    start = time.time()
    done = subprocess.run(
        list(args), capture_output=True, text=True, env=env or python_env(), timeout=600
    )
    end = time.time()
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    if marker is None:
        return end - start
    line = next(x for x in done.stdout.splitlines() if x.startswith(marker + " "))
    return float(line.split()[1]) - start


def child_figure(args: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Run a child that prints one figure on its last line of output; return it."""
    done = subprocess.run(
        list(args), capture_output=True, text=True, env=env or python_env(), timeout=600
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return float(done.stdout.split()[-1])


def python() -> list[str]:
    return [sys.executable]


def rss_mb() -> float:
    """This process's resident memory in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")
