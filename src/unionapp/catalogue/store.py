"""Writing catalogue entries (programmes with providers and contacts) into the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlmodel import Session, delete, select

from unionapp.models import Programme, ProgrammeProvider, Provider, ProviderContact

CATEGORIES = ("文化", "体育", "普惠服务", "公益")
RULE_FIELDS = (
    "lead_workdays",
    "yearly_limit",
    "min_participants",
    "uses_form",
    "online_needs_agreement",
)


@dataclass
class ProviderRef:
    """A hosting unit named by a programme, with the contact named for it (if any)."""

    name: str
    contact: str = ""
    phones: list[str] = field(default_factory=list)
    scope: str = ""


def get_or_create_provider(session: Session, name: str) -> Provider:
    provider = session.exec(select(Provider).where(Provider.name == name)).first()
    if provider is None:
        provider = Provider(name=name)
        session.add(provider)
        session.flush()
    return provider


def upsert_contact(
    session: Session,
    provider: Provider,
    name: str,
    phones: Sequence[str],
    scope: str = "",
    *,
    replace: bool = False,
    exact: bool = False,
) -> ProviderContact:
    """Add a contact to a hosting unit, or merge new phones into the one of the same name.

    ``replace``: the phones and scope given are the current ones (a new year's notice), so they
    replace what was kept rather than merge into it (no phones given keeps those kept, unless
    ``exact``: the user emptied the list). An empty scope keeps the one kept.
    """
    contact = session.exec(
        select(ProviderContact).where(
            ProviderContact.provider_id == provider.id, ProviderContact.name == name
        )
    ).first()
    if contact is None:
        contact = ProviderContact(provider_id=provider.id, name=name, phones="", scope=scope)
    known = [] if replace and (phones or exact) else [p for p in contact.phones.split("、") if p]
    for phone in phones:
        if phone and phone not in known:
            known.append(phone)
    contact.phones = "、".join(known)
    if scope and (replace or not contact.scope):
        contact.scope = scope
    session.add(contact)
    session.flush()
    return contact


def set_programme_providers(
    session: Session,
    programme: Programme,
    refs: Sequence[ProviderRef],
    *,
    replace: bool = False,
    exact: bool = False,
) -> None:
    """Replace the hosting units of a programme (``replace``, ``exact``: see ``upsert_contact``)."""
    session.exec(delete(ProgrammeProvider).where(ProgrammeProvider.programme_id == programme.id))
    for position, ref in enumerate(refs):
        provider = get_or_create_provider(session, ref.name)
        contact_id = None
        if ref.contact:
            contact_id = upsert_contact(
                session, provider, ref.contact, ref.phones, ref.scope, replace=replace, exact=exact
            ).id
        session.add(
            ProgrammeProvider(
                programme_id=programme.id,
                provider_id=provider.id,
                contact_id=contact_id,
                position=position,
            )
        )
    session.flush()
