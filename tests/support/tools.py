"""External programs some tests need (poppler's pdftoppm and pdffonts).

On a developer's machine a missing program skips the test; in CI (``CI=true``, as GitHub
Actions and most CI services set it) it fails the test, so that a CI image without poppler
cannot pass while checking nothing.
"""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def require_tool(name: str, package: str = "poppler-utils") -> str:
    """The program's path; skip the test without it, or fail it in CI."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} ({package}) is not installed"
    if in_ci():
        pytest.fail(f"{message}; CI must install it (see .ci/run)")
    pytest.skip(message)
