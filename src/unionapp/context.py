"""The open data folder: paths, the instance lock and the database engine, for window and CLI alike."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from unionapp.db import open_engine
from unionapp.instance_lock import InstanceLock
from unionapp.logsetup import setup_logging
from unionapp.paths import DataPaths, resolve_paths

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a command or a window needs to reach the union's data."""

    paths: DataPaths
    engine: Engine
    lock: InstanceLock | None = None
    log_file: Path | None = None
    _closed: bool = field(default=False, repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any exception."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def reopen_database(self) -> None:
        """Open the database file again (after a restore replaced it), migrating it if needed."""
        self.engine.dispose()
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
    data_dir: str | Path | None = None, *, seed: bool = True, lock: bool = True
) -> AppContext:
    """Open the data folder: take the lock, open or create the database, load the catalogue once."""
    paths = resolve_paths(data_dir)
    paths.ensure()
    log_file = setup_logging(paths.logs)
    instance_lock = InstanceLock(paths) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        engine = open_engine(paths.db, paths.backups)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise
    ctx = AppContext(paths=paths, engine=engine, lock=instance_lock, log_file=log_file)
    if seed:
        from unionapp.catalogue.seed import seed_bundled_catalogues

        with ctx.session() as session:
            seed_bundled_catalogues(session)
    log.info("opened %s", paths.db)
    return ctx
