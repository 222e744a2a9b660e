"""Checking and normalising one roster value at a time: ID numbers, phones, card numbers, dates.

Every check raises `FieldError` with a reason in Chinese that a user can act on; the caller adds
where (file, row, column). Nothing here touches the database or the window.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

STATUSES: tuple[str, ...] = ("在册", "转出", "退会", "退休")
DEFAULT_STATUS = "在册"
GENDERS: tuple[str, ...] = ("男", "女")

_ID_CHECK_CHARS = "10X98765432"
_ID_RE = re.compile(r"[1-9]\d{16}[\dX]", re.ASCII)
_SCIENTIFIC_RE = re.compile(r"[+-]?\d+(?:\.\d+)?[eE][+-]?\d+", re.ASCII)
_SPACES_RE = re.compile(r"\s+")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # zero-width, BOM

_MOBILE_RE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_EXTENSION_RE = re.compile(r"(?:转|分机|ext\.?|x|#)(\d{1,6})$", re.IGNORECASE | re.ASCII)
_DASHES_RE = re.compile(r"[-‐‑–—―]")
_LOCAL_RE = re.compile(r"[2-9]\d{6,7}", re.ASCII)
_CARD_SEPARATORS_RE = re.compile(r"[\s\-]")
_LATIN_RE = re.compile("[A-Za-z]")

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug included)
_MAX_EXCEL_SERIAL = 2958465  # 9999-12-31
_YMD_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?")
_COMPACT_YMD_RE = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)

_GENDER_WORDS = {
    "男": "男",
    "男性": "男",
    "m": "男",
    "male": "男",
    "1": "男",
    "女": "女",
    "女性": "女",
    "f": "女",
    "female": "女",
    "2": "女",
}
_STATUS_WORDS = {
    "在册": "在册",
    "在职": "在册",
    "正常": "在册",
    "在籍": "在册",
    "在会": "在册",
    "有效": "在册",
    "转出": "转出",
    "调出": "转出",
    "调离": "转出",
    "转会": "转出",
    "退会": "退会",
    "退出": "退会",
    "离会": "退会",
    "退休": "退休",
    "离退休": "退休",
    "已退休": "退休",
}

EXCEL_LOST_DIGITS_HINT = "请在 Excel/WPS 中把该列设置为“文本”格式，重新输入完整号码后再导入"


class FieldError(ValueError):
    """A value that cannot be accepted; `reason` is a Chinese sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class IdInfo:
    """A checked resident ID number and what it says about its holder."""

    value: str  # 18 characters, upper-case X
    birth_date: date
    gender: str  # 男 / 女


def clean_text(value: str) -> str:
    """NFKC-normalise (full-width digits, letters and spaces become plain ones) and strip."""
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
        if _INVISIBLE_RE.search(value):
            value = _INVISIBLE_RE.sub("", value)
    return value.strip()


def number_to_text(value: float | int) -> str:
    """Write a number cell as the digits a user typed: 13800138000.0 becomes "13800138000"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def normalize_name(value: str | int | float) -> str:
    """A name without padding: "张  三", spaced for alignment in Excel, is 张三; a Latin name
    keeps single spaces between its words."""
    if (
        isinstance(value, str)
        and value.isalpha()  # no spaces, digits or invisible characters
        and len(value) <= 50
        and unicodedata.is_normalized("NFKC", value)
    ):
        return value  # the common case, kept fast for large imports
    text = number_to_text(value) if isinstance(value, (int, float)) else clean_text(str(value))
    words = text.split()
    text = (" " if any(_LATIN_RE.search(word) for word in words) else "").join(words)
    if not text:
        raise FieldError("姓名为空（姓名必须填写）")
    if len(text) > 50:
        raise FieldError(f"姓名太长（{len(text)} 个字）")
    return text


def _lost_digits_reason(what: str) -> str:
    return (
        f"{what}在 Excel 中被存成了数字（显示为 1.10105E+17 之类），末几位已经丢失；"
        + EXCEL_LOST_DIGITS_HINT
    )


def validate_id_number(value: str | int | float, *, today: date | None = None) -> IdInfo:
    """Check an 18-digit resident ID number by GB 11643 and read birth date and gender from it.

    A lower-case x is accepted and stored as X. A number (rather than text) has lost its last
    digits in Excel and is refused with a hint on how to fix the sheet. `today` bounds the
    birth date (default: the current date).
    """
    # A clean value is the common case, kept fast for large imports.
    text = value if isinstance(value, str) and _ID_RE.fullmatch(value) else _id_text(value)
    birth = _birth_date(text[6:14])
    if birth.year < 1900 or birth > (today or date.today()):
        raise FieldError(f"身份证号中的出生日期 {birth:%Y-%m-%d} 不合理")
    # The weights are 2**17 … 2**1 modulo 11, and 13 ≡ 2 (mod 11): the 17 digits read as a
    # base-13 number, doubled, give the weighted sum modulo 11 (one C call instead of a loop).
    if _ID_CHECK_CHARS[2 * int(text[:17], 13) % 11] != text[17]:
        raise FieldError("身份证号校验位不对，号码中有录入错误，请逐位核对")
    gender = "男" if int(text[16]) % 2 else "女"
    return IdInfo(text, birth, gender)


@lru_cache(maxsize=65536)
def _birth_date(digits: str) -> date:
    """The date written as YYYYMMDD in an ID number (birth dates repeat in a large roster)."""
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise FieldError(f"身份证号中的出生日期 {digits} 不是真实的日期") from None


def _id_text(value: str | int | float) -> str:
    """Clean an ID number written in any way, or say why it cannot be one."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise FieldError(_lost_digits_reason("身份证号"))
    text = _SPACES_RE.sub("", clean_text(str(value))).upper()
    if not text:
        raise FieldError("身份证号为空")
    if _SCIENTIFIC_RE.fullmatch(text):
        raise FieldError(_lost_digits_reason("身份证号"))
    if len(text) == 15 and text.isdigit():
        raise FieldError("这是 15 位的旧身份证号，请改填 18 位的居民身份证号码")
    if len(text) != 18:
        raise FieldError(f"身份证号应为 18 位，这里是 {len(text)} 位")
    if not _ID_RE.fullmatch(text):
        raise FieldError("身份证号应为 17 位数字加 1 位数字或 X")
    return text


def normalize_mobile_or_landline(value: str | int | float) -> str:
    """Return a mobile number as 11 digits, or a landline as 区号-号码[转分机].

    Accepts spaces and dashes inside a mobile number, a +86 prefix, a landline with or without
    a dash after the area code, brackets round the area code, and an extension after 转, 分机,
    ext, # or a second dash. A local landline without area code is kept as written.
    """
    if isinstance(value, str) and _MOBILE_RE.fullmatch(value):
        return value  # the common case, kept fast for large imports
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    shown = number_to_text(value) if numeric else clean_text(str(value))
    text = _SPACES_RE.sub("", shown)
    if not text:
        raise FieldError("电话为空")
    extension = ""
    match = _EXTENSION_RE.search(text)
    if match and match.start() > 0:
        extension, text = match.group(1), text[: match.start()]
    parts = _DASHES_RE.split(text.replace("（", "(").replace("）", ")"))
    if (
        not extension
        and len(parts) == 3
        and parts[0].lstrip("(").startswith("0")
        and len(parts[1]) in (7, 8)
        and 1 <= len(parts[2]) <= 6
    ):  # 010-65116642-123: the third part is an extension
        extension, parts = parts[2], parts[:2]
    digits = "".join(parts).replace("(", "").replace(")", "")
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit() or not digits.isascii():
        raise FieldError(f"电话“{shown}”中有数字以外的字符")
    if _MOBILE_RE.fullmatch(digits):
        if extension:
            raise FieldError("手机号后面不能带分机号")
        return digits
    if digits.startswith("0"):
        area_length = 3 if digits[1] in "12" else 4
        area, local = digits[:area_length], digits[area_length:]
        if _LOCAL_RE.fullmatch(local):
            return f"{area}-{local}" + (f"转{extension}" if extension else "")
        raise FieldError(f"固定电话“{shown}”的号码位数不对，应像 010-65116642 这样")
    if _LOCAL_RE.fullmatch(digits):
        return digits + (f"转{extension}" if extension else "")
    if digits.startswith("1"):
        if numeric and len(digits) in (9, 10):
            raise FieldError(
                "电话在 Excel 中被存成了数字，区号开头的 0 已经丢失；" + EXCEL_LOST_DIGITS_HINT
            )
        if len(digits) == 11:
            raise FieldError(f"手机号“{shown}”不对：手机号以 13–19 开头")
        raise FieldError(f"手机号应为 11 位，这里是 {len(digits)} 位")
    raise FieldError(f"电话“{shown}”既不是 11 位手机号，也不是像 010-65116642 这样的固定电话")


def validate_card_number(value: str | int | float) -> str:
    """Return a member service card number as digits only (spaces and dashes dropped)."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 32:
        return value  # the common case, kept fast for large imports
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if abs(value) >= 1e15:
            raise FieldError(_lost_digits_reason("会员卡号"))
        text = number_to_text(value)
    else:
        text = _CARD_SEPARATORS_RE.sub("", clean_text(str(value)))
        if _SCIENTIFIC_RE.fullmatch(text):
            raise FieldError(_lost_digits_reason("会员卡号"))
    if not text:
        raise FieldError("会员卡号为空")
    if not (text.isdigit() and text.isascii()):
        raise FieldError(f"会员卡号“{value}”只能包含数字")
    if len(text) > 32:
        raise FieldError(f"会员卡号太长（{len(text)} 位）")
    return text


def normalize_gender(value: str) -> str:
    """Return 男 or 女 for the usual spellings (男性, M, female, 1/2 as in GB/T 2261.1)."""
    text = clean_text(str(value)).lower()
    if text.endswith(".0"):
        text = text[:-2]
    try:
        return _GENDER_WORDS[text]
    except KeyError:
        raise FieldError(f"性别“{value}”无法识别，请填写“男”或“女”") from None


def normalize_status(value: str) -> str:
    """Return one of STATUSES; 在职/正常 mean 在册, 调出 means 转出, and so on."""
    text = _SPACES_RE.sub("", clean_text(str(value)))
    try:
        return _STATUS_WORDS[text]
    except KeyError:
        allowed = "、".join(STATUSES)
        raise FieldError(f"状态“{value}”无法识别，应为 {allowed} 之一") from None


def parse_date_value(value: object) -> date:
    """Read a date from a date cell, an Excel serial number or text such as 2021.5.1,
    2021/05/01, 2021-05-01, 2022年3月15日 or 20210501 (full-width digits allowed)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_number(value)
    if not isinstance(value, str):
        raise FieldError(f"“{value}”不是日期")
    text = clean_text(value)
    match = _YMD_RE.fullmatch(text) or _COMPACT_YMD_RE.fullmatch(text)
    if match is None:
        raise FieldError(f"日期“{value}”无法识别，请写成 2021-05-01 或 2021年5月1日")
    return _make_date(int(match[1]), int(match[2]), int(match[3]), value)


def _from_number(value: float) -> date:
    if float(value).is_integer() and 19000101 <= value <= 21001231:
        whole = int(value)
        return _make_date(whole // 10000, whole // 100 % 100, whole % 100, value)
    if not 1 <= value <= _MAX_EXCEL_SERIAL:
        raise FieldError(f"数字 {number_to_text(value)} 不是日期")
    return _make_date_checked(_EXCEL_EPOCH + timedelta(days=int(value)), value)


def _make_date(year: int, month: int, day: int, original: object) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise FieldError(f"日期“{original}”不存在（{year}年{month}月{day}日）") from None
    return _make_date_checked(result, original)


def _make_date_checked(result: date, original: object) -> date:
    if not 1900 <= result.year <= 2100:
        raise FieldError(f"日期“{original}”的年份不合理")
    return result


def mask_id(value: str) -> str:
    """Show an ID number as its first 3 and last 4 characters: 110***********0017."""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_phone(value: str) -> str:
    """Show a mobile as 138****8000 and a landline as 010-****6642 (area code and last 4 kept)."""
    if _MOBILE_RE.fullmatch(value):
        return f"{value[:3]}****{value[-4:]}"
    main, sep, extension = value.partition("转")
    area, dash, local = main.rpartition("-")
    if len(local) <= 4:
        return "*" * len(value)
    return f"{area}{dash}{'*' * (len(local) - 4)}{local[-4:]}{sep}{extension}"
