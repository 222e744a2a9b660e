"""A new year without its catalogue: noticing it, and carrying last year's catalogue forward.

Carried-forward programmes are marked 待核实 (``needs_review``) until the user edits or confirms
them: the hosting units, contacts and rules are last year's and may have changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from unionapp.catalogue.query import catalogue_years, list_programmes
from unionapp.catalogue.store import ProviderRef, set_programme_providers
from unionapp.errors import UserError
from unionapp.models import Programme, Venue


@dataclass(frozen=True)
class CatalogueAge:
    """The newest catalogue year against ``this_year``; ``outdated`` when it is older."""

    this_year: int
    newest_year: int | None

    @property
    def outdated(self) -> bool:
        return self.newest_year is None or self.newest_year < self.this_year


def catalogue_age(session: Session, this_year: int) -> CatalogueAge:
    years = catalogue_years(session)
    return CatalogueAge(this_year, years[0] if years else None)


def carry_forward(session: Session, to_year: int, from_year: int | None = None) -> int:
    """Copy the catalogue of ``from_year`` (default: the newest year before ``to_year``) into
    ``to_year``, every programme marked 待核实; venues too. Returns the number of programmes.

    Refused when ``to_year`` already has a catalogue (import the notice into it instead)."""
    years = catalogue_years(session)
    if to_year in years:
        raise UserError(
            f"{to_year}年已有服务项目目录，不能再复制；请用“导入年度通知”更新该年的目录。"
        )
    if from_year is None:
        earlier = [year for year in years if year < to_year]
        if not earlier:
            raise UserError(f"没有{to_year}年以前的服务项目目录可以复制。")
        from_year = earlier[0]
    elif from_year not in years:
        raise UserError(f"没有{from_year}年的服务项目目录。")
    sources = session.exec(
        select(Programme).where(Programme.year == from_year).order_by(col(Programme.id))
    ).all()
    infos = {info.id: info for info in list_programmes(session, year=from_year)}
    copies: dict[int | None, Programme] = {}
    with session.begin_nested():
        for source in sources:
            values = source.model_dump(exclude={"id", "parent_id", "hand_edited"})
            copy = Programme.model_validate({**values, "year": to_year, "needs_review": True})
            session.add(copy)
            session.flush()
            copies[source.id] = copy
            info = infos[source.id]
            contacts = {c.provider: c for c in info.contacts}
            refs = [
                ProviderRef(name, contacts[name].name) if name in contacts else ProviderRef(name)
                for name in info.providers
            ]
            set_programme_providers(session, copy, refs)
        for source in sources:
            if source.parent_id in copies:
                copies[source.id].parent_id = copies[source.parent_id].id
        venues = session.exec(select(Venue).where(Venue.year == from_year)).all()
        for venue in venues:
            session.add(Venue.model_validate({**venue.model_dump(exclude={"id"}), "year": to_year}))
        session.flush()
    return len(sources)


def confirm_programmes(session: Session, programme_ids: Sequence[int]) -> int:
    """Clear 待核实 on the programmes given; returns how many were marked."""
    programmes = session.exec(
        select(Programme).where(
            col(Programme.id).in_(list(programme_ids)), col(Programme.needs_review).is_(True)
        )
    ).all()
    for programme in programmes:
        programme.needs_review = False
        session.add(programme)
    session.flush()
    return len(programmes)


def programmes_to_review(session: Session, year: int | None = None) -> list[int]:
    query = select(Programme.id).where(col(Programme.needs_review).is_(True))
    if year is not None:
        query = query.where(Programme.year == year)
    return [pid for pid in session.exec(query.order_by(col(Programme.id))).all() if pid]
