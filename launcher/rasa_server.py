"""`python -m launcher.rasa_server ARGS`: Rasa's command line with the project's runtime overrides.

Same arguments as `python -m rasa` (the launcher runs `... run --model ...`). Before Rasa
parses them, the overrides of `samen_rasa` that must be in the server process are installed
explicitly (never as a side effect of an import):

- `samen_rasa.action_response.install()`: the action server's answers are validated with a
  schema validator built once (Rasa 3.6 rebuilds and re-checks it for every answer).
- `samen_rasa.model_load.install()`: DIET is loaded for prediction without Rasa's one
  training step (same weights, same predictions; the Rasa server's RSS 1,610 -> 786 MB after
  the model loads, bench/README.md "Load", 2026-12-02 second session).
- `samen_rasa.action_session.install()`: the calls to the action server reuse one HTTP
  session and its kept-alive connection (Rasa 3.6 opens a new session per call).
- `samen_rasa.event_types.install()`: an event's class is found by its type name in a table
  (Rasa 3.6 rebuilds the list of Event's subclasses for every event it deserialises, each
  tracker read replaying the whole session).
"""

from __future__ import annotations


def install_overrides() -> None:
    from samen_rasa import action_response, action_session, event_types, model_load

    action_response.install()
    model_load.install()
    action_session.install()
    event_types.install()


def main() -> None:
    install_overrides()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
