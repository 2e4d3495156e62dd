"""`TfidfEnsembleIntentClassifier` with real Rasa objects (Message, TrainingData, ModelStorage)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from samen_rasa.nlu.tfidf_ensemble import TfidfEnsembleIntentClassifier, combine, prepare_text

from .test_components import BAD_TEXTS

EXAMPLES = {
    "greet": ["hallo", "goeiedag", "hey daar", "dag bot", "salut", "hoi hoi"],
    "inform": [
        "mijn vrouw zit in syrie",
        "mijn zoon is 17",
        "ik ben erkend vluchteling",
        "mijn dochter is in eritrea",
        "ik heb subsidiaire bescherming",
        "mn broer is 15 jaar",
    ],
    "ask_costs": [
        "hoeveel kost de aanvraag",
        "wat is de prijs van een visum",
        "hoeveel moet ik betalen",
        "kost dat geld",
        "wat zijn de kosten",
        "is er een retributie",
    ],
}


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


def _training_data() -> TrainingData:
    return TrainingData(
        training_examples=[
            Message(data={TEXT: t, INTENT: intent}) for intent, ts in EXAMPLES.items() for t in ts
        ]
    )


def _diet_ranking(**scores: float) -> list[dict]:
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    return [{"name": n, "confidence": c} for n, c in ranked]


@pytest.fixture()
def trained(tmp_path: Path) -> tuple[LocalModelStorage, Resource, TfidfEnsembleIntentClassifier]:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("tfidf_ensemble")
    config = {**TfidfEnsembleIntentClassifier.get_default_config(), "weight": 0.5}
    component = TfidfEnsembleIntentClassifier.create(config, storage, resource, _context())
    assert component.train(_training_data()) == resource
    return storage, resource, component


def test_prepare_text_folds_and_rewrites_chat_forms() -> None:
    assert prepare_text("Mn VROUW zit in Syrië", 2000) == "mijn vrouw zit in syrie"
    assert prepare_text("ab" * 50_000, 100) == "ab" * 50
    assert prepare_text("", 100) == ""


def test_combine_averages_and_sorts() -> None:
    ranked = combine({"a": 0.8, "b": 0.2}, {"a": 0.1, "b": 0.6, "c": 0.3}, 0.5)
    assert [n for n, _ in ranked] == ["a", "b", "c"]
    assert ranked[0][1] == pytest.approx(0.45)
    assert ranked[2][1] == pytest.approx(0.15)
    assert combine({"a": 1.0}, {}, 0.3) == [("a", 1.0)]
    assert combine({"a": 0.4}, {"b": 1.0}, 1.0)[0] == ("a", 0.4)


def test_tfidf_alone_without_diet_ranking(trained) -> None:
    _, _, component = trained
    message = Message(data={TEXT: "Hoeveel kost da?"})
    component.process([message])
    assert message.get(INTENT)["name"] == "ask_costs"
    ranking = message.get(INTENT_RANKING_KEY)
    assert [r["name"] for r in ranking][0] == "ask_costs"
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_average_with_diet_ranking(trained) -> None:
    _, _, component = trained
    text = "mijn zus is 16 jaar"
    tfidf = component.tfidf_distribution(text)
    assert max(tfidf, key=tfidf.get) == "inform"
    # DIET is sure it is a greeting: with weight 0.5 the average decides
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": "greet", "confidence": 0.9}, add_to_output=True)
    message.set(
        INTENT_RANKING_KEY, _diet_ranking(greet=0.9, inform=0.1, ask_costs=0.0), add_to_output=True
    )
    component.process([message])
    ranking = {r["name"]: r["confidence"] for r in message.get(INTENT_RANKING_KEY)}
    for name in ("greet", "inform", "ask_costs"):
        expected = 0.5 * tfidf[name] + 0.5 * {"greet": 0.9, "inform": 0.1}.get(name, 0.0)
        assert ranking[name] == pytest.approx(expected)
    assert message.get(INTENT)["name"] == max(ranking, key=ranking.get)
    assert message.as_dict_nlu()[INTENT]["name"] == message.get(INTENT)["name"]


def test_weight_zero_keeps_diets_order(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    config = {**TfidfEnsembleIntentClassifier.get_default_config(), "weight": 0.0}
    component = TfidfEnsembleIntentClassifier.create(config, storage, Resource("r"), _context())
    component.train(_training_data())
    message = Message(data={TEXT: "hallo"})
    message.set(INTENT_RANKING_KEY, _diet_ranking(ask_costs=0.7, greet=0.3))
    component.process([message])
    assert message.get(INTENT)["name"] == "ask_costs"
    assert message.get(INTENT)["confidence"] == pytest.approx(0.7)


def test_persist_and_load(trained) -> None:
    storage, resource, component = trained
    config = {**TfidfEnsembleIntentClassifier.get_default_config(), "weight": 0.5}
    loaded = TfidfEnsembleIntentClassifier.load(config, storage, resource, _context())
    text = "wat zijn de kosten"
    assert loaded.tfidf_distribution(text) == pytest.approx(component.tfidf_distribution(text))


def test_load_without_model_passes_through(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    config = TfidfEnsembleIntentClassifier.get_default_config()
    loaded = TfidfEnsembleIntentClassifier.load(config, storage, Resource("missing"), _context())
    message = Message(data={TEXT: "hallo"})
    message.set(INTENT, {"name": "greet", "confidence": 0.8}, add_to_output=True)
    loaded.process([message])
    assert message.get(INTENT) == {"name": "greet", "confidence": 0.8}


def test_ranking_length(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    config = {**TfidfEnsembleIntentClassifier.get_default_config(), "ranking_length": 2}
    component = TfidfEnsembleIntentClassifier.create(config, storage, Resource("r"), _context())
    component.train(_training_data())
    message = Message(data={TEXT: "hallo"})
    component.process([message])
    assert len(message.get(INTENT_RANKING_KEY)) == 2


@pytest.mark.parametrize("text", BAD_TEXTS, ids=range(len(BAD_TEXTS)))
def test_survives_bad_input(trained, text: str) -> None:
    _, _, component = trained
    message = Message(data={TEXT: text})
    start = time.perf_counter()
    component.process([message])
    assert time.perf_counter() - start < 0.5
    if text.strip():
        assert message.get(INTENT)["name"] in EXAMPLES
    else:
        assert message.get(INTENT) is None


def test_the_solver_is_configurable_and_reaches_the_same_model() -> None:
    from samen_rasa.nlu.tfidf_ensemble import build_model

    texts = [
        "mijn vrouw is in syrie",
        "hoe lang duurt het",
        "ik ben erkend vluchteling",
        "wat kost een visum",
        "mijn kinderen zijn in turkije",
        "hoeveel moet ik verdienen",
    ]
    labels = ["family", "duration", "status", "cost", "family", "income"]
    probs = {}
    for solver in ("lbfgs", "newton-cg"):
        config = {**TfidfEnsembleIntentClassifier.get_default_config(), "solver": solver}
        vectorizer, classifier = build_model(config)
        assert classifier.solver == solver
        classifier.fit(vectorizer.fit_transform(texts), labels)
        probs[solver] = classifier.predict_proba(vectorizer.transform(texts + ["mijn man"]))
    assert abs(probs["lbfgs"] - probs["newton-cg"]).max() < 1e-3


def _reference_probabilities(component: TfidfEnsembleIntentClassifier, texts: list[str]):
    """scikit-learn's own path: FeatureUnion.transform + LogisticRegression.predict_proba."""
    return component._classifier.predict_proba(component._vectorizer.transform(texts))


def _assert_same_as_sklearn(component: TfidfEnsembleIntentClassifier, texts: list[str]) -> None:
    import numpy as np

    assert component._fast is not None, "the fast path is built for build_model's shape"
    prepared = [prepare_text(t, int(component._config["max_chars"])) for t in texts]
    reference = _reference_probabilities(component, prepared)
    fast = np.array([component._fast.proba(t) for t in prepared])
    assert fast.shape == reference.shape
    assert np.abs(fast - reference).max() <= 1e-9
    # the same predicted intent, and the same ranking, for every text
    assert (fast.argmax(axis=1) == reference.argmax(axis=1)).all()
    for got, expected in zip(fast, reference, strict=True):
        assert list(np.argsort(-got, kind="stable")) == list(np.argsort(-expected, kind="stable"))


def test_the_fast_path_gives_sklearns_probabilities(trained) -> None:
    _, _, component = trained
    texts = [t for ts in EXAMPLES.values() for t in ts]
    texts += ["", "xyzzy", "Hoeveel kost da?", "MN VROUW", *[t for t in BAD_TEXTS if t]]
    _assert_same_as_sklearn(component, texts)
    # tfidf_distribution uses it
    text = "wat zijn de kosten"
    expected = component.sklearn_proba(prepare_text(text, 2000))
    got = component.tfidf_distribution(text)
    assert list(got.values()) == pytest.approx(list(expected), abs=1e-9)


def test_an_unusual_model_goes_through_sklearn(tmp_path: Path) -> None:
    from sklearn.linear_model import LogisticRegression

    storage = LocalModelStorage(tmp_path)
    config = TfidfEnsembleIntentClassifier.get_default_config()
    component = TfidfEnsembleIntentClassifier.create(config, storage, Resource("r"), _context())
    component.train(_training_data())
    vectorizer = component._vectorizer
    classifier = LogisticRegression(multi_class="ovr", solver="liblinear")
    classifier.fit(vectorizer.transform([t for ts in EXAMPLES.values() for t in ts]),
                   [i for i, ts in EXAMPLES.items() for _ in ts])  # fmt: skip
    ovr = TfidfEnsembleIntentClassifier(config, model=(vectorizer, classifier))
    assert ovr._fast is None
    distribution = ovr.tfidf_distribution("hallo")
    expected = classifier.predict_proba(vectorizer.transform([prepare_text("hallo", 2000)]))[0]
    assert list(distribution.values()) == list(expected)


def test_the_trained_models_fast_path_equals_sklearn_on_the_whole_training_data(
    trained_model: Path, tmp_path: Path
) -> None:
    """The served model's TF-IDF part (read from the model archive) on every training text."""
    import pickle
    import tarfile

    from rasa.shared.nlu.training_data.loading import load_data

    from launcher.model_inputs import ROOT

    with tarfile.open(trained_model) as archive:
        [member] = [m for m in archive.getmembers() if m.name.endswith("/tfidf_intent.pkl")]
        model = pickle.load(archive.extractfile(member))  # noqa: S301 - our own artefact
    config = TfidfEnsembleIntentClassifier.get_default_config()
    component = TfidfEnsembleIntentClassifier(config, model=model)
    texts = [m.get(TEXT) for m in load_data(str(ROOT / "data" / "nlu")).intent_examples]
    assert len(texts) > 2000
    _assert_same_as_sklearn(component, texts)
