"""File contents kept inside the database, addressed by their SHA-256 (attachments point here)."""

from sqlalchemy import LargeBinary
from sqlmodel import Field, SQLModel


class StoredFile(SQLModel, table=True):
    """One file's bytes, stored once however many attachments share it."""

    __tablename__ = "stored_file"

    sha256: str = Field(primary_key=True)
    size: int = 0
    content: bytes = Field(sa_type=LargeBinary)
