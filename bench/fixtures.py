"""Generated test data shared by the suites: a 50,000-member roster file, databases made from it,
and a union with 50 applications. Made once per run in a temporary folder."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
SURNAMES += (
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶单解仇朴"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文华建国志红玉梅海燕晓东雪飞鹏宇浩然子涵欣怡思远嘉"
GIVEN += "俊博睿泽轩瑞晨阳楠婷琳颖佳琪梓萱诗雨乐安康宁鑫磊彬斌亮辉"
DEPARTMENTS = [
    f"{a}{b}"
    for a in ("生产", "技术", "财务", "人事", "销售", "后勤", "质检", "研发", "物流", "行政")
    for b in ("一部", "二部", "三部", "四部", "五部")
]
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
UNION = {
    "name": "北京市某某集团有限公司工会委员会",
    "chairperson": "王建国",
    "contact": "李秀英",
    "contact_title": "工会主席",
    "phone": "010-65116642",
    "address": "北京市东城区某某路 1 号职工之家",
}
APPLICATION = {
    "provider": "北京市劳动人民文化宫",
    "service_time": "2024-05-08T14:00",
    "service_item": "职工书法讲座",
    "category": "文化/讲座",
    "scale": "在册会员 320 人，其中持卡会员 280 人",
    "needs": "讲座一场，约 90 分钟；需要投影仪和话筒；讲师介绍楷书基本笔法并现场示范。",
    "notes": "参加职工名单另附。",
    "opinion": "同意申请。",
}


def id_number(rng: random.Random, serial: int) -> str:
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
    body = f"110105{birth:%Y%m%d}{serial % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 11]


def write_roster(path: Path, count: int) -> None:
    """A roster .xlsx as unions keep it: a title row, then the header, then `count` members."""
    from openpyxl import Workbook

    rng = random.Random(4)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("名册")
    sheet.append(["某某集团公司工会会员名册"])
    sheet.append(["序号", "姓名", "性别", "部门", "手机号", "身份证号码", "会员卡号", "入会日期"])
    for i in range(count):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        sheet.append(
            [
                i + 1,
                name,
                "",
                rng.choice(DEPARTMENTS),
                f"1{rng.choice('3578')}{i:09d}",
                id_number(rng, i) if rng.random() < 0.8 else "",
                str(6_000_000_000 + i) if rng.random() < 0.7 else "",
                f"{rng.randrange(2000, 2024)}.{rng.randrange(1, 13)}.{rng.randrange(1, 29)}",
            ]
        )
    workbook.save(path)


@cache
def roster_xlsx(folder: Path, count: int) -> Path:
    path = folder / f"roster-{count}.xlsx"
    write_roster(path, count)
    return path


def set_union(session: object) -> None:
    from unionapp.union import update_union

    update_union(session, **UNION)  # type: ignore[arg-type]


@cache
def roster_database(folder: Path, count: int) -> Path:
    """A data folder with the union profile and the generated roster imported."""
    from unionapp.roster.importer import import_roster
    from unionapp.storage.context import open_context

    data_dir = folder / f"data-roster-{count}"
    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            set_union(session)
            import_roster(session, roster_xlsx(folder, count))
    finally:
        ctx.close()
    return data_dir


@cache
def applications_database(folder: Path, count: int = 50) -> Path:
    """A data folder with the union profile and `count` draft applications (ids 1..count)."""
    from unionapp.applications.service import create_application, parse_application_values
    from unionapp.storage.context import open_context

    data_dir = folder / "data-applications"
    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            set_union(session)
            for number in range(count):
                values = parse_application_values(
                    {
                        **APPLICATION,
                        "service_item": f"{APPLICATION['service_item']}（第{number + 1}期）",
                    }
                )
                create_application(session, values, today=date(2024, 4, 10))
    finally:
        ctx.close()
    return data_dir


def form_values(number: int) -> dict[str, str]:
    """The printed text of one form (as FormData fields)."""
    from unionapp.form import format_cn_date, format_service_time

    when = datetime(2024, 5, 8, 14, 0) + timedelta(days=number)
    return {
        "provider": APPLICATION["provider"],
        "union_name": UNION["name"],
        "contact": f"{UNION['contact']} {UNION['contact_title']}",
        "service_time": format_service_time(when),
        "phone": UNION["phone"],
        "service_item": f"{APPLICATION['service_item']}（第{number + 1}期）",
        "category": APPLICATION["category"],
        "scale": APPLICATION["scale"],
        "location": UNION["address"],
        "needs": APPLICATION["needs"],
        "notes": APPLICATION["notes"],
        "opinion": APPLICATION["opinion"],
        "declared_on": format_cn_date(date(2024, 4, 10)),
        "seal_date": "",
    }
