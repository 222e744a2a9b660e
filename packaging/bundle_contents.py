"""What goes into the frozen bundle and what stays out: read by ``unionapp.spec`` and the tests.

Plain Python with no PyInstaller import, so the lists can be checked quickly without a build.
"""

from __future__ import annotations

import ast
import re
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "unionapp"

# Imported by name at run time (importlib, entry points, lazy dialect loading), so PyInstaller's
# import scan cannot see them.
FIXED_HIDDEN_IMPORTS = [
    "alembic.context",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.script",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlite3",
    "reportlab.pdfbase.ttfonts",
    "reportlab.rl_settings",
    "python_calamine",
    "openpyxl",
    "pypinyin",
    "chinese_calendar",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.macOS",
]

# Distributions whose metadata (version, licence files) the About dialog reads.
METADATA_DISTRIBUTIONS = [
    "PySide6_Essentials",
    "PySide6_Pdf",
    "shiboken6",
    "reportlab",
    "pillow",
    "SQLAlchemy",
    "sqlmodel",
    "alembic",
    "openpyxl",
    "python-calamine",
    "pypinyin",
    "chinesecalendar",
    "platformdirs",
    "filelock",
    "fonttools",
    "keyring",
]

_UNUSED_QT_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtXml",
]  # fmt: skip

# Python modules never imported by the program (test tools, optional extras other libraries probe).
# Pillow stays: reportlab imports it at start-up. lxml (python-docx) and pdfplumber stay: they read
# the year's notice from a Word file or a PDF.
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in _UNUSED_QT_MODULES),
    "tkinter",
    "numpy",
    "pygments",  # only Mako's syntax-highlighting plugin wants it
    "mako.ext.pygmentplugin",
    "pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "aiosmtpd",
    "IPython",
]

# (pattern on the bundle path, reason). Patterns match the lower-case path with ``/`` separators.
EXCLUDED_FILES: list[tuple[str, str]] = [
    ("*webengine*", "QtWebEngine (a whole Chromium): the program shows no web pages"),
    ("*qt6quick*", "Qt Quick / QML: the program is built with Qt Widgets only"),
    ("*qt6qml*", "Qt Quick / QML: the program is built with Qt Widgets only"),
    ("*/plugins/qmltooling/*", "QML debugging plugins"),
    ("*qt6virtualkeyboard*", "on-screen keyboard (needs Qt Quick)"),
    ("*/plugins/platforminputcontexts/*virtualkeyboard*", "on-screen keyboard (needs Qt Quick)"),
    ("*qt63d*", "Qt 3D"),
    ("*qt6charts*", "Qt Charts: report charts are drawn by reportlab"),
    ("*qt6multimedia*", "Qt Multimedia: no sound or video"),
    ("*opengl32sw.dll", "software OpenGL (20 MB): Qt Widgets paint without OpenGL"),
    ("*d3dcompiler_*.dll", "Direct3D shader compiler, used only by Qt Quick / OpenGL"),
    ("*qt6svg*", "SVG: the program's icons are PNG/ICO"),
    ("*/plugins/iconengines/*", "SVG icon engine"),
    ("*/plugins/imageformats/*", "image formats other than ICO, JPEG and GIF (PNG is built in)"),
    ("*/plugins/platforms/*", "platform plugins other than Windows, macOS, X11 and offscreen"),
    ("*/plugins/platformthemes/*gtk3*", "GTK theme (would pull GTK into a Linux bundle)"),
    ("*/plugins/generic/*", "evdev/tslib input for framebuffer devices"),
    ("*/plugins/egldeviceintegrations/*", "EGLFS (embedded devices)"),
    ("*/plugins/wayland-*", "Wayland client plugins (X11 and offscreen are kept)"),
    ("*qt6wayland*", "Wayland client libraries"),
    ("*qt6wlshell*", "Wayland client libraries"),
    ("*qt6eglfs*", "EGLFS (embedded devices)"),
    ("*/plugins/networkinformation/*", "network status: the program works offline"),
    ("*/plugins/tls/*", "TLS for Qt Network: mail goes through Python's smtplib, not Qt"),
    ("*/plugins/sqldrivers/*", "Qt SQL: the database is reached through SQLAlchemy"),
    ("*/plugins/designer/*", "Qt Designer plugins"),
    ("*/plugins/vectorimageformats/*", "Lottie animations"),
]

# Kept although a pattern above matches them.
KEPT_FILES = [
    "*/plugins/imageformats/*qico*",
    "*/plugins/imageformats/*qjpeg*",
    "*/plugins/imageformats/*qgif*",
    "*/plugins/platforms/*qwindows*",
    "*/plugins/platforms/*qcocoa*",
    "*/plugins/platforms/*qxcb*",
    "*/plugins/platforms/*qoffscreen*",
]

# Qt's own translations: only the languages the program offers (Chinese; English needs none).
_QT_TRANSLATION = re.compile(r".*/translations/[a-z]+(_help)?_(?P<lang>[a-z]{2}(_[a-z]{2})?)\.qm$")
KEPT_QT_LANGUAGES = {"zh_cn", "en"}


def is_excluded(bundle_path: str) -> bool:
    """True when a collected binary or data file (its path inside the bundle) is left out."""
    path = "/" + bundle_path.replace("\\", "/").lower()
    translation = _QT_TRANSLATION.match(path)
    if translation and "/pyside6/" in path:
        return translation.group("lang") not in KEPT_QT_LANGUAGES
    if any(fnmatch(path, pattern) for pattern in KEPT_FILES):
        return False
    return any(fnmatch(path, pattern) for pattern, _reason in EXCLUDED_FILES)


def _files_under(folder: Path, keep: tuple[str, ...], dest: str) -> list[tuple[str, str]]:
    pairs = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if not any(fnmatch(path.name, pattern) for pattern in keep):
            continue
        parent = path.parent.relative_to(folder).as_posix()
        pairs.append((str(path), dest if parent == "." else f"{dest}/{parent}"))
    return pairs


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for PyInstaller's ``datas``.

    The resources go to ``unionapp/resources`` (where ``unionapp.resources`` looks when frozen),
    except translation sources (``.ts``). The Alembic migrations go next to ``unionapp/migrate``
    as real ``.py`` files: Alembic loads ``env.py`` and each revision from disk, never from the
    archive of compiled modules.
    """
    resources = _files_under(root / "resources", ("*",), "unionapp/resources")
    resources = [(src, dest) for src, dest in resources if not src.endswith(".ts")]
    migrations = _files_under(
        root / "src" / "unionapp" / "storage" / "migrations",
        ("*.py", "*.mako"),
        "unionapp/storage/migrations",
    )
    return resources + migrations


def command_modules(root: Path = ROOT) -> list[str]:
    """The ``COMMAND_MODULES`` list of ``unionapp.cli``, read from its source."""
    tree = ast.parse((root / "src" / "unionapp" / "cli" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "COMMAND_MODULES"
            for target in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise LookupError("COMMAND_MODULES not found in unionapp/cli/__init__.py")


def migration_imports(root: Path = ROOT) -> list[str]:
    """Every module the migration scripts import (they are loaded from disk, not scanned)."""
    names: set[str] = set()
    for path in (root / "src" / "unionapp" / "storage" / "migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return sorted(names - {"__future__"})


def hidden_imports(root: Path = ROOT) -> list[str]:
    """Modules PyInstaller must bundle although no ``import`` statement names them."""
    ordered = [*command_modules(root), *migration_imports(root), *FIXED_HIDDEN_IMPORTS]
    return list(dict.fromkeys(ordered))


def package_version(root: Path = ROOT) -> str:
    """``unionapp.__version__``, read from the source without importing the package."""
    text = (root / "src" / "unionapp" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise LookupError("__version__ not found in unionapp/__init__.py")
    return match.group(1)
