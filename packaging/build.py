"""Build the frozen bundle of 基层工会助手 on this machine, then prove it works.

    python packaging/build.py              # build into packaging/dist/unionapp, then smoke-test it
    python packaging/build.py --no-build   # smoke-test the bundle already built
    python packaging/build.py --no-smoke   # build only

PyInstaller is installed into the running Python environment if it is missing. The smoke test runs
the frozen program headless (``QT_QPA_PLATFORM=offscreen``) on a fresh data folder: ``--version``,
the catalogue (47 programmes from the bundled data), the database check (migrations found on
disk), a database of the previous schema revision migrated on start, an application printed to
PDF with its fonts embedded (bundled fonts found), a roster imported from .xlsx and found by pinyin
initials (calamine and pypinyin data), a report as PDF and .xlsx, and the window's first paint.
Exit code 0 only if every step passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from alembic.script import ScriptDirectory

HERE = Path(__file__).resolve().parent
SPEC = HERE / "unionapp.spec"
DIST = HERE / "dist"
WORK = HERE / "build"
BUNDLE = DIST / "unionapp"
CATALOGUE_SIZE = 47
TIMEOUT = 180

sys.path.insert(0, str(HERE))
from bundle_contents import package_version  # noqa: E402


class SmokeFailure(Exception):
    """One smoke step did not give the expected result."""


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is missing: installing it into", sys.prefix, flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "pyinstaller>=6.10"], check=True)


def build() -> None:
    ensure_pyinstaller()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("running:", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def bundle_size(folder: Path) -> tuple[float, int]:
    """(size in MB, number of files) of a folder; symbolic links (Linux, macOS) count once."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files) / 1e6, len(files)


def program(console: bool = True) -> Path:
    """The frozen executable: the console one for commands, the windowed one otherwise."""
    name = "unionapp-cli" if console else "unionapp"
    suffix = ".exe" if sys.platform == "win32" else ""
    path = BUNDLE / f"{name}{suffix}"
    if not path.is_file():
        raise SystemExit(f"{path} does not exist: build the bundle first")
    return path


class Smoke:
    """The smoke steps, run one after the other on a fresh data folder."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.data_dir = workdir / "data"
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.env.pop("UNIONAPP_DATA_DIR", None)
        self.results: list[tuple[str, bool, str]] = []

    def run(
        self,
        *args: str,
        console: bool = True,
        env: dict[str, str] | None = None,
        data_dir: Path | None = None,
    ) -> str:
        command = [str(program(console)), "--data-dir", str(data_dir or self.data_dir), *args]
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
            env=env or self.env,
            cwd=self.workdir,
        )
        if done.returncode != 0:
            raise SmokeFailure(
                f"{' '.join(args)} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
            )
        return done.stdout

    def run_json(self, *args: str) -> object:
        return json.loads(self.run(*args, "--json"))

    def step(self, name: str, check: Callable[[], str]) -> None:
        started = time.monotonic()
        try:
            detail = check()
        except Exception as exc:  # reported; the next steps still run
            self.results.append((name, False, f"{type(exc).__name__}: {exc}".strip()))
        else:
            self.results.append((name, True, f"{detail} ({time.monotonic() - started:.1f} s)"))
        _, passed, detail = self.results[-1]
        print(f"[{'ok' if passed else 'FAILED'}] {name}: {detail}", flush=True)

    # -- the steps ---------------------------------------------------------------------------
    def version(self) -> str:
        out = self.run("--version").strip()
        assert out == f"unionapp {package_version()}", f"--version printed {out!r}"
        return out

    def catalogue(self) -> str:
        programmes = self.run_json("catalog", "list")
        assert isinstance(programmes, list)
        assert len(programmes) == CATALOGUE_SIZE, f"{len(programmes)} programmes listed"
        return f"{len(programmes)} programmes from the bundled catalogue"

    def database(self) -> str:
        report = self.run_json("check")
        assert report == {"integrity": "ok", "foreign_keys": "ok"}, report
        with sqlite3.connect(self.data_dir / "unionapp.db") as db:
            (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        head = newest_revision()
        assert revision == head, f"database at revision {revision}, newest migration is {head}"
        return f"{report}, schema at revision {revision} (bundled migrations ran)"

    def older_database(self) -> str:
        """A database left by the previous version (one revision back) is migrated on start."""
        from sqlalchemy import create_engine

        from unionapp.storage.migrate import alembic_config, upgrade

        folder = self.workdir / "previous-version"
        folder.mkdir()
        head = newest_revision()
        previous = ScriptDirectory.from_config(alembic_config()).get_revision(head).down_revision
        assert isinstance(previous, str), f"no single revision before {head}"
        engine = create_engine(f"sqlite:///{folder / 'unionapp.db'}")
        with engine.connect() as connection:
            upgrade(connection, previous)
        engine.dispose()
        programmes = json.loads(self.run("catalog", "list", "--json", data_dir=folder))
        assert len(programmes) == CATALOGUE_SIZE, f"{len(programmes)} programmes listed"
        with sqlite3.connect(folder / "unionapp.db") as db:
            (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == head, f"still at revision {revision}"
        saved = sorted(path.name for path in (folder / "backups").glob("pre-migration-*"))
        assert saved, "no pre-migration backup written"
        return f"revision {previous} → {revision}; backup {saved[0]}"

    def application_pdf(self) -> str:
        self.run(
            "union", "set", "--name", "某某公司工会委员会", "--contact", "李明",
            "--title", "工会主席", "--phone", "010-65116642",
            "--address", "北京市东城区东四北大街107号",
        )  # fmt: skip
        values = {
            "programme": "2023“身边”文化助推活动",
            "service_time": "2030-05-08T14:00",
            "scale": "100名持工会会员互助服务卡的会员",
            "needs": "堃喆赟龘：生僻字也要印出来",
        }
        source = self.workdir / "application.json"
        source.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
        created = self.run_json("application", "new", "--json-file", str(source))
        assert isinstance(created, dict)
        pdf = self.workdir / "application.pdf"
        self.run("application", "pdf", str(created["id"]), "--out", str(pdf))
        return f"{pdf.stat().st_size} bytes; fonts: {embedded_fonts(pdf)}"

    def roster(self) -> str:
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.append(
            ["姓名", "性别", "部门", "手机号", "身份证号码", "会员卡号", "入会日期", "状态"]
        )
        sheet.append(["张三", "男", "技术部", "13800138000", "", "6001", "2021-05-01", "在册"])
        sheet.append(["欧阳娜娜", "女", "财务部", "13900139000", "", "6002", "2022-03-01", "在册"])
        source = self.workdir / "名册.xlsx"
        workbook.save(source)
        imported = self.run_json("roster", "import", str(source))
        assert isinstance(imported, dict) and imported["added"] == 2, imported
        found = self.run_json("roster", "find", "oynn")
        assert isinstance(found, list) and [row["name"] for row in found] == ["欧阳娜娜"], found
        return "2 members imported from .xlsx; 'oynn' found 欧阳娜娜"

    def report(self) -> str:
        sizes = []
        for suffix in (".pdf", ".xlsx"):
            out = self.workdir / f"report{suffix}"
            self.run_json("report", "--from", "2030-01-01", "--to", "2030-12-31", "--out", str(out))
            sizes.append(f"{out.name} {out.stat().st_size} bytes")
        return ", ".join(sizes)

    def window(self) -> str:
        env = {**self.env, "UNIONAPP_EXIT_AFTER_PAINT": "1"}
        for console in (False, True):
            if sys.platform == "win32" and not console:
                continue  # the windowed .exe has no stdout to report the paint on
            out = self.run(console=console, env=env)
            assert "first_paint" in out, f"no first_paint in {out!r}"
        return "the window painted offscreen and quit"

    def all(self) -> bool:
        self.step("--version", self.version)
        self.step("catalogue", self.catalogue)
        self.step("database and migrations", self.database)
        self.step("database of the previous version migrated", self.older_database)
        self.step("application form PDF", self.application_pdf)
        self.step("roster import and pinyin search", self.roster)
        self.step("report PDF and Excel", self.report)
        self.step("window", self.window)
        return all(passed for _, passed, _ in self.results)


def newest_revision() -> str:
    """The head revision of the migrations in the source tree (the bundle must reach it)."""
    from unionapp.storage.migrate import head_revision

    return head_revision()


def embedded_fonts(pdf: Path) -> str:
    """Names of the PDF's fonts; fails unless every font is embedded. Needs poppler's pdffonts."""
    if shutil.which("pdffonts") is None:
        if sys.platform.startswith("linux"):
            raise SmokeFailure("pdffonts is missing: install poppler-utils")
        return "not checked (pdffonts is not installed)"
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, "the PDF has no fonts"
    # columns from the right: emb sub uni object-number generation
    not_embedded = [row[0] for row in rows if row[-5] != "yes"]
    assert not not_embedded, f"fonts not embedded: {not_embedded}"
    return ", ".join(f"{row[0]} embedded" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="smoke-test the existing bundle")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    args = parser.parse_args(argv)
    if not args.no_build:
        build()
    size, count = bundle_size(BUNDLE)
    print(f"bundle: {BUNDLE}: {size:.1f} MB in {count} files", flush=True)
    if args.no_smoke:
        return 0
    with tempfile.TemporaryDirectory(prefix="unionapp-smoke-") as workdir:
        passed = Smoke(Path(workdir)).all()
    print(f"bundle: {size:.1f} MB in {count} files; smoke test {'passed' if passed else 'FAILED'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
