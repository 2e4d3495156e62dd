"""One turn of the conversation: (state, parsed message) -> (new state, replies).

The whole dialogue policy lives here, pure and tested; the Rasa action around it only reads
the slot `case`, calls `take_turn` and sends the replies. Order of a turn:
1. commands that hold everywhere: erase, restart (only when the whole message asks it, and
   confirmed), hand-off, reference number;
2. consent: without it no fact is stored; general questions are always answered;
3. the facts in the message (`dialogue.facts`), each to its person, changes read back;
4. side questions answered in the case's context, then back to the open question;
5. the next question, the read-back ("Klopt dat?"), or the answer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from dialogue import answers as A
from dialogue import consent as C
from dialogue import handoff as H
from dialogue import side
from dialogue import state as S
from dialogue import words as W
from dialogue.asking import assessment, give_up, next_question
from dialogue.facts import Update, apply
from dialogue.intents import FAQ_INTENTS, SMALL_TALK
from dialogue.questions import ask, readback, reask
from dialogue.reading import (
    Reading,
    correct_by_first_name,
    only_the_flight,
    read,
    written_in_english,
)
from dialogue.texts import Texts
from dialogue.words import DUPLICATE_CUES, ERASE_COMMANDS, ERASE_DECLINED, ERASE_OBJECTS
from samen_rasa.nlu.folding import fold


@dataclass
class Turn:
    state: dict[str, Any]
    texts: Texts
    today: dt.date
    reference: str | None = None
    replies: list[dict[str, Any]] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    calendar: dt.date | None = None
    calendar_kind: str | None = None  # the deadline's id (eligibility.messages.DEADLINES)
    age_limit_said: bool = False  # the "Termijn" line said the right ends at 18 (answers.py)
    # the results whose 18th birthday the "Belangrijk" line gave as a day (answers.py)
    age_limit_days_said: list[dict[str, Any]] = field(default_factory=list)
    erased: bool = False
    question_asked: bool = False  # the user's message asks something ("?")
    reading: Any = None  # the message's Reading, once the case step reads it
    # for the staff intake (privacy.handoff): {"contact": str | None}; never in the state
    handoff: dict[str, Any] | None = None

    def say(self, response: str, /, **params: Any) -> None:
        text = self.texts.text(response, **params)
        self._add(text, self.texts.buttons(response))

    def say_text(self, text: str, buttons_of: str | None = None) -> None:
        buttons = self.texts.buttons(buttons_of) if buttons_of else []
        self._add(text, buttons)

    def _add(self, text: str, buttons: list[dict[str, Any]]) -> None:
        """One reply; the same text twice in a turn is said once (panel 42, g4: a question
        of two topics with one answer)."""
        if any(r["text"] == text and r["buttons"] == buttons for r in self.replies):
            return
        if not text.strip():  # an answer whose every line was said already in this turn
            if self.replies and not self.replies[-1]["buttons"]:  # (panel 72, g2: a bubble
                self.replies[-1]["buttons"] = buttons  # with buttons only)
            return
        self.replies.append({"text": text, "buttons": buttons})


def take_turn(
    value: Any,
    message: dict[str, Any],
    today: dt.date,
    responses: dict[str, Any],
    reference: str | None = None,
    earlier: list[dict[str, Any]] | tuple = (),
    settings: dict[str, Any] | None = None,
) -> Turn:
    """The bot's answer to one user message (see the module doc).

    `settings`: the deployment's `ngo` contact and the privacy notice's `retention` text.
    """
    turn = Turn(S.load(value), Texts(responses, settings or {}), today, reference)
    turn.texts.state = turn.state  # "je broer" for a sister who writes for him (panel 59)
    consent_before = turn.state["consent"]
    turn.state["turns"] += 1
    reading = read(typed_button(turn, message))
    correct_by_first_name(reading, [m.get("text") or "" for m in earlier])
    if not _command(turn, reading):
        if turn.state["consent"] != "given":
            consent_now = C.consent_step(turn, reading)
            if consent_now:
                for earlier_message in earlier:
                    earlier_reading = read(earlier_message)
                    apply(turn.state, earlier_reading, today)
                    side.note_volunteered(turn.state, earlier_reading)
                _case_step(turn, reading, fresh_consent=True)
        else:
            _note_the_language(turn, reading)
            _case_step(turn, reading)
    _contract_slots(turn, consent_before)
    return turn


def typed_button(turn: Turn, message: dict[str, Any]) -> dict[str, Any]:
    """A button's title typed as text, as a messaging channel sends it ("Alleen de ouder in
    België"): the message its payload gives, as Rasa parses a payload (panel 48, g2: "Sorry, dat
    begreep ik niet goed" to the bot's own button)."""
    name = turn.state.get("question_response") if turn.state.get("question") else None
    text = fold(str(message.get("text") or "")).strip(" .!")
    for button in turn.texts.buttons(name) if name else []:
        if fold(button["title"]) == text and button["payload"].startswith("/"):
            payload = button["payload"]
            intent, _, body = payload[1:].partition("{")
            values = json.loads("{" + body) if body else {}
            start = payload.find("{")
            entities = [{"entity": k, "value": v, "start": start, "end": len(payload)}
                        for k, v in values.items()]  # fmt: skip
            intent_of = {"name": intent, "confidence": 1.0}
            return {**message, "text": payload, "intent": intent_of, "entities": entities}
    return message


# --- commands ------------------------------------------------------------------------------------


def _erasure(turn: Turn, reading: Reading) -> bool:
    """ "wis mijn gegevens": erased at once; a bare "wis" is asked about; "nee niet alles
    wissen. ik heb geen man" is the facts, never an erasure (panel 19, l1)."""
    commanded = _erasure_commanded(reading.text)
    if not commanded and (reading.intent != "request_erasure" or _erasure_declined(reading.text)):
        return False
    if not commanded and _names_a_relative(turn, reading):
        return False  # "verwijder 'de zus van je cliënt', dat is dubbel": that person, not the
        # data (panel 31, a5)
    erase_verb = any(w.startswith(W.ERASE_VERBS) for w in fold(reading.text).split())
    if not commanded and (reading.mentions or reading.has_facts) and not erase_verb:
        return False  # "er is GEEN man van 7 jaar. haal dat weg pls. Luis is mijn vriend van
        # 35, dat is alles": a correction, never an erasure (round 120, s2: all erased)
    if not _names_data(reading.text):
        turn.say("utter_ask_affirmation_request_erasure")
        return True
    turn.state = S.new_state()
    # the store deletes everything on this mark; the next message starts afresh
    turn.slots["erasure_requested"] = True
    turn.erased = True
    turn.say("utter_erasure_done")
    return True


def _names_a_relative(turn: Turn, reading: Reading) -> bool:
    """The message names a relative the conversation already holds twice ("dat is dubbel");
    "wis wat ik over mijn moeder vertelde" is still asked about."""
    told = {p["relationship"] for p in turn.state["people"]}
    named = any(m.relationship in told and not m.is_sponsor for m in reading.mentions)
    return named and any(cue in reading.text.casefold() for cue in DUPLICATE_CUES)


def _command(turn: Turn, reading: Reading) -> bool:
    state = turn.state
    if _erasure(turn, reading):
        return True
    if _call_back_answer(turn, reading):
        return True
    if state["pending"] == "restart":
        state["pending"] = None
        if reading.yes_no is True or reading.intent == "affirm":
            consent = state["consent"]
            turn.state = S.new_state()
            turn.state.update(consent=consent, notice_shown=True)
            turn.say("utter_restarted")
            return True
        turn.say("utter_restart_cancelled")
        reask(turn)
        return True
    if reading.restart:
        state["pending"] = "restart"
        turn.say("utter_confirm_restart")
        return True
    if reading.intent == "request_human" and not (
        reading.has_facts or side.advice_on_help_asked(reading)
    ):  # "Raad je aan om een advocaat in te schakelen?" asks advice (panel 40, g5)
        H.offer(turn, A.ngo_contact(turn.texts))
        reask(turn)
        return True
    if reading.intent == "ask_reference":
        turn.say("utter_reference", reference=turn.reference or "-")
        return True
    if reading.intent == "ask_privacy" and not (
        _asks_who_helps(reading.text)
        or _any_word(W.AGE_LIMIT_WORDS, reading.text)
        or side.CONSENT_REFUSED.search(fold(reading.text))  # the other parent's consent
    ):  # "wat gebeurt als ik 18 word en ze zijn nog niet hier": no data asked (panel 40, g3)
        turn.say("utter_privacy_details", retention=A.retention_text(turn.texts))
        return True
    return False


def _asks_who_helps(text: str) -> bool:
    """ "wie kan mij helpen met dit? mijn voogd?": a helper and a verb of helping, no question
    about the data (panel 37, g4: the privacy notice; the NLU read ask_privacy)."""
    return _any_word(W.HELPER_NOUNS, text) and _any_word(W.HELP_VERBS, text)


def _any_word(words: tuple[str, ...], text: str) -> bool:
    folded = _words(text)
    return any(f" {word} " in folded for word in words)


def _words(text: str) -> str:
    """The folded message without punctuation, padded with spaces."""
    return f" {re.sub(r'[.,!?;:]', ' ', fold(text))} "


def _erasure_declined(text: str) -> bool:
    """ "nee niet alles wissen": a no to the erasure (panel 19, l1: everything was erased)."""
    folded = _words(text)
    return folded.startswith((" nee ", " neen ")) or any(
        f" {phrase} " in folded for phrase in ERASE_DECLINED
    )


def _erasure_commanded(text: str) -> bool:
    """The notice's command in the message ("... wis mijn gegevens, ik begin opnieuw"), not
    negated ("wis mijn gegevens niet", "niet wis mijn gegevens")."""
    folded = _words(text)
    for phrase in ERASE_COMMANDS:
        at = folded.find(f" {phrase} ")
        if at >= 0 and not re.search(r"\b(?:niet|geen)\s*$", folded[:at]):
            return not folded[at + len(phrase) + 1 :].startswith(" niet ")
    return False


def _names_data(text: str) -> bool:
    folded = fold(text)
    return any(word in folded for word in ERASE_OBJECTS)


# --- the case --------------------------------------------------------------------------------


def _note_the_language(turn: Turn, reading: Reading) -> None:
    """Once, to a writer in English: the answers are in simple Dutch, and what helps."""
    if turn.state["language_noted"] or not written_in_english(reading.text):
        return
    turn.state["language_noted"] = True
    turn.say("utter_language_note")


def _case_step(turn: Turn, reading: Reading, fresh_consent: bool = False) -> None:
    state = turn.state
    if state["pending"] in ("confirm", "correction") and not _tells_something(reading):
        if reading.majority_days:  # "ja klopt. maar ali wordt 18 op 12 januari 2027": the
            apply(state, reading, turn.today)  # day kept, then the answer (panel 64, i1)
        if _confirmation_answer(turn, reading):
            return
    update = apply(state, reading, turn.today) if not fresh_consent else Update()
    if fresh_consent and reading.has_facts:
        update = apply(state, reading, turn.today)
    if _new_notes_after_answer(turn, reading):
        return
    asks = "?" in reading.text or not fresh_consent  # "akkoord, ik heb de toestemming van
    # mijn pupil" consents; it asks no documents (panel 24, g3)
    told_unknown = update.unknown and "?" not in reading.text  # "weet ik niet precies, moet ik
    # kijken op mijn papieren": the open question's answer, no documents question (panel 55, c4)
    turn.reading = reading  # the side answers read it too ("17.900 per jaar"; panel 131, x4)
    if not update.stored_anything and asks and not told_unknown and _side_step(turn, reading):
        return
    turn.question_asked = "?" in reading.text
    _say_update(turn, update)
    if update.stored_anything and side.answer_alongside(turn, reading):
        update.side_answered = True  # "ze is 31. wie betaalt de DNA-test?"
    _next_step(turn, update)


def _tells_something(reading: Reading) -> bool:
    """Facts, or the writer's own guardianship ("ja klopt. en ik ben zijn voogd": panel 54,
    a2, answered as a grandchild)."""
    return reading.has_facts or reading.writer_guardian


def _say_update(turn: Turn, update: Update) -> None:
    """What the message changed that the user must hear: a date problem, a person taken out,
    ages without a person, corrections read back."""
    if update.clarify:
        turn.say(f"utter_date_{update.clarify}")
    removals = (  # "zij is al in belgie", "mijn ex man komt niet", "mijn vader is overleden":
        ("utter_removed_in_belgium", update.removed),  # each word said once, not once per
        ("utter_removed_not_coming", update.dropped),  # child ("de kinderen komen niet mee";
        ("utter_removed_deceased", update.deceased),  # panel 23, s3)
    )
    for response, words in removals:
        for word in dict.fromkeys(words):
            turn.say_text(turn.texts.text(response, who=turn.texts.named(turn.state, word)))
    left_out = len(update.unplaced) == 1 and (update.removed or update.dropped)  # "ploy is 48,
    if update.unplaced and not left_out:  # maar zij woont al hier": hers (panel 102, x5)
        helper = "_helper" if turn.state.get("writer") == "helper" else ""  # "haar zoon" (g3)
        ages = ", ".join(str(a) for a in update.unplaced)
        turn.say(
            turn.texts.first(f"utter_which_person_age{helper}", "utter_which_person_age"), ages=ages
        )
    corrected = [c for c in update.changes if c[2] is not None]
    if corrected:
        turn.say_text(readback_changes(turn, corrected))


def _new_notes_after_answer(turn: Turn, reading: Reading) -> bool:
    """ "ze is al oud en helemaal alleen" after a humanitarian answer: what helps the request,
    and how to prove it (seeds 000/001), instead of a generic reply."""
    noted = side.note_volunteered(turn.state, reading)
    answered = turn.state["answered"]
    if noted is None and answered:  # told before, asked about now (panel 53, g5)
        noted = side.asked_of_a_told_fact(turn.state, reading)
    if not (noted and answered and noted.get("route") == "humanitarian_visa"):
        return False
    kind = side.kind_of(reading, answered)
    money = kind in ("strengthen", "dependency") and "money" in side.volunteered(reading.text)
    if kind and not money:  # "is er echt niks?": the side answer names them too; "ik stuur
        return False  # elke maand 150 euro. helpt dat?": the money (panel 51, g6)
    turn.say_text("\n".join(side.noted_lines(turn, noted)), "utter_answer_menu")
    return True


def readback_changes(turn: Turn, changes: list[tuple]) -> str:
    from dialogue.questions import fact_lines

    lines = fact_lines(turn, only={c[0] for c in changes})
    return turn.texts.text("utter_changed", facts=" ".join(lines))


def _confirmation_answer(turn: Turn, reading: Reading) -> bool:
    state = turn.state
    yes = reading.yes_no is True or reading.intent == "affirm"
    no = reading.yes_no is False or reading.intent == "deny"
    if state["pending"] == "confirm" and yes:
        state["pending"] = None
        if not any(p.get("route") is None for p in state["people"]):
            turn.say("utter_anything_else")  # the one read back was taken out (panel 19, k1)
            return True
        A.answer_open(turn)
        return True
    if no and reading.intent != "deny" and reading.yes_no is None:
        return False  # "nee ik bedoel hoeveel kost het?": the question, then "Klopt dat?" again
    if no:
        state["pending"] = "correction"
        turn.say("utter_ask_correction")
        return True
    return False


def _side_step(turn: Turn, reading: Reading) -> bool:
    """General questions and small talk, then back to the open question."""
    intent = reading.intent
    if side.answer(turn, reading):
        return True
    if intent not in FAQ_INTENTS and _CONDITIONS_ASKED.search(fold(reading.text)):
        intent = "ask_conditions"  # "... wij sturen elke maand geld. wat zijn de voorwaarden
        # voor haar?" (panel 77, h2: "Genoteerd")
    if intent in FAQ_INTENTS:
        A.side_question(turn, intent, side.asked_about(turn.state["people"], reading), reading.text)
        reask(turn)
        return True
    if intent in SMALL_TALK:
        turn.say(SMALL_TALK[intent])
        reask(turn)
        return True
    if reading.help:
        turn.say("utter_help")
        reask(turn)
        return True
    if reading.not_understood or intent in ("nlu_fallback", "out_of_scope"):
        _not_understood(turn, reading)
        return True
    pending = turn.state["pending"] in ("confirm", "correction")  # a read-back's "nee!"
    if (
        intent in ("affirm", "deny")
        and turn.state["answered"]
        and "?" not in reading.text
        and (not pending)
        and not reading.mentions  # "neeee. salma komt niet. AYOUB komt, mijn zoon van 20": no
    ):  # feedback (panel 117, z4: "Dank je voor je reactie")
        # "ja maar telt het?" asks, it gives no feedback (panel 37, h4, g1)
        turn.slots["feedback"] = "useful" if intent == "affirm" else "not_useful"
        turn.say("utter_feedback_thanks")
        return True
    return False


_CONDITIONS_ASKED = re.compile(r"\b(?:wat zijn de|welke) voorwaarden\b[^.!]*\?")


def _not_understood(turn: Turn, reading: Reading) -> None:
    """Explain the open question, go on without it after the second miss, or ask again."""
    question = turn.state["question"]
    if question and (reading.not_understood or _fled_not_arrived(question, reading)):
        ask(turn, question, explain=True)
    elif question and give_up(turn.state, question):  # the second miss: go on without
        turn.say("utter_fact_unknown")
        _next_step(turn, Update())
    elif question:
        turn.say("utter_ask_rephrase")
        ask(turn, question, again=True)
    elif turn.state["pending"] == "confirm":
        readback(turn)
    else:
        turn.say("utter_default")


def _fled_not_arrived(question: dict[str, Any], reading: Reading) -> bool:
    """ "hij is geboren nadat ik weg was uit Eritrea": the flight, where the bond question asks
    about the arrival in Belgium (panel 98, t1: "Sorry, dat begreep ik niet goed", then "ja"
    to "getrouwd al in 2020" taken for the son born in 2023)."""
    if not question["fact"].endswith("relationship_predates_arrival"):
        return False
    folded = fold(reading.text)
    return any(b in folded for b in W.BORN) and only_the_flight(folded)


def _next_step(turn: Turn, update: Update) -> None:
    state = turn.state
    question = next_question(state, turn.today)
    if question is not None and question == state["question"] and not update.answered:
        question = _asked_again(turn, question, update)
    if update.unknown:
        turn.say_text(turn.texts.text("utter_fact_unknown"))
    if question is not None:
        state["question"] = question
        state["pending"] = None
        ask(turn, question)
        return
    state["question"] = None
    waiting = [p for p in state["people"] if p.get("route") is None]
    if not waiting:
        _after_the_answer(turn, update)
        return
    if A.same_answers(turn, waiting):
        _answer_unchanged(turn, update)
        return
    if state.pop("reanswer", False):
        for entry in state["people"]:  # a correction after the answer: answer the whole family
            entry["route"] = None  # again, never only the one corrected (panel 5, j1, j5)
    state["pending"] = "confirm"
    readback(turn)


def _answer_unchanged(turn: Turn, update: Update) -> None:
    """A fact told after the answer that changes no one's answer: noted, no read-back and no
    answer again (issue 13); a correction hears that the answer stands."""
    turn.state.pop("reanswer", None)
    turn.state["answered"] = True
    turn.state["pending"] = None
    corrected = any(old is not None for _, _, old, _ in update.changes)
    if not turn.replies and turn.question_asked and _side_step(turn, turn.reading):
        return  # "olena is 34 en ik 39, is er een leeftijd regel?": the question too (panel
        # 66, j3: "Genoteerd" only)
    if not turn.replies:
        turn.say_text(turn.texts.text("utter_noted_same_answer"), "utter_answer_menu")
    elif corrected:
        turn.say_text(turn.texts.text("utter_same_answer"), "utter_answer_menu")


def _after_the_answer(turn: Turn, update: Update) -> None:
    """Everyone has an answer: a shared (sponsor) fact changed answers all again; a question
    with no answer of ours is said so, never met with "Heb je nog een vraag?" (panels 5, 6)."""
    state = turn.state
    if (
        update.changes
        and state["people"]
        and not _side_answer_says_it(turn, update)
        and not A.same_answers(turn, state["people"])
    ):
        for entry in state["people"]:
            entry["route"] = None
        A.answer_open(turn, again=True)
    elif turn.replies:
        return
    elif turn.question_asked and _can_come_asked(turn, update):
        side.ANSWERS["chance"](turn, turn.reading)
        side.back(turn)
    elif turn.question_asked and state["sponsor"].get("status") == "eu_citizen":
        turn.say_text(turn.texts.text("utter_faq_conditions_eu_citizen"), "utter_answer_menu")
    elif turn.question_asked:  # an EU citizen's family: art. 40bis, in no seed (panel 66, j3)
        turn.say_text(turn.texts.text("utter_no_answer_to_question"), "utter_answer_menu")
    else:
        turn.say("utter_anything_else")


_CAN_COME = re.compile(
    r"\b(?:kan|kunnen|mag|mogen)\b[^?]*\b(?:komen|mee)\b"
)  # "kan de zus van 19 mee?"


def _can_come_asked(turn: Turn, update: Update) -> bool:
    """ "mama kan komen ja?", "mijn mama mag naar belgie komen of nee?" after the answer, of a
    relative it holds: her verdict line again (panel 37, g4: twice "Op die vraag vind ik geen
    antwoord"); not a supposition ("wat als ...")."""
    reading = turn.reading
    if reading is None or update.new_people or _any_word(W.HYPOTHETICAL_WORDS, reading.text):
        return False
    asked = side.asked_about(turn.state["people"], reading)
    folded = fold(reading.text)
    order = re.search(r"\b(?:eerst|later|daarna|bezoek)\b", folded)  # "eerst alleen ... later",
    # "op bezoek komen" (review): the
    return bool(asked) and bool(_CAN_COME.search(folded)) and not order  # order, not the right


def _call_back_answer(turn: Turn, reading: Reading) -> bool:
    """The answer to the call-back offer; a "nee" that also asks something goes on
    ("nee bedankt. Samenvatting": the summary too; panel 5, j2, i5)."""
    if not H.take_contact(turn, reading.text, declined=reading.yes_no is False):
        return False
    declined_only = (turn.handoff or {}).get("contact") is None
    if declined_only and _more_than_a_no(reading):
        return False
    reask(turn)
    return True


def _more_than_a_no(reading: Reading) -> bool:
    """A "nee" to the call-back offer that also asks or tells something else."""
    return (
        reading.has_facts
        or reading.intent in FAQ_INTENTS
        or side.kind_of(reading, True) is not None
    )


def _side_answer_says_it(turn: Turn, update: Update) -> bool:
    """ "wanneer is de laatste dag? hij kreeg zijn statuut op 15 september 2026": the side
    answer already gave the case with the new fact; with every route the same, the whole
    answer is not sent again (panel 5, j4)."""
    if not update.side_answered:
        return False
    return all(
        assessment(turn.state, entry, turn.today).get("route") == entry.get("route")
        for entry in turn.state["people"]
    )


def _asked_again(turn: Turn, question: dict[str, Any], update: Update) -> dict[str, Any] | None:
    """The same question once more: rephrase once; after the second miss the fact is
    recorded as unknown and the dialogue goes on (dialogue.asking.give_up). A message that
    corrected a fact told before ("dawit is 6") is no miss (panel 37, h1)."""
    corrected = any(old is not None for _, _, old, _ in update.changes)
    if corrected and not update.new_people:
        return question
    if _only_known_relatives(turn) and question["fact"].startswith("sponsor."):
        return question  # "Mijn man of vrouw" pressed for the wife told before (panel 40, h3)
    if not give_up(turn.state, question):
        if not update.stored_anything and not turn.replies:
            turn.say(_why_asked_again(turn))
        return question
    update.unknown = True
    return next_question(turn.state, turn.today)


def _why_asked_again(turn: Turn) -> str:
    """ "mama heeft suikerziekte, helpt dat?" or "ik ben syrier met onbeperkt verblijf" while a
    question is open: the fact is noted or known, not misunderstood (panel 52, g5: "Sorry, dat
    begreep ik niet goed" to a daughter telling of her mother's illness)."""
    if turn.reading is not None and side.volunteered(turn.reading.text):
        asked = turn.question_asked
        return "utter_noted_ask_after" if asked else "utter_noted_before_answer"
    question = turn.state.get("question")
    if turn.reading is not None and question and _fled_not_arrived(question, turn.reading):
        return "utter_explain_relationship_predates_arrival"  # the arrival, not the flight
    known = turn.state["sponsor"].get("status")
    if turn.reading is not None and known and turn.reading.status == known:
        return "utter_known_already"  # the status told again, the open question asked again
    return "utter_ask_rephrase"


def _only_known_relatives(turn: Turn) -> bool:
    """The message only names relatives already in the family (no other fact in it)."""
    reading = turn.reading
    if reading is None or not reading.mentions or reading.loose_ages or reading.pronoun_ages:
        return False
    known = {p["relationship"] for p in turn.state["people"]}
    return all(m.relationship in known for m in reading.mentions)


# --- contract slots --------------------------------------------------------------------------


def _contract_slots(turn: Turn, consent_before: str | None) -> None:
    """CONTRACT section 3: the relative the conversation is about, and the sponsor's facts."""
    state = turn.state
    entry = S.person(state, state.get("focus"))
    sponsor = state["sponsor"]
    turn.slots.update(
        {
            "relationship": entry["relationship"] if entry else None,
            "applicant_age": float(entry["age"])
            if entry and entry.get("age") is not None
            else None,
            "route": entry.get("route") if entry else None,
            "sponsor_status": sponsor.get("status"),
            "recognition_date": sponsor.get("recognition_date"),
        }
    )
    # the consent slot changes only when consent does: each change is a consent record
    if state["consent"] != consent_before and not turn.erased:
        turn.slots["consent"] = {"given": True, "refused": False}.get(state["consent"])
