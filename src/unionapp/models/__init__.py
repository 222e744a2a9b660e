"""SQLModel tables of the union's database; importing this package registers every table."""

from unionapp.models.application import (
    Application,
    ApplicationParticipant,
    Attachment,
    TimelineEntry,
)
from unionapp.models.catalogue import Programme, ProgrammeProvider, Provider, ProviderContact, Venue
from unionapp.models.member import Member, MemberEvent, RosterVersion
from unionapp.models.misc import CalendarDay, MailRecord, Setting
from unionapp.models.stored_file import StoredFile
from unionapp.models.union import UnionProfile

__all__ = [
    "Application",
    "ApplicationParticipant",
    "Attachment",
    "CalendarDay",
    "MailRecord",
    "Member",
    "MemberEvent",
    "Programme",
    "ProgrammeProvider",
    "Provider",
    "ProviderContact",
    "RosterVersion",
    "Setting",
    "StoredFile",
    "TimelineEntry",
    "UnionProfile",
    "Venue",
]
