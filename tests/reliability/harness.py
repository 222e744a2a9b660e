"""Running program operations in a child process that the test can kill at any moment.

A single pre-loaded child (``zygote.py``) forks a fresh process per operation, so each run
costs milliseconds instead of a Python start-up; the forked process is a real, separate
process that gets a real SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ZYGOTE = Path(__file__).resolve().parent / "zygote.py"


@dataclass
class Outcome:
    """How one forked operation ended."""

    exit_code: int  # -9: killed by our SIGKILL
    result: dict[str, Any] | None  # the operation's own report, if it finished
    started_after: float  # seconds from request to "started"
    lines: list[str] = field(default_factory=list)

    @property
    def killed(self) -> bool:
        return self.exit_code == -signal.SIGKILL


class Worker:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process
        assert process.stdin is not None and process.stdout is not None
        self._stdin: IO[str] = process.stdin
        self._stdout: IO[str] = process.stdout
        self._expect("ready")

    @classmethod
    @contextmanager
    def start(cls) -> Iterator[Worker]:
        process = subprocess.Popen(
            [sys.executable, str(ZYGOTE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        try:
            yield cls(process)
        finally:
            process.stdin.close()  # type: ignore[union-attr]
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            process.stdout.close()  # type: ignore[union-attr]

    def _readline(self) -> str:
        line = self._stdout.readline()
        if not line:
            raise RuntimeError("the worker process ended unexpectedly")
        return line.rstrip("\n")

    def _expect(self, wanted: str) -> None:
        line = self._readline()
        if line != wanted:
            raise RuntimeError(f"worker said {line!r}, expected {wanted!r}")

    def run(
        self,
        op: str,
        *,
        kill_after: float | None = None,
        fsize_limit: int | None = None,
        unprivileged: bool = False,
        while_running: Callable[[], None] | None = None,
        **args: Any,
    ) -> Outcome:
        """Run ``op`` in a fresh process; SIGKILL it ``kill_after`` seconds after it started.

        ``fsize_limit``: no file may grow beyond that many bytes (a full disk); ``unprivileged``:
        the process drops root rights first, so read-only folders are read-only to it;
        ``while_running`` is called once the operation has started (before any kill).
        """
        request = {"op": op, "args": args, "fsize_limit": fsize_limit, "unprivileged": unprivileged}
        sent = time.monotonic()
        self._stdin.write(json.dumps(request) + "\n")
        self._stdin.flush()
        pid, started, lines, result = 0, 0.0, [], None
        while not (pid and started):
            line = self._readline()
            lines.append(line)
            if line.startswith("pid "):
                pid = int(line[4:])
            elif line == "started":
                started = time.monotonic() - sent
            elif line.startswith("result "):  # ended before "started" (failed while opening)
                result = json.loads(line[7:])
                started = started or time.monotonic() - sent
        if while_running is not None:
            while_running()
        if kill_after is not None:
            time.sleep(kill_after)
            os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still this process's
        self._stdin.write("reap\n")
        self._stdin.flush()
        while True:
            line = self._readline()
            lines.append(line)
            if line.startswith("result "):
                result = json.loads(line[7:])
            elif line.startswith("exit "):
                return Outcome(int(line[5:]), result, started, lines)
