"""Validate the action server's answers with a schema validator built once, not once per answer.

Rasa 3.6's `RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`
on every custom-action answer. `jsonschema.validate` first checks the schema itself against
the JSON-Schema metaschema (`check_schema`) and then builds a new validator, every call: with
Rasa's events schema that was 57 % of a turn's time in the Rasa server (bench/README.md,
"Load"). jsonschema's own documentation of `validate` says to reuse a validator "if you
intend to validate multiple instances with the same schema". Rasa Pro does exactly that:
`rasa/core/actions/action.py`, `RemoteActionJSONValidator.get_action_response_validator`
(an `lru_cache`d `Draft202012Validator` of the same `action_response_format_spec()`), which
Rasa Open Source 3.6 does not have.

`install()` replaces the method with one that does what `jsonschema.validate` does, only once:
the same validator class (`validator_for(schema)`, Draft 2020-12 as the schema names none),
the schema checked once (a `SchemaError` at the first answer, as before), the same error
(`best_match` of all errors) with the same message appended, the same `True` on success. A
malformed answer is still rejected. It is installed explicitly by `launcher.rasa_server` (the
Rasa server `make run`, the tests and the benchmarks start), never as a side effect of an
import; `uninstall()` puts Rasa's method back (benchmarks compare both in one process).

A valid answer is accepted without trying each event against the 23 alternatives of the
schema's `oneOf` (`quickly_valid`: the alternative of the event's own name only, the same
verdict; 3.4 -> 0.4 ms on an answer of 8 events); an answer it does not accept goes through
the full validator, which gives the verdict and the error as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

_ORIGINAL = RemoteAction._validate_action_result
HINT = (
    ". Failed to validate Action server response from API, "
    "make sure your response from the Action endpoint is valid. "
    "For more information about the format visit "
    f"{DOCS_BASE_URL}/custom-actions"
)


@lru_cache(maxsize=1)
def response_validator() -> Any:
    """The validator of Rasa's action-response schema, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@lru_cache(maxsize=1)
def event_dispatch() -> tuple[Any, Any, dict[str, Any]] | None:
    """Validators that check a valid answer without trying each event against the schema's
    23 `oneOf` alternatives: (the answer without its events' items, one event without its
    `oneOf`, the alternative of each `event` name). Each alternative names its event with a
    `const`, so an event is valid against exactly one alternative iff it is valid against
    the one of its name: the same verdict as the full schema. None if the schema is not of
    that shape (then only the full validator is used)."""
    full = response_validator()  # the schema checked once, as before
    schema = full.schema
    cls = type(full)
    events = schema.get("properties", {}).get("events", {})
    item = events.get("items", {})
    alternatives = item.get("oneOf")
    if not isinstance(alternatives, list) or set(item) - {
        "type",
        "properties",
        "required",
        "oneOf",
    }:
        return None
    by_event: dict[str, Any] = {}
    for alternative in alternatives:
        name = alternative.get("properties", {}).get("event", {}).get("const")
        if not isinstance(name, str) or name in by_event:
            return None
        by_event[name] = cls(alternative)
    if "event" not in item.get("required", []):
        return None
    answer = dict(schema, properties=dict(schema["properties"], events={"type": "array"}))
    event = {key: value for key, value in item.items() if key != "oneOf"}
    return cls(answer), cls(event), by_event


def quickly_valid(result: Any) -> bool:
    """True only if the full schema accepts `result` (False: ask the full validator)."""
    dispatch = event_dispatch()
    if dispatch is None or not isinstance(result, dict):
        return False
    answer, event, by_event = dispatch
    if not answer.is_valid(result):
        return False
    for item in result.get("events") or []:
        if not event.is_valid(item):
            return False
        alternative = by_event.get(item["event"]) if isinstance(item["event"], str) else None
        if alternative is None or not alternative.is_valid(item):
            return False
    return True


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the cached validator (same errors)."""
    if quickly_valid(result):
        return True
    error = exceptions.best_match(response_validator().iter_errors(result))
    if error is not None:
        error.message += HINT
        raise error
    return True


def install() -> None:
    """Validate action answers with the cached validator (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result


def uninstall() -> None:
    """Back to Rasa's own method."""
    RemoteAction._validate_action_result = _ORIGINAL


def installed() -> bool:
    return RemoteAction._validate_action_result is validate_action_result
