"""The story state: a key-value mapping, and what is derived from it kept in memory beside it.

:class:`StoryState` is a ``MutableMapping`` over a backing mapping (a dict offline, the story
agent's faust table in the stream); reads and writes go straight to it (a read of a missing key
never inserts). It also owns the document frequencies derived from the mapping
(:class:`frequencies.DocumentFrequencies`), so they survive from one placement to the next:
create one ``StoryState`` per backing mapping and pass it to every placement.
:func:`logic.assign_story` also takes a bare mapping, and then derives the frequencies for that
one call (O(state)).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from services.processors.stories.frequencies import DocumentFrequencies


class StoryState(MutableMapping[str, Any]):
    """The story state over ``data``, with its document frequencies kept in memory."""

    def __init__(self, data: MutableMapping[str, Any]) -> None:
        self.data = data
        self._frequencies = DocumentFrequencies()

    def frequencies(self) -> DocumentFrequencies:
        """The document frequencies of the state as it is now (rebuilt if it changed behind them)."""
        self._frequencies.sync(self.data)
        return self._frequencies

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.data[key] = value

    def __delitem__(self, key: str) -> None:
        del self.data[key]

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
