"""The union's own profile (本工会): one row, filled in at first start."""

from sqlmodel import Field, SQLModel


class UnionProfile(SQLModel, table=True):
    """The union as it goes on the form; a single row with id 1."""

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
