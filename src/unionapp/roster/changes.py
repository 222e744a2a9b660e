"""What an import or an edit changes in a member, field by field, in words a user can check.

ID numbers and phones are masked wherever a change is shown or kept in the history. A change that
only puts a substitute where the file's encoding cannot hold the stored character (GBK has no
𠇔, so Excel writes 敏 or ?) is recognised here, so that the import keeps the stored value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from unionapp.roster.reader import FIELD_LABELS
from unionapp.roster.validate import mask_id, mask_phone

_SUBSTITUTES = frozenset("?？\ufffd")
_LIMITED_ENCODINGS = {"GBK": "gbk"}  # encodings that cannot hold every character


def shown_value(field: str, value: Any) -> str:
    """A stored value as shown in a change list or the history (masked where sensitive)."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if field == "id_number":
        return mask_id(text)
    if field == "phone":
        return mask_phone(text)
    return text


def describe_change(field: str, old: Any, new: Any) -> str:
    """部门：工会办 → 财务部 (a blank value shows as （空）)."""
    before = shown_value(field, old) or "（空）"
    after = shown_value(field, new) or "（空）"
    return f"{FIELD_LABELS.get(field, field)}：{before} → {after}"


def describe_changes(changes: dict[str, tuple[Any, Any]]) -> str:
    """Every field's old → new, for one history entry."""
    return "；".join(describe_change(f, old, new) for f, (old, new) in changes.items())


def substitution_reason(old: Any, new: Any, encoding: str) -> str | None:
    """Why ``new`` is only ``old`` with characters the file could not hold replaced, or None.

    Each differing character must be a stored one the file's encoding cannot hold, or a
    substitute mark (?) in the file where the stored value has a character.
    """
    if not (isinstance(old, str) and isinstance(new, str)) or len(old) != len(new):
        return None
    codec = _LIMITED_ENCODINGS.get(encoding)
    lost: list[str] = []
    for before, after in zip(old, new, strict=True):
        if before == after:
            continue
        unholdable = codec is not None and not _encodable(before, codec)
        if not (unholdable or after in _SUBSTITUTES):
            return None
        lost.append(before)
    if not lost:
        return None
    shown = "、".join(f"“{c}”" for c in dict.fromkeys(lost))
    if codec is not None and any(not _encodable(c, codec) for c in lost):
        return f"文件是 {encoding} 编码，存不下 {shown}，文件中是替代字"
    return f"文件中 {shown} 的位置是“?”（替代字符）"


def _encodable(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class FieldChange:
    """One field of an existing member that a file changes (or would change, or leaves)."""

    row: int
    member_id: int
    name: str
    field: str
    old: Any
    new: Any
    reason: str = ""  # set for a change that is kept back

    def change_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "member_id": self.member_id,
            "name": self.name,
            "field": self.field,
            "old": shown_value(self.field, self.old),
            "new": shown_value(self.field, self.new),
        }

    def kept_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "member_id": self.member_id,
            "field": self.field,
            "old": shown_value(self.field, self.old),
            "new": shown_value(self.field, self.new),
            "reason": self.reason,
        }

    def line(self) -> str:
        """第 5 行 周𠇔（编号 3）部门：工会办 → 财务部"""
        text = f"第 {self.row} 行 {self.name}（编号 {self.member_id}）"
        text += describe_change(self.field, self.old, self.new)
        return text + (f"：{self.reason}" if self.reason else "")
