"""Superseded event versions, frozen as they were published.

Events of an old version can stay on a topic until its retention passes, and their
``dataschema`` names the old schema, so ``copydesk schemas`` keeps writing it. The upcasters
validate an old payload against its model here before lifting it. Nothing produces these.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from events.models import Event


class DeadLetterV1(Event):  # the docstring is the published schema's description: leave it be
    """A message a stage could not process, parked with everything needed to retry it.

    ``article_id`` is the message key when it had one, else ``"unknown"``.
    """

    event_type: ClassVar[str] = "dev.copydesk.message.dead-lettered"
    event_version: ClassVar[int] = 1
    model_config = ConfigDict(title="DeadLetter")  # its schema stays as published

    stage: str
    topic: str
    partition: int
    offset: int
    error_type: str
    error_message: str
    payload: str = Field(description="The original value, decoded as UTF-8 with replacement.")
    failed_at: datetime


SUPERSEDED: tuple[type[Event], ...] = (DeadLetterV1,)
