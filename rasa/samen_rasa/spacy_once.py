"""Load the spaCy pipeline once per training process, not once per graph run.

`rasa train` runs its training graph twice (a fingerprint run that decides what the cache
already holds, then the training run), and each run creates `SpacyNLP`, which calls
`spacy.load("nl_samen")` again: about 3.5 s each on the 2-core machine (bench/README.md,
"Training time"). `install()` makes `SpacyNLP.load_model` return the model it loaded the first
time for the same name (the same `SpacyModel` object, so the same fingerprint). The model is
used as before: the second graph run gets exactly what a fresh load gives, since nothing of the
first run writes to it (the fingerprint run only fingerprints the model *name*), and the spaCy
pipeline is not part of the trained model archive.

Installed only for training, by `launcher.rasa_train` (never as a side effect of an import; the
Rasa server loads its model once anyway); `uninstall()` puts Rasa's method back.
"""

from __future__ import annotations

from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP

_ORIGINAL = SpacyNLP.load_model
_loaded: dict[str, SpacyModel] = {}


def load_model_once(spacy_model_name: str) -> SpacyModel:
    """`SpacyNLP.load_model`, loading each name once per process."""
    if spacy_model_name not in _loaded:
        _loaded[spacy_model_name] = _ORIGINAL(spacy_model_name)
    return _loaded[spacy_model_name]


def install() -> None:
    """Load each spaCy pipeline once (idempotent)."""
    SpacyNLP.load_model = staticmethod(load_model_once)


def uninstall() -> None:
    """Back to Rasa's own method (and forget the loaded pipelines)."""
    SpacyNLP.load_model = staticmethod(_ORIGINAL)
    _loaded.clear()


def installed() -> bool:
    return SpacyNLP.load_model is load_model_once
