"""What the PyInstaller spec bundles and leaves out, checked without running PyInstaller.

The bundle's data files are copied into a folder laid out like the frozen program's
``sys._MEIPASS``; the code that finds resources and the Alembic migrations is then run against it.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

import unionapp
from unionapp.cli import COMMAND_MODULES
from unionapp.resources import resource_dir
from unionapp.storage.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def meipass(contents: ModuleType, tmp_path: Path) -> Path:
    """The data files of the bundle, copied where PyInstaller would put them."""
    root = tmp_path / "_internal"
    for source, dest in contents.data_files():
        target = root / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return root


def bundled(contents: ModuleType) -> set[str]:
    return {f"{dest}/{Path(source).name}" for source, dest in contents.data_files()}


def test_data_files_cover_every_resource_and_migration(contents: ModuleType) -> None:
    files = bundled(contents)
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix != ".ts":
            relative = path.relative_to(ROOT / "resources").as_posix()
            assert f"unionapp/resources/{relative}" in files
    migrations = ROOT / "src" / "unionapp" / "storage" / "migrations"
    revisions = sorted(migrations.glob("versions/*.py"))
    assert revisions
    for revision in revisions:
        assert f"unionapp/storage/migrations/versions/{revision.name}" in files
    assert "unionapp/storage/migrations/env.py" in files
    assert "unionapp/storage/migrations/script.py.mako" in files
    for named in ("fonts/uming.ttc", "fonts/ARPHICPL.TXT", "fonts/LICENSE-Apache-2.0.txt",
                  "catalogue/2023.json", "icons/unionapp.ico", "icons/unionapp.png"):  # fmt: skip
        assert f"unionapp/resources/{named}" in files
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in files)


def test_frozen_program_finds_its_resources(meipass: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    found = resource_dir.__wrapped__()  # the uncached lookup
    assert found == meipass / "unionapp" / "resources"
    assert (found / "fonts" / "uming.ttc").stat().st_size > 1_000_000


def test_bundled_migrations_upgrade_a_database_from_disk(meipass: Path) -> None:
    config = Config()
    config.set_main_option("script_location", str(meipass / "unionapp" / "storage" / "migrations"))
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        tables = set(inspect(connection).get_table_names())
    assert revision == head_revision()
    assert {"application", "member", "programme", "union_profile"} <= tables


def test_hidden_imports_name_every_command_module_and_exist(contents: ModuleType) -> None:
    hidden = contents.hidden_imports()
    assert contents.command_modules() == COMMAND_MODULES
    assert set(COMMAND_MODULES) <= set(hidden)
    assert {"alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite", "sqlmodel"} <= set(
        hidden
    )  # the last one: imported by the migration scripts, which are loaded from disk
    assert "unionapp.models" in hidden
    import importlib.util

    missing = [name for name in hidden if importlib.util.find_spec(name) is None]
    assert missing == []


@pytest.mark.parametrize(
    "bundle_path",
    [
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/opengl32sw.dll",
        "PySide6/d3dcompiler_47.dll",
        "PySide6/plugins/platforms/qminimal.dll",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/plugins/imageformats/qtiff.dll",
        "PySide6/plugins/qmltooling/qmldbg_tcp.dll",
        "PySide6/plugins/tls/qopensslbackend.dll",
        "PySide6/translations/qtbase_de.qm",
    ],
)
def test_unused_qt_parts_are_left_out(contents: ModuleType, bundle_path: str) -> None:
    assert contents.is_excluded(bundle_path)


@pytest.mark.parametrize(
    "bundle_path",
    [
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt6PdfWidgets.dll",
        "PySide6/Qt6PrintSupport.dll",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/plugins/imageformats/qjpeg.dll",
        "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/translations/qtbase_zh_CN.qm",
    ],
)
def test_needed_qt_parts_are_kept(contents: ModuleType, bundle_path: str) -> None:
    assert not contents.is_excluded(bundle_path)


def test_no_program_file_is_filtered_out(contents: ModuleType) -> None:
    assert [name for name in bundled(contents) if contents.is_excluded(name)] == []


def imports(source: str, module: str) -> bool:
    """True if the source imports ``module`` (``import m``, ``from m import``, ``from pkg import m``)."""
    package, _, name = module.rpartition(".")
    patterns = [rf"^\s*(from|import)\s+{re.escape(module)}\b"]
    if package:
        patterns.append(rf"^\s*from\s+{re.escape(package)}\s+import\s[^\n]*\b{name}\b")
    return any(re.search(pattern, source, re.MULTILINE) for pattern in patterns)


def test_excluded_modules_are_not_imported_by_the_program(contents: ModuleType) -> None:
    excluded = set(contents.EXCLUDED_MODULES)
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml", "pytest"} <= excluded
    assert imports("from PySide6 import QtCore, QtQml", "PySide6.QtQml")  # the check can fail
    used = {
        (path.name, module)
        for path in (ROOT / "src").rglob("*.py")
        for module in excluded
        if imports(path.read_text(encoding="utf-8"), module)
    }
    assert used == set()


def test_spec_uses_the_lists_and_the_package_version(contents: ModuleType) -> None:
    spec = (ROOT / "packaging" / "unionapp.spec").read_text(encoding="utf-8")
    for used in ("contents.data_files()", "contents.hidden_imports()",
                 "contents.EXCLUDED_MODULES", "contents.is_excluded"):  # fmt: skip
        assert used in spec
    assert contents.package_version() == unionapp.__version__
