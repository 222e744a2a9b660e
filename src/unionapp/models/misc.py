"""Small tables: settings, the user's own calendar entries, and the record of sent mail."""

from datetime import date, datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

from unionapp.models.ownership import union_field


class Setting(SQLModel, table=True):
    """A user setting, stored as JSON text under a dotted key."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str = ""
    union_id: int | None = union_field()  # part of the key on a server (migration 0009)


class CalendarDay(SQLModel, table=True):
    """A user's own calendar entry; it overrides the official calendar for that day."""

    __tablename__ = "calendar_day"

    day: date = Field(primary_key=True)
    year: int = Field(index=True)
    is_workday: bool
    note: str = ""
    union_id: int | None = union_field()  # part of the key on a server (migration 0009)


class MailRecord(SQLModel, table=True):
    """A report mail that was sent or drafted."""

    __tablename__ = "mail_record"

    id: int | None = Field(default=None, primary_key=True)
    sent_at: datetime = Field(sa_type=DateTime, default_factory=datetime.now)
    method: str = "eml"  # eml / smtp
    recipients: str = ""
    subject: str = ""
    files: str = ""  # JSON list of file names
    union_id: int | None = union_field()
