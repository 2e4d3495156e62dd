"""DIET's training step with two plain gradient tapes instead of one persistent tape.

Rasa 3.6's `RasaModel.train_step` records the batch loss and the regularisation loss on one
`tf.GradientTape(persistent=True)` and asks it for two gradients. A persistent tape could be
asked for gradients of gradients, so while Keras traces the step TensorFlow builds a forward
and a backward function for every `tf.cond` and `tf.while_loop` it records: all those of the
entity and role CRFs, including the Viterbi decoding that only feeds the F1 metric and has no
gradient at all. That was 31-33 s of the first epoch's 53-55 s on the 2-core machine
(bench/README.md, "Training time", stop 27).

`train_step` here takes the gradient of the batch loss on one non-persistent tape and that of
the regularisation loss on a second one. The regularisation losses are all weight
regularisers (Rasa's layers add no activity regulariser and call no `add_loss`; a model with
an activity regulariser falls back to Rasa's step), which Keras evaluates from the weights
when `self.losses` is read, so the second tape records exactly them. The gradients, the
update and the metrics are the same computation as Rasa's: a training run gives
byte-identical weights (`tests/foundation/test_training_overrides.py`, and
the DIET checkpoint of a full training compared with md5).

Installed only for training, by `launcher.rasa_train` (never as a side effect of an import);
`uninstall()` puts Rasa's method back.
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf
from rasa.utils.tensorflow.models import RasaModel

_ORIGINAL = RasaModel.train_step


def _with_regularisation(prediction_gradients: list, regularisation_gradients: list) -> list:
    """Rasa's rule: a variable's regularisation gradient counts where its prediction gradient
    is positive, and only for variables that have a prediction gradient."""
    gradients = []
    pairs = zip(prediction_gradients, regularisation_gradients)  # noqa: B905 (autograph's zip)
    for prediction, regularisation in pairs:
        if prediction is not None and regularisation is not None:
            prediction = prediction + tf.where(
                prediction > 0, regularisation, tf.zeros_like(regularisation)
            )
        gradients.append(prediction)
    return gradients


def _losses_from_the_forward_pass(model: RasaModel) -> bool:
    """An activity regulariser adds a loss while the batch runs, which the second tape would
    not see: such a model (none in Rasa 3.6) trains with Rasa's own step."""
    return any(getattr(layer, "activity_regularizer", None) for layer in model._flatten_layers())


def train_step(self: RasaModel, batch_in: Any) -> dict:
    """`RasaModel.train_step` with two first-order tapes (same gradients, same update)."""
    if _losses_from_the_forward_pass(self):
        return _ORIGINAL(self, batch_in)
    self._training = True
    with tf.GradientTape() as tape:
        prediction_loss = self.batch_loss(batch_in)
    prediction_gradients = tape.gradient(prediction_loss, self.trainable_variables)
    with tf.GradientTape() as regularisation_tape:
        regularisation_loss = tf.math.add_n(self.losses)
    regularisation_gradients = regularisation_tape.gradient(
        regularisation_loss, self.trainable_variables
    )
    self.total_loss.update_state(prediction_loss + regularisation_loss)
    gradients = _with_regularisation(prediction_gradients, regularisation_gradients)
    self.optimizer.apply_gradients(zip(gradients, self.trainable_variables))  # noqa: B905
    self._training = None
    return self._get_metric_results()


def install() -> None:
    """Train with the two tapes (idempotent)."""
    RasaModel.train_step = train_step


def uninstall() -> None:
    """Back to Rasa's own training step."""
    RasaModel.train_step = _ORIGINAL


def installed() -> bool:
    return RasaModel.train_step is train_step
