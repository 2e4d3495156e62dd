"""`EntityValueNormalizer`: ages to digits, dates to ISO, categorical values to canonical ones.

Runs after `DIETClassifier` and `EntitySynonymMapper` (config order). First the spans are
brought to the annotation conventions (`span_repair.repair_spans`: "september" + "2024" ->
"september 2024", "mijn [oudste zoon]", "[erkend vluchtling]"; `repair_spans: false` turns this
off). Then, for each entity:

- `age`: `value` becomes the age in digits ("zeventien" -> "17", "17j" -> "17"); an entity that
  is not an age 0..130 is dropped.
- `recognition_date`: `value` stays as written; `normalized` (ISO `YYYY-MM-DD` or None) and
  `flags` (see `dutch_dates`) are added, relative to the message time (`message.time` when
  set, else today in Belgium from `EntityValueNormalizer.clock`, which tests may replace).
  A date whose clause names another event (arrival, marriage, asylum application, interview,
  refusal, birth) or that is an age ("ik ben [19 jaar]") is dropped
  (`date_context.is_recognition_date`; `date_context: false` turns this off).
- `relationship`, `sponsor_status`, `marriage_type`, `custody`, `disability`, `country`: the
  value is mapped to its canonical value (`canonical.Canonicaliser`); an entity whose value
  cannot be mapped is dropped. Custody and marriage values need a message about custody or a
  marriage (or a short answer: `phrase_spotter.in_context`); a sponsor status must be the
  sponsor's present one, not a plan, a refused status or a relative's abroad
  (`status_context.applies_to_sponsor`).

Then the model's misses are added: an explicit recognition date in a status clause
(`explicit_dates`: "sinds 21 maart", "jan 2026", "8 maanden geleden"), "[dochter] van 9"
and "ik ben 40" ages (`explicit_ages`) and known custody, disability, marriage-type and
"ik ben <status>" phrases (`phrase_spotter`; `spot_entities: []` turns this off).

Why trainable: the spelling tables are the committed core vocabulary (`vocabulary.py`) plus
every synonym and annotated spelling of the training data, merged at training time and
persisted with the model (`ModelStorage`). So whatever spelling the data writers add is also
a base for the fuzzy match, and a served model never depends on files outside the model.
Without a trained resource (e.g. `create` in a unit test) the core vocabulary alone is used.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from samen_rasa.nlu.canonical import Canonicaliser
from samen_rasa.nlu.date_context import is_recognition_date
from samen_rasa.nlu.dutch_dates import UNPARSED, parse_date
from samen_rasa.nlu.dutch_numbers import parse_age
from samen_rasa.nlu.explicit_ages import AgeSpan, age_after_relative, client_age, own_age
from samen_rasa.nlu.explicit_dates import explicit_recognition_dates
from samen_rasa.nlu.phrase_spotter import PhraseSpotter, in_context, negated
from samen_rasa.nlu.span_repair import SPONSOR_STATUS, repair_spans
from samen_rasa.nlu.status_context import applies_to_sponsor, status_subject

logger = logging.getLogger(__name__)

TABLES_FILE = "canonical_tables.json"
AGE = "age"
_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(sinds|sedert|vanaf|depuis|since)\s{1,3}$", re.IGNORECASE)
RECOGNITION_DATE = "recognition_date"
RELATIONSHIP = "relationship"
SPONSOR_ROLE = "sponsor"
ASYLUM_SEEKER = "asylum_seeker"
THIRD_COUNTRY_NATIONAL = "third_country_national"
PROTECTION = frozenset({"refugee", "subsidiary_protection"})
NEGATABLE = frozenset({"custody", "disability", "marriage_type"})  # status: status_context
HOME_COUNTRY = frozenset({"belgie", "belgium", "belgique", "belgien"})


def today_in_belgium() -> date:
    """Today's date in Brussels (falls back to the machine's local date)."""
    try:
        from zoneinfo import ZoneInfo

        return datetime.now(ZoneInfo("Europe/Brussels")).date()
    except Exception:  # noqa: BLE001 - no tz database: local date is close enough
        return date.today()


def reference_date(message_time: Any, clock: Callable[[], date]) -> date:
    """The date a message was written: `message.time` (epoch s/ms, date, ISO) or `clock()`."""
    if isinstance(message_time, datetime):
        return message_time.date()
    if isinstance(message_time, date):
        return message_time
    if isinstance(message_time, (int, float)) and not isinstance(message_time, bool):
        seconds = float(message_time)
        if seconds > 1e11:  # milliseconds
            seconds /= 1000.0
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return clock()
    if isinstance(message_time, str) and message_time:
        try:
            return date.fromisoformat(message_time[:10])
        except ValueError:
            return clock()
    return clock()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class EntityValueNormalizer(GraphComponent, EntityExtractorMixin):
    """Normalises entity values (ages, dates, canonical categorical values)."""

    # replaceable in tests: `EntityValueNormalizer.clock = lambda: date(2026, 11, 22)`
    clock: Callable[[], date] = staticmethod(today_in_belgium)

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            # entities whose value must be canonical (None: every entity of the vocabulary)
            "categorical_entities": None,
            "age_entity": AGE,
            "date_entity": RECOGNITION_DATE,
            # bring DIET's spans to the annotation conventions first (`span_repair`)
            "repair_spans": True,
            # closed-vocabulary entities: known phrases the model missed are added
            # (`phrase_spotter`); [] turns this off
            "spot_entities": ["custody", "disability", "marriage_type", "sponsor_status"],
            # drop a tagged date whose clause names another event (`date_context`)
            "date_context": True,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage | None = None,
        resource: Resource | None = None,
        canonicaliser: Canonicaliser | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        self._model_storage = model_storage
        self._resource = resource
        self.canonicaliser = canonicaliser or Canonicaliser.from_vocabulary()
        wanted = self._config.get("categorical_entities")
        self._categorical = set(wanted) if wanted else self.canonicaliser.entities()
        self._age = self._config.get("age_entity") or AGE
        self._date = self._config.get("date_entity") or RECOGNITION_DATE
        self._spot_entities = list(self._config.get("spot_entities") or [])
        self._use_tables()

    def _use_tables(self) -> None:
        """Everything derived from the spelling tables (after training or loading)."""
        tables = self.canonicaliser.tables
        self.spotter = PhraseSpotter.from_tables(tables)
        self._abroad = frozenset(tables.get("country", {})) - HOME_COUNTRY

    # ------------------------------------------------------------------ graph API
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EntityValueNormalizer:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        annotated: list[tuple[str, str, str]] = []
        for example in training_data.entity_examples:
            text = example.get(TEXT) or ""
            for entity in example.get(ENTITIES, []) or []:
                start, end = entity.get(ENTITY_ATTRIBUTE_START), entity.get(ENTITY_ATTRIBUTE_END)
                written = text[start:end] if start is not None and end is not None else ""
                annotated.append(
                    (
                        str(entity.get(ENTITY_ATTRIBUTE_TYPE)),
                        written,
                        str(entity.get(ENTITY_ATTRIBUTE_VALUE)),
                    )
                )
        self.canonicaliser = Canonicaliser.from_vocabulary(
            synonyms=training_data.entity_synonyms, annotated=annotated
        )
        if not self._config.get("categorical_entities"):
            self._categorical = self.canonicaliser.entities()
        self._use_tables()
        if self._model_storage is not None and self._resource is not None:
            with self._model_storage.write_to(self._resource) as directory:
                (directory / TABLES_FILE).write_text(
                    json.dumps(self.canonicaliser.to_dict(), ensure_ascii=False, indent=0),
                    encoding="utf-8",
                )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> EntityValueNormalizer:
        canonicaliser = None
        try:
            with model_storage.read_from(resource) as directory:
                tables = json.loads((directory / TABLES_FILE).read_text(encoding="utf-8"))
                canonicaliser = Canonicaliser(tables)
        except (ValueError, OSError) as exc:
            logger.warning("EntityValueNormalizer: no trained tables (%s); core vocabulary.", exc)
        return cls(config, model_storage, resource, canonicaliser)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            entities = message.get(ENTITIES) or []
            text = message.get(TEXT) or ""
            if not entities and not text:
                continue
            now = reference_date(getattr(message, "time", None), type(self).clock)
            if entities and self._config.get("repair_spans", True):
                entities = repair_spans(entities, text, self.canonicaliser.tables)
            normalised = self.normalise_entities(entities, text, now)
            normalised += self.missed_recognition_dates(normalised, text, now)
            normalised += self.missed_phrases(normalised, text)
            normalised += self.missed_ages(normalised, text)
            normalised = writers_status_first(normalised, text)
            if normalised or entities:
                message.set(ENTITIES, normalised, add_to_output=True)
        return messages

    def missed_recognition_dates(
        self, entities: list[dict[str, Any]], text: str, now: date
    ) -> list[dict[str, Any]]:
        """Explicit dates in a status message that the model did not tag (explicit_dates.py)."""
        if any(
            e.get(ENTITY_ATTRIBUTE_TYPE) == self._date and "invalid" not in (e.get("flags") or [])
            for e in entities
        ):  # a tagged date that is no date ("rijksregister 85.07.30-033.61") hides none
            return []
        taken = [(e.get(ENTITY_ATTRIBUTE_START), e.get(ENTITY_ATTRIBUTE_END)) for e in entities]
        found = []
        for span in explicit_recognition_dates(text[:2000]):
            if any(isinstance(s, int) and s < span.end and span.start < e for s, e in taken):
                continue
            entity = {
                ENTITY_ATTRIBUTE_TYPE: self._date,
                ENTITY_ATTRIBUTE_START: span.start,
                ENTITY_ATTRIBUTE_END: span.end,
                ENTITY_ATTRIBUTE_VALUE: span.text,
                "extractor": "EntityValueNormalizer",
            }
            kept = self._normalise_one(entity, text, now)
            if kept is not None:
                found.append(kept)
        return found[:1]

    def missed_ages(self, entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
        """ "[dochter] van 9", "ik ben 40", "een jongen van 16" where the model tagged no age."""
        taken = [(e.get(ENTITY_ATTRIBUTE_START), e.get(ENTITY_ATTRIBUTE_END)) for e in entities]

        def free(span: AgeSpan) -> bool:
            return not any(
                isinstance(s, int) and isinstance(e, int) and s < span.end and span.start < e
                for s, e in taken
            )

        found: list[dict[str, Any]] = []
        for entity in entities:
            end = entity.get(ENTITY_ATTRIBUTE_END)
            if entity.get(ENTITY_ATTRIBUTE_TYPE) != RELATIONSHIP or not isinstance(end, int):
                continue
            span = age_after_relative(text, end)
            if span is not None and free(span):
                found.append(self._age_entity(span, text, None))
                taken.append((span.start, span.end))
        if not any(e.get("role") == SPONSOR_ROLE for e in entities):
            span = own_age(text)
            if span is not None and free(span):
                found.append(self._age_entity(span, text, SPONSOR_ROLE))
                taken.append((span.start, span.end))
        client = client_age(text)
        if client is not None and free(client[0]):
            found.append(self._age_entity(client[0], text, SPONSOR_ROLE if client[1] else None))
        return found

    def _age_entity(self, span: AgeSpan, text: str, role: str | None) -> dict[str, Any]:
        entity = {
            ENTITY_ATTRIBUTE_TYPE: self._age,
            ENTITY_ATTRIBUTE_START: span.start,
            ENTITY_ATTRIBUTE_END: span.end,
            ENTITY_ATTRIBUTE_VALUE: str(span.value),
            "extractor": "EntityValueNormalizer",
        }
        if role:
            entity["role"] = role
        return entity

    def missed_phrases(self, entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
        """Known phrases the model did not tag (`phrase_spotter`); a status only when none was."""
        if not self._spot_entities or not text:
            return []
        taken = [(e.get(ENTITY_ATTRIBUTE_START), e.get(ENTITY_ATTRIBUTE_END)) for e in entities]
        wanted = [
            name
            for name in self._spot_entities
            if name != SPONSOR_STATUS
            or not any(e.get(ENTITY_ATTRIBUTE_TYPE) == SPONSOR_STATUS for e in entities)
        ]
        found = []
        for spot in self.spotter.spots(text[:2000], wanted):
            if any(isinstance(s, int) and s < spot.end and spot.start < e for s, e in taken):
                continue
            if spot.entity == SPONSOR_STATUS and not applies_to_sponsor(
                text, spot.start, spot.end, spot.value, self._abroad
            ):
                continue
            found.append(
                {
                    ENTITY_ATTRIBUTE_TYPE: spot.entity,
                    ENTITY_ATTRIBUTE_START: spot.start,
                    ENTITY_ATTRIBUTE_END: spot.end,
                    ENTITY_ATTRIBUTE_VALUE: spot.value,
                    "extractor": "EntityValueNormalizer",
                }
            )
        if found and self._config.get("repair_spans", True):
            found = repair_spans(found, text, self.canonicaliser.tables)
        return found

    # ------------------------------------------------------------------ logic
    def normalise_entities(
        self, entities: list[dict[str, Any]], text: str, now: date
    ) -> list[dict[str, Any]]:
        """Normalised copies of `entities` (dropped ones left out, exact duplicates merged)."""
        result: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        for original in entities:
            entity = dict(original)
            kept = self._normalise_one(entity, text, now)
            if kept is None:
                continue
            key = (
                kept.get(ENTITY_ATTRIBUTE_TYPE),
                kept.get(ENTITY_ATTRIBUTE_START),
                kept.get(ENTITY_ATTRIBUTE_END),
                kept.get("role"),
                str(kept.get(ENTITY_ATTRIBUTE_VALUE)),
            )
            if key in seen:
                continue
            seen.add(key)
            result.append(kept)
        return result

    @staticmethod
    def _written(entity: dict[str, Any], text: str) -> str | None:
        start, end = entity.get(ENTITY_ATTRIBUTE_START), entity.get(ENTITY_ATTRIBUTE_END)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            return text[start:end]
        return None

    def _normalise_one(self, entity: dict[str, Any], text: str, now: date) -> dict[str, Any] | None:
        name = entity.get(ENTITY_ATTRIBUTE_TYPE)
        value = entity.get(ENTITY_ATTRIBUTE_VALUE)
        written = self._written(entity, text)
        if name == self._age:
            age = parse_age(str(value)) if value is not None else None
            if age is None and written:
                age = parse_age(written)
            if age is None:
                return None
            if str(value) != str(age):
                entity[ENTITY_ATTRIBUTE_VALUE] = str(age)
                self.add_processor_name(entity)
            return entity
        if name == self._date:
            source = written if written else ("" if value is None else str(value))
            if written:
                # the span has no preposition (convention), but "sinds" before it tells the
                # parser the date is in the past ("sinds april" vs "april")
                before = _PREPOSITION_BEFORE.search(
                    text[max(0, entity["start"] - 12) : entity["start"]]
                )
                if before:
                    source = before.group(1) + " " + source
            if (
                written
                and self._config.get("date_context", True)
                and not is_recognition_date(text, entity["start"], entity["end"])
            ):
                return None  # "aangekomen op 3 juni 2023", "geboren in 2001"
            parsed = parse_date(source, now)
            if parsed.iso is None and value is not None and str(value) != source:
                other = parse_date(str(value), now)
                if other.iso is not None:
                    parsed = other
            if parsed.iso is None and UNPARSED in parsed.flags:
                return None  # "twee", "nog niet": not a date at all
            entity["normalized"] = parsed.iso
            entity["flags"] = parsed.flag_list()
            self.add_processor_name(entity)
            return entity
        if name in self._categorical:
            canonical = self.canonicaliser.canonicalise(name, value)
            if canonical is None and written:
                canonical = self.canonicaliser.canonicalise(name, written)
            if canonical is None or not in_context(name, text):
                return None
            if name in NEGATABLE and written is not None and negated(text, entity["start"]):
                return None  # "niet [gehandicapt]", "geen [gedeeld gezag]"
            if (
                name == SPONSOR_STATUS
                and written is not None
                and not applies_to_sponsor(
                    text,
                    entity[ENTITY_ATTRIBUTE_START],
                    entity[ENTITY_ATTRIBUTE_END],
                    canonical,
                    self._abroad,
                )
            ):
                return None  # "ik wil belg worden", "mijn broer is vluchteling in kenia"
            if canonical != value:
                entity[ENTITY_ATTRIBUTE_VALUE] = canonical
                self.add_processor_name(entity)
            return entity
        return entity


def writers_status_first(entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """One sponsor per message, when the message says who it is.

    - When the writer gives their own status ("ik ben erkend vluchteling"), a relative's or
      another person's status in the same message ("mijn broer is belg en wil garant staan",
      "ik ben belg en hij heeft een verblijfskaart") is dropped: the writer is the sponsor.
    - When a social worker writes about a client ("mijn client heeft subsidiaire
      bescherming", "de vrouw die ik help"), the writer's own status ("ik ben zelf
      nederlander") is dropped: the client is the sponsor.
    - A status that a later one replaces is dropped (`outranked_statuses`).
    """
    statuses = [e for e in entities if e.get(ENTITY_ATTRIBUTE_TYPE) == SPONSOR_STATUS]
    if len(statuses) < 2:
        return entities
    subjects = {
        id(e): status_subject(text, e[ENTITY_ATTRIBUTE_START], e[ENTITY_ATTRIBUTE_END])
        for e in statuses
        if isinstance(e.get(ENTITY_ATTRIBUTE_START), int)
        and isinstance(e.get(ENTITY_ATTRIBUTE_END), int)
    }
    found = set(subjects.values())
    if "client" in found:
        dropped = {"first", "kin", "other"}
    elif "first" in found:
        dropped = {"kin", "other"}
    else:
        dropped = set()
    kept = [e for e in entities if subjects.get(id(e)) not in dropped]
    outranked = outranked_statuses(
        [str(e.get(ENTITY_ATTRIBUTE_VALUE)) for e in kept if e in statuses]
    )
    return [
        e
        for e in kept
        if not (
            e.get(ENTITY_ATTRIBUTE_TYPE) == SPONSOR_STATUS
            and e.get(ENTITY_ATTRIBUTE_VALUE) in outranked
        )
    ]


def outranked_statuses(values: list[str]) -> set[str]:
    """Status values that another status in the same message replaces.

    An asylum seeker who names another status has been granted it ("ik kwam als
    asielzoeker in 2021 en ben nu erkend vluchteling"; an asylum seeker has no other
    residence). A residence card next to a protection status is that status's card ("ik ben
    erkend vluchteling en heb mijn b kaart gekregen"). No annotated message of the training
    data or the dev sets names an asylum seeker together with another status.
    """
    present = set(values)
    out = set()
    if ASYLUM_SEEKER in present and present - {ASYLUM_SEEKER}:
        out.add(ASYLUM_SEEKER)
    if THIRD_COUNTRY_NATIONAL in present and present & PROTECTION:
        out.add(THIRD_COUNTRY_NATIONAL)
    return out
