"""The benchmark runner: no import circle through ``bench/__main__``, no Python outside the repo."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_bench_module_imports_the_runner() -> None:
    importers = [
        p.name
        for p in BENCH.glob("*.py")
        if p.name != "__main__.py" and "bench.__main__" in _imports(p)
    ]
    assert importers == []


def test_bench_run_uses_the_projects_python_not_a_fixed_path() -> None:
    script = (BENCH / "run").read_text("utf-8")
    absolute = re.findall(r"(?<![\w.$])/[\w./-]*python[\w.]*", script)
    assert absolute == [], f"fixed Python paths in bench/run: {absolute}"
    assert "$PYTHON" in script and ".venv/bin/python" in script


def test_bench_run_starts_with_the_python_given() -> None:
    done = subprocess.run(
        [str(BENCH / "run"), "--help"],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "--only" in done.stdout
