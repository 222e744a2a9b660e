"""The roster members taking part in an application's service."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, delete, func, select

from unionapp.errors import NotFound, UserError
from unionapp.models import Application, ApplicationParticipant, Member


def _application(session: Session, app_id: int) -> Application:
    application = session.get(Application, app_id)
    if application is None:
        raise NotFound(f"没有编号为 {app_id} 的申请。")
    return application


def set_participants(session: Session, app_id: int, member_ids: Iterable[int]) -> list[Member]:
    """Replace the application's participant list by these members (duplicates ignored)."""
    _application(session, app_id)
    wanted = list(dict.fromkeys(member_ids))
    members = session.exec(select(Member).where(col(Member.id).in_(wanted))).all() if wanted else []
    missing = sorted(set(wanted) - {m.id for m in members})
    if missing:
        raise NotFound(f"名册中没有编号为 {', '.join(map(str, missing))} 的会员。")
    session.exec(
        delete(ApplicationParticipant).where(col(ApplicationParticipant.application_id) == app_id)
    )
    for member_id in wanted:
        session.add(ApplicationParticipant(application_id=app_id, member_id=member_id))
    session.flush()
    return list_participants(session, app_id)


def list_participants(session: Session, app_id: int) -> list[Member]:
    """The participants, in roster order."""
    return list(
        session.exec(
            select(Member)
            .join(ApplicationParticipant, col(ApplicationParticipant.member_id) == Member.id)
            .where(ApplicationParticipant.application_id == app_id)
            .order_by(col(Member.sort_key), col(Member.id))
        ).all()
    )


def participant_list_count(session: Session, app_id: int) -> int:
    return session.exec(
        select(func.count()).where(ApplicationParticipant.application_id == app_id)
    ).one()


def set_participant_count(session: Session, app_id: int, count: int | None) -> None:
    """The number taking part, entered by hand (used when no list is kept)."""
    if count is not None and count < 0:
        raise UserError(f"参加人数不能为负数：{count}")
    application = _application(session, app_id)
    application.participant_count = count
    session.add(application)
    session.flush()


def participant_total(session: Session, application: Application) -> int | None:
    """How many take part: the list when it has anyone, else the number entered (or None)."""
    if application.id is not None:
        listed = participant_list_count(session, application.id)
        if listed:
            return listed
    return application.participant_count
