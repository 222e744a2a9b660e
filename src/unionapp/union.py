"""The union profile (本工会): read and update the single row that fills the form's header fields."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

from sqlmodel import Session

from unionapp.errors import UserError
from unionapp.models import UnionProfile
from unionapp.storage.unions import own_union_id

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class UnionData:
    """Plain values of the union profile, as the window and the command line exchange them."""

    name: str = ""
    chairperson: str = ""
    contact: str = ""
    contact_title: str = ""
    phone: str = ""
    address: str = ""
    email: str = ""
    parent_federation: str = ""
    report_recipients: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


UNION_FIELD_LABELS = {
    "name": "工会名称",
    "chairperson": "工会主席",
    "contact": "联系人",
    "contact_title": "联系人职务",
    "phone": "联系电话",
    "address": "地址（默认服务地点）",
    "email": "电子邮箱",
    "parent_federation": "上级工会",
    "report_recipients": "报表收件人",
}


def get_union(session: Session) -> UnionData:
    row = session.get(UnionProfile, own_union_id(session))
    if row is None:
        return UnionData()
    return UnionData(**{f.name: getattr(row, f.name) for f in fields(UnionData)})


def is_union_set_up(session: Session) -> bool:
    return bool(get_union(session).name.strip())


def validate_union(data: UnionData) -> dict[str, str]:
    """Problems by field name (empty when the profile is fine)."""
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = "请填写工会名称（与申请表上一致）。"
    if data.email.strip() and not _EMAIL_RE.match(data.email.strip()):
        problems["email"] = f"电子邮箱格式不对：{data.email}"
    for address in filter(
        None, (a.strip() for a in re.split(r"[,，;；\s]+", data.report_recipients))
    ):
        if not _EMAIL_RE.match(address):
            problems["report_recipients"] = f"报表收件人邮箱格式不对：{address}"
            break
    return problems


def update_union(session: Session, **changes: str) -> UnionData:
    """Change some fields of the profile; unknown fields and invalid values are refused."""
    unknown = set(changes) - {f.name for f in fields(UnionData)}
    if unknown:
        raise UserError(f"未知的工会资料字段：{', '.join(sorted(unknown))}")
    data = get_union(session)
    for key, value in changes.items():
        setattr(data, key, (value or "").strip())
    problems = validate_union(data)
    if problems:
        raise UserError("；".join(problems.values()))
    union_id = own_union_id(session)
    row = session.get(UnionProfile, union_id) or UnionProfile(id=union_id)
    for key, value in data.to_dict().items():
        setattr(row, key, value)
    session.add(row)
    session.flush()
    return data
