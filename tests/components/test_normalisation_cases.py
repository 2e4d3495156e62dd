"""Every case of tests/nlu/normalisation_cases.yml through the normalisers.

Each case runs twice: through the pure functions and through `EntityValueNormalizer` with a
real Rasa `Message` (the entity spanning the case text, the message time set to `now`).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from samen_rasa.nlu.dutch_dates import parse_date
from samen_rasa.nlu.dutch_numbers import parse_age
from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer

CASES_FILE = Path(__file__).resolve().parents[1] / "nlu" / "normalisation_cases.yml"


def _cases() -> list[tuple[dict, date]]:
    if not CASES_FILE.exists():
        return []
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    default_now = str(data.get("now"))
    return [
        (case, date.fromisoformat(str(case.get("now", default_now))))
        for case in data.get("cases", [])
    ]


CASES = _cases()
pytestmark = pytest.mark.skipif(not CASES, reason=f"{CASES_FILE} is absent")


@pytest.mark.parametrize(("case", "now"), CASES, ids=[c["text"] for c, _ in CASES])
def test_pure_normalisers(case: dict, now: date) -> None:
    if case["entity"] == "age":
        age = parse_age(case["text"])
        assert (None if age is None else str(age)) == case["expected"]
        return
    result = parse_date(case["text"], now)
    assert result.iso == case["expected"]
    if case["expected"] is None:
        assert case["flag"] in result.flags


@pytest.mark.parametrize(("case", "now"), CASES, ids=[c["text"] for c, _ in CASES])
def test_component(case: dict, now: date, tmp_path: Path) -> None:
    text = case["text"]
    message = Message(
        data={
            TEXT: text,
            ENTITIES: [{"entity": case["entity"], "start": 0, "end": len(text), "value": text}],
        }
    )
    message.time = datetime(now.year, now.month, now.day, 12, tzinfo=timezone.utc).timestamp()
    component = EntityValueNormalizer.create(
        EntityValueNormalizer.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("evn"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    component.process([message])
    entities = message.get(ENTITIES)
    if case["entity"] == "age":
        if case["expected"] is None:
            assert entities == []
        else:
            assert [e["value"] for e in entities] == [case["expected"]]
        return
    (entity,) = entities
    # the span (and value) leaves out a leading preposition ("sinds april" -> "april"); the
    # normalised date still reads it
    assert entity["value"] == text[entity["start"] : entity["end"]]
    assert entity["value"] == text or text.endswith(" " + entity["value"])
    assert entity["normalized"] == case["expected"]
    if case["expected"] is None:
        assert case["flag"] in entity["flags"]
