"""Loading the catalogues bundled with the program (one JSON file per year's notice) on first run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session

from unionapp.catalogue.store import (
    ProviderRef,
    get_or_create_provider,
    set_programme_providers,
    upsert_contact,
)
from unionapp.models import Programme, Venue
from unionapp.resources import resource_dir
from unionapp.storage.settings import get_setting, set_setting


def bundled_catalogue_files() -> list[Path]:
    return sorted((resource_dir() / "catalogue").glob("*.json"))


def seed_bundled_catalogues(session: Session) -> list[int]:
    """Load each bundled year once (the user may edit or delete entries afterwards)."""
    loaded = []
    for path in bundled_catalogue_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        flag = f"catalogue.seeded.{data['year']}"
        if not get_setting(session, flag, False):
            load_catalogue_document(session, data)
            set_setting(session, flag, True)
            loaded.append(data["year"])
    return loaded


def load_catalogue_document(session: Session, data: dict[str, Any]) -> None:
    """Write one year's catalogue document (the schema of resources/catalogue/*.json)."""
    year = int(data["year"])
    for entry in data.get("providers", []):
        provider = get_or_create_provider(session, entry["name"])
        provider.phone = provider.phone or entry.get("phone", "")
        provider.address = provider.address or entry.get("address", "")
        for contact in entry.get("contacts", []):
            upsert_contact(
                session,
                provider,
                contact["name"],
                contact.get("phones", []),
                contact.get("scope", ""),
            )
    by_key: dict[str, Programme] = {}
    for entry in data.get("programmes", []):
        rules = entry.get("rules") or {}
        programme = Programme(
            year=year,
            key=entry["key"],
            attachment=entry.get("attachment"),
            seq=str(entry.get("seq") or ""),
            section=entry.get("section") or "",
            name=entry["name"],
            category=entry["category"],
            time_window=entry.get("time_window") or "",
            window_start_month=entry.get("window_start_month"),
            window_end_month=entry.get("window_end_month"),
            description=entry.get("description") or "",
            participation=entry.get("participation") or "",
            lead_workdays=rules.get("lead_workdays"),
            yearly_limit=rules.get("yearly_limit"),
            min_participants=rules.get("min_participants"),
            uses_form=bool(rules.get("uses_form")),
            online_needs_agreement=bool(rules.get("online_needs_agreement")),
            rules_note=rules.get("note") or "",
            source="notice",
        )
        session.add(programme)
        session.flush()
        by_key[programme.key] = programme
        refs = [ProviderRef(p["name"], p.get("contact") or "") for p in entry.get("providers", [])]
        set_programme_providers(session, programme, refs)
    for entry in data.get("programmes", []):
        if entry.get("parent"):
            by_key[entry["key"]].parent_id = by_key[entry["parent"]].id
    for entry in data.get("venues", []):
        session.add(
            Venue(
                year=year,
                seq=int(entry.get("seq") or 0),
                name=entry["name"],
                address=entry.get("address", ""),
                phone_hours=entry.get("phone_hours", ""),
                booking=entry.get("booking", ""),
                notes=entry.get("notes", ""),
            )
        )
    session.flush()
