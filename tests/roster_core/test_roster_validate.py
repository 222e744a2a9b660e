"""Value checks of the roster: ID numbers (GB 11643), phones, card numbers, dates, masks."""

from datetime import date, datetime, time

import pytest

from unionapp.roster.validate import (
    STATUSES,
    FieldError,
    mask_id,
    mask_phone,
    normalize_gender,
    normalize_mobile_or_landline,
    normalize_status,
    parse_date_value,
    validate_card_number,
    validate_id_number,
)

from .roster_files import make_id


def test_the_standard_example_is_valid_and_gives_birth_date_and_gender() -> None:
    info = validate_id_number("11010519491231002X")
    assert info.value == "11010519491231002X"
    assert info.birth_date == date(1949, 12, 31)
    assert info.gender == "女"  # 17th digit 2 is even


def test_computed_numbers_male_and_female() -> None:
    male = make_id("11010819850321001")  # 17th digit 1: male
    female = make_id("31010419920229004")  # a real 29 February, 17th digit 4: female
    assert validate_id_number(male).gender == "男"
    assert validate_id_number(female).gender == "女"
    assert validate_id_number(female).birth_date == date(1992, 2, 29)


def test_lowercase_x_full_width_and_spaces_are_normalised() -> None:
    assert validate_id_number("11010519491231002x").value == "11010519491231002X"
    assert validate_id_number(" １１０１０５ 19491231 002Ｘ ").value == "11010519491231002X"


def test_wrong_check_digit_is_refused() -> None:
    with pytest.raises(FieldError, match="校验位"):
        validate_id_number("110105194912310021")


def test_birth_date_must_be_real_and_not_in_the_future() -> None:
    with pytest.raises(FieldError, match="不是真实的日期"):
        validate_id_number(make_id("11010519490230002"))
    with pytest.raises(FieldError, match="不合理"):
        validate_id_number(make_id("11010520990101002"))


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1101051949123100", "18 位"),
        ("110105194912310", "15 位"),
        ("11010519491231002Y", "17 位数字"),
        ("01010519491231002X", "17 位数字"),
        ("", "为空"),
    ],
)
def test_malformed_numbers_say_what_is_wrong(value: str, fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        validate_id_number(value)


@pytest.mark.parametrize("value", [1.1010519491231e17, 110105194912310020, "1.10105E+17"])
def test_numbers_from_excel_have_lost_digits_and_the_fix_is_explained(value: object) -> None:
    with pytest.raises(FieldError) as caught:
        validate_id_number(value)  # type: ignore[arg-type]
    assert "文本" in caught.value.reason
    assert "重新输入" in caught.value.reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13800138000", "13800138000"),
        (13800138000.0, "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("010-65116642", "010-65116642"),
        ("(010)65116642", "010-65116642"),
        ("（010）65116642", "010-65116642"),
        ("01065116642", "010-65116642"),
        ("0571-87654321", "0571-87654321"),
        ("010-65116642-123", "010-65116642转123"),
        ("010-65116642转123", "010-65116642转123"),
        ("010-65116642 分机 8", "010-65116642转8"),
        ("65116642", "65116642"),
    ],
)
def test_phones_are_normalised(value: object, expected: str) -> None:
    assert normalize_mobile_or_landline(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("12345678901", "13–19"),
        ("1380013800", "11 位"),
        ("138001380001", "11 位"),
        ("010-123", "位数不对"),
        ("电话号码", "数字以外"),
        ("13800138000转1", "分机"),
        (1065116642.0, "开头的 0"),
    ],
)
def test_bad_phones_say_why(value: object, fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        normalize_mobile_or_landline(value)  # type: ignore[arg-type]


def test_card_numbers_are_digits_kept_as_text() -> None:
    assert validate_card_number("6222 0212 3456 7890") == "6222021234567890"
    assert validate_card_number("00123") == "00123"
    assert validate_card_number(12345678.0) == "12345678"
    assert validate_card_number("１２３４") == "1234"
    with pytest.raises(FieldError, match="只能包含数字"):
        validate_card_number("A1234")
    with pytest.raises(FieldError, match="文本"):
        validate_card_number(6.222021234567890e18)
    with pytest.raises(FieldError, match="文本"):
        validate_card_number("6.22202E+18")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("男", "男"), ("女性", "女"), ("M", "男"), ("female", "女"), ("1", "男"), (2.0, "女")],
)
def test_gender_spellings(value: object, expected: str) -> None:
    assert normalize_gender(value) == expected  # type: ignore[arg-type]


def test_unknown_gender_is_refused() -> None:
    with pytest.raises(FieldError, match="男"):
        normalize_gender("未知")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("在册", "在册"),
        ("在职", "在册"),
        ("正常", "在册"),
        ("调出", "转出"),
        ("退会", "退会"),
        (" 退休 ", "退休"),
    ],
)
def test_status_spellings(value: str, expected: str) -> None:
    assert normalize_status(value) == expected
    assert expected in STATUSES


def test_unknown_status_lists_the_allowed_ones() -> None:
    with pytest.raises(FieldError) as caught:
        normalize_status("请假")
    assert all(status in caught.value.reason for status in STATUSES)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2021, 5, 1), date(2021, 5, 1)),
        (datetime(2021, 5, 1, 9, 30), date(2021, 5, 1)),
        (44317, date(2021, 5, 1)),
        (44317.0, date(2021, 5, 1)),
        (44317.75, date(2021, 5, 1)),
        ("2021.5.1", date(2021, 5, 1)),
        ("2021/05/01", date(2021, 5, 1)),
        ("2021-05-01", date(2021, 5, 1)),
        ("2021-05-01 00:00:00", date(2021, 5, 1)),
        ("2022年3月15日", date(2022, 3, 15)),
        ("２０２２年３月１５日", date(2022, 3, 15)),
        ("20210501", date(2021, 5, 1)),
        (20210501.0, date(2021, 5, 1)),
    ],
)
def test_dates_in_every_form(value: object, expected: date) -> None:
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2021-02-30", "不存在"),
        ("明天", "无法识别"),
        ("2021年5月", "无法识别"),
        (time(10, 0), "不是日期"),
        (0.5, "不是日期"),
        ("1850-01-01", "年份"),
    ],
)
def test_bad_dates_say_why(value: object, fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        parse_date_value(value)


def test_masks_keep_only_what_identifies_nobody() -> None:
    assert mask_id("110105194912310017") == "110***********0017"
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("010-65116642") == "010-****6642"
    assert mask_phone("0571-8765432转12") == "0571-***5432转12"
    assert mask_phone("65116642") == "****6642"
