"""The same work on a PostgreSQL server as on the data folder's SQLite file, with the ratio:
roster import of 50,000 rows, search per keystroke, page fetch at any depth, the year report.
Aims on the server: search ≤ 10 ms, page ≤ 5 ms, import ≤ 2× SQLite.

The server is a throwaway one on 127.0.0.1 (tests/pg_server.py), or the administrator URL in
UNIONAPP_BENCH_DATABASE_URL (a database is created and dropped there for each figure).

Run: python -m bench.server [--runs N] [--members N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fixtures import roster_xlsx, set_union
from bench.measure import REPO, RUNS, Row, wall
from bench.report import APPLICATIONS, populate
from bench.roster import WORDS

AIMS = {"search_keystroke": 0.010, "page_fetch": 0.005}


@contextmanager
def admin_url() -> Iterator[str]:
    chosen = os.environ.get("UNIONAPP_BENCH_DATABASE_URL")
    if chosen:
        yield chosen
        return
    sys.path.insert(0, str(REPO / "tests"))
    import pg_server

    server = pg_server.start(Path(tempfile.mkdtemp(prefix="unionapp-bench-pg-")))
    try:
        yield server.admin_url
    finally:
        server.stop()


class Databases:
    """Fresh server databases, each created from one upgraded template."""

    def __init__(self, admin: str) -> None:
        from sqlalchemy import make_url

        from unionapp.storage.engine import parse_database_url
        from unionapp.storage.server import connect, upgrade_server

        self.admin = admin
        self.url = make_url(admin)
        self.template = f"bench_tpl_{uuid.uuid4().hex[:8]}"
        self._sql(f'CREATE DATABASE "{self.template}"')
        engine = connect(parse_database_url(self._url(self.template)))
        upgrade_server(engine)
        engine.dispose()
        self.made = [self.template]

    def _url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(statement)

    def fresh(self) -> str:
        name = f"bench_{uuid.uuid4().hex[:10]}"
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.append(name)
        return self._url(name)

    def drop_all(self) -> None:
        for name in reversed(self.made):
            self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed_import(source: Path, data_dir: Path, database: str | None) -> float:
    """Seconds from reading the file to the committed import, into an empty roster."""
    from unionapp.roster.importer import import_roster
    from unionapp.storage.context import open_context

    ctx = open_context(data_dir, database=database)
    try:
        with ctx.session() as session:
            set_union(session)
        start = time.perf_counter()
        with ctx.session() as session:
            result = import_roster(session, source)
        seconds = time.perf_counter() - start
    finally:
        ctx.close()
    assert result.added > 0.99 * len(result.read.rows), "the generated roster must import"
    return seconds


def browse_and_search(database: str | None, data_dir: Path, runs: int) -> tuple[Row, Row]:
    """Every prefix of a few typed words, and pages at the start, middle and end of 3 orders."""
    from unionapp.roster.search import MemberQuery, fetch_page, page_key
    from unionapp.storage.context import open_context

    ctx = open_context(data_dir, database=database)
    engine = ctx.engine
    try:
        fetch_page(engine, MemberQuery(text="z"))  # builds the search index once
        keystroke, page = Row("search_keystroke"), Row("page_fetch")
        for _ in range(runs):
            for word in WORDS:
                for end in range(1, len(word) + 1):
                    query = MemberQuery(text=word[:end])
                    keystroke.samples.append(wall(lambda q=query: fetch_page(engine, q))())
        for query in (MemberQuery(), MemberQuery(status="在册"), MemberQuery(sort="department")):
            keys, after = [], None
            while True:
                rows = fetch_page(engine, query, after, 1000)
                if len(rows) < 1000:
                    break
                after = page_key(rows[-1], query.sort)
                keys.append(after)
            for key in [None, keys[len(keys) // 2], keys[-1]] if keys else [None]:
                fetch_page(engine, query, key)
                for _ in range(runs):
                    page.samples.append(wall(lambda k=key, q=query: fetch_page(engine, q, k))())
    finally:
        ctx.close()
    return keystroke, page


def year_report(database: str | None, data_dir: Path, runs: int) -> Row:
    from unionapp.reports.figures import compute_figures
    from unionapp.reports.pdf import write_report_pdf
    from unionapp.reports.period import ReportQuery
    from unionapp.storage.context import open_context

    ctx = open_context(data_dir, database=database)
    query = ReportQuery(date(2024, 1, 1), date(2024, 12, 31))

    def report() -> None:
        with ctx.session() as session:
            figures = compute_figures(session, query)
        assert figures.applications == APPLICATIONS
        write_report_pdf(figures, data_dir / "report.pdf")

    try:
        report()
        return Row("report_year_pdf", [wall(report)() for _ in range(runs)])
    finally:
        ctx.close()


def copy_folder_to(server: str, data_dir: Path) -> None:
    """The SQLite folder's data onto the server database (db copy)."""
    from unionapp.storage.context import open_context
    from unionapp.storage.copy import copy_database
    from unionapp.storage.engine import parse_database_url
    from unionapp.storage.server import connect

    ctx = open_context(data_dir)
    engine = connect(parse_database_url(server))
    try:
        copy_database(ctx.engine, engine)
    finally:
        engine.dispose()
        ctx.close()


def run(folder: Path, runs: int = RUNS, members: int = 50_000) -> dict[str, tuple[Row, Row]]:
    """{figure: (SQLite row, server row)}."""
    source = roster_xlsx(folder, members)
    figures: dict[str, tuple[Row, Row]] = {}
    with admin_url() as admin:
        databases = Databases(admin)
        try:
            folders = iter(range(2 * runs + 2))
            on_server: list[str] = []

            def import_locally() -> float:
                data_dir = folder / f"import-{next(folders)}"
                on_folder.append(data_dir)
                return timed_import(source, data_dir, None)

            def import_on_server() -> float:
                on_server.append(databases.fresh())
                return timed_import(source, folder / f"server-{next(folders)}", on_server[-1])

            on_folder: list[Path] = []
            figures["roster_import_50k"] = (
                _repeat("roster_import_50k", import_locally, runs),
                _repeat("roster_import_50k", import_on_server, runs),
            )
            sqlite_rows = browse_and_search(None, on_folder[-1], runs)
            server_rows = browse_and_search(on_server[-1], folder / "server-search", runs)
            figures["search_keystroke"] = (sqlite_rows[0], server_rows[0])
            figures["page_fetch"] = (sqlite_rows[1], server_rows[1])
            report_dir = folder / "data-report"
            populate(report_dir)
            report_server = databases.fresh()
            copy_folder_to(report_server, report_dir)
            figures["report_year_pdf"] = (
                year_report(None, report_dir, runs),
                year_report(report_server, folder / "server-report", runs),
            )
        finally:
            databases.drop_all()
    return figures


def _repeat(name: str, once: Callable[[], float], runs: int) -> Row:
    once()  # warm-up
    return Row(name, [once() for _ in range(runs)])


def to_text(figures: dict[str, tuple[Row, Row]]) -> str:
    lines = [f"{'figure':<20} {'SQLite':>12} {'PostgreSQL':>12} {'ratio':>7}  aim"]
    for name, (local, server) in figures.items():
        ratio = server.median / local.median
        aim = AIMS.get(name)
        if name == "roster_import_50k":
            verdict = f"≤ 2× SQLite: {'met' if ratio <= 2 else 'MISSED'}"
        elif aim is not None:
            worst = sorted(server.samples)[int(0.95 * (len(server.samples) - 1))]
            verdict = f"≤ {aim * 1000:.0f} ms (p95 {worst * 1000:.1f} ms): " + (
                "met" if worst <= aim else "MISSED"
            )
        else:
            verdict = ""
        lines.append(
            f"{name:<20} {_ms(local.median):>12} {_ms(server.median):>12} {ratio:>6.2f}×  {verdict}"
        )
    return "\n".join(lines)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--members", type=int, default=50_000)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-server-") as folder:
        print(to_text(run(Path(folder), opts.runs, opts.members)))


if __name__ == "__main__":
    main()
