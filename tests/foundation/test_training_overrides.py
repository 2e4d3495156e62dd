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

from samen_rasa import data_autotune, spacy_once, train_step_tapes, training_data_schema

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
        return (
            training_data_schema.installed()
            and spacy_once.installed()
            and train_step_tapes.installed()
            and data_autotune.installed()
        )

    monkeypatch.setattr(rasa.__main__, "main", lambda: seen.append(installed_then()))
    try:
        rasa_train.main()
    finally:
        training_data_schema.uninstall()
        spacy_once.uninstall()
        train_step_tapes.uninstall()
        data_autotune.uninstall()
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


class _TinyTagger:
    """A small RasaModel: an L2-regularised dense layer and Rasa's CRF, as DIET's entity head."""

    @staticmethod
    def build():
        import tensorflow as tf
        from rasa.utils.tensorflow.layers import CRF
        from rasa.utils.tensorflow.models import RasaModel

        class Tagger(RasaModel):
            def __init__(self):
                super().__init__(random_seed=7)
                self.dense = tf.keras.layers.Dense(
                    4, kernel_regularizer=tf.keras.regularizers.l2(0.01)
                )
                self.crf = CRF(4, 0.001, scale_loss=False)

            def batch_loss(self, batch_in):
                features, tags, lengths = batch_in
                logits = self.dense(features)
                predicted, _ = self.crf(logits, lengths)  # the decoding DIET runs for its F1
                return self.crf.loss(logits, tags, lengths) + 0.0 * tf.reduce_sum(
                    tf.cast(predicted, tf.float32)
                )

        model = Tagger()
        model.compile(optimizer=tf.keras.optimizers.Adam(0.05))
        return model


def _weights_after_training(steps: int = 4) -> list:
    import numpy as np
    import tensorflow as tf

    rng = np.random.default_rng(3)
    batch = (
        tf.constant(rng.normal(size=(6, 5, 8)), tf.float32),
        tf.constant(rng.integers(0, 4, size=(6, 5)), tf.int32),
        tf.constant([5, 4, 3, 5, 2, 1], tf.int32),
    )
    model = _TinyTagger.build()
    step = tf.function(model.train_step)
    losses = [float(step(batch)["t_loss"]) for _ in range(steps)]
    return [losses, *[w.numpy() for w in model.trainable_variables]]


def test_diet_training_step_with_two_tapes_trains_the_same_weights_as_rasas():
    """The two-tape step (`samen_rasa.train_step_tapes`) gives the very weights and losses of
    Rasa's persistent-tape step, regularisation included."""
    import numpy as np

    assert not train_step_tapes.installed()
    rasas = _weights_after_training()
    train_step_tapes.install()
    try:
        assert train_step_tapes.installed()
        ours = _weights_after_training()
    finally:
        train_step_tapes.uninstall()
    assert not train_step_tapes.installed()
    assert rasas[0] == ours[0] and rasas[0][0] > rasas[0][-1]  # the same falling loss
    assert len(rasas) == len(ours) == 4  # dense kernel, dense bias, CRF transitions
    for theirs, mine in zip(rasas[1:], ours[1:], strict=True):
        assert np.array_equal(theirs, mine)


def _sequence_batches(adapter_dataset) -> list:
    return [batch.numpy().tolist() for batch in adapter_dataset]


def test_diets_batches_come_without_the_autotuning_thread_and_unchanged():
    """`samen_rasa.data_autotune`: the dataset Keras builds from a Sequence (as from Rasa's
    batch generator) has tf.data's autotuning off, so no autotuning thread is left for the
    iterator's destructor to wait for when `fit` returns (the pause of up to a minute after
    DIET's last epoch, bench/README.md); the batches and their order stay the same."""
    import numpy as np
    import tensorflow as tf
    from keras.engine.data_adapter import KerasSequenceAdapter

    class Batches(tf.keras.utils.Sequence):
        def __len__(self):
            return 3

        def __getitem__(self, index):
            return np.arange(index * 4, index * 4 + 4, dtype="float32")

    def dataset():
        return KerasSequenceAdapter(Batches(), shuffle=False).get_dataset()

    assert not data_autotune.installed()
    keras_own = dataset()
    data_autotune.install()
    try:
        ours = dataset()
    finally:
        data_autotune.uninstall()
    assert keras_own.options().autotune.enabled is not False
    assert ours.options().autotune.enabled is False
    assert _sequence_batches(ours) == _sequence_batches(keras_own)
