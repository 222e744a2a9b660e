"""The pieces of the notice grammar: time windows, numerals, phones, names, rules, numbering."""

from __future__ import annotations

import pytest

from unionapp.catalogue.notice import read_notice_text
from unionapp.catalogue.notice.contacts import parse_contact_line, parse_names, parse_phones
from unionapp.catalogue.notice.rules import rules_of, split_by_items
from unionapp.catalogue.notice.text import cn_number, tidy, tidy_name
from unionapp.catalogue.notice.windows import parse_window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("3月—12月", (3, 12)), ("3月至12月", (3, 12)), ("3 月至 5 月", (3, 5)), ("全年", (1, 12)),
        ("4月", (4, 4)), ("4 月 1 日", (4, 4)), ("5、6月", (5, 6)), ("3、4月", (3, 4)),
        ("11月", (11, 11)), ("9月—次年1月", (9, 1)), ("上半年", (1, 6)), ("下半年", (7, 12)),
        ("5月-10月", (5, 10)), ("三月至十二月", (3, 12)), ("2025年全年", (1, 12)),
    ],
)  # fmt: skip
def test_windows_read(text: str, window: tuple[int, int]) -> None:
    assert parse_window(text) == window


@pytest.mark.parametrize("text", ["另行通知", "9月—1月", "3、5月", "13月", "春节前后", ""])
def test_windows_not_guessed(text: str) -> None:
    assert parse_window(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("15", 15),
        ("十五", 15),
        ("二十", 20),
        ("三十", 30),
        ("十", 10),
        ("两", 2),
        ("一百二十", 120),
    ],
)
def test_chinese_numerals(text: str, number: int) -> None:
    assert cn_number(text) == number


@pytest.mark.parametrize(
    ("cell", "phones"),
    [
        ("65116642 13910662798", ["65116642", "13910662798"]),
        ("65116642、13910662798", ["65116642", "13910662798"]),
        ("65520099-6178", ["65520099-6178"]),
        ("65520099 -6178", ["65520099-6178"]),
        ("1551031001 4", ["15510310014"]),
        ("010-65116642", ["010-65116642"]),
        ("", []),
    ],
)
def test_phones(cell: str, phones: list[str]) -> None:
    assert parse_phones(cell) == phones


@pytest.mark.parametrize("cell", ["6511664", "电话见网站", "65116642 12"])
def test_phones_not_guessed(cell: str) -> None:
    assert parse_phones(cell) is None


def test_names() -> None:
    assert parse_names("吴 镝") == ["吴镝"]
    assert parse_names("王可欣") == ["王可欣"]
    assert parse_names("王可欣 李楠") == ["王可欣", "李楠"]
    assert parse_names("见附件3") is None


def test_attachment_3_contact_line() -> None:
    contacts = parse_contact_line(
        "北京市劳动人民文化宫: 吴镒 65116642、13910662798 (服务及辅导类); 才华 65116741(服务及培训类)"
    )
    assert contacts is not None
    assert [(c.name, c.phones, c.scope) for c in contacts] == [
        ("吴镒", ["65116642", "13910662798"], "服务及辅导类"),
        ("才华", ["65116741"], "服务及培训类"),
    ]
    assert (
        parse_contact_line("2. 请将填写好的申报表加盖本单位工会公章后，报送至文体服务提供单位。")
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各基层工会需提前15个工作日填写服务申请表（附件3）报送", {"lead_workdays": 15, "uses_form": True}),
        ("至少提前20个工作日填报服务申请表(附件3)", {"lead_workdays": 20, "uses_form": True}),
        ("需提前十五个工作日申请", {"lead_workdays": 15}),
        ("原则上每个基层工会每年度限申请1个场次", {"yearly_limit": 1}),
        ("每个单位限申请2次", {"yearly_limit": 2}),
        ("需30名以上工会会员参加", {"min_participants": 30}),
        ("线上辅导需在申请后提前与承办方联系确定参加人数配合录制", {"online_needs_agreement": True}),
        ("职工凭工会会员互助服务卡预约免费参加", {}),
        ("提前3天预约", {}),
    ],
)  # fmt: skip
def test_rules(sentence: str, expected: dict[str, object]) -> None:
    assert {k: v for k, v in rules_of(sentence).items() if v not in (None, False)} == expected


def test_rules_for_numbered_parts() -> None:
    text = (
        "第(1)(2)(3)项，基层工会可按要求填报服务申请表(附件3)预约参加，其中第(2)(3)项线下辅导活动需"
        "20名以上工会会员参加辅导活动，线上辅导需在申请后提前与承办方联系确定参加人数配合录制。"
        "第(4)至(6)项活动，全市职工预约免费参加。"
    )
    parts = split_by_items(text, [1, 2, 3, 4, 5, 6])
    assert parts[1][1]["uses_form"] and parts[1][1]["min_participants"] is None
    assert parts[2][1]["min_participants"] == 20 and parts[3][1]["online_needs_agreement"]
    assert parts[5][0] == "第(4)至(6)项活动，全市职工预约免费参加。"
    assert not parts[6][1]["uses_form"]


def test_ocr_spaces_and_brackets() -> None:
    assert tidy("活动选取近 50 位 劳动模范") == "活动选取近50位劳动模范"
    assert tidy("参与单位下载趣动 Will Go App，") == "参与单位下载趣动Will Go App，"
    assert tidy("“奋进新时代 劳动创未来” 2023年") == "“奋进新时代 劳动创未来”2023年"
    assert tidy("北京 12351 职工服务网 (<http://www.bjzgh12351.org/>)") == (
        "北京12351职工服务网（http://www.bjzgh12351.org/）"
    )
    assert tidy_name("健身操舞 (自创编工间操)比赛") == "健身操舞（自创编工间操）比赛"


NUMBERING = """二、工作内容
{cat}职工文体普惠服务类
{item}职工摄影培训
时间安排：4月
主要内容：举办培训。
参与方式：需提前15个工作日填写服务申请表（附件3）。
承办单位：北京市职工文化协会
三、工作要求
"""


@pytest.mark.parametrize("cat", ["（一）", "(一)", "### （一）", "**（一）"])
@pytest.mark.parametrize("item", ["1.", "1、", "1．", "(1)", "（1）", "#### 1. "])
def test_numbering_and_markdown_variants(cat: str, item: str) -> None:
    reading = read_notice_text(NUMBERING.format(cat=cat, item=item))
    assert reading.unparsed == []
    [programme] = reading.programmes
    assert programme["section"] == "二(一)1"
    assert programme["name"] == "职工摄影培训"
    assert programme["rules"]["lead_workdays"] == 15
    assert programme["providers"] == ["北京市职工文化协会"]


def test_an_item_without_a_hosting_unit_is_not_a_programme() -> None:
    text = NUMBERING.format(cat="（一）", item="1.").replace("承办单位：北京市职工文化协会\n", "")
    reading = read_notice_text(text)
    assert reading.programmes == []
    assert [u["text"] for u in reading.unparsed][:3] == [
        "二、工作内容",
        "（一）职工文体普惠服务类",
        "1.职工摄影培训",
    ]


def test_table_laid_out_with_spaces_instead_of_tabs() -> None:
    text = "\n".join(
        [
            "附件1",
            "2026年北京市职工文化工作安排",
            "序号  项目名称  活动时间  承办单位  联系人  联系电话",
            "1  “奋进新时代 劳动创未来”职工文化艺术节  4月—12月  北京市劳动人民文化宫  吴 镝  65116642 13910662798",
            "    “墨笔生花”首都职工书画作品展  3月—10月  北京职工书画协会  姜维依  13810351108",
            "2  职工合唱展演  4月  北京市劳动人民文化宫",
        ]
    )
    reading = read_notice_text(text)
    names = [(p["name"], p["seq"], p["window_start_month"]) for p in reading.programmes]
    assert names == [
        ("“奋进新时代 劳动创未来”职工文化艺术节", "1", 4),
        ("“墨笔生花”首都职工书画作品展", "1", 3),
    ]
    assert reading.programmes[0]["contacts"][0]["phones"] == ["65116642", "13910662798"]
    # a row with cells missing cannot be told apart from a row split in two: not guessed
    assert [u["line"] for u in reading.unparsed] == [6]


def test_fields_on_one_line_and_a_heading_broken_in_two() -> None:
    text = (
        "二、工作内容\n（一）职工文体普惠服务类\n1. “光影”首都职工\n摄影培训班 时间安排：4月至5月。"
        "主要内容：举办培训。参与方式：需提前15个工作日填写服务申请表（附件3）。承办单位：北京市职工文化协会"
    )
    reading = read_notice_text(text)
    assert reading.unparsed == []
    [programme] = reading.programmes
    assert programme["name"] == "“光影”首都职工摄影培训班"
    assert programme["time_window"] == "4月至5月"
    assert (programme["window_start_month"], programme["window_end_month"]) == (4, 5)
    assert programme["description"] == "举办培训。"
    assert programme["rules"]["lead_workdays"] == 15
    assert programme["providers"] == ["北京市职工文化协会"]


def test_keys_of_services_only_the_body_lists() -> None:
    from unionapp.catalogue.notice.programmes import _section_keys

    assert _section_keys(["二(三)", "二(一)4", "二(二)2(2)", "二(二)2(3)"]) == [
        "s2-3", "s2-1-4", "s2-2-2", "s2-2-3",
    ]  # fmt: skip
    # two items' parts (2) of one category: the short key would be the same, so both keep the item
    assert _section_keys(["二(二)2(2)", "二(二)3(2)"]) == ["s2-2-2-2", "s2-2-3-2"]


@pytest.mark.parametrize("order", ["number first", "title first"])
def test_year_from_the_title_before_the_document_number(order: str) -> None:
    number, title = "京工办发〔2024〕12号", "北京市总工会办公室关于做好2025年职工文化体育工作的通知"
    heading = [number, title] if order == "number first" else [title, number]
    reading = read_notice_text("\n".join([*heading, NUMBERING.format(cat="（一）", item="1.")]))
    assert reading.year == 2025
    assert reading.source == {"number": number, "title": title}


@pytest.mark.parametrize("heading", ["附件1：2026年北京市职工体育工作安排", "附件二", "附 件 2"])
def test_attachment_headings(heading: str) -> None:
    text = "\n".join(
        [
            "附件：1. 2026年北京市职工文化工作安排",  # the list at the end of the body
            heading,
            "序号\t项目名称\t活动时间\t承办单位\t联系人\t联系电话",
            "1\t2026年首都职工网球比赛\t5月—6月\t北京市职工体育协会\t陈国栋\t65545491",
        ]
    )
    reading = read_notice_text(text)
    assert [(p["attachment"], p["seq"], p["name"]) for p in reading.programmes] == [
        (1 if heading.startswith("附件1") else 2, "1", "2026年首都职工网球比赛")
    ]
    assert reading.unparsed == []
