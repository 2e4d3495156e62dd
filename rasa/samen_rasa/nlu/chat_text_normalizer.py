"""`ChatTextNormalizer`: folded, standardised token lemmas before featurisation.

Runs after the tokenizer and before the featurizers. It only rewrites each token's `lemma`
(what `CountVectorsFeaturizer` with `use_lemma: true` counts): "Syrië" -> "syrie",
"mn" -> "mijn", "k" -> "ik". Token texts and character offsets are left alone, so entity
spans stay exactly where the user wrote them.

It also caps the number of tokens (`max_tokens`, default 200) that the featurizers and DIET
see: a 20,000-character message would otherwise cost DIET's transformer seconds (attention is
quadratic in the sequence length). Only tokens past the cap are left out; the message text
itself is unchanged.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import ACTION_TEXT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from samen_rasa.nlu.folding import normalise_token

MAX_TOKEN_CHARS = 100  # longer "tokens" (a 20,000-character blob) are truncated for the lemma


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class ChatTextNormalizer(GraphComponent):
    """Sets every token's lemma to its accent/case-folded standard Dutch form."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"attributes": [TEXT, ACTION_TEXT], "max_tokens": 200}

    def __init__(self, config: dict[str, Any]) -> None:
        self._attributes = list(config.get("attributes") or [TEXT])
        self._max_tokens = int(config.get("max_tokens") or 0)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ChatTextNormalizer:
        return cls(config)

    def _normalise(self, message: Message) -> None:
        for attribute in self._attributes:
            tokens = message.get(TOKENS_NAMES[attribute])
            if not tokens:
                continue
            if self._max_tokens and len(tokens) > self._max_tokens:
                tokens = tokens[: self._max_tokens]
                message.set(TOKENS_NAMES[attribute], tokens)
            for token in tokens:
                source = token.lemma or token.text or ""
                lemma = normalise_token(source[:MAX_TOKEN_CHARS])
                token.lemma = lemma or token.text

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for example in training_data.training_examples:
            self._normalise(example)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._normalise(message)
        return messages
