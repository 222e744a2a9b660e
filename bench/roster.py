"""Roster at 50,000 members: import of a .xlsx end to end, beside LibreOffice converting the same
file to CSV (what opening it in an office suite costs) and python-calamine reading it alone (the
floor); search per keystroke, page fetch at depth, process memory with the roster table open.

Run: python -m bench.roster [--runs N] [--members N]   (or python bench/roster.py)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import status_quo
from bench.fixtures import roster_database, roster_xlsx
from bench.measure import RUNS, Row, child_figure, python, repeat, rss_mb, wall

WORDS = ("zhangwei", "张伟", "8000", "生产三", "shan", "zs")


def import_once(source: Path, folder: Path) -> float:
    """Import `source` into a new, empty data folder; seconds from reading to committed."""
    from unionapp.roster.importer import import_roster
    from unionapp.storage.context import open_context

    data_dir = folder / "data-import"
    shutil.rmtree(data_dir, ignore_errors=True)
    ctx = open_context(data_dir)
    try:
        start = time.perf_counter()
        with ctx.session() as session:
            result = import_roster(session, source)
        seconds = time.perf_counter() - start
    finally:
        ctx.close()
    assert result.added > 0.99 * len(result.read.rows), "the generated roster must import"
    return seconds


def libreoffice_row(source: Path, folder: Path, runs: int) -> Row:
    program = status_quo.soffice()
    if program is None:
        return Row("libreoffice_open_50k", skipped="LibreOffice not installed")
    import subprocess

    profile = folder / "lo-profile"
    args = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        str(folder / "lo-csv"),
        str(source),
    ]
    out = folder / "lo-csv" / (source.stem + ".csv")

    def convert() -> None:
        out.unlink(missing_ok=True)
        subprocess.run(args, capture_output=True, check=True, timeout=600)
        if not out.is_file():  # LibreOffice exits 0 even when it could not open the file
            raise RuntimeError("LibreOffice made no CSV (is libreoffice-calc installed?)")

    try:
        convert()
    except RuntimeError as error:
        return Row("libreoffice_open_50k", skipped=str(error))
    return repeat("libreoffice_open_50k", wall(convert), runs)


def calamine_read(source: Path) -> None:
    from python_calamine import CalamineWorkbook

    CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()


def search_row(data_dir: Path, runs: int) -> tuple[Row, Row]:
    """Every prefix of a few typed words (first page of 200), and pages at depth."""
    from unionapp.roster.search import MemberQuery, fetch_page, page_key
    from unionapp.storage.context import open_context

    ctx = open_context(data_dir)
    engine = ctx.engine
    try:
        fetch_page(engine, MemberQuery(text="z"))  # builds the index once (the warm-up)
        keystroke = Row("search_keystroke")
        for _ in range(runs):
            for word in WORDS:
                for end in range(1, len(word) + 1):
                    query = MemberQuery(text=word[:end])
                    keystroke.samples.append(wall(lambda q=query: fetch_page(engine, q))())
        page = Row("page_fetch")
        for query in (MemberQuery(), MemberQuery(status="在册"), MemberQuery(sort="department")):
            keys, after = [], None
            while True:
                rows = fetch_page(engine, query, after, 1000)
                if len(rows) < 1000:
                    break
                after = page_key(rows[-1], query.sort)
                keys.append(after)
            depths = [None, keys[len(keys) // 2], keys[-1]] if keys else [None]
            for key in depths:
                fetch_page(engine, query, key, 200)
                for _ in range(runs):
                    page.samples.append(wall(lambda k=key, q=query: fetch_page(engine, q, k))())
    finally:
        ctx.close()
    return keystroke, page


def open_table(data_dir: Path) -> None:
    """Child process: open the roster page as a user would, scroll 20 screens, search once,
    print the resident memory in MB."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from unionapp.storage.context import open_context

    app = QApplication([])
    from unionapp.ui.roster.roster_page import RosterPage

    ctx = open_context(data_dir)
    page = RosterPage(ctx)
    page.resize(1100, 700)
    page.show()
    app.processEvents()
    for _ in range(20):
        bar = page.table.verticalScrollBar()
        bar.setValue(bar.maximum())
        app.processEvents()
    page.search.setText("zw")
    app.processEvents()
    page.search.clear()
    app.processEvents()
    print(page.model.loaded_rows(), f"{rss_mb():.1f}")


def run(folder: Path, runs: int = RUNS, members: int = 50_000) -> dict[str, Row]:
    source = roster_xlsx(folder, members)
    rows = {
        "roster_import_50k": repeat("roster_import_50k", lambda: import_once(source, folder), runs),
        "libreoffice_open_50k": libreoffice_row(source, folder, runs),
        "calamine_read_50k": repeat("calamine_read_50k", wall(lambda: calamine_read(source)), runs),
    }
    data_dir = roster_database(folder, members)
    rows["search_keystroke"], rows["page_fetch"] = search_row(data_dir, runs)
    child = [*python(), "-m", "bench.roster", "--open-table", str(data_dir)]
    rows["rss_table_50k_mb"] = repeat("rss_table_50k_mb", lambda: child_figure(child), runs, "MB")
    return rows


def main() -> None:
    import argparse

    from bench.table import print_rows

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--open-table", metavar="DATA_DIR", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.open_table:
        open_table(Path(opts.open_table))
        return
    with tempfile.TemporaryDirectory(prefix="bench-roster-") as folder:
        print_rows(run(Path(folder), opts.runs, opts.members))


if __name__ == "__main__":
    main()
