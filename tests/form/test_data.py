from dataclasses import fields
from datetime import date, datetime

from unionapp.form import FIELD_LABELS, FormData, format_cn_date, format_service_time


def test_service_time_as_the_notice_example() -> None:
    assert format_service_time(datetime(2023, 5, 8, 14, 0)) == "2023年5月8日14:00"


def test_service_time_pads_minutes_only() -> None:
    assert format_service_time(datetime(2023, 11, 20, 9, 5)) == "2023年11月20日9:05"


def test_cn_date_has_no_zero_padding() -> None:
    assert format_cn_date(date(2023, 4, 10)) == "2023年4月10日"
    assert format_cn_date(date(2024, 1, 2)) == "2024年1月2日"


def test_every_field_has_a_chinese_label() -> None:
    assert set(FIELD_LABELS) == {f.name for f in fields(FormData)}
    assert FIELD_LABELS["location"] == "服务地点"
