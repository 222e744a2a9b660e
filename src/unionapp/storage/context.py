"""The open data folder: paths, the instance lock and the database engine, for window and CLI alike.

With a server URL the database is a PostgreSQL server instead of the folder's SQLite file; the
folder then keeps only logs and what the program writes for the user (reports). No lock is taken:
several PCs share a server.

A folder that cannot be written, a full disk and a network drive are found here, before anything
is written: the first two become UserError, the last a warning (``AppContext.storage_warning``)
that the window and the command line show.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from unionapp.errors import UserError
from unionapp.logsetup import setup_logging
from unionapp.storage.backup import remove_stale_temporaries
from unionapp.storage.checks import (
    check_folder_writable,
    describe_os_error,
    network_drive_warning,
    storage_problem,
)
from unionapp.storage.db import open_engine
from unionapp.storage.engine import ServerTarget, parse_database_url
from unionapp.storage.instance_lock import InstanceLock
from unionapp.storage.paths import DataPaths, resolve_paths
from unionapp.storage.server import PasswordPrompt, open_server, server_problem

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a command or a window needs to reach the union's data."""

    paths: DataPaths
    engine: Engine
    lock: InstanceLock | None = None
    log_file: Path | None = None
    storage_warning: str | None = None
    server: ServerTarget | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def where(self) -> str:
        """The database in messages: the server (no password) or the SQLite file."""
        return self.server.display if self.server is not None else str(self.paths.db)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any exception."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                problem = storage_problem(exc) or (server_problem(exc) if self.server else None)
                if problem is None:
                    raise
                raise UserError(
                    f"无法保存到数据库 {self.where}：{problem}。本次操作没有写入任何内容，"
                    "原有数据完好。"
                ) from exc
            except BaseException:
                session.rollback()
                raise

    def reopen_database(self) -> None:
        """Open the database file again (after a restore replaced it), migrating it if needed."""
        self.engine.dispose()
        if self.server is None:
            self.engine = open_engine(self.paths.db, self.paths.backups)

    def close(self) -> None:
        """Dispose of the engine (checkpointing the WAL) and release the lock."""
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def open_context(
    data_dir: str | Path | DataPaths | None = None,
    *,
    seed: bool = True,
    lock: bool = True,
    database: str | None = None,
    prompt: PasswordPrompt | None = None,
) -> AppContext:
    """Open the data folder: take the lock, open or create the database, load the catalogue once.

    ``data_dir`` is a folder (an override), already resolved DataPaths, or None for the default.
    ``database`` names a PostgreSQL server instead (its schema must be current: ``db upgrade``
    creates and loads it); ``prompt`` asks for its password when the keyring has none.
    """
    paths = data_dir if isinstance(data_dir, DataPaths) else resolve_paths(data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise UserError(f"无法创建数据文件夹 {paths.root}：{describe_os_error(exc)}。") from exc
    check_folder_writable(paths.root)
    if paths.db.exists() and not os.access(paths.db, os.W_OK):
        raise UserError(f"数据库文件 {paths.db} 是只读的，请取消它的只读属性后再打开。")
    try:
        log_file = setup_logging(paths.logs)
    except OSError as exc:
        raise UserError(f"无法写入日志文件夹 {paths.logs}：{describe_os_error(exc)}。") from exc
    if database is not None:
        target = parse_database_url(database)
        ctx = AppContext(paths, open_server(target, prompt), log_file=log_file, server=target)
        log.info("opened %s", target.display)
        return ctx
    instance_lock = InstanceLock(paths) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        remove_stale_temporaries(paths)
        engine = open_engine(paths.db, paths.backups)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise
    warning = network_drive_warning(paths.root)
    if warning:
        log.warning("%s", warning)
    ctx = AppContext(
        paths=paths,
        engine=engine,
        lock=instance_lock,
        log_file=log_file,
        storage_warning=warning,
    )
    if seed:
        from unionapp.catalogue.seed import seed_bundled_catalogues

        try:
            with ctx.session() as session:
                seed_bundled_catalogues(session)
        except BaseException:
            ctx.close()
            raise
    log.info("opened %s", paths.db)
    return ctx
