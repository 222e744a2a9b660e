"""Applications (申请) for a programme, their participants, timeline and attached files."""

from datetime import date, datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel


class Application(SQLModel, table=True):
    """One request on Attachment 3 (一事一报): every field of the form, its programme and status."""

    __tablename__ = "application"

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int | None = Field(
        default=None, foreign_key="programme.id", index=True, ondelete="SET NULL"
    )
    # the form, row by row
    provider: str = ""  # 申请服务提供单位
    union_name: str = ""  # 申请服务工会名称
    contact: str = ""  # 联系人
    contact_title: str = ""  # 职务
    phone: str = ""  # 联系电话
    service_time: datetime | None = Field(
        sa_type=DateTime, default=None, index=True
    )  # 申请服务时间
    service_item: str = ""  # 申报服务项目
    category: str = ""  # 类别/内容
    scale: str = ""  # 服务职工规模
    location: str = ""  # 服务地点
    needs: str = ""  # 提供服务需求
    notes: str = ""  # 其他说明事项
    opinion: str = ""  # 本单位工会意见
    declared_on: date | None = None  # 申报日期
    # tracking
    status: str = Field(default="draft", index=True)
    participant_count: int | None = None  # entered by hand when no list is kept
    project_no: str = ""  # 项目编号 assigned by the provider
    scheduled_at: datetime | None = Field(default=None, sa_type=DateTime)
    attendance: int | None = None
    created_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now)
    updated_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now, index=True)


class ApplicationParticipant(SQLModel, table=True):
    """A roster member taking part in an application's service."""

    __tablename__ = "application_participant"

    application_id: int = Field(foreign_key="application.id", primary_key=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")


class TimelineEntry(SQLModel, table=True):
    """A dated event of an application: status change or note. Corrections keep the old entry."""

    __tablename__ = "timeline_entry"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    date: date
    status: str = ""  # status after this entry ("" for a plain note)
    from_status: str = ""
    via: str = ""  # 现场 / 邮寄 / 电子邮件 / 传真
    to_whom: str = ""
    note: str = ""
    reason: str = ""  # for declined / returned
    project_no: str = ""
    scheduled_at: datetime | None = Field(default=None, sa_type=DateTime)
    attendance: int | None = None
    feedback: str = ""
    snapshot: str = ""  # JSON of the form as sent (kept when returned for changes)
    superseded_by: int | None = Field(
        default=None, foreign_key="timeline_entry.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now)


class Attachment(SQLModel, table=True):
    """A file kept with an application; its bytes are the StoredFile with the same sha256."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    timeline_entry_id: int | None = Field(
        default=None, foreign_key="timeline_entry.id", ondelete="SET NULL"
    )
    kind: str = ""  # scan / reply / photo / other, chosen by the user
    filename: str  # the user's original file name
    sha256: str
    size: int = 0
    added_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now)
