"""Shared fixtures for the Attachment 3 form tests."""

from __future__ import annotations

import pytest

from unionapp.form import FormData


@pytest.fixture
def sample_form() -> FormData:
    """A fully filled form, with the notice's own examples where it gives them."""
    return FormData(
        provider="北京市劳动人民文化宫",
        union_name="北京市东城区某某科技有限公司工会委员会",
        contact="李明 工会主席",
        service_time="2023年5月8日14:00",
        phone="010-65116642",
        service_item="职工艺术团慰问演出、送辅导到身边等",
        category="综艺演出/歌舞专场",
        scale="100名持工会会员互助服务卡的会员",
        location="北京市东城区东四街道东四北大街107号",
        needs="请安排约90分钟的综艺演出，现场礼堂可容纳150人，音响齐全。\n需演出方自带灯光。",
        notes="演出前一周请与联系人确认节目单。",
        opinion="同意申报。",
        declared_on="2023年4月10日",
    )
