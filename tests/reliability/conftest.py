"""The reliability suite: every test here is marked ``reliability`` and states its figure.

A figure is a line ``reliability: <what>: <runs> runs, <failures> failures`` printed by the test
and repeated in the terminal summary (so CI output carries every figure). Run counts default
to what fits the CI time limit; ``UNIONAPP_RELIABILITY_RUNS`` raises the kill -9 counts locally.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .harness import Worker

HERE = Path(__file__).resolve().parent
_FIGURES: list[str] = []


def runs(ci_default: int) -> int:
    """The run count for a repeated test: the CI default, or UNIONAPP_RELIABILITY_RUNS."""
    return max(1, int(os.environ.get("UNIONAPP_RELIABILITY_RUNS", ci_default)))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.reliability)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("reliability figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def figure() -> Callable[..., str]:
    """``figure(what, runs, failures, detail="")`` prints and records one figure line."""

    def record(what: str, run_count: int, failures: int, detail: str = "") -> str:
        line = f"reliability: {what}: {run_count} runs, {failures} failures"
        if detail:
            line += f" ({detail})"
        print(line)
        _FIGURES.append(line)
        return line

    return record


@pytest.fixture(scope="session")
def worker() -> Iterator[Worker]:
    """One pre-loaded child process that forks a fresh process for each operation."""
    with Worker.start() as started:
        yield started
