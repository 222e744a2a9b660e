"""Where the bundled read-only resources (fonts, catalogue, icons, translations) are found."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """Return the resources folder: frozen bundle, installed wheel, or source checkout."""
    here = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "unionapp" / "resources")
    candidates.append(here / "resources")  # wheel install (force-included)
    candidates.append(here.parent.parent / "resources")  # source checkout / editable install
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("程序资源文件夹缺失，请重新安装基层工会助手。")


def resource_path(*parts: str) -> Path:
    """Return the path of one bundled resource file."""
    return resource_dir().joinpath(*parts)
