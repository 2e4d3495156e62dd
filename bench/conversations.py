"""Whole conversations against the running bot, scored (issue 12).

    python bench/conversations.py [--url URL] [--token T] [--show ID] [--failures | --all] [FILES]

Plays every conversation of bench/conversations/*.yml (written blind, from the seeds only)
through the REST channel. A simulated user sends the scripted messages and answers each
question the bot asks from the scenario's truth, reading which fact the bot asks from the
tracker (slot `case`: `question` = {person, fact}). It prints per conversation and in total:
task success (every relative's route right and every stored fact right), wrongly stored
facts, turns to the first answer, and questions whose answer the user had already given.
Without --url it starts the project's own stack (launcher) on free ports.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import uuid
from pathlib import Path
from typing import Any

import requests
import yaml

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench" / "conversations"
MAX_TURNS = 40
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]  # fmt: skip
STATUS_WORDS = {
    "refugee": "erkend vluchteling", "subsidiary_protection": "subsidiaire bescherming",
    "belgian": "ik ben Belg", "eu_citizen": "ik ben EU-burger",
    "third_country_national": "ik heb een verblijfskaart", "asylum_seeker": "mijn asiel loopt nog",
}  # fmt: skip
RELATION_WORDS = {
    "spouse": "mijn vrouw", "registered_partner": "mijn geregistreerde partner",
    "partner": "mijn vriendin", "child": "mijn kind", "stepchild": "mijn stiefkind",
    "parent": "mijn moeder", "sibling": "mijn broer", "grandchild": "mijn kleinkind",
    "grandparent": "mijn oma", "adopted_child": "mijn geadopteerd kind",
    "foster_child": "het kind dat bij ons opgroeit", "other_relative": "mijn nicht",
}  # fmt: skip
ENUM_WORDS = {
    "custody": {"sole": "alleen ik", "shared": "samen met de andere ouder",
                "none": "de andere ouder alleen"},
    "marriage": {"official": "officieel getrouwd", "religious_or_customary": "religieus getrouwd",
                 "none": "niet getrouwd"},
    "partnership": {"equivalent_to_marriage": "ja", "legally_registered": "ja", "none": "nee"},
}  # fmt: skip


def dutch_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Bot:
    def __init__(self, url: str, token: str | None) -> None:
        self.url, self.token = url.rstrip("/"), token
        self.http = requests.Session()

    def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        reply = self.http.post(
            f"{self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=60,
        )
        reply.raise_for_status()
        return reply.json()

    def state(self, sender: str) -> dict[str, Any]:
        params = {"token": self.token} if self.token else {}
        reply = self.http.get(
            f"{self.url}/conversations/{sender}/tracker", params=params, timeout=30
        )
        reply.raise_for_status()
        return reply.json()["slots"].get("case") or {}


# --- matching the bot's people to the scenario's relatives ---------------------------------


def match_people(state: dict[str, Any], scenario: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """bot person id -> truth relative (by relationship, then age, then order)."""
    relatives = list(scenario["truth"].get("relatives") or [])
    free = list(relatives)
    matched: dict[str, dict[str, Any]] = {}
    people = state.get("people") or []
    for person in sorted(people, key=lambda p: p.get("age") is None):
        if person.get("self") and scenario.get("writer") == "applicant":
            candidates = [r for r in free if r["key"] in ("me", "ik", "self")] or free[:1]
        else:
            candidates = [r for r in free if r["relationship"] == person["relationship"]]
            aged = [r for r in candidates if r.get("age") == person.get("age")]
            candidates = aged or candidates
        if candidates:
            matched[person["id"]] = candidates[0]
            free.remove(candidates[0])
    return matched


# --- the simulated user ------------------------------------------------------------------


def _answer_text(scenario, fact: str, relative: dict[str, Any] | None) -> str:
    truth = scenario["truth"]
    key = f"{relative['key']}.{fact.split('.', 1)[1]}" if relative else fact
    overrides = scenario.get("answers") or {}
    if relative and fact == "applicant.age" and f"{relative['key']}.age" in overrides:
        return str(overrides[f"{relative['key']}.age"])
    if key in overrides:
        return str(overrides[key])
    if fact in overrides and fact.startswith("sponsor."):
        return str(overrides[fact])
    name = fact.split(".", 1)[1]
    if fact.startswith("sponsor."):
        value = (truth.get("sponsor") or {}).get(name)
    elif fact == "applicant.relationship":
        first = (truth.get("relatives") or [{}])[0]
        return RELATION_WORDS.get(first.get("relationship"), "mijn familie")
    elif relative is None:
        value = None
    elif name == "age":
        value = relative.get("age")
    else:
        value = (relative.get("facts") or {}).get(name)
    return _phrase(scenario, fact, name, value)


def _phrase(scenario, fact: str, name: str, value: Any) -> str:
    if value is None:
        return "dat weet ik niet"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if name == "status":
        return STATUS_WORDS.get(value, str(value))
    if name.endswith("_date"):
        return dutch_date(str(value))
    if name == "age":
        if fact == "sponsor.age" and scenario.get("writer") == "sponsor":
            return f"ik ben {value} jaar"
        return f"{value} jaar"
    if name in ENUM_WORDS:
        return ENUM_WORDS[name].get(value, str(value))
    return str(value)


class Run:
    def __init__(self, bot: Bot, scenario: dict[str, Any]) -> None:
        self.bot, self.scenario = bot, scenario
        self.sender = f"bench-{uuid.uuid4().hex[:12]}"
        self.transcript: list[str] = []
        self.user_turns = 0
        self.first_answer_turn: int | None = None
        self.needless: list[str] = []
        self.given: set[str] = set()
        self.corrected = False
        self.correction_pending: str | None = None
        self.asked_seen: set[str] = set()

    def say(self, text: str) -> None:
        self.user_turns += 1
        reply = self.bot.send(self.sender, text)
        self.transcript.append(f"> {text}")
        self.transcript += [f"< {m.get('text') or m.get('custom')}" for m in reply]

    def play(self) -> dict[str, Any]:
        messages = list(self.scenario.get("messages") or [])
        before = [m["text"] for m in messages if not m.get("after_answer")]
        after = [m["text"] for m in messages if m.get("after_answer")]
        self.say(before.pop(0))
        for _ in range(MAX_TURNS):
            state = self.bot.state(self.sender)
            if self.first_answer_turn is None and any(
                p.get("route") for p in state.get("people") or []
            ):
                self.first_answer_turn = self.user_turns
            text = self.next_message(state, before, after)
            if text is None:
                break
            self.say(text)
        return self.score(self.bot.state(self.sender))

    def next_message(self, state, before: list[str], after: list[str]) -> str | None:
        if self.correction_pending:
            text, self.correction_pending = self.correction_pending, None
            return text
        if state.get("consent") != "given":
            return self.scenario.get("consent") or "akkoord"
        if state.get("pending") == "restart":
            return "nee"
        if state.get("pending") == "confirm":
            return self.confirm(state)
        question = state.get("question")
        if question:
            return self.answer(state, question)
        if before:
            return before.pop(0)
        if after and state.get("answered"):
            return after.pop(0)
        return None

    def confirm(self, state) -> str:
        wrong = wrong_facts(state, self.scenario)
        if wrong and not self.corrected:
            self.corrected = True
            return correction_text(wrong[0])
        return "ja dat klopt"

    def answer(self, state, question: dict[str, Any]) -> str:
        matched = match_people(state, self.scenario)
        relative = matched.get(question.get("person")) if question.get("person") else None
        fact = question["fact"]
        key = f"{relative['key']}.{fact.split('.', 1)[1]}" if relative else fact
        if fact == "applicant.age" and relative:
            key = f"{relative['key']}.age"
        asked_key = f"{question.get('person')}:{fact}"
        if (
            key in (self.scenario.get("stated") or []) or key in self.given
        ) and asked_key not in self.asked_seen:
            self.needless.append(key)
        self.asked_seen.add(asked_key)
        self.given.add(key)
        correction = self.scenario.get("correction") or {}
        if correction.get("fact") == key and not self.corrected:
            self.corrected = True
            self.correction_pending = correction.get("fix")
            return str(correction.get("wrong"))
        return _answer_text(self.scenario, fact, relative)

    def score(self, state: dict[str, Any]) -> dict[str, Any]:
        matched = match_people(state, self.scenario)
        relatives = self.scenario["truth"].get("relatives") or []
        routes_right = all(
            any(r is rel and p.get("route") == rel.get("route") for pid, r in matched.items()
                for p in state.get("people") or [] if p["id"] == pid)
            for rel in relatives
        )  # fmt: skip
        extra = [p for p in state.get("people") or [] if p["id"] not in matched]
        wrong = wrong_facts(state, self.scenario)
        return {
            "id": self.scenario["id"],
            "style": self.scenario.get("style"),
            "relatives": len(relatives),
            "success": routes_right and not wrong and not extra,
            "routes_right": routes_right,
            "wrong": wrong,
            "extra": [p["relationship"] for p in extra],
            "turns_to_answer": self.first_answer_turn,
            "needless": self.needless,
            "transcript": self.transcript,
            "people": [
                (p["relationship"], p.get("age"), p.get("route")) for p in state.get("people") or []
            ],
        }


def wrong_facts(state: dict[str, Any], scenario: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """(who, fact, stored, true) for every stored fact that differs from the truth."""
    wrong: list[tuple[str, str, Any, Any]] = []
    sponsor_truth = scenario["truth"].get("sponsor") or {}
    for name, value in (state.get("sponsor") or {}).items():
        true = sponsor_truth.get(name)
        if true is None or value is None:
            continue
        if name.endswith("_date") and str(value)[:7] == str(true)[:7]:
            continue
        if value != true:
            wrong.append(("sponsor", name, value, true))
    for pid, relative in match_people(state, scenario).items():
        person = next(p for p in state["people"] if p["id"] == pid)
        if person.get("age") is not None and relative.get("age") is not None:
            if int(person["age"]) != int(relative["age"]):
                wrong.append((relative["key"], "age", person["age"], relative["age"]))
        for name, value in (person.get("facts") or {}).items():
            true = (relative.get("facts") or {}).get(name)
            if true is not None and value is not None and value != true:
                wrong.append((relative["key"], name, value, true))
    return wrong


def correction_text(wrong: tuple[str, str, Any, Any]) -> str:
    who, fact, _stored, true = wrong
    if who == "sponsor" and fact == "recognition_date":
        return f"nee, ik ben erkend op {dutch_date(str(true))}"
    if who == "sponsor" and fact == "age":
        return f"nee, ik ben {true} jaar"
    if fact == "age":
        return f"nee, die leeftijd klopt niet: {true} jaar"
    return "nee"


# --- running ---------------------------------------------------------------------------------


def load(files: list[Path]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in files:
        found += (yaml.safe_load(path.read_text("utf-8")) or {}).get("conversations") or []
    return found


def report(results: list[dict[str, Any]]) -> None:
    print(f"{'conversation':44} {'ok':>3} {'wrong':>5} {'extra':>5} {'turns':>5} {'needless':>8}")
    for r in results:
        print(
            f"{r['id'][:44]:44} {'yes' if r['success'] else 'no':>3} {len(r['wrong']):>5} "
            f"{len(r['extra']):>5} {str(r['turns_to_answer']):>5} {len(r['needless']):>8}"
        )
    n = len(results)
    single = [r["turns_to_answer"] for r in results if r["relatives"] == 1 and r["turns_to_answer"]]
    print()
    print(f"conversations: {n}")
    print(f"task success: {(ok := sum(r['success'] for r in results))}/{n} = {ok / n:.1%}")
    print(f"routes right (all relatives): {sum(r['routes_right'] for r in results)}/{n}")
    print(f"wrongly stored facts (final state): {sum(len(r['wrong']) for r in results)}")
    print(f"people stored who are no applicant: {sum(len(r['extra']) for r in results)}")
    if single:
        print(
            "median turns to the first answer, single relative:"
            f" {statistics.median(single)} (n={len(single)})"
        )
    print(f"no answer reached: {sum(1 for r in results if r['turns_to_answer'] is None)}")
    print(f"questions already answered: {sum(len(r['needless']) for r in results)}")


def start_stack() -> Any:
    """The project's own servers on free ports, with the current model (trained if needed)."""
    import socket
    import tempfile

    sys.path.insert(0, str(ROOT))
    from launcher.stack import Ports, Stack
    from launcher.train import train

    def free() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    stack = Stack(
        model=train(), ports=Ports(free(), free(), free()), host="127.0.0.1",
        var_dir=Path(tempfile.mkdtemp(prefix="samen-bench-")), auth_token="bench",
    )  # fmt: skip
    stack.start()
    return stack


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--url", help="a running Rasa server (default: start the project's stack)")
    parser.add_argument("--token")
    parser.add_argument("--show", action="append", default=[], help="print this conversation")
    parser.add_argument("--failures", action="store_true", help="print every failed conversation")
    parser.add_argument("--all", action="store_true", help="print every conversation")
    args = parser.parse_args(argv)
    scenarios = load(args.files or sorted(SET.glob("*.yml")))
    stack = None
    if not args.url:
        stack = start_stack()
        args.url, args.token = stack.rasa_url, stack.auth_token
    try:
        bot = Bot(args.url, args.token)
        results = [Run(bot, s).play() for s in scenarios]
    finally:
        if stack is not None:
            stack.stop()
    report(results)
    for r in results:
        if args.all or r["id"] in args.show or (args.failures and not r["success"]):
            print(f"\n== {r['id']}: wrong={r['wrong']} extra={r['extra']} people={r['people']}")
            print("\n".join(r["transcript"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
