"""Pinyin search keys and pinyin sort order of member names."""

import pytest

from unionapp.roster.pinyin import name_keys, search_terms


def test_zhang_san() -> None:
    keys = name_keys("张三")
    assert keys.full == "zhangsan"
    assert keys.initials == "zs"
    assert keys.full_variants[0] == "zhangsan"
    assert search_terms("zs") in keys.search_initials


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("单雄信", "shanxiongxin", "sxx"),
        ("曾国藩", "zengguofan", "zgf"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("朴槿惠", "piaojinhui", "pjh"),
        ("区家麟", "oujialin", "ojl"),
        ("盖聂", "genie", "gn"),
        ("查良镛", "zhaliangyong", "zly"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("乐嘉", "yuejia", "yj"),
        ("翟志刚", "zhaizhigang", "zzg"),
        ("覃玉", "qinyu", "qy"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("吕布", "lvbu", "lb"),
    ],
)
def test_surnames_are_read_by_their_surname_reading(name: str, full: str, initials: str) -> None:
    keys = name_keys(name)
    assert (keys.full, keys.initials) == (full, initials)


def test_the_common_reading_of_a_surname_is_not_offered() -> None:
    # 曾 is zēng as a surname; typing "cgf" (céng) must not find 曾国藩.
    keys = name_keys("曾国藩")
    assert not any(v.startswith("ceng") for v in keys.full_variants)
    assert "cgf" not in keys.search_initials
    assert not any(v.startswith("dan") for v in name_keys("单雄信").full_variants)


def test_given_name_heteronyms_use_the_phrase_reading_and_keep_alternatives() -> None:
    keys = name_keys("张朝阳")
    assert keys.full == "zhangzhaoyang"  # 朝阳 read as a phrase
    assert "zhangchaoyang" in keys.full_variants
    assert "zcy" in keys.initial_variants
    assert search_terms("chaoyang") in keys.search_pinyin


def test_names_with_letters_and_separators() -> None:
    assert name_keys("Tom Lee").initials == "tl"
    assert name_keys("阿依古丽·买买提").full.startswith("ayiguli")
    assert "·" not in name_keys("阿依古丽·买买提").full


def test_sort_order_is_pinyin_order_not_code_points() -> None:
    names = ["张三", "丁一", "阿强", "张三丰", "梁山", "李昂", "李四", "曾国藩", "单雄信"]
    ordered = sorted(names, key=lambda n: name_keys(n).sort_key)
    assert ordered == ["阿强", "丁一", "李昂", "李四", "梁山", "单雄信", "曾国藩", "张三", "张三丰"]
    assert sorted(["丁一", "阿强"]) == ["丁一", "阿强"]  # what code-point order would do


def test_same_reading_sorts_by_characters_and_is_stable() -> None:
    first, second = sorted(["章三", "张三"], key=lambda n: name_keys(n).sort_key)
    assert {first, second} == {"章三", "张三"}
    assert name_keys(first).sort_key < name_keys(second).sort_key


def test_search_terms_normalise_what_is_typed() -> None:
    assert search_terms(" Z S ") == "zs"
    assert search_terms("ＺＳ") == "zs"
    assert search_terms("lü") == "lv"
    assert search_terms("xi'an") == "xian"
    assert search_terms("张 三") == "张三"
