"""`python -m launcher.rasa_train ARGS`: Rasa's command line with the project's training overrides.

Same arguments as `python -m rasa` (`launcher.train` runs `... train --out ...`, `bench/nlu.py`
`... train nlu ...`). Before Rasa parses them, the overrides of `samen_rasa` that speed up
training are installed explicitly (never as a side effect of an import):

- `samen_rasa.training_data_schema.install()`: the entity annotations of the NLU files are
  validated with a schema validator built once (Rasa 3.6 rebuilds and re-checks the schema
  for every annotation, on each of the five times `rasa train` loads the data);
- `samen_rasa.spacy_once.install()`: the spaCy pipeline is loaded once, not once for each of
  the two graph runs of `rasa train`;
- `samen_rasa.train_step_tapes.install()`: DIET's training step on two plain gradient tapes
  (traced without the CRFs' backward functions);
- `samen_rasa.data_autotune.install()`: DIET's batches fed without tf.data's autotuning
  thread, whose current sleep `fit` waited out when it returned (up to 45 s seen).

The trained model is the same (DIET's weights byte for byte): only how the data's format is
checked, how often spaCy is loaded and how the training step is traced change.
"""

from __future__ import annotations


def install_overrides() -> None:
    from samen_rasa import data_autotune, spacy_once, train_step_tapes, training_data_schema

    training_data_schema.install()
    spacy_once.install()
    train_step_tapes.install()
    data_autotune.install()


def main() -> None:
    install_overrides()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
