"""The Rasa server as `launcher.rasa_server` ran it before the cuts of 2026-12-02's second
session (bench/load.py --baseline second): only the action-answer validator of the first
session installed; DIET loaded Rasa's way (with its training step), a new HTTP session per
action call. The stack also sets the store's `cache_size: 0` (every read from SQL, in the
event loop). Not used outside the benchmarks."""

from __future__ import annotations

from samen_rasa import action_response

if __name__ == "__main__":
    action_response.install()
    from rasa.__main__ import main

    main()
