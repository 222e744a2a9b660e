"""Run every benchmark and print one table (``--json``: one JSON document for machines).

Usage: python -m bench [--runs N] [--members N] [--only form,startup,roster,report,backup] [--json]
                       [--save FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.measure import RUNS, Row
from bench.table import ROWS, print_rows

SUITES = ("form", "startup", "roster", "report", "backup")


def run_suite(name: str, folder: Path, runs: int, members: int) -> dict[str, Row]:
    if name == "form":
        from bench import form_pdf

        return form_pdf.run(folder, runs)
    if name == "startup":
        from bench import startup

        return startup.run(folder, runs, members)
    if name == "roster":
        from bench import roster

        return roster.run(folder, runs, members)
    if name == "backup":
        from bench import backup

        return backup.run(folder, runs)
    from bench import report

    return report.run(folder, runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help="runs per figure (after a warm-up)")
    parser.add_argument("--members", type=int, default=50_000, help="roster size")
    parser.add_argument("--only", default=",".join(SUITES), help="comma-separated suites")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--save", type=Path, metavar="FILE", help="also write the JSON there")
    opts = parser.parse_args(argv)
    chosen = [s.strip() for s in opts.only.split(",") if s.strip()]
    unknown = set(chosen) - set(SUITES)
    if unknown:
        parser.error(f"unknown suite(s): {', '.join(sorted(unknown))}")
    rows: dict[str, Row] = {}
    with tempfile.TemporaryDirectory(prefix="unionapp-bench-") as folder:
        for suite in chosen:
            print(f"[bench] {suite} …", file=sys.stderr, flush=True)
            try:
                rows.update(run_suite(suite, Path(folder), opts.runs, opts.members))
            except Exception as exc:  # one broken suite must not hide the others' figures
                print(f"[bench] {suite} failed: {exc}", file=sys.stderr)
    ordered = {name: rows.get(name) or Row(name, skipped="not run") for name in ROWS}
    ordered.update({n: r for n, r in rows.items() if n not in ROWS})
    print_rows(ordered, as_json=opts.json, save=opts.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
