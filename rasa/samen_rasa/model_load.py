"""Load a trained TensorFlow model of Rasa (DIET) for prediction without a training step.

Rasa 3.6's `RasaModel.load` (rasa/utils/tensorflow/models.py) builds the model's weights by
*training it for one step* on an example (`model.fit(...)`), then overwrites every weight
with the trained ones (`load_weights`) and traces the prediction once. The training step
traces and runs the whole training graph (losses, gradients, the optimizer's slots) that a
server never uses again: in the Samen model it is 958 MB of the Rasa server's 1,610 MB after
the model loads (bench/README.md, "Load", 2026-12-02 second session).

`install()` replaces it, for prediction only (`finetune_mode` false and a prediction example
given, as Rasa's `DIETClassifier.load` does), with: build the weights the prediction uses by
predicting once on the example, restore the trained weights, check that every weight that
exists was found in the checkpoint (`assert_existing_objects_matched`: a weight left at its
random value raises, and the model is loaded Rasa's way instead), then forget what was
computed from the random weights (`prepare_for_predict`, e.g. DIET's label embeddings, and the
traced prediction function) and predict once more, as Rasa does. The trained weights are the
same, so the predictions are the same: `tests/foundation/test_model_load.py` parses the
held-out NLU messages with both loads and compares the results for equality. Training
(`rasa train`, `finetune_mode`) never goes through this. Installed explicitly by
`launcher.rasa_server`; `uninstall()` puts Rasa's method back.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.utils.tensorflow.models import RasaModel

logger = logging.getLogger(__name__)

_ORIGINAL = RasaModel.__dict__["load"]  # the classmethod object


def _load_for_prediction(
    cls: type[RasaModel],
    model_file_name: str,
    model_data_example: Any,
    predict_data_example: Any = None,
    finetune_mode: bool = False,
    *args: Any,
    **kwargs: Any,
) -> RasaModel:
    original = _ORIGINAL.__func__
    if finetune_mode or predict_data_example is None:
        return original(
            cls, model_file_name, model_data_example, predict_data_example, finetune_mode,
            *args, **kwargs,
        )  # fmt: skip
    import tensorflow as tf

    model = cls(*args, **kwargs)
    config = kwargs.get("config", {})
    model.compile(
        optimizer=tf.keras.optimizers.Adam(config.get("learning_rate", 0.001)),
        run_eagerly=config.get("run_eagerly"),
    )
    model.run_inference(predict_data_example)  # creates the prediction's weights
    status = model.load_weights(model_file_name)
    try:
        status.assert_existing_objects_matched()
    except AssertionError as error:
        logger.warning("model weights not all matched (%s); loading with a training step", error)
        return original(
            cls, model_file_name, model_data_example, predict_data_example, finetune_mode,
            *args, **kwargs,
        )  # fmt: skip
    status.expect_partial()  # the training-only weights (optimizer slots) stay unread
    # what was computed from the random weights before the restore, computed again
    model.prepared_for_prediction = False
    model._tf_predict_step = None
    model.run_inference(predict_data_example)
    return model


def install() -> None:
    """Rasa's TensorFlow models load for prediction without a training step (idempotent)."""
    RasaModel.load = classmethod(_load_for_prediction)


def uninstall() -> None:
    RasaModel.load = _ORIGINAL


def installed() -> bool:
    return getattr(RasaModel.load, "__func__", None) is _load_for_prediction
