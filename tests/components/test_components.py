"""The Rasa components, driven with real Rasa objects (Message, TrainingData, ModelStorage)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from samen_rasa.nlu.chat_text_normalizer import ChatTextNormalizer
from samen_rasa.nlu.entity_value_normalizer import EntityValueNormalizer, reference_date

NOW = date(2026, 11, 22)
BAD_TEXTS = [
    "",
    "   ",
    "x" * 20_000,
    "kheb mn vrouw " * 1500,
    "😀🙏🏽😀",
    "مرحبا، زوجتي في سوريا",
    "ሰላም ባለቤተይ ኣብ ኤርትራ እያ",
    "a\x00b\x07c\x1b[31m",
    "/greet",
    '/inform{"relationship": "spouse"}',
]


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


def _tokenize(*texts: str) -> list[Message]:
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    messages = [Message(data={TEXT: t}) for t in texts]
    return tokenizer.process(messages)


def _normalizer(tmp_path: Path) -> EntityValueNormalizer:
    storage = LocalModelStorage(tmp_path)
    return EntityValueNormalizer.create(
        EntityValueNormalizer.get_default_config(), storage, Resource("evn"), _context()
    )


def _entity(text: str, fragment: str, name: str, value: str | None = None, **extra):
    start = text.index(fragment)
    entity = {
        "entity": name,
        "start": start,
        "end": start + len(fragment),
        "value": fragment if value is None else value,
        "extractor": "DIETClassifier",
    }
    entity.update(extra)
    return entity


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EntityValueNormalizer, "clock", staticmethod(lambda: NOW))


# ---------------------------------------------------------------- ChatTextNormalizer
def test_chat_normalizer_sets_folded_lemmas_and_keeps_offsets() -> None:
    text = "Kheb mn vrouw in Syrië, da's ni ok"
    (message,) = _tokenize(text)
    before = [(t.text, t.start, t.end) for t in message.get(TOKENS_NAMES[TEXT])]
    component = ChatTextNormalizer.create(
        ChatTextNormalizer.get_default_config(), None, None, _context()
    )
    component.process([message])
    tokens = message.get(TOKENS_NAMES[TEXT])
    assert [(t.text, t.start, t.end) for t in tokens] == before
    lemmas = {t.text: t.lemma for t in tokens}
    assert lemmas["mn"] == "mijn"
    assert lemmas["Syrië"] == "syrie"
    assert lemmas["ni"] == "niet"
    assert lemmas["ok"] == "oke"
    assert lemmas["Kheb"] == "ik heb"
    assert message.get(TEXT) == text


def test_chat_normalizer_in_training() -> None:
    messages = _tokenize("mn broer is in Eritrea", "Gij zijt ne bot")
    for m in messages:
        m.set(INTENT, "inform")
    data = TrainingData(training_examples=messages)
    component = ChatTextNormalizer.create(
        ChatTextNormalizer.get_default_config(), None, None, _context()
    )
    out = component.process_training_data(data)
    lemmas = [t.lemma for t in out.training_examples[1].get(TOKENS_NAMES[TEXT])]
    assert lemmas == ["jij", "zijt", "een", "bot"]


def test_chat_normalizer_caps_the_token_count() -> None:
    (message,) = _tokenize("woord " * 5000)
    component = ChatTextNormalizer.create(
        {**ChatTextNormalizer.get_default_config(), "max_tokens": 50}, None, None, _context()
    )
    component.process([message])
    assert len(message.get(TOKENS_NAMES[TEXT])) == 50
    assert message.get(TEXT) == "woord " * 5000


@pytest.mark.parametrize("text", BAD_TEXTS, ids=range(len(BAD_TEXTS)))
def test_chat_normalizer_survives_bad_input(text: str) -> None:
    messages = _tokenize(text)
    component = ChatTextNormalizer.create(
        ChatTextNormalizer.get_default_config(), None, None, _context()
    )
    start = time.perf_counter()
    component.process(messages)
    assert time.perf_counter() - start < 1.0


# ---------------------------------------------------------------- EntityValueNormalizer
def test_age_values_become_digits(tmp_path: Path) -> None:
    text = "mijn zoon is zeventien en mijn dochter 12j, ik ben 34 jaar"
    message = Message(
        data={
            TEXT: text,
            ENTITIES: [
                _entity(text, "zeventien", "age"),
                _entity(text, "12j", "age"),
                _entity(text, "34", "age", role="sponsor"),
            ],
        }
    )
    _normalizer(tmp_path).process([message])
    ages = [(e["value"], e.get("role")) for e in message.get(ENTITIES)]
    assert ages == [("17", None), ("12", None), ("34", "sponsor")]
    assert [text[e["start"] : e["end"]] for e in message.get(ENTITIES)] == [
        "zeventien",
        "12j",
        "34",
    ]


def test_not_an_age_is_dropped(tmp_path: Path) -> None:
    text = "ik verdien 1800 per maand, heb drie kinderen en mijn zoon is twee"
    message = Message(
        data={
            TEXT: text,
            ENTITIES: [
                _entity(text, "1800", "age"),
                _entity(text, "drie", "age"),  # a count, not an age
                _entity(text, "twee", "age"),
            ],
        }
    )
    _normalizer(tmp_path).process([message])
    assert [e["value"] for e in message.get(ENTITIES)] == ["2"]


def test_recognition_date_gets_normalized_and_flags(tmp_path: Path) -> None:
    text = "erkend sinds 3 maart 2025, of was het vorig jaar in mei, of morgen"
    message = Message(
        data={
            TEXT: text,
            ENTITIES: [
                _entity(text, "3 maart 2025", "recognition_date"),
                _entity(text, "vorig jaar in mei", "recognition_date"),
                _entity(text, "morgen", "recognition_date"),
            ],
        }
    )
    _normalizer(tmp_path).process([message])
    got = [(e["value"], e["normalized"], e["flags"]) for e in message.get(ENTITIES)]
    assert got == [
        ("3 maart 2025", "2025-03-03", []),
        ("vorig jaar in mei", "2025-05-01", ["approximate"]),
        ("morgen", None, ["future"]),
    ]


def test_message_time_is_the_reference(tmp_path: Path) -> None:
    text = "gisteren"
    message = Message(data={TEXT: text, ENTITIES: [_entity(text, text, "recognition_date")]})
    message.time = 1767225600  # 2026-01-01T00:00:00Z
    _normalizer(tmp_path).process([message])
    assert message.get(ENTITIES)[0]["normalized"] == "2025-12-31"
    assert reference_date("2024-03-31", lambda: NOW) == date(2024, 3, 31)
    assert reference_date(None, lambda: NOW) == NOW
    assert reference_date(1767225600000, lambda: NOW) == date(2026, 1, 1)


def test_categorical_values_are_canonical_or_dropped(tmp_path: Path) -> None:
    text = "mn vrouw zit in syrie, ik ben vluchtling, de buurman ook, student"
    message = Message(
        data={
            TEXT: text,
            ENTITIES: [
                _entity(text, "mn vrouw", "relationship"),
                _entity(text, "syrie", "country"),
                _entity(text, "vluchtling", "sponsor_status"),
                _entity(text, "buurman", "relationship"),
                _entity(text, "student", "sponsor_status"),
            ],
        }
    )
    _normalizer(tmp_path).process([message])
    got = [(e["entity"], e["value"]) for e in message.get(ENTITIES)]
    assert got == [
        ("relationship", "spouse"),
        ("country", "Syrië"),
        ("sponsor_status", "refugee"),
    ]
    assert "EntityValueNormalizer" in message.get(ENTITIES)[0]["processors"]


def test_value_already_mapped_by_synonyms_is_kept(tmp_path: Path) -> None:
    text = "mijn madam"
    message = Message(
        data={TEXT: text, ENTITIES: [_entity(text, "madam", "relationship", "spouse")]}
    )
    _normalizer(tmp_path).process([message])
    assert message.get(ENTITIES)[0]["value"] == "spouse"
    assert "processors" not in message.get(ENTITIES)[0]


def test_other_entities_pass_through_and_duplicates_merge(tmp_path: Path) -> None:
    text = "broer in Turkije"
    e1 = _entity(text, "broer", "relationship")
    e2 = dict(_entity(text, "broer", "relationship"), extractor="RegexEntityExtractor")
    other = _entity(text, "Turkije", "city_of_birth")
    message = Message(data={TEXT: text, ENTITIES: [e1, e2, other]})
    _normalizer(tmp_path).process([message])
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [
        ("relationship", "sibling"),
        ("city_of_birth", "Turkije"),
    ]


def test_train_persist_load_uses_training_synonyms(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("evn")
    text = "mijn hbibti woont in kurdistan"
    example = Message(
        data={
            TEXT: text,
            INTENT: "inform",
            ENTITIES: [
                _entity(text, "hbibti", "relationship", "partner"),
                _entity(text, "kurdistan", "country", "Koerdistan"),
            ],
        }
    )
    data = TrainingData(training_examples=[example], entity_synonyms={"vluchtelinge": "refugee"})
    config = EntityValueNormalizer.get_default_config()
    trained = EntityValueNormalizer.create(config, storage, resource, _context())
    assert trained.train(data) == resource
    loaded = EntityValueNormalizer.load(config, storage, resource, _context())
    text2 = "mijn hbibtii woont in koerdistan, ik ben vluchtelinge in belgie"
    message = Message(
        data={
            TEXT: text2,
            ENTITIES: [
                _entity(text2, "hbibtii", "relationship"),
                _entity(text2, "vluchtelinge", "sponsor_status"),
                _entity(text2, "koerdistan", "country"),
            ],
        }
    )
    loaded.process([message])
    assert [e["value"] for e in message.get(ENTITIES)] == ["partner", "refugee", "Koerdistan"]


def test_load_without_trained_tables_falls_back_to_vocabulary(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    loaded = EntityValueNormalizer.load(
        EntityValueNormalizer.get_default_config(), storage, Resource("missing"), _context()
    )
    assert loaded.canonicaliser.canonicalise("relationship", "zus") == "sibling"


@pytest.mark.parametrize("text", BAD_TEXTS, ids=range(len(BAD_TEXTS)))
def test_entity_normalizer_survives_bad_input(tmp_path: Path, text: str) -> None:
    entities = []
    if text:
        entities = [
            {"entity": name, "start": 0, "end": len(text), "value": text}
            for name in ("age", "recognition_date", "relationship", "country", "other")
        ]
        entities.append({"entity": "age", "value": None})
        entities.append({"entity": "relationship", "start": 5, "end": 2, "value": 17})
    message = Message(data={TEXT: text, ENTITIES: entities})
    start = time.perf_counter()
    _normalizer(tmp_path).process([message])
    assert time.perf_counter() - start < 1.0
    from samen_rasa.nlu.vocabulary import CANONICAL

    for entity in message.get(ENTITIES) or []:
        if entity["entity"] in CANONICAL:
            assert entity["value"] in CANONICAL[entity["entity"]]
        else:
            assert entity["entity"] in ("recognition_date", "other")


def test_config_pipeline_builds_a_graph() -> None:
    """config.yml's pipeline resolves to registered components of the right types."""
    import rasa.shared.utils.io
    from rasa.engine.recipes.recipe import Recipe
    from rasa.shared.data import TrainingType

    config = rasa.shared.utils.io.read_config_file(
        Path(__file__).resolve().parents[2] / "config.yml"
    )
    names = [c["name"] for c in config["pipeline"]]
    assert (
        names.index("SpacyTokenizer")
        < names.index("samen_rasa.nlu.chat_text_normalizer.ChatTextNormalizer")
        < names.index("RegexFeaturizer")
    )
    assert names.index("EntitySynonymMapper") < names.index(
        "samen_rasa.nlu.entity_value_normalizer.EntityValueNormalizer"
    )
    recipe = Recipe.recipe_for_name(config.get("recipe"))
    graph = recipe.graph_config_for_recipe(config, {}, training_type=TrainingType.NLU)
    uses = {node.uses for node in graph.train_schema.nodes.values()}
    assert ChatTextNormalizer in uses and EntityValueNormalizer in uses
    predict_uses = {node.uses for node in graph.predict_schema.nodes.values()}
    assert ChatTextNormalizer in predict_uses and EntityValueNormalizer in predict_uses
