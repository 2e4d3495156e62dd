"""Validate training-data annotations with schema validators built once, not once per entity.

Rasa 3.6 loads the NLU files through `rasa.shared.utils.validation.validate_training_data`,
which calls `jsonschema.validate(data, schema)` for every entity written as a dict
(`[text]{"entity": ..., "value": ...}`, `entities_parser.get_validated_dict`). Each call first
checks the schema against the JSON-Schema metaschema (`check_schema`) and builds a new
validator. `data/nlu` has about 2,800 such annotations and `rasa train` loads the NLU data five
times (twice to validate the files, three times to train), so 14,000 schema checks: 85 % of the
data loading's time in a cProfile of a cold `rasa train` (bench/README.md, "Training time").
jsonschema's own documentation of `validate` says to reuse a validator "if you intend to
validate multiple instances with the same schema" (as `samen_rasa.action_response` does for
the action server's answers).

`install()` replaces the function with one that does what `jsonschema.validate` does, once per
distinct schema: the same validator class (`validator_for(schema)`), the schema checked the
first time it is seen (a `SchemaError` then, as before), the same error (`best_match` of all
errors), and then exactly Rasa's handling of it (the same message appended, the same
`SchemaValidationError`). Invalid training data is rejected with the same message as before.
It is installed explicitly by `launcher.rasa_train` (what `make train`/`make run` and
`bench/nlu.py` train with), never as a side effect of an import; `uninstall()` puts Rasa's
function back.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import rasa.shared.utils.validation as rasa_validation
from jsonschema import ValidationError, exceptions, validators
from rasa.shared.constants import DOCS_URL_TRAINING_DATA
from rasa.shared.exceptions import SchemaValidationError

_ORIGINAL = rasa_validation.validate_training_data


@lru_cache(maxsize=32)
def _validator(schema_json: str) -> Any:
    """The validator of one schema (given as canonical JSON), its schema checked once."""
    schema = json.loads(schema_json)
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validator_for_schema(schema: dict[str, Any]) -> Any:
    # Rasa builds the schema dict anew for each annotation, so the cache key is its content
    return _validator(json.dumps(schema, sort_keys=True))


def validate_training_data(json_data: dict[str, Any], schema: dict[str, Any]) -> None:
    """`rasa.shared.utils.validation.validate_training_data` with a cached validator."""
    try:
        error = exceptions.best_match(validator_for_schema(schema).iter_errors(json_data))
        if error is not None:
            raise error
    except ValidationError as e:
        e.message += (
            f". Failed to validate data, make sure your data "
            f"is valid. For more information about the format visit "
            f"{DOCS_URL_TRAINING_DATA}."
        )
        raise SchemaValidationError.create_from(e) from e


def install() -> None:
    """Validate training data with cached validators (idempotent)."""
    rasa_validation.validate_training_data = validate_training_data


def uninstall() -> None:
    """Back to Rasa's own function."""
    rasa_validation.validate_training_data = _ORIGINAL


def installed() -> bool:
    return rasa_validation.validate_training_data is validate_training_data
