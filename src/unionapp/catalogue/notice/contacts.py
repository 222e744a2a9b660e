"""Contact people and phone numbers as the notice writes them (tables and attachment 3's 说明)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionapp.catalogue.notice.text import CJK

_PHONE = re.compile(
    r"^(?:(?:0\d{2,3}-?\d{7,8}|\d{8})(?:(?:-|转)\d{1,5})?|1[3-9]\d{9}|[48]00\d{7}|12\d{3})$"
)
_SEPARATORS = re.compile(r"[\s、,，;；/]+")
_NAME = re.compile(rf"^[{CJK}·]{{2,5}}$")
_ENTRY = re.compile(
    rf"^(?P<name>[{CJK}](?:\s?[{CJK}·]){{1,4}})\s*"
    r"(?P<phones>[0-9][0-9\s、,，\-转/]*?)\s*(?:[（(](?P<scope>[^）)]+)[）)])?\s*$"
)


@dataclass
class Contact:
    """One person of a hosting unit, with every phone the notice gives them."""

    provider: str
    name: str
    phones: list[str] = field(default_factory=list)
    scope: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "provider": self.provider,
            "name": self.name,
            "phones": list(self.phones),
            "scope": self.scope,
        }


def parse_phones(text: str) -> list[str] | None:
    """The phone numbers in a cell; None if any part is not a phone number.

    OCR habits are undone where the result is certain: a space before an extension
    (``65520099 -6178``) and a mobile number cut in two (``1551031001 4``).
    """
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if not tokens:
        return []
    merged: list[str] = []
    for token in tokens:
        if merged and (token[0] in "-转" or merged[-1][-1] in "-转"):
            merged[-1] += token
        else:
            merged.append(token)
    phones: list[str] = []
    index = 0
    while index < len(merged):
        token = merged[index]
        if _PHONE.match(token):
            phones.append(token)
            index += 1
            continue
        joined = token + merged[index + 1] if index + 1 < len(merged) else ""
        if joined.isdigit() and _PHONE.match(joined):
            phones.append(joined)
            index += 2
            continue
        return None
    return phones


def parse_names(text: str) -> list[str] | None:
    """The person names in a cell (``吴 镝`` is one name, spaced for the table); None if unsure."""
    parts = [p for p in re.split(r"[\s、,，]+", text.strip()) if p]
    if not parts:
        return []
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        parts = ["".join(parts)]
    return parts if all(_NAME.match(p) for p in parts) else None


def parse_contact_line(text: str) -> list[Contact] | None:
    """``单位: 姓名 电话、电话 (分工); 姓名 电话`` from attachment 3's 说明; None if not that shape."""
    provider, sep, rest = text.partition("：") if "：" in text else text.partition(":")
    provider = re.sub(r"\s+", "", provider)
    if not sep or not re.fullmatch(rf"[{CJK}（）()]{{2,40}}", provider):
        return None
    contacts = []
    for part in (p.strip() for p in re.split(r"[;；]", rest)):
        if not part:
            continue
        match = _ENTRY.match(part)
        phones = parse_phones(match.group("phones")) if match else None
        if match is None or not phones:
            return None
        name = re.sub(r"\s+", "", match.group("name"))
        contacts.append(Contact(provider, name, phones, (match.group("scope") or "").strip()))
    return contacts or None
