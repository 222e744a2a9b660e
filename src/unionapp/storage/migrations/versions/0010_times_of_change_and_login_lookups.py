"""when a union profile or a programme was last changed, so that a save refused because someone
else saved meanwhile says who and when (applications and members kept the time already).

Existing rows get no time (the message then names who only). On a server, the trigger that
writes a chair's or staff member's login into ``updated_by`` now also writes the server's time
into ``updated_at`` when the change did not set it (a login editing with psql or a spreadsheet).

The two functions that look the login up (row-level security calls them in every statement) are
written in PL/pgSQL, same meaning: PostgreSQL cannot inline a SQL function that runs as its
definer, and plans its body again in every statement, where PL/pgSQL keeps its plan for the
session (an application's save then costs the server about half as much).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_COLUMN = ("union_profile", "programme")
STAMP_UPDATED = """
CREATE OR REPLACE FUNCTION unionapp_stamp_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF unionapp_role() IN ('chair', 'staff') THEN
        NEW.updated_by := session_user::text;
        IF TG_OP = 'UPDATE' AND NEW.version = OLD.version THEN
            NEW.version := OLD.version + 1;
        END IF;{stamp_time}
    END IF;
    RETURN NEW;
END $$
"""
STAMP_TIME = """
        IF TG_OP = 'UPDATE' AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at
            OR TG_OP = 'INSERT' AND NEW.updated_at IS NULL THEN
            NEW.updated_at := localtimestamp(0);
        END IF;"""


LOOKUPS = """
CREATE OR REPLACE FUNCTION unionapp_union() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    found_union integer;
BEGIN
    SELECT union_id INTO found_union FROM app_login WHERE login = session_user::text;
    IF FOUND THEN
        RETURN found_union;
    END IF;
    RETURN 1;
END $$;
CREATE OR REPLACE FUNCTION unionapp_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    found_role text;
BEGIN
    SELECT role INTO found_role FROM app_login WHERE login = session_user::text;
    RETURN COALESCE(found_role, 'admin');
END $$;
"""
LOOKUPS_0009 = """
CREATE OR REPLACE FUNCTION unionapp_union() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM app_login WHERE login = session_user::text)
        THEN (SELECT union_id FROM app_login WHERE login = session_user::text)
        ELSE 1 END
$$;
CREATE OR REPLACE FUNCTION unionapp_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT COALESCE((SELECT role FROM app_login WHERE login = session_user::text), 'admin')
$$;
"""


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    for table in NEW_COLUMN:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    if _on_server():
        op.execute(STAMP_UPDATED.format(stamp_time=STAMP_TIME))
        op.execute(LOOKUPS)


def downgrade() -> None:
    if _on_server():
        op.execute(STAMP_UPDATED.format(stamp_time=""))  # as 0009 left them
        op.execute(LOOKUPS_0009)
    for table in NEW_COLUMN:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_at")
