"""several unions on one server, logins with roles, and record versions.

Every union-owned table gets ``union_id`` (1 for every existing row: the first union); editable
records (application, member, union profile, programme) get ``version`` and ``updated_by``;
timeline entries and member history get ``created_by``. ``app_login`` maps server logins to
their union and role (filled by ``db add-user``).

On a server, the server decides who sees what: ``union_id`` defaults to the login's union, and
row-level security (forced, so the tables' owner is held to it too) lets a login read and write
only its own union's rows; a federation login reads the applications, timeline entries and
union profiles of every union. The functions look the login up by ``session_user``, which no
client can change. A login not in ``app_login`` (the administrator, or a login granted by hand
in part 1) acts for union 1, as before, and may read every union's profile and add unions.
Triggers write the login into ``updated_by`` and ``created_by`` of rows changed by a chair or
staff login (the administrator's copies keep what they carry), and raise ``version`` on their
updates that did not. On SQLite only the columns and the (unused) login table are added.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNION_TABLES = (
    "member",
    "member_event",
    "application",
    "application_participant",
    "timeline_entry",
    "attachment",
    "stored_file",
    "mail_record",
    "setting",
    "calendar_day",
)
FEDERATION_READS = ("application", "timeline_entry", "application_participant")
VERSIONED = ("application", "member", "union_profile", "programme")
WHO_CREATED = ("timeline_entry", "member_event")
KEYED_BY = {
    "setting": "key",
    "calendar_day": "day",
    "stored_file": "sha256",
}  # primary keys that become per union

FUNCTIONS = """
CREATE FUNCTION unionapp_union() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM app_login WHERE login = session_user::text)
        THEN (SELECT union_id FROM app_login WHERE login = session_user::text)
        ELSE 1 END
$$;
CREATE FUNCTION unionapp_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT COALESCE((SELECT role FROM app_login WHERE login = session_user::text), 'admin')
$$;
CREATE FUNCTION unionapp_stamp_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF unionapp_role() IN ('chair', 'staff') THEN
        NEW.updated_by := session_user::text;
        IF TG_OP = 'UPDATE' AND NEW.version = OLD.version THEN
            NEW.version := OLD.version + 1;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE FUNCTION unionapp_stamp_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF unionapp_role() IN ('chair', 'staff') THEN
        NEW.created_by := session_user::text;
    END IF;
    RETURN NEW;
END $$;
"""


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    op.create_table(
        "app_login",
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("union_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["union_id"], ["union_profile.id"]),
        sa.PrimaryKeyConstraint("login"),
    )
    for table in UNION_TABLES:
        op.add_column(
            table, sa.Column("union_id", sa.Integer(), server_default="1", nullable=False)
        )
        op.create_index(f"ix_{table}_union_id", table, ["union_id"])
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(
            table, sa.Column("updated_by", sa.String(), server_default="", nullable=False)
        )
    for table in WHO_CREATED:
        op.add_column(
            table, sa.Column("created_by", sa.String(), server_default="", nullable=False)
        )
    if _on_server():
        _server_rules()


def _server_rules() -> None:
    op.execute(FUNCTIONS)
    op.execute("REVOKE ALL ON app_login FROM PUBLIC")
    for table, key in KEYED_BY.items():
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_pkey PRIMARY KEY (union_id, {key})")
    mine = "union_id = (SELECT unionapp_union())"
    federation = "(SELECT unionapp_role()) = 'federation'"
    for table in UNION_TABLES:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN union_id SET DEFAULT unionapp_union()")
        _force_row_security(table)
        op.execute(f"CREATE POLICY own_union ON {table} USING ({mine}) WITH CHECK ({mine})")
        if table in FEDERATION_READS:
            op.execute(f"CREATE POLICY federation_reads ON {table} FOR SELECT USING ({federation})")
    _force_row_security("union_profile")
    own_profile = "id = (SELECT unionapp_union())"
    op.execute(
        f"CREATE POLICY own_union ON union_profile USING ({own_profile}) WITH CHECK ({own_profile})"
    )
    op.execute(f"CREATE POLICY federation_reads ON union_profile FOR SELECT USING ({federation})")
    admin = "(SELECT unionapp_role()) = 'admin'"
    op.execute(f"CREATE POLICY admin_reads_unions ON union_profile FOR SELECT USING ({admin})")
    op.execute(f"CREATE POLICY admin_adds_unions ON union_profile FOR INSERT WITH CHECK ({admin})")
    for table in VERSIONED:
        op.execute(
            f"CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION unionapp_stamp_updated()"
        )
    for table in WHO_CREATED:
        op.execute(
            f"CREATE TRIGGER {table}_stamp BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION unionapp_stamp_created()"
        )


def _force_row_security(table: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if _on_server():
        for table in (*UNION_TABLES, "union_profile"):
            op.execute(f"DROP POLICY IF EXISTS own_union ON {table}")
            op.execute(f"DROP POLICY IF EXISTS federation_reads ON {table}")
            op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP POLICY admin_adds_unions ON union_profile")
        op.execute("DROP POLICY admin_reads_unions ON union_profile")
        for table in (*VERSIONED, *WHO_CREATED):
            op.execute(f"DROP TRIGGER {table}_stamp ON {table}")
        for table, key in KEYED_BY.items():
            op.execute(f"DELETE FROM {table} WHERE union_id <> 1")
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey")
            op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_pkey PRIMARY KEY ({key})")
    for table in WHO_CREATED:
        op.drop_column(table, "created_by")
    for table in VERSIONED:
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
    for table in UNION_TABLES:
        op.drop_index(f"ix_{table}_union_id", table)
        op.drop_column(table, "union_id")
    op.drop_table("app_login")
    if _on_server():
        op.execute(
            "DROP FUNCTION unionapp_stamp_created(), unionapp_stamp_updated(), "
            "unionapp_role(), unionapp_union()"
        )
