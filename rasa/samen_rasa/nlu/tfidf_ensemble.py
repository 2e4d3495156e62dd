"""`TfidfEnsembleIntentClassifier`: TF-IDF + logistic regression averaged with DIET's ranking.

Runs after `DIETClassifier` and before `FallbackClassifier` (config order). It trains a
logistic regression on TF-IDF features of the folded, chat-normalised text (`normalise_text`:
"Mn vrouw zit in Syrië" -> "mijn vrouw zit in syrie"): word 1-2-grams plus char_wb 2-5-grams.
At parse time it averages its class probabilities with DIET's `intent_ranking`:

    p(intent) = weight * p_tfidf(intent) + (1 - weight) * p_diet(intent)

and sets `intent` and `intent_ranking` from the result (DIET's entities are untouched). The
two models make different errors (sparse n-gram overlap vs. a transformer over the sentence),
so the average is better than either; `weight` was tuned on a dev split of the training data
(see `bench/README.md`). DIET should report its whole ranking (`ranking_length: 0`); intents
that DIET left out of its ranking count as probability 0 on its side.

A message without DIET ranking (e.g. DIET not in the pipeline) gets the TF-IDF ranking alone.
A message without text is left untouched. Texts are cut to `max_chars` before featurisation, so
a 20,000-character message stays fast.

The vectoriser and classifier are persisted through `ModelStorage` (a pickle inside the model
archive), so a served model needs nothing outside the archive.
"""

from __future__ import annotations

import logging
import pickle
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from samen_rasa.nlu.folding import normalise_text

logger = logging.getLogger(__name__)

MODEL_FILE = "tfidf_intent.pkl"


def prepare_text(text: str, max_chars: int) -> str:
    """The text the TF-IDF features see: cut to `max_chars`, folded, chat forms rewritten."""
    return normalise_text((text or "")[:max_chars])


def combine(
    tfidf: dict[str, float], diet: dict[str, float] | None, weight: float
) -> list[tuple[str, float]]:
    """Weighted average of two intent distributions, best first (ties by name).

    Without a DIET distribution (None or empty) the TF-IDF distribution is returned as is.
    """
    if not diet:
        scores = dict(tfidf)
    else:
        names = set(tfidf) | set(diet)
        scores = {n: weight * tfidf.get(n, 0.0) + (1.0 - weight) * diet.get(n, 0.0) for n in names}
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def build_model(config: dict[str, Any]):
    """Unfitted (vectoriser, classifier) for `config`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    w_lo, w_hi = config["word_ngram_range"]
    c_lo, c_hi = config["char_ngram_range"]
    vectorizer = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(w_lo, w_hi),
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b",
                ),
            ),
            (
                "char",
                TfidfVectorizer(analyzer="char_wb", ngram_range=(c_lo, c_hi), sublinear_tf=True),
            ),
        ]
    )
    classifier = LogisticRegression(
        C=float(config["C"]),
        max_iter=3000,
        class_weight=config.get("class_weight") or None,
        solver=config.get("solver") or "lbfgs",
    )
    return vectorizer, classifier


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfEnsembleIntentClassifier(GraphComponent, IntentClassifier):
    """TF-IDF + LogisticRegression intent probabilities averaged with DIET's ranking."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            # weight of the TF-IDF probabilities in the average (1 - weight: DIET's)
            "weight": 0.5,
            "C": 10.0,
            "class_weight": None,
            # scikit-learn's solver: the problem (multinomial, L2) is convex, so every solver
            # reaches the same model; "newton-cg" needs ~20 iterations where "lbfgs" needs ~90
            # and fits 3-4x faster on data/nlu (bench/README.md, "Training time")
            "solver": "lbfgs",
            "word_ngram_range": [1, 2],
            "char_ngram_range": [2, 5],
            "max_chars": 2000,
            # intents reported in `intent_ranking` (0: all)
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage | None = None,
        resource: Resource | None = None,
        model: tuple[Any, Any] | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        self._model_storage = model_storage
        self._resource = resource
        self._vectorizer, self._classifier = model if model else (None, None)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TfidfEnsembleIntentClassifier:
        return cls(config, model_storage, resource)

    # ------------------------------------------------------------------ training
    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        labels = [m.get(INTENT) for m in examples]
        if len(set(labels)) < 2:
            logger.warning("TfidfEnsembleIntentClassifier: fewer than 2 intents, not trained")
            self._vectorizer = self._classifier = None
        else:
            max_chars = int(self._config["max_chars"])
            texts = [prepare_text(m.get(TEXT), max_chars) for m in examples]
            vectorizer, classifier = build_model(self._config)
            classifier.fit(vectorizer.fit_transform(texts), labels)
            self._vectorizer, self._classifier = vectorizer, classifier
        self.persist()
        return self._resource

    def persist(self) -> None:
        if self._model_storage is None or self._resource is None:
            return
        with self._model_storage.write_to(self._resource) as directory:
            with open(directory / MODEL_FILE, "wb") as f:
                pickle.dump((self._vectorizer, self._classifier), f)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TfidfEnsembleIntentClassifier:
        model = None
        try:
            with model_storage.read_from(resource) as directory:
                with open(directory / MODEL_FILE, "rb") as f:
                    model = pickle.load(f)  # noqa: S301 - our own artefact inside the model
        except (ValueError, FileNotFoundError, OSError):
            logger.warning("TfidfEnsembleIntentClassifier: no trained model found, passing through")
        return cls(config, model_storage, resource, model)

    # ------------------------------------------------------------------ inference
    def tfidf_distribution(self, text: str) -> dict[str, float]:
        """TF-IDF class probabilities of `text` (empty if the component is not trained)."""
        if self._classifier is None or self._vectorizer is None:
            return {}
        x = self._vectorizer.transform([prepare_text(text, int(self._config["max_chars"]))])
        probs = self._classifier.predict_proba(x)[0]
        return {str(c): float(p) for c, p in zip(self._classifier.classes_, probs, strict=True)}

    @staticmethod
    def diet_distribution(message: Message) -> dict[str, float]:
        ranking = message.get(INTENT_RANKING_KEY) or []
        out: dict[str, float] = {}
        for item in ranking:
            name = item.get(INTENT_NAME_KEY)
            if name:
                out[str(name)] = float(item.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        if not out:
            intent = message.get(INTENT) or {}
            if intent.get(INTENT_NAME_KEY):
                out[str(intent[INTENT_NAME_KEY])] = float(
                    intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0
                )
        return out

    def process(self, messages: list[Message]) -> list[Message]:
        weight = float(self._config["weight"])
        length = int(self._config["ranking_length"] or 0)
        for message in messages:
            text = message.get(TEXT)
            if not text or not text.strip():
                continue
            tfidf = self.tfidf_distribution(text)
            if not tfidf:
                continue
            ranked = combine(tfidf, self.diet_distribution(message), weight)
            if length > 0:
                ranked = ranked[:length]
            ranking = [
                {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: score} for name, score in ranked
            ]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
