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

At parse time the probabilities are computed by `FastPrediction`, from the fitted vectorisers'
analysers, vocabularies and idf weights and the classifier's coefficients: the same
arithmetic as scikit-learn's `FeatureUnion.transform` + `LogisticRegression.predict_proba`
(sublinear tf, idf, l2 norm per vectoriser, the linear scores, softmax), without its
per-call input validation, joblib dispatch and sparse-matrix building (4 -> 0.4 ms a
message, bench/README.md). The probabilities equal scikit-learn's to 1e-9 (a test compares
both on the whole training data); a model of another shape than the one `build_model`
makes goes through scikit-learn.
"""

from __future__ import annotations

import logging
import math
import pickle
from typing import Any

import numpy as np
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


class FastPrediction:
    """`FeatureUnion.transform` + `LogisticRegression.predict_proba` for one text, with
    scikit-learn's arithmetic and without its per-call overhead.

    For each TF-IDF vectoriser of the union: the analyser's n-grams counted over the
    vocabulary, tf -> 1 + log(tf) (`sublinear_tf`), times idf, divided by the l2 norm of
    that vectoriser's part; then scores = features . coef_.T + intercept_ (only the rows of
    the features present) and softmax, as `predict_proba` does for a multinomial model.
    Built only for the shapes `build_model` makes (`of` returns None otherwise).
    """

    def __init__(self, parts: list[tuple[Any, dict[str, int], Any, bool, str | None, int]],
                 coef_t: Any, intercept: Any) -> None:  # fmt: skip
        self._parts = parts
        self._coef_t = coef_t
        self._intercept = intercept

    @classmethod
    def of(cls, vectorizer: Any, classifier: Any) -> FastPrediction | None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        if not isinstance(vectorizer, FeatureUnion) or vectorizer.transformer_weights:
            return None
        if type(classifier) is not LogisticRegression or len(classifier.classes_) <= 2:
            return None
        if (
            classifier.multi_class not in ("auto", "multinomial")
            or classifier.solver == "liblinear"
        ):
            return None  # one-vs-rest: scikit-learn's own path
        parts = []
        offset = 0
        for _, vectoriser in vectorizer.transformer_list:
            if type(vectoriser) is not TfidfVectorizer or vectoriser.binary:
                return None
            if vectoriser.norm not in ("l2", None) or vectoriser.dtype is not np.float64:
                return None
            vocabulary = dict(vectoriser.vocabulary_)
            idf = np.asarray(vectoriser.idf_, dtype=np.float64) if vectoriser.use_idf else None
            analyse = vectoriser.build_analyzer()
            sublinear = bool(vectoriser.sublinear_tf)
            parts.append((analyse, vocabulary, idf, sublinear, vectoriser.norm, offset))
            offset += len(vocabulary)
        coef = np.asarray(classifier.coef_, dtype=np.float64)
        if coef.shape != (len(classifier.classes_), offset):
            return None
        return cls(parts, np.ascontiguousarray(coef.T), np.asarray(classifier.intercept_))

    def features(self, text: str) -> tuple[Any, Any]:
        """(column indices, values) of the union's feature row of `text`."""
        columns: list[Any] = []
        values: list[Any] = []
        for analyse, vocabulary, idf, sublinear, norm, offset in self._parts:
            counts: dict[int, int] = {}
            for feature in analyse(text):
                index = vocabulary.get(feature)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            value = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            if sublinear:
                np.log(value, value)
                value += 1
            if idf is not None:
                value *= idf[index]
            if norm == "l2":
                length = math.sqrt(float(np.dot(value, value)))
                if length > 0:
                    value /= length
            columns.append(index + offset)
            values.append(value)
        if not columns:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float64)
        return np.concatenate(columns), np.concatenate(values)

    def proba(self, text: str) -> Any:
        """The class probabilities of `text` (in `classes_` order)."""
        columns, values = self.features(text)
        scores = values @ self._coef_t[columns] + self._intercept
        scores -= scores.max()
        np.exp(scores, scores)
        scores /= scores.sum()
        return scores


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
        self._fast: FastPrediction | None = None
        self._prepare()

    def _prepare(self) -> None:
        """The fast prediction path of the fitted model (None: scikit-learn's path)."""
        self._fast = None
        if self._vectorizer is not None and self._classifier is not None:
            try:
                self._fast = FastPrediction.of(self._vectorizer, self._classifier)
            except (AttributeError, TypeError, ValueError):  # an unusual model: sklearn's path
                self._fast = None

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
        self._prepare()
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
        prepared = prepare_text(text, int(self._config["max_chars"]))
        if self._fast is not None:
            probs = self._fast.proba(prepared)
        else:
            probs = self.sklearn_proba(prepared)
        return {str(c): float(p) for c, p in zip(self._classifier.classes_, probs, strict=True)}

    def sklearn_proba(self, prepared: str) -> Any:
        """scikit-learn's probabilities of an already prepared text (the reference path)."""
        return self._classifier.predict_proba(self._vectorizer.transform([prepared]))[0]

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
