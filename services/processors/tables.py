"""faust tables whose changelog writes an agent can wait for before it settles a record.

A faust table sends every change to its changelog topic through the producer's buffer and
forgets it; faust's commit flushes that buffer but gives up once it has not moved for 0.1 s, and a
write the broker refused does not hold the commit back. So a record could be committed while the
table changes it made were still unsent or lost: after a crash,
or when the table's partition moves to another worker (which recovers the changelog up to its end
*at that moment*), those changes are gone although the record is never processed again. The
story index lost placements that way (an article placed twice after the story partition moved).

Here every changelog write's future is kept until the agent takes it with
:meth:`AcknowledgedTable.take_unacknowledged`, and the agent settles its record only once those
futures resolved too: a table change is an output of the record like any other.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.types import FutureMessage


class AcknowledgedTable(faust.Table):
    """A faust table that keeps the futures of its changelog writes for the writing agent.

    Contract: one agent (concurrency 1) writes the table; after handling a record it calls
    :meth:`take_unacknowledged` (without awaiting in between, so no other record's writes mix in)
    and waits for, or chains its settling to, the futures returned. A future resolves when the
    broker acknowledged the write, or fails with the producer's error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unacknowledged: list[FutureMessage] = []

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        future = super().send_changelog(*args, **kwargs)
        self._unacknowledged.append(future)
        return future

    def take_unacknowledged(self) -> list[FutureMessage]:
        """The futures of the changelog writes made since the last call (and forget them)."""
        taken, self._unacknowledged = self._unacknowledged, []
        return taken


def acknowledged_table(app: faust.App, name: str, **kwargs: Any) -> AcknowledgedTable:
    """Declare an :class:`AcknowledgedTable` on ``app`` (as ``app.Table`` declares faust's own)."""
    table = AcknowledgedTable(app, name=name, beacon=app.tables.beacon, **kwargs)
    app.tables.add(table)
    return table
