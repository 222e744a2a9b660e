"""Pinyin search keys and the sort key of a member's name.

Surnames are read by their surname reading (单 Shàn, 曾 Zēng, 尉迟 Yùchí…) from a table, because a
dictionary reading of the character is often wrong for a surname; the given name uses pypinyin's
phrase-aware reading. The database stores the keys in columns and searches them with LIKE, so the
query side only needs `search_terms`.

pypinyin (about 0.5 s and tens of MB of dictionaries) is imported on the first name whose keys are
computed, so that searching and the window's start-up never load it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

# Surname readings, as pypinyin TONE3 syllables (tone 1–4, ü written v).
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu4", "chi2"),
    "万俟": ("mo4", "qi2"),
    "欧阳": ("ou1", "yang2"),
    "司马": ("si1", "ma3"),
    "诸葛": ("zhu1", "ge3"),
    "上官": ("shang4", "guan1"),
    "东方": ("dong1", "fang1"),
    "皇甫": ("huang2", "fu3"),
    "令狐": ("ling2", "hu2"),
    "公孙": ("gong1", "sun1"),
    "慕容": ("mu4", "rong2"),
    "长孙": ("zhang3", "sun1"),
    "宇文": ("yu3", "wen2"),
    "司徒": ("si1", "tu2"),
    "夏侯": ("xia4", "hou2"),
    "轩辕": ("xuan1", "yuan2"),
    "端木": ("duan1", "mu4"),
    "澹台": ("tan2", "tai2"),
    "公冶": ("gong1", "ye3"),
    "濮阳": ("pu2", "yang2"),
    "淳于": ("chun2", "yu2"),
    "单于": ("chan2", "yu2"),
    "太叔": ("tai4", "shu1"),
    "申屠": ("shen1", "tu2"),
    "钟离": ("zhong1", "li2"),
    "闾丘": ("lv2", "qiu1"),
    "司空": ("si1", "kong1"),
    "南宫": ("nan2", "gong1"),
    "呼延": ("hu1", "yan2"),
    "赫连": ("he4", "lian2"),
    "拓跋": ("tuo4", "ba2"),
    "百里": ("bai3", "li3"),
    "东郭": ("dong1", "guo1"),
    "西门": ("xi1", "men2"),
    "公羊": ("gong1", "yang2"),
    "左丘": ("zuo3", "qiu1"),
    "仲孙": ("zhong4", "sun1"),
    "叔孙": ("shu1", "sun1"),
    "乐正": ("yue4", "zheng4"),
    "亓官": ("qi2", "guan1"),
    "宗政": ("zong1", "zheng4"),
    "漆雕": ("qi1", "diao1"),
    "鲜于": ("xian1", "yu2"),
    "闻人": ("wen2", "ren2"),
    "完颜": ("wan2", "yan2"),
    "纳兰": ("na4", "lan2"),
}
_SINGLE_SURNAMES: dict[str, tuple[str, ...]] = {
    "单": ("shan4",),
    "曾": ("zeng1",),
    "解": ("xie4",),
    "仇": ("qiu2",),
    "朴": ("piao2",),
    "区": ("ou1",),
    "盖": ("ge3",),
    "查": ("zha1",),
    "乐": ("yue4",),
    "缪": ("miao4",),
    "召": ("shao4",),
    "翟": ("zhai2",),
    "覃": ("qin2",),
    "秘": ("bi4",),
    "繁": ("po2",),
    "黑": ("he4",),
    "种": ("chong2",),
    "员": ("yun4",),
    "粘": ("nian2",),
    "阚": ("kan4",),
    "隗": ("wei3",),
    "沈": ("shen3",),
    "尉": ("wei4",),
    "华": ("hua4",),
    "任": ("ren2",),
    "纪": ("ji3",),
    "燕": ("yan1",),
    "过": ("guo1",),
    "都": ("du1",),
    "折": ("she2",),
    "佴": ("nai4",),
    "厍": ("she4",),
    "逄": ("pang2",),
    "谌": ("chen2",),
    "眭": ("sui1",),
    "昝": ("zan3",),
    "訾": ("zi1",),
    "冼": ("xian3",),
    "洗": ("xian3",),
    "葛": ("ge3",),
    "薄": ("bo2",),
    "柏": ("bai3",),
    "贲": ("ben1",),
    "莘": ("shen1",),
    "隽": ("juan4",),
    "蕃": ("pi2",),
    "卜": ("bu3",),
    "朝": ("chao2",),
    "哈": ("ha3",),
    "那": ("na1",),
    "石": ("shi2",),
    "车": ("che1",),
    "殷": ("yin1",),
    "瞿": ("qu2",),
}
SURNAME_READINGS: dict[str, tuple[str, ...]] = {**_COMPOUND_SURNAMES, **_SINGLE_SURNAMES}
_SURNAME_LENGTHS = sorted({len(s) for s in SURNAME_READINGS}, reverse=True)

_MAX_VARIANTS = 8
_WORD_RE = re.compile(r"[^\W_]+")
_QUERY_DROP_RE = re.compile(r"[\s'’·]+")
_SORT_SEPARATOR = "\x01"  # below the space between syllables: 张三 sorts before 张三丰


@dataclass(frozen=True, slots=True)
class NameKeys:
    """The search and sort keys of one name.

    `full` and `initials` are the main reading ("zhangsan", "zs"). The `*_variants` tuples start
    with it and add other readings of heteronyms in the given name (never of the surname).
    `search_pinyin` / `search_initials` join the variants with spaces for a LIKE '%q%' column,
    since a query from `search_terms` holds no spaces.
    """

    full: str
    initials: str
    sort_key: str
    full_variants: tuple[str, ...]
    initial_variants: tuple[str, ...]

    @property
    def search_pinyin(self) -> str:
        return " ".join(self.full_variants)

    @property
    def search_initials(self) -> str:
        return " ".join(self.initial_variants)


def name_keys(name: str) -> NameKeys:
    """Compute full pinyin, initials, alternatives and the pinyin sort key of a name."""
    name = unicodedata.normalize("NFKC", name).strip()
    surname, given = _split_surname(name)
    head = _surname_reading(surname)
    tail = _given_reading(given)
    return NameKeys(
        full=head.full_variants[0] + tail.full_variants[0],
        initials=head.initial_variants[0] + tail.initial_variants[0],
        sort_key=" ".join(head.syllables + tail.syllables) + _SORT_SEPARATOR + name,
        full_variants=tuple(head.full_variants[0] + v for v in tail.full_variants),
        initial_variants=tuple(head.initial_variants[0] + v for v in tail.initial_variants),
    )


def search_terms(query: str) -> str:
    """Normalise what the user typed for matching against the keys: NFKC, lower case, no spaces."""
    text = unicodedata.normalize("NFKC", query).lower()
    return _QUERY_DROP_RE.sub("", text).replace("ü", "v")


@dataclass(frozen=True, slots=True)
class _Reading:
    """The reading of part of a name: TONE3 syllables, and toneless full/initial variants
    (the main reading first)."""

    syllables: tuple[str, ...]
    full_variants: tuple[str, ...]
    initial_variants: tuple[str, ...]


def _split_surname(name: str) -> tuple[str, str]:
    """Split off the surname: a table entry (longest first), else the first Chinese character."""
    for length in _SURNAME_LENGTHS:
        if len(name) >= length and name[:length] in SURNAME_READINGS:
            return name[:length], name[length:]
    if name and _has_reading(name[0]):
        return name[0], name[1:]
    return "", name


@lru_cache(maxsize=4096)
def _surname_reading(surname: str) -> _Reading:
    """A surname has one reading: the table's, else the character's usual one."""
    syllables = SURNAME_READINGS.get(surname) or _syllables(surname)
    plain = [_toneless(s) for s in syllables]
    return _Reading(syllables, ("".join(plain),), ("".join(s[:1] for s in plain),))


@lru_cache(maxsize=65536)
def _given_reading(given: str) -> _Reading:
    """The given name's phrase-aware reading plus other readings of its heteronyms."""
    syllables = _syllables(given)
    plain = tuple(_toneless(s) for s in syllables)
    han = [char for char in given if _has_reading(char)]
    if len(han) != len(plain):  # letters or digits mixed in: no alternatives
        return _Reading(syllables, ("".join(plain),), ("".join(s[:1] for s in plain),))
    options = [
        (main, *(r for r in _char_readings(char) if r != main))
        for main, char in zip(plain, han, strict=True)
    ]
    full_variants: list[str] = []
    initial_variants: list[str] = []
    for combo in itertools.islice(itertools.product(*options), _MAX_VARIANTS * 4):
        variant = "".join(combo)
        if variant not in full_variants:
            full_variants.append(variant)
            abbreviation = "".join(s[:1] for s in combo)
            if abbreviation not in initial_variants:
                initial_variants.append(abbreviation)
            if len(full_variants) == _MAX_VARIANTS:
                break
    return _Reading(syllables, tuple(full_variants), tuple(initial_variants))


@cache
def _pypinyin() -> ModuleType:
    import pypinyin

    return pypinyin


@cache
def _phrases() -> dict[str, list[list[str]]]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


def _syllables(text: str) -> tuple[str, ...]:
    """Phrase-aware TONE3 syllables; letters and digits kept as lower-case words.

    One or two characters that are no phrase are read character by character from a cache,
    which gives pypinyin's answer for a fraction of its cost.
    """
    if len(text) <= 2 and text not in _phrases() and all(_has_reading(c) for c in text):
        return tuple(syllable for char in text for syllable in _char_syllables(char))
    py = _pypinyin()
    return tuple(
        py.lazy_pinyin(text, style=py.Style.TONE3, neutral_tone_with_five=True, errors=_non_han)
    )


@lru_cache(maxsize=16384)
def _char_syllables(char: str) -> tuple[str, ...]:
    py = _pypinyin()
    return tuple(py.lazy_pinyin(char, style=py.Style.TONE3, neutral_tone_with_five=True))


@lru_cache(maxsize=16384)
def _char_readings(char: str) -> tuple[str, ...]:
    py = _pypinyin()
    return tuple(py.pinyin(char, style=py.Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=16384)
def _has_reading(char: str) -> bool:
    return _char_readings(char) != (char,)


def _toneless(syllable: str) -> str:
    return syllable[:-1] if syllable[-1:].isdigit() else syllable


def _non_han(chars: str) -> list[str]:
    """Letters and digits become lower-case words; other symbols (· spaces) are dropped."""
    return _WORD_RE.findall(chars.lower())
