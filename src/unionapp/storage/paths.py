"""Every path the program writes to, resolved in one place.

The user data folder comes from platformdirs; ``--data-dir`` or the ``UNIONAPP_DATA_DIR``
environment variable override it (tests, portable use). With an override, logs live inside it too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "unionapp"
ENV_DATA_DIR = "UNIONAPP_DATA_DIR"
DB_FILENAME = "unionapp.db"


@dataclass(frozen=True)
class DataPaths:
    """The folders and files of one data folder."""

    root: Path
    logs: Path

    @property
    def db(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def opened_files(self) -> Path:
        """Attachments written out so that another program can open them (re-creatable)."""
        return self.root / "open"

    @property
    def lock(self) -> Path:
        return self.root / "unionapp.lock"

    def ensure(self) -> None:
        """Create the folders (owner-only where the OS allows it)."""
        for folder in (self.root, self.backups, self.attachments, self.logs):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Return the data paths: explicit argument, then the environment variable, then platformdirs."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(root=root, logs=root / "logs")
    root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    logs = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return DataPaths(root=root, logs=logs)
