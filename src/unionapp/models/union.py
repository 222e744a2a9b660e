"""The union's own profile (本工会): one row, filled in at first start."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from unionapp.models.ownership import (
    Versioned,
    record_who_changes,
    updated_at_field,
    updated_by_field,
    version_field,
)


class UnionProfile(Versioned, SQLModel, table=True):
    """The union as it goes on the form. Its id is the union's number: 1 on a single PC; on a
    server one row per union (``db add-union``), each login seeing its own."""

    __tablename__ = "union_profile"

    id: int | None = Field(default=1, primary_key=True)
    name: str = ""  # 申请服务工会名称, as printed on the form
    chairperson: str = ""
    contact: str = ""  # 联系人
    contact_title: str = ""  # 职务
    phone: str = ""
    address: str = ""  # default 服务地点
    email: str = ""
    parent_federation: str = ""  # 上级工会
    report_recipients: str = ""  # e-mail addresses for reports, comma separated
    version: int = version_field()
    updated_by: str = updated_by_field()
    updated_at: datetime | None = updated_at_field()


record_who_changes(UnionProfile, when=True)


class AppLogin(SQLModel, table=True):
    """A server login registered by ``db add-user``: its union and role (chair, staff or
    federation, whose union is empty). Only the administrator reads or writes this table; the
    server's row-level security looks logins up here."""

    __tablename__ = "app_login"

    login: str = Field(primary_key=True)
    union_id: int | None = Field(default=None, foreign_key="union_profile.id")
    role: str
