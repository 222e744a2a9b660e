"""The schema revisions this program knows, read from the migration file names without Alembic.

Opening a database that is already current must not pay for importing Alembic. Revision files
are named ``NNNN_description.py`` with revision id ``NNNN`` in one linear chain, so the head is
the highest number (a test checks this against Alembic's own view).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def known_revision_ids() -> frozenset[str]:
    return frozenset(
        match.group(1)
        for match in (_REVISION_FILE.match(p.name) for p in VERSIONS_DIR.iterdir())
        if match
    )


def head_revision_id() -> str:
    return max(known_revision_ids())
