"""SQLModel tables. Only foibot/db/ imports sqlmodel; the rest of foibot sees domain values.

Due dates are deliberately *not* stored: they are derived from events and the holiday calendar on
every read (issue 4), so a newly proclaimed bank holiday moves every open deadline at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class ForceRow(SQLModel, table=True):
    __tablename__ = "forces"
    slug: str = Field(primary_key=True)
    name: str
    regime: str
    nation: str
    email: str | None = None
    email_source: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    email_confidence: str = "unknown"
    tags: str = "[]"  # JSON list
    updated_at: datetime


class CampaignRow(SQLModel, table=True):
    __tablename__ = "campaigns"
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    title: str
    code: str
    subject_template: str = Field(sa_column=Column(Text, nullable=False))
    body_template: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime


class RequestRow(SQLModel, table=True):
    __tablename__ = "requests"
    __table_args__ = (UniqueConstraint("campaign_id", "force_slug", name="one_request_per_force"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaigns.id", index=True)
    force_slug: str = Field(foreign_key="forces.slug", index=True)
    our_reference: str = Field(unique=True, index=True)
    token: str = Field(index=True)
    authority_reference: str | None = Field(default=None, index=True)
    state: str = Field(index=True)
    manual_state: bool = False
    to_addr: str | None = None
    subject: str = ""
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    message_id: str | None = Field(default=None, index=True)
    outcome: str | None = None
    exemptions: str = "[]"  # JSON list, from the final response (issue 5)
    delivery_error: str | None = None
    created_at: datetime
    drafted_at: datetime | None = None
    sending_at: datetime | None = None
    sent_at: datetime | None = None
    last_message_at: datetime | None = None
    lease_owner: str | None = None
    lease_until: datetime | None = None


class MessageRow(SQLModel, table=True):
    __tablename__ = "messages"
    id: int | None = Field(default=None, primary_key=True)
    direction: str
    message_id: str | None = Field(default=None, index=True)
    in_reply_to: str = ""
    references: str = Field(default="", sa_column=Column("refs", Text, nullable=False, default=""))
    from_addr: str | None = None
    to_addrs: str = ""
    subject: str = ""
    date: datetime | None = None
    raw_path: str
    sha256: str = Field(index=True)
    size: int = 0
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    attachments: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    kind: str = "unclassified"
    classification: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    extraction: str = "none"  # "pending": attachment text not read yet (see service/extraction.py)
    match_status: str = "unmatched"
    match_step: str = ""
    match_evidence: str = ""
    warnings: str = ""
    source: str = ""
    folder: str = ""
    uid: int | None = None
    received_at: datetime


class MessageLink(SQLModel, table=True):
    __tablename__ = "message_links"
    message_id: int = Field(foreign_key="messages.id", primary_key=True)
    request_id: int = Field(foreign_key="requests.id", primary_key=True, index=True)
    step: str = ""
    evidence: str = ""
    probable: bool = False
    manual: bool = False
    created_at: datetime


class EventRow(SQLModel, table=True):
    __tablename__ = "events"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int | None = Field(default=None, foreign_key="requests.id", index=True)
    message_id: int | None = Field(default=None, foreign_key="messages.id")
    at: datetime = Field(index=True)
    kind: str = Field(index=True)
    on_date: str | None = None  # the UK-local date the event counts from, for the clock
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    actor: str = "foibot"


class SyncCursorRow(SQLModel, table=True):
    __tablename__ = "sync_cursors"
    source: str = Field(primary_key=True)
    folder: str = Field(primary_key=True)
    uidvalidity: int
    last_uid: int
    updated_at: datetime
