"""Shared fixtures: a fresh data folder per test, the offscreen Qt platform on a laptop-sized
screen (1366×768 less a task bar), a gui marker.

PostgreSQL: ``UNIONAPP_TEST_DATABASE_URL`` (or ``--database-url``), an administrator's URL of a
server, runs the suite against it: the ``ctx`` fixture and the command line (through
``UNIONAPP_DATABASE_URL``) then work on a fresh server database per test. The tests written for
the server itself (``pg_url``, ``pg_ready_url``) use that server too, else a throwaway one
started for the session (``tests/pg_server.py``), else they are skipped.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768 - 40}
"""The offscreen screen the window tests run on: a 1366×768 laptop's free area (40-px task bar)."""
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # another platform: left alone
    _config = Path(tempfile.gettempdir()) / "unionapp-tests-laptop-screen.json"
    _config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), "utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"
os.environ.pop("UNIONAPP_DATA_DIR", None)
os.environ.pop("UNIONAPP_DATABASE_URL", None)
ENV_TEST_DATABASE = "UNIONAPP_TEST_DATABASE_URL"
CHAIR_LOGIN = "unionapp_test_chair"
"""The login the PostgreSQL pass works as: the chair of union 1 in every test database."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database-url",
        metavar="URL",
        help=f"run core and command-line tests on this PostgreSQL server (or {ENV_TEST_DATABASE})",
    )


def engine_pass_url(config: pytest.Config) -> str | None:
    """The server the suite runs against, when it runs against one."""
    return config.getoption("--database-url") or os.environ.get(ENV_TEST_DATABASE) or None


@pytest.fixture(scope="session")
def pg_admin_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """An administrator's URL of a PostgreSQL server for this session."""
    chosen = engine_pass_url(request.config)
    if chosen:
        yield chosen
        return
    import pg_server

    if not pg_server.available():
        pytest.skip("no PostgreSQL server programs on this machine")
    server = pg_server.start(Path(tempfile.mkdtemp(prefix="unionapp-pg-")))
    try:
        yield server.admin_url
    finally:
        server.stop()


def _admin(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(statement)


def _database_url(admin_url: str, name: str) -> str:
    from sqlalchemy import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """A database upgraded once by ``db upgrade`` (schema, catalogue, union), to copy per test."""
    from unionapp.storage.engine import parse_database_url
    from unionapp.storage.server import connect, upgrade_server

    name = f"unionapp_tpl_{uuid.uuid4().hex[:8]}"
    _admin(pg_admin_url, f'CREATE DATABASE "{name}"')
    engine = connect(parse_database_url(_database_url(pg_admin_url, name)))
    upgrade_server(engine)
    engine.dispose()
    return name


@pytest.fixture(scope="session")
def pg_chair_template(pg_admin_url: str, pg_template: str) -> str:
    """``pg_template`` with ``CHAIR_LOGIN`` registered as the chair of its union."""
    from unionapp.storage.engine import parse_database_url
    from unionapp.storage.server import connect
    from unionapp.storage.unions import add_user

    name = f"unionapp_tpl_chair_{uuid.uuid4().hex[:8]}"
    _admin(pg_admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    engine = connect(parse_database_url(_database_url(pg_admin_url, name)))
    add_user(engine, CHAIR_LOGIN, "chair", 1, None)  # the login exists after a first session
    engine.dispose()
    return name


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the server (dropped after the test)."""
    name = f"unionapp_t_{uuid.uuid4().hex[:10]}"
    _admin(pg_admin_url, f'CREATE DATABASE "{name}"')
    yield _database_url(pg_admin_url, name)
    _admin(pg_admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fresh_copy(admin_url: str, template: str) -> Iterator[str]:
    name = f"unionapp_t_{uuid.uuid4().hex[:10]}"
    _admin(admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _database_url(admin_url, name)
    _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_ready_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """A fresh database as ``db upgrade`` leaves it (dropped after the test)."""
    yield from _fresh_copy(pg_admin_url, pg_template)


@pytest.fixture
def pg_chair_url(pg_admin_url: str, pg_chair_template: str) -> Iterator[str]:
    """A fresh database as ``db upgrade`` leaves it, ``CHAIR_LOGIN`` its union's chair: the
    URL logs in as the chair (dropped after the test)."""
    from sqlalchemy import make_url

    for url in _fresh_copy(pg_admin_url, pg_chair_template):
        yield make_url(url).set(username=CHAIR_LOGIN).render_as_string(hide_password=False)


@pytest.fixture(autouse=True)
def _engine_pass(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PostgreSQL pass, every command line of the test works on a fresh server database,
    as the chair of its first union: a login that row-level security and grants hold, as every
    real user's is (the administrator of the tests' server is a superuser, whom they spare)."""
    if engine_pass_url(request.config) and "no_engine_pass" not in request.keywords:
        monkeypatch.setenv("UNIONAPP_DATABASE_URL", request.getfixturevalue("pg_chair_url"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[object]:
    """The data folder opened (database created, catalogue loaded), closed after the test; on
    the test server's fresh database in a PostgreSQL pass."""
    from unionapp.storage.context import open_context

    context = open_context(data_dir, database=os.environ.get("UNIONAPP_DATABASE_URL"))
    yield context
    context.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that use pytest-qt's ``qtbot`` are marked ``gui`` automatically."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def shots(tmp_path: Path):
    """Save what a widget shows as ``shots/NAME.png`` in the test's tmp folder (kept by pytest
    with the run), to look at after a window test."""
    folder = tmp_path / "shots"

    def save(widget, name: str) -> Path:
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save


@pytest.fixture
def type_text():
    """Type text into a widget with real key events, Chinese included.

    ``qtbot.keyClicks`` cannot type non-ASCII characters (Qt's QTest asserts on them), so each
    character is sent as a key press/release carrying the character as its text, as an input
    method's commit would arrive.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        widget.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)

    return type_into
