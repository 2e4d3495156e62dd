"""Training overrides (`launcher.rasa_train`): training data is validated as Rasa 3.6 does, with
one validator per schema built once; spaCy is loaded once per training process."""

from __future__ import annotations

import jsonschema
import pytest
import rasa.shared.nlu.training_data.schemas.data_schema as data_schema
import rasa.shared.utils.validation as rasa_validation
from rasa.shared.exceptions import InvalidEntityFormatException, SchemaValidationError
from rasa.shared.nlu.training_data.entities_parser import get_validated_dict
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

from samen_rasa import spacy_once, training_data_schema

GOOD_ENTITY = '"entity": "sponsor_status", "value": "erkend_vluchteling", "role": "sponsor"'
BAD = [
    ({"entity": 3}, data_schema.entity_dict_schema),
    ({"value": "x"}, data_schema.entity_dict_schema),
    ({"entity": "a", "role": ["x"]}, data_schema.entity_dict_schema),
    ({"entity": "a", "group": 1}, data_schema.entity_dict_schema),
    ({"rasa_nlu_data": {"common_examples": "x"}}, data_schema.rasa_nlu_data_schema),
]
NLU = """version: "3.1"
nlu:
- intent: inform
  examples: |
    - ik ben [erkend vluchteling]{"entity": "sponsor_status", "value": "erkend_vluchteling"}
    - mijn [vrouw](relationship) is in [Syrië]{"entity": "country", "role": "relative"}
"""


@pytest.fixture
def installed():
    training_data_schema.install()
    yield
    training_data_schema.uninstall()


def outcome(data, schema) -> tuple[str, str]:
    try:
        rasa_validation.validate_training_data(data, schema())
    except SchemaValidationError as e:
        return type(e).__name__, str(e)
    return "ok", ""


@pytest.mark.parametrize(("data", "schema"), BAD)
def test_invalid_data_is_still_rejected_with_rasas_error(data, schema):
    training_data_schema.uninstall()
    expected = outcome(data, schema)
    training_data_schema.install()
    try:
        assert outcome(data, schema) == expected
    finally:
        training_data_schema.uninstall()
    assert expected[0] == "SchemaValidationError"
    assert "Failed to validate data" in expected[1]


def test_an_invalid_entity_annotation_fails_as_before(installed):
    assert get_validated_dict(GOOD_ENTITY)["value"] == "erkend_vluchteling"
    with pytest.raises(SchemaValidationError) as patched:
        get_validated_dict('"entity": 3')
    training_data_schema.uninstall()
    with pytest.raises(SchemaValidationError) as original:
        get_validated_dict('"entity": 3')
    assert str(patched.value) == str(original.value)
    with pytest.raises(InvalidEntityFormatException):  # not JSON: before any schema
        get_validated_dict('"entity": ')


def test_the_same_training_data_is_read(installed):
    patched = [m.as_dict() for m in RasaYAMLReader().reads(NLU).training_examples]
    training_data_schema.uninstall()
    original = [m.as_dict() for m in RasaYAMLReader().reads(NLU).training_examples]
    assert patched == original
    assert patched[1]["entities"][1]["role"] == "relative"


def test_each_schema_is_checked_once_and_its_validator_reused(installed, monkeypatch):
    calls = []
    monkeypatch.setattr(jsonschema.Draft202012Validator, "check_schema",
                        classmethod(lambda cls, schema: calls.append(schema)))  # fmt: skip
    training_data_schema._validator.cache_clear()
    for _ in range(3):
        get_validated_dict(GOOD_ENTITY)
    assert len(calls) == 1
    training_data_schema._validator.cache_clear()


def test_uninstall_restores_rasas_own_function():
    training_data_schema.install()
    training_data_schema.uninstall()
    assert not training_data_schema.installed()
    assert rasa_validation.validate_training_data is training_data_schema._ORIGINAL


def test_the_training_entry_installs_the_override_before_rasa_runs(monkeypatch):
    import rasa.__main__

    from launcher import rasa_train

    seen = []

    def installed_then():
        return training_data_schema.installed() and spacy_once.installed()

    monkeypatch.setattr(rasa.__main__, "main", lambda: seen.append(installed_then()))
    try:
        rasa_train.main()
    finally:
        training_data_schema.uninstall()
        spacy_once.uninstall()
    assert seen == [True]


def test_spacy_is_loaded_once_per_name(monkeypatch):
    from rasa.nlu.utils.spacy_utils import SpacyNLP

    loads = []

    def fake_load(name):
        loads.append(name)
        return object()

    monkeypatch.setattr(spacy_once, "_ORIGINAL", fake_load)
    spacy_once.install()
    try:
        first = SpacyNLP.load_model("nl_samen")
        assert SpacyNLP.load_model("nl_samen") is first
        assert SpacyNLP.load_model("nl_other") is not first
    finally:
        spacy_once.uninstall()
    assert loads == ["nl_samen", "nl_other"]
    assert not spacy_once.installed()


def test_the_launcher_and_the_benchmark_train_through_the_entry():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert '"-m", "launcher.rasa_train", "train"' in (root / "launcher" / "train.py").read_text()
    assert '"launcher.rasa_train"' in (root / "bench" / "nlu.py").read_text()
