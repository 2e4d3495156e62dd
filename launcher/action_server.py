"""`python -m launcher.action_server ARGS`: rasa_sdk's action server with the privacy log filter.

Same arguments as `python -m rasa_sdk`. The filter (privacy.logfilter) is installed
once the action server has configured its logging, so no log line it writes holds
a personal identifier.
"""

from __future__ import annotations

from rasa_sdk import __main__ as sdk_main
from rasa_sdk import utils


def _install() -> None:
    from privacy.logfilter import install

    install(("sanic.root", "sanic.error", "sanic.access"))


def main() -> None:
    configure = utils.configure_colored_logging

    def configure_then_filter(loglevel: object) -> None:
        configure(loglevel)
        _install()

    utils.configure_colored_logging = configure_then_filter
    _install()
    sdk_main.main()


if __name__ == "__main__":
    main()
