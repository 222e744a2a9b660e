"""The programme catalogue: hosting units (承办单位), their contacts, programmes and free venues."""

from datetime import datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from unionapp.models.ownership import (
    Versioned,
    record_who_changes,
    updated_at_field,
    updated_by_field,
    version_field,
)


class Provider(SQLModel, table=True):
    """A hosting unit (承办单位) such as 北京市劳动人民文化宫."""

    __tablename__ = "provider"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    phone: str = ""
    address: str = ""
    notes: str = ""


class ProviderContact(SQLModel, table=True):
    """A named contact at a hosting unit, with phones and the kind of service they handle."""

    __tablename__ = "provider_contact"

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(foreign_key="provider.id", index=True, ondelete="CASCADE")
    name: str
    phones: str = ""  # several numbers separated by "、"
    scope: str = ""  # e.g. 服务及辅导类


class Programme(Versioned, SQLModel, table=True):
    """One programme of a year's notice, with the rules the notice states for it."""

    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("year", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    key: str = ""  # stable key inside the year's catalogue, e.g. "a1-2"
    attachment: int | None = None  # 附件 1 or 2, None for section 二 items
    seq: str = ""  # 序号 in the attachment
    parent_id: int | None = Field(default=None, foreign_key="programme.id", ondelete="SET NULL")
    section: str = ""  # e.g. 二(二)1
    name: str
    category: str = Field(index=True)  # 文化 / 体育 / 普惠服务 / 公益
    time_window: str = ""  # as the notice writes it, e.g. 3月—12月
    window_start_month: int | None = None
    window_end_month: int | None = None
    description: str = ""
    participation: str = ""
    # rules
    lead_workdays: int | None = None
    yearly_limit: int | None = None
    min_participants: int | None = None
    uses_form: bool = False
    online_needs_agreement: bool = False
    rules_note: str = ""
    source: str = "notice"  # notice / user
    hand_edited: bool = False  # changed in the window: an import asks before overwriting it
    needs_review: bool = False  # 待核实: carried forward from an earlier year, not yet checked
    version: int = version_field()
    updated_by: str = updated_by_field()
    updated_at: datetime | None = updated_at_field()


record_who_changes(Programme, when=True)


class ProgrammeProvider(SQLModel, table=True):
    """Which hosting units run a programme, and the contact named for it."""

    __tablename__ = "programme_provider"

    programme_id: int = Field(foreign_key="programme.id", primary_key=True, ondelete="CASCADE")
    provider_id: int = Field(foreign_key="provider.id", primary_key=True, ondelete="CASCADE")
    contact_id: int | None = Field(
        default=None, foreign_key="provider_contact.id", ondelete="SET NULL"
    )
    position: int = 0


class Venue(SQLModel, table=True):
    """A free culture venue of Attachment 4."""

    __tablename__ = "venue"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    seq: int = 0
    name: str
    address: str = ""
    phone_hours: str = ""
    booking: str = ""
    notes: str = ""
