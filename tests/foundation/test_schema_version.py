"""The light schema-version reader agrees with Alembic's own view of the migrations."""

from unionapp.storage.migrate import head_revision, known_revisions
from unionapp.storage.schema_version import head_revision_id, known_revision_ids


def test_light_reader_matches_alembic():
    assert known_revision_ids() == known_revisions()
    assert head_revision_id() == head_revision()


def test_opening_a_current_database_does_not_import_alembic(data_dir):
    import subprocess
    import sys

    from unionapp.storage.context import open_context

    open_context(data_dir).close()
    code = (
        "import sys; from unionapp.storage.context import open_context; "
        f"open_context({str(data_dir)!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr
