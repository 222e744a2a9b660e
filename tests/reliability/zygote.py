"""The child side of the harness: import the program once, then fork one process per operation.

Protocol (one line each, stdin → requests, stdout → replies):
  request ``{"op": ..., "args": {...}, "fsize_limit": bytes|null}`` → ``pid N`` (from here) and
  ``started`` (from the forked process, just before the operation itself) and, if the operation
  ends, ``result {...}``; then request ``reap`` → ``exit CODE`` (negative: killed by that signal).
The forked process is reaped only on ``reap``, so its pid cannot be reused while the test may
still send it SIGKILL.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from unionapp.applications.printing import write_applications_pdf
from unionapp.errors import UserError
from unionapp.roster.importer import import_roster
from unionapp.storage.backup import make_backup, restore_backup
from unionapp.storage.context import open_context
from unionapp.storage.instance_lock import InstanceLock
from unionapp.storage.paths import resolve_paths
from unionapp.tabular import write_table

NOBODY = 65534


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def op_import(data_dir: str, file: str, database: str | None = None) -> dict[str, Any]:
    ctx = open_context(data_dir, database=database)
    try:
        _say("started")
        with ctx.session() as session:
            result = import_roster(session, Path(file))
        return {"added": result.added, "rejected": len(result.rejected)}
    finally:
        ctx.close()


def op_backup(data_dir: str) -> dict[str, Any]:
    ctx = open_context(data_dir)
    try:
        _say("started")
        return {"backup": str(make_backup(ctx.paths))}
    finally:
        ctx.close()


def op_restore(data_dir: str, source: str) -> dict[str, Any]:
    paths = resolve_paths(data_dir)
    lock = InstanceLock(paths)
    lock.acquire()
    try:
        _say("started")
        safety = restore_backup(paths, Path(source))
    finally:
        lock.release()
    return {"safety": str(safety)}


def op_open(data_dir: str) -> dict[str, Any]:
    _say("started")
    open_context(data_dir).close()
    return {}


def op_pdf(data_dir: str, out: str, ids: list[int]) -> dict[str, Any]:
    ctx = open_context(data_dir)
    try:
        _say("started")
        with ctx.session() as session:
            write_applications_pdf(session, ids, Path(out))
        return {}
    finally:
        ctx.close()


def op_export(data_dir: str, out: str) -> dict[str, Any]:
    from unionapp.roster.export import export_roster

    ctx = open_context(data_dir)
    try:
        _say("started")
        return {"count": export_roster(ctx.engine, Path(out))}
    finally:
        ctx.close()


def op_hold(data_dir: str) -> dict[str, Any]:
    """Keep the data folder open, like a running window, until killed."""
    ctx = open_context(data_dir)
    _say("started")
    time.sleep(120)
    ctx.close()
    return {}


OPERATIONS = {
    "hold": op_hold,
    "export": op_export,
    "import": op_import,
    "backup": op_backup,
    "restore": op_restore,
    "open": op_open,
    "pdf": op_pdf,
}


def _child(request: dict[str, Any]) -> None:
    if request.get("unprivileged") and os.geteuid() == 0:
        os.setgid(NOBODY)  # as root every folder is writable; a plain user's rights apply
        os.setuid(NOBODY)
    limit = request.get("fsize_limit")
    if limit is not None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    began = time.monotonic()
    try:
        outcome = OPERATIONS[request["op"]](**request["args"])
        outcome["seconds"] = time.monotonic() - began
        _say("result " + json.dumps({"ok": True, **outcome}))
        code = 0
    except UserError as exc:
        _say("result " + json.dumps({"ok": False, "user_error": str(exc)}))
        code = 1
    except BaseException as exc:  # a bug: the test reports it
        _say("result " + json.dumps({"ok": False, "bug": f"{type(exc).__name__}: {exc}"}))
        code = 3
    os._exit(code)


def _warm_up() -> None:
    """Load what the program imports lazily, while the process may still read every folder."""
    with tempfile.TemporaryDirectory() as folder:
        open_context(Path(folder) / "data").close()
        for name in ("w.xlsx", "w.csv"):
            write_table(Path(folder) / name, ["a"], [["b"]])


def main() -> None:
    _warm_up()
    _say("ready")
    child = 0
    for line in sys.stdin:
        line = line.strip()
        if line == "reap":
            _, status = os.waitpid(child, 0)
            _say(f"exit {os.waitstatus_to_exitcode(status)}")
            continue
        request = json.loads(line)
        child = os.fork()
        if child == 0:
            _child(request)
        _say(f"pid {child}")


if __name__ == "__main__":
    main()
