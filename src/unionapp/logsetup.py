"""Rotating log files; personal data (ID numbers, mobile numbers) is masked before it is written."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_ID_RE = re.compile(r"(?<![0-9])([1-9][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9])")
_MOBILE_RE = re.compile(r"(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])")
LOG_FILENAME = "unionapp.log"


def mask_personal_data(text: str) -> str:
    """Mask anything shaped like an 18-character ID number or an 11-digit mobile number."""
    text = _ID_RE.sub(lambda m: m.group(1)[:3] + "*" * 11 + m.group(3)[-4:], text)
    return _MOBILE_RE.sub(lambda m: m.group(1) + "****" + m.group(3), text)


class MaskingFormatter(logging.Formatter):
    """A formatter whose output never carries a full ID number or mobile number."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_data(super().format(record))


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the program's log to a rotating file in ``log_dir``; return the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger("unionapp")
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
