"""A database with applications across statuses, hosting units and months, counted by hand.

Period 2024: applications 1–8 and 12 fall in it; 5 (withdrawn before it was sent) and 8 (a
draft) were never sent, so 7 count and 2 are listed apart (尚未报送); 9–11 fall outside.

1  身边文化助推 (文化)      甲文化中心   2024-01-15  done       30 (attendance)
2  身边文化助推 (文化)      甲文化中心*  2024-03-10  done       3 (participant rows win over 99)
3  职工趣味运动会 (体育)    乙体育中心   2024-03-20  done       12 (participant_count)
4  职工趣味运动会 (体育)    乙体育中心   2024-05-05  declined   reason 名额已满… (masked)
5  普惠观影 (普惠服务)      丙影院       2024-06-01  withdrawn  note 时间冲突 (declared_on)
6  自办读书会 (未分类)      未填写       2024-07-08  submitted
7  身边文化助推 (文化)      甲文化中心   2024-11-30  scheduled
8  身边文化助推 (文化)      甲文化中心   2024-12-02  draft      (created_at)
12 普惠观影 (普惠服务)      丙影院       2024-03-25  returned
* empty on the form: the programme's first hosting unit.

Roster: 60 members 在册, 2 退休, 1 转出. Person-times 45; members reached 3 (the participant
list of 2), share 3/60 = 5%.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlmodel import Session

from unionapp.models import (
    Application,
    ApplicationParticipant,
    Member,
    Programme,
    ProgrammeProvider,
    Provider,
    TimelineEntry,
)
from unionapp.union import update_union

UNION = "北京市东城区某某科技有限公司工会委员会"
SECRET_ID = "110101199003071234"
SECRET_MOBILE = "13912345678"


@dataclass(frozen=True)
class Sample:
    ctx: object
    attendee_names: tuple[str, ...]


def _member(index: int, status: str = "在册") -> Member:
    return Member(
        name=f"会员{index:02d}",
        phone=f"139{index:08d}",
        id_number=f"1101011990030{index:04d}X"[:18],
        status=status,
        sort_key=f"{index:04d}",
    )


def _app(**fields: object) -> Application:
    base: dict[str, object] = {
        "union_name": UNION,
        "contact": "李明",
        "phone": SECRET_MOBILE,
        "created_at": datetime(2024, 1, 2, 9, 0),
    }
    base.update(fields)
    return Application(**base)  # type: ignore[arg-type]


def build_sample(session: Session) -> tuple[str, ...]:
    update_union(
        session, name=UNION, email="union@example.com", report_recipients="fed@example.com"
    )
    jia = Provider(name="甲文化中心")
    yi = Provider(name="乙体育中心")
    session.add_all([jia, yi])
    culture = Programme(year=2024, key="t-1", name="身边文化助推", category="文化")
    sport = Programme(year=2024, key="t-2", name="职工趣味运动会", category="体育")
    cinema = Programme(year=2024, key="t-3", name="普惠观影", category="普惠服务")
    session.add_all([culture, sport, cinema])
    session.flush()
    session.add_all(
        [
            ProgrammeProvider(programme_id=culture.id, provider_id=jia.id, position=0),
            ProgrammeProvider(programme_id=culture.id, provider_id=yi.id, position=1),
            ProgrammeProvider(programme_id=sport.id, provider_id=yi.id, position=0),
        ]
    )
    members = [_member(i) for i in range(1, 61)]
    members += [_member(61, "退休"), _member(62, "退休"), _member(63, "转出")]
    members[0].id_number = SECRET_ID
    members[0].phone = SECRET_MOBILE
    session.add_all(members)
    session.flush()

    apps = {
        1: _app(
            programme_id=culture.id,
            provider="甲文化中心",
            service_time=datetime(2024, 1, 15, 14),
            status="done",
            attendance=30,
        ),
        2: _app(
            programme_id=culture.id,
            provider="",
            service_time=datetime(2024, 3, 10, 9),
            status="done",
            participant_count=99,
        ),
        3: _app(
            programme_id=sport.id,
            provider="乙体育中心",
            service_time=datetime(2024, 3, 20, 9),
            status="done",
            participant_count=12,
        ),
        4: _app(
            programme_id=sport.id,
            provider="乙体育中心",
            service_time=datetime(2024, 5, 5, 9),
            status="declined",
        ),
        5: _app(
            programme_id=cinema.id,
            provider="丙影院",
            declared_on=date(2024, 6, 1),
            status="withdrawn",
        ),
        6: _app(
            service_item="自办读书会", service_time=datetime(2024, 7, 8, 19), status="submitted"
        ),
        7: _app(
            programme_id=culture.id,
            provider="甲文化中心",
            service_time=datetime(2024, 11, 30, 14),
            status="scheduled",
        ),
        8: _app(
            programme_id=culture.id,
            provider="甲文化中心",
            created_at=datetime(2024, 12, 2, 8),
            status="draft",
        ),
        9: _app(
            programme_id=sport.id,
            provider="乙体育中心",
            service_time=datetime(2025, 1, 5, 9),
            status="done",
            attendance=50,
        ),
        10: _app(
            programme_id=sport.id,
            provider="乙体育中心",
            service_time=datetime(2023, 12, 31, 23),
            status="submitted",
        ),
        11: _app(
            programme_id=cinema.id,
            provider="丙影院",
            declared_on=date(2023, 12, 20),
            created_at=datetime(2024, 1, 5, 8),
            status="draft",
        ),
        12: _app(
            programme_id=cinema.id,
            provider="丙影院",
            service_time=datetime(2024, 3, 25, 10),
            status="returned",
        ),
    }
    for number, app in apps.items():
        app.id = number
        session.add(app)
    session.flush()
    attendees = members[:3]
    session.add_all(ApplicationParticipant(application_id=2, member_id=m.id) for m in attendees)
    old = TimelineEntry(application_id=4, date=date(2024, 4, 9), status="declined", reason="旧原因")
    session.add_all(
        [
            TimelineEntry(application_id=4, date=date(2024, 4, 1), status="submitted", via="现场"),
            old,
        ]
    )
    session.flush()
    new = TimelineEntry(
        application_id=4,
        date=date(2024, 4, 10),
        status="declined",
        from_status="submitted",
        reason=f"名额已满，请联系{SECRET_MOBILE}",
        note=f"证件号{SECRET_ID}",
    )
    session.add(new)
    session.flush()
    old.superseded_by = new.id
    session.add_all(
        [
            TimelineEntry(
                application_id=5, date=date(2024, 5, 20), status="withdrawn", note="时间冲突"
            ),
            TimelineEntry(
                application_id=1,
                date=date(2024, 1, 16),
                status="done",
                attendance=30,
                feedback="反响很好",
            ),
            TimelineEntry(application_id=9, date=date(2025, 1, 6), status="done", attendance=50),
        ]
    )
    session.flush()
    return tuple(m.name for m in attendees)


@pytest.fixture
def sample(ctx: object) -> Sample:
    with ctx.session() as session:  # type: ignore[attr-defined]
        names = build_sample(session)
    return Sample(ctx=ctx, attendee_names=names)


@pytest.fixture(autouse=True)
def no_mail_program(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test starts the computer's real mail program: the report page finds none, unless a
    test puts one of its own in place (``test_mail_truth.mail_program``)."""
    monkeypatch.setattr("unionapp.ui.reports.report_page.find_mail_program", lambda: None)
