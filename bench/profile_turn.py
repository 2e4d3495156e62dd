"""Where a turn's time goes: the project's bot (and the starter bot) in-process (issue 17).

    .venv/bin/python bench/profile_turn.py [--model M] [--starter-dir DIR] [--turns 8]
        [--conversations 5] [--cprofile 30]

Loads the model in this process with Rasa's own `load_agent` and the project's endpoints
(SQLite tracker store in a temporary folder, the real action server started on a free
port, as launcher.stack does), then plays bench/load.py's conversation script sequentially
and counts and times, per turn, by wrapping Rasa's methods:

- `nlu`: MessageProcessor.parse_message (the whole NLU pipeline);
- `extract_slots`: ActionExtractSlots.run (the default slot mapping action);
- `policy`: MessageProcessor._predict_next_with_tracker (one policy-ensemble prediction);
- `action_payload`: RemoteAction._action_call_format (tracker state + domain as a dict);
- `action_server`: EndpointConfig.request (one HTTP round trip to the action server,
  including its JSON encoding, the action's own work and the decoding of the answer);
- `store_read` / `store_write`: the tracker store's retrieve / save;
- `other`: the rest of Agent.handle_message (lock store, tracker updates, events, NLG).

The HTTP layer of `rasa run` (Sanic, the REST channel) is not in it: compare the total with
bench/load.py's solo figures. With --starter-dir (a folder where `rasa init` trained a
model, e.g. bench/load.py --starter-dir) the starter bot is measured the same way
(in-memory store, no action server). --cprofile N prints the N functions with the largest
cumulative time over the project's conversations (cProfile, in place of py-spy).

--ab compares, in the same process and the same run, the Rasa server as it was before the
cuts of issue 17 ("before": Rasa 3.6's own `jsonschema.validate` of every action answer, the
whole domain sent with every action request, the store's redaction of whole events) with the
server as `launcher.rasa_server` runs it ("after": `samen_rasa.action_response` installed,
`enable_selective_domain` on, the store's redaction and writer thread, and since the second
session of 2026-12-02 one HTTP session for the action calls and the store's cache and reader
thread; the model is loaded once, with `samen_rasa.model_load`, for both): the two
variants take turns, one conversation each per round (the order alternates), and the table
gives each variant's breakdown and the ratio after/before.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load import free_port, script_for, stop_process, wait_http  # noqa: E402

KINDS = (
    "nlu",
    "extract_slots",
    "policy",
    "action_payload",
    "action_server",
    "store_read",
    "store_write",
)


class Meter:
    """Per-turn counters and timers fed by the wrapped Rasa methods."""

    def __init__(self) -> None:
        self.count: dict[str, int] = defaultdict(int)
        self.seconds: dict[str, float] = defaultdict(float)
        self.sizes: list[int] = []

    def add(self, kind: str, seconds: float) -> None:
        self.count[kind] += 1
        self.seconds[kind] += seconds


METER = Meter()


ACTIVE: set[str] = set()  # kinds being timed: a subclass calling super() counts once


def wrap_async(owner: Any, name: str, kind: str) -> None:
    original = getattr(owner, name)

    async def timed(*args: Any, **kwargs: Any) -> Any:
        if kind in ACTIVE:
            return await original(*args, **kwargs)
        ACTIVE.add(kind)
        started = time.perf_counter()
        try:
            return await original(*args, **kwargs)
        finally:
            ACTIVE.discard(kind)
            METER.add(kind, time.perf_counter() - started)

    setattr(owner, name, timed)


def wrap_sync(owner: Any, name: str, kind: str) -> None:
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            METER.add(kind, time.perf_counter() - started)

    setattr(owner, name, timed)


def instrument() -> None:
    from rasa.core.actions.action import ActionExtractSlots, RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore
    from rasa.utils.endpoints import EndpointConfig

    wrap_async(MessageProcessor, "parse_message", "nlu")
    wrap_sync(MessageProcessor, "_predict_next_with_tracker", "policy")
    wrap_async(ActionExtractSlots, "run", "extract_slots")
    wrap_sync(RemoteAction, "_action_call_format", "action_payload")
    from samen_rasa.stores.private_store import PrivateTrackerStore

    for store in (SQLTrackerStore, PrivateTrackerStore):  # the project's store overrides both
        wrap_async(store, "_retrieve", "store_read")
        wrap_async(store, "save", "store_write")
    wrap_async(InMemoryTrackerStore, "retrieve", "store_read")
    wrap_async(InMemoryTrackerStore, "save", "store_write")

    original = EndpointConfig.request

    async def request(self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("json") is not None:
            METER.sizes.append(len(json.dumps(kwargs["json"])))
        started = time.perf_counter()
        try:
            return await original(self, *args, **kwargs)
        finally:
            METER.add("action_server", time.perf_counter() - started)

    EndpointConfig.request = request


async def play(agent: Any, bot: str, turns: int, conversations: int) -> list[dict[str, Any]]:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    rows: list[dict[str, Any]] = []
    for c in range(conversations):
        sender = f"profile-{uuid.uuid4().hex[:8]}-{c}"
        for index, text in enumerate(script_for(bot, turns)):
            METER.count.clear()
            METER.seconds.clear()
            METER.sizes.clear()
            started = time.perf_counter()
            await agent.handle_message(
                UserMessage(text, CollectingOutputChannel(), sender, input_channel="rest")
            )
            total = time.perf_counter() - started
            rows.append(
                {
                    "turn": index + 1,
                    "total": total,
                    "count": dict(METER.count),
                    "seconds": dict(METER.seconds),
                    "payload": sum(METER.sizes),
                }
            )
    return rows


def table(name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    total = sum(r["total"] for r in rows) / n
    print(f"\n{name}: {n} turns, mean {total * 1000:.1f} ms per turn (in-process)")
    print("| part | calls per turn | ms per turn | share |")
    print("| --- | ---: | ---: | ---: |")
    accounted = 0.0
    out: dict[str, Any] = {"turns": n, "total_ms": total * 1000}
    for kind in KINDS:
        calls = sum(r["count"].get(kind, 0) for r in rows) / n
        seconds = sum(r["seconds"].get(kind, 0.0) for r in rows) / n
        accounted += seconds
        out[kind] = {"calls": calls, "ms": seconds * 1000}
        print(f"| {kind} | {calls:.2f} | {seconds * 1000:.1f} | {seconds / total:.0%} |")
    other = total - accounted
    out["other_ms"] = other * 1000
    print(f"| other | | {other * 1000:.1f} | {other / total:.0%} |")
    payload = sum(r["payload"] for r in rows) / n
    if payload:
        print(f"action-server request JSON: {payload / 1024:.0f} kB per turn on average")
    by_turn: dict[int, list[float]] = defaultdict(list)
    for r in rows:
        by_turn[r["turn"]].append(r["total"])
    line = ", ".join(f"{t}: {sum(v) / len(v) * 1000:.0f}" for t, v in sorted(by_turn.items()))
    print(f"mean ms by turn number: {line}")
    reads = defaultdict(list)
    for r in rows:
        reads[r["turn"]].append(
            r["seconds"].get("store_read", 0) + r["seconds"].get("store_write", 0)
        )
    line = ", ".join(f"{t}: {sum(v) / len(v) * 1000:.1f}" for t, v in sorted(reads.items()))
    print(f"tracker store ms by turn number: {line}")
    return out


VARIANTS = ("before", "after")
REDACT: dict[str, Any] = {}


def redact_before(event: dict[str, Any], known: Any = None) -> dict[str, Any]:
    """The store's redaction before the cuts: the whole event through the redactor (its
    structural keys put back afterwards), no lookup of the domain's names."""
    from privacy.redact import redact_value
    from samen_rasa.stores import private_store

    try:
        redacted = redact_value(event)
    except Exception:  # noqa: BLE001 - as the store
        return private_store._blank(event)
    for key in private_store.STRUCTURAL_KEYS:
        if key in event:
            redacted[key] = event[key]
    return redacted


def set_variant(agent: Any, variant: str) -> None:
    """Switch the loaded agent between the Rasa server before and after the cuts."""
    from samen_rasa import action_response, action_session
    from samen_rasa.stores import private_store

    REDACT.setdefault("after", private_store._redact_event)
    after = variant == "after"
    (action_response.install if after else action_response.uninstall)()
    (action_session.install if after else action_session.uninstall)()
    endpoint = agent.processor.action_endpoint
    endpoint.kwargs["enable_selective_domain"] = after
    private_store._redact_event = REDACT["after"] if after else redact_before
    store = getattr(agent.tracker_store, "_tracker_store", agent.tracker_store)
    if isinstance(store, private_store.PrivateTrackerStore):
        REDACT.setdefault("writer", store._writer)
        REDACT.setdefault("reader", store._reader)
        REDACT.setdefault("cache_size", store.cache.size)
        store._writer = REDACT["writer"] if after else None
        # the second session's cuts: the store's cache and its reader thread
        store._reader = REDACT["reader"] if after else None
        store.cache.size = REDACT["cache_size"] if after else 0


def compare(agent: Any, turns: int, rounds: int) -> dict[str, Any]:
    """Both variants, alternating, `rounds` conversations each; tables and ratios."""
    rows: dict[str, list[dict[str, Any]]] = {v: [] for v in VARIANTS}
    for variant in VARIANTS:  # warm-up of each variant
        set_variant(agent, variant)
        asyncio.run(play(agent, "project", turns, 1))
    for r in range(rounds):
        for variant in VARIANTS if r % 2 == 0 else VARIANTS[::-1]:
            set_variant(agent, variant)
            rows[variant] += asyncio.run(play(agent, "project", turns, 1))
    out = {v: table(f"project, {v} the cuts", rows[v]) for v in VARIANTS}
    print("\nafter / before, mean per turn:")
    for kind in ("total_ms", "other_ms", *KINDS):
        a, b = out["after"].get(kind), out["before"].get(kind)
        a, b = (a["ms"], b["ms"]) if isinstance(a, dict) else (a, b)
        if b:
            print(f"  {kind}: {b:.1f} -> {a:.1f} ms ({a / b:.2f}x)")
    set_variant(agent, "after")
    return out


def nlu_alone(agent: Any, bot: str, turns: int, rounds: int = 5) -> float:
    texts = script_for(bot, turns)

    async def run() -> float:
        started = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                await agent.parse_message(text)
        return (time.perf_counter() - started) / (rounds * len(texts))

    seconds = asyncio.run(run())
    print(f"{bot}: agent.parse_message alone {seconds * 1000:.1f} ms per message")
    return seconds * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--starter-dir", type=Path)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument("--conversations", type=int, default=5)
    parser.add_argument("--cprofile", type=int, default=30)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--ab", action="store_true", help="before/after the cuts, one run")
    args = parser.parse_args(argv)

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import logging

    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    # INFO, as `rasa run` (launcher.stack) logs: debug logging would distort the timings
    configure_logging_and_warnings(logging.INFO)
    configure_structlog(logging.INFO)
    from launcher.stack import Ports, Stack
    from launcher.train import train

    model = args.model or train()
    tmp = Path(tempfile.mkdtemp(prefix="samen-profile-"))
    stack = Stack(model=model, ports=Ports(actions=free_port(), rasa=0, web=0), var_dir=tmp)
    env = stack._environment()
    os.environ.update({k: v for k, v in env.items() if k.startswith("SAMEN_")})
    log = tmp / "actions.log"
    results: dict[str, Any] = {}
    with log.open("ab") as out:
        actions = subprocess.Popen(
            [sys.executable, "-m", "launcher.action_server", "--actions", "actions",
             "--port", str(stack.ports.actions)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    try:
        wait_http(f"{stack.actions_url}/health", actions, 120, log)
        from rasa.core.agent import load_agent
        from rasa.core.utils import AvailableEndpoints

        from launcher.rasa_server import install_overrides

        instrument()
        install_overrides()  # as launcher.rasa_server does in the Rasa server
        endpoints = AvailableEndpoints.read_endpoints(str(tmp / "run" / "endpoints.yml"))
        agent = asyncio.run(load_agent(model_path=str(model), endpoints=endpoints))
        if args.ab:
            results["ab"] = compare(agent, args.turns, args.conversations)
        asyncio.run(play(agent, "project", args.turns, 1))  # warm-up
        rows = asyncio.run(play(agent, "project", args.turns, args.conversations))
        results["project"] = table("project", rows)
        results["project"]["nlu_alone_ms"] = nlu_alone(agent, "project", args.turns)
        if args.cprofile:
            profiler = cProfile.Profile()
            profiler.enable()
            asyncio.run(play(agent, "project", args.turns, args.conversations))
            profiler.disable()
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(args.cprofile)
            print("\ncProfile, project, by cumulative time:")
            print("\n".join(line for line in text.getvalue().splitlines() if line.strip()))
        if args.starter_dir:
            models = Path(args.starter_dir) / "models"
            starter_model = max(models.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
            starter = asyncio.run(load_agent(model_path=str(starter_model)))
            asyncio.run(play(starter, "starter", args.turns, 1))
            rows = asyncio.run(play(starter, "starter", args.turns, args.conversations))
            results["starter"] = table("starter", rows)
            results["starter"]["nlu_alone_ms"] = nlu_alone(starter, "starter", args.turns)
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
    finally:
        stop_process(actions)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
