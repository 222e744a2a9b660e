"""The member roster (会员名册) and each member's dated history."""

from datetime import date, datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel


class Member(SQLModel, table=True):
    """A union member. Nothing is hard-deleted except by an explicit permanent delete."""

    __tablename__ = "member"
    # Browsing by status or department in pinyin order (migration 0003); these also serve lookups
    # by status or department alone (0004 dropped the single-column indexes).
    __table_args__ = (
        Index("ix_member_status_sort_key", "status", "sort_key"),
        Index("ix_member_department_sort_key", "department", "sort_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str
    gender: str = ""  # 男 / 女 / ""
    department: str = ""
    position: str = ""
    phone: str = ""
    id_number: str | None = Field(default=None, index=True)  # sensitive; GB 11643, upper-case X
    card_number: str | None = Field(default=None, index=True)  # 工会会员互助服务卡号
    join_date: date | None = None
    status: str = "在册"  # 在册 / 转出 / 退会 / 退休
    notes: str = ""
    # search keys computed from the name
    name_pinyin: str = ""  # full pinyin, lower case, no tones
    name_initials: str = ""  # pinyin initials, e.g. zs
    sort_key: str = Field(default="", index=True)  # pinyin order
    created_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now)
    # indexed: max(updated_at) tells the search index that the roster changed
    updated_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now, index=True)


class MemberEvent(SQLModel, table=True):
    """A dated entry in a member's history: joined, status change, edit, import."""

    __tablename__ = "member_event"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    date: date
    kind: str  # created / status / edited / imported
    from_status: str = ""
    to_status: str = ""
    note: str = ""
    created_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now)


class RosterVersion(SQLModel, table=True):
    """One row whose number a server raises with every change to the roster (a trigger of
    migration 0008): the search index asks it instead of counting the roster per keystroke."""

    __tablename__ = "roster_version"

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})
    version: int = 0
