"""Find an event's class by its type name in a table, not by walking Event's subclass tree.

Rasa 3.6's `Event.resolve_by_type` (`rasa/shared/core/events.py`), called for every event
it turns from a dict into an object (`Event.from_parameters`: each tracker read of the
tracker store, `DialogueStateTracker.from_dict`, the events of each action answer), calls
`rasa.shared.utils.common.all_subclasses(Event)`, which rebuilds the list of Event's 23
concrete subclasses recursively with an `inspect.isabstract` test on each, and then scans
it for the name: about 0.1 ms per event, and a tracker read replays the whole session
(bench/README.md, "third session").

`install()` replaces it with a lookup in a table built from the same list, in the same
order (the first class of `all_subclasses(Event)` with that `type_name` wins, as in Rasa's
scan). A name the table does not hold goes to Rasa's own method, so "topic", the `default`
and the `ValueError` of an unknown name are Rasa's. The table is forgotten whenever a new
subclass of Event is defined (`Event.__init_subclass__`), so a class imported later (a
custom event) is found as before. Installed explicitly by `launcher.rasa_server`, never as
a side effect of an import; `uninstall()` puts Rasa's method back.
"""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_ORIGINAL = Event.__dict__["resolve_by_type"]  # the staticmethod object
_ORIGINAL_INIT_SUBCLASS = Event.__dict__.get("__init_subclass__")
_table: dict[str, Any] | None = None


def table() -> dict[str, Any]:
    """type_name -> the first class of `all_subclasses(Event)` with that name."""
    global _table
    current = _table
    if current is None:
        current = {}
        for cls in all_subclasses(Event):
            current.setdefault(cls.type_name, cls)
        _table = current
    return current


def forget() -> None:
    global _table
    _table = None


def resolve_by_type(type_name: str, default: Any = None) -> Any:
    """Rasa's `Event.resolve_by_type`, from the table."""
    found = table().get(type_name)
    if found is not None:
        return found
    return _ORIGINAL.__func__(type_name, default)


def _init_subclass(cls: type, **kwargs: Any) -> None:
    forget()
    super(Event, cls).__init_subclass__(**kwargs)


def install() -> None:
    """Resolve event types from the table (idempotent)."""
    forget()
    Event.resolve_by_type = staticmethod(resolve_by_type)
    Event.__init_subclass__ = classmethod(_init_subclass)


def uninstall() -> None:
    """Back to Rasa's own method."""
    Event.resolve_by_type = _ORIGINAL
    if _ORIGINAL_INIT_SUBCLASS is None:
        if "__init_subclass__" in Event.__dict__:
            del Event.__init_subclass__
    else:
        Event.__init_subclass__ = _ORIGINAL_INIT_SUBCLASS
    forget()


def installed() -> bool:
    return Event.__dict__["resolve_by_type"].__func__ is resolve_by_type
