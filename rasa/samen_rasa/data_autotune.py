"""DIET's training data without tf.data's autotuning thread, so that `fit` returns at once.

Keras feeds Rasa's batch generator (a `keras.utils.Sequence`) to `fit` through
`GeneratorDataAdapter`, a `tf.data.Dataset.from_generator` with `prefetch(1)`. With the
default options tf.data starts an autotuning thread for the iterator
(`Model::OptimizeLoop`), which sleeps for a period that grows while the iterator lives.
When `fit` returns, the iterator's destructor waits for that sleep to end: the pause of 0 to
45 s after DIET's last epoch seen since stop 27. A `gdb` dump taken during one (bench/README.md,
"Training time", stop 29) shows the main thread in `RootDataset::Iterator::~Iterator` ->
`~LogicalThreadWrapper` and the model thread in `Model::OptimizeLoop`'s timed wait.

The generator dataset has nothing to tune (one element at a time, a buffer of one), so turning
autotuning off changes neither the batches nor their order: a full training gives the same
DIET checkpoint (md5 in bench/train_time.py). Installed only for training, by
`launcher.rasa_train` (never as a side effect of an import); `uninstall()` puts Keras's method
back.
"""

from __future__ import annotations

import tensorflow as tf
from keras.engine.data_adapter import GeneratorDataAdapter

_ORIGINAL = GeneratorDataAdapter.get_dataset


def get_dataset(self: GeneratorDataAdapter) -> tf.data.Dataset:
    """Keras's dataset for a generator or Sequence, with autotuning off."""
    options = tf.data.Options()
    options.autotune.enabled = False
    return _ORIGINAL(self).with_options(options)


def install() -> None:
    """Train without the autotuning thread (idempotent)."""
    GeneratorDataAdapter.get_dataset = get_dataset


def uninstall() -> None:
    """Back to Keras's own dataset."""
    GeneratorDataAdapter.get_dataset = _ORIGINAL


def installed() -> bool:
    return GeneratorDataAdapter.get_dataset is get_dataset
