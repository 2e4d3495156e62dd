"""Error containment: an action failure gives the user an apology, the operator one log line."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

logger = logging.getLogger(__name__)

APOLOGY = "utter_technical_problem"


def log_failure(action_name: str, error: BaseException) -> None:
    # One line, no message text or slot values (they may hold personal data).
    logger.error("action %s failed: %s", action_name, type(error).__name__)


class SafeAction(Action, ABC):
    """Base class: subclasses implement `act`; any exception becomes an apology."""

    @abstractmethod
    def name(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    @abstractmethod
    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:  # pragma: no cover - abstract
        raise NotImplementedError

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            return await self.act(dispatcher, tracker, domain)
        except Exception as error:  # noqa: BLE001 - the user must never see a traceback
            log_failure(self.name(), error)
            dispatcher.messages.clear()
            dispatcher.utter_message(response=APOLOGY)
            return []
