"""Load test: the project's bot against Rasa's own starter bot, in one run (issue 17).

    .venv/bin/python bench/load.py [--users 20] [--turns 8] [--think] [--quick]

Starts, on free ports of 127.0.0.1:

- the project's stack (launcher.stack.Stack: action server and Rasa with the embedded
  profile; the web page is left out, the REST channel does not use it) with the current
  model (launcher.train.train(): trained only if the inputs changed), its var/
  (SQLite tracker store, logs) in a temporary folder;
- a `rasa init --no-prompt` starter bot trained in a temporary folder (or in --starter-dir,
  reused when it already holds a model) and served by `rasa run --enable-api` with its
  default in-memory tracker store and no action server.

Then, through the REST channel (POST /webhooks/rest/webhook), with asyncio + aiohttp:

1. warm-up: one conversation per bot, not counted;
2. solo: one user, sequential, --solo conversations of --turns turns (p50/p95);
3. closed loop: --users users x --turns turns at once, no think time (p50/p95/p99,
   throughput = turns / wall time of the phase, errors);
   the bots are driven one after the other (never at the same time), in the order
   project, starter (solo), project, starter (load); --rounds repeats that and pools;
4. with --think: realistic mode on the project (and on the other bot, the starter or with
   --baseline the project before the cuts, with --think-starter):
   users arrive within the first 15 s of a level and answer after a seeded random 3-15 s
   think time; each level (--levels, default 25,50,100,150,200 concurrent users) runs
   --level-seconds (default 60 s); after a user's last turn a new user takes its place.
   Reports per level p50/p95/p99 and errors, and the highest level with p95 < 1 s and no
   error. Stops climbing after a level whose p95 exceeds --stop-p95 (default 5 s).

Every request has a timeout (--timeout, default 30 s); a failed request (non-200,
timeout, connection error, empty reply) is counted and its elapsed time kept in the
latency figures (latencies are over all requests, failed ones included).
Prints a table per phase and the ratios project/starter; the RSS (VmRSS and peak VmHWM of
/proc/<pid>/status) of each Rasa server process after the load. Both bots are stopped at the
end, also on Ctrl-C, SIGTERM or an error. --json FILE writes every figure.

--baseline [first|second]: instead of the starter bot, the project as it ran before the cuts
of issue 17, same model, its own var/; the two stacks load one after the other and are driven
one after the other, as above. `first` (the default): before the first session's cuts
(`python -m rasa run`: Rasa 3.6 validates each action answer with `jsonschema.validate`; no
`enable_selective_domain`: the whole domain in each action request; the tracker store's
writes in the event loop, `write_in_thread: false`). `second`: before the second session's
cuts of 2026-12-02 (`bench/rasa_before.py`: DIET loaded with Rasa's training step, a new HTTP
session per action call; the store's `cache_size: 0`: every read from SQL in the event loop).

--other DIR [--other-name main] [--other-model M]: also the project as another checkout
runs it (e.g. /work/main: its own code, launcher and model, the newest models/*.tar.gz unless
--other-model), in the same run: a third bot, up at the same time, driven one after the
other like the rest. Its stack is started by a small helper process of that checkout
(`OTHER_HELPER`), so nothing of this checkout's code runs in it. --no-starter leaves the
starter bot out (with --other: this checkout against the other one only).

CPU time per turn: the utime + stime of every process of each bot's servers (the Rasa server
and, for the project, the action server; /proc/<pid>/stat of each process of their process
groups), read before and after each solo and closed-loop phase, divided by the turns of the
phase. Unlike the wall-clock figures it does not grow with other processes' load (only a
little, with cache and frequency effects), so it compares the bots' work per turn.

--quick: 2 users x 3 turns, 1 solo conversation, and (with or without --think) one think
level of 5 users for 15 s: checks the script end to end in a few minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402  (installed with Rasa)

# --- conversation scripts ----------------------------------------------------------------

STORY = (
    "mijn vrouw is 30 en mijn zoon van 8 zijn nog in syrie, "
    "ik ben erkend vluchteling sinds 3 maart 2026"
)
# A sponsor who greets, consents, tells the story, answers the bot's questions (about the
# wife: a marriage, its form, the sponsor's age...) and asks general questions.
PROJECT_SCRIPT = [
    "hallo",
    "akkoord",
    STORY,
    "ja",
    "officieel getrouwd",
    "ik ben 35",
    "ja",
    "hoeveel kost het?",
    "welke documenten heb ik nodig?",
    "hoe lang duurt het?",
    "moet mijn zoon een dna test doen?",
    "bedankt",
]
# The starter bot's own intents (greet, mood_unhappy, affirm, deny, goodbye, mood_great,
# bot_challenge).
STARTER_SCRIPT = [
    "hello",
    "I am sad",
    "yes",
    "hi",
    "no",
    "I am great",
    "are you a bot?",
    "bye",
    "good morning",
    "very sad",
    "of course",
    "goodbye",
]


def script_for(bot: str, turns: int) -> list[str]:
    base = STARTER_SCRIPT if bot == "starter" else PROJECT_SCRIPT
    return [base[i % len(base)] for i in range(turns)]


# --- servers ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_of(pid: int | None) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in kB, from /proc/<pid>/status."""
    out: dict[str, int] = {}
    if not pid:
        return out
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


def wait_http(url: str, process: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                if reply.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"no answer at {url} in {timeout:.0f} s; see {log}")


def stop_process(process: subprocess.Popen | None, grace: float = 15.0) -> None:
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


@dataclass
class Bot:
    name: str
    url: str
    pid: int | None = None
    rss: dict[str, dict[str, int]] = field(default_factory=dict)
    # process groups of its servers (Rasa and, for the project, the action server)
    groups: list[int] = field(default_factory=list)


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(groups: list[int]) -> float:
    """utime + stime of every live process whose process group is in `groups`."""
    total = 0
    wanted = set(groups)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()  # after "pid (comm) "
        if int(fields[2]) in wanted:  # pgrp
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


class ProjectBot:
    """The project's stack on free ports, var/ in a temporary folder."""

    def __init__(self, tmp: Path, model: Path | None, name: str = "project") -> None:
        from launcher.stack import Ports, Stack
        from launcher.train import train

        started = time.monotonic()
        model = model or train()
        self.train_seconds = time.monotonic() - started
        self.name = name

        class RasaAndActions(Stack):
            """The stack without the web page (not used by the REST channel)."""

            def _servers(self) -> list:
                return [s for s in super()._servers() if s.name != "web"]

        class BeforeTheSecondCuts(RasaAndActions):
            """The stack before the second session's cuts (bench/rasa_before.py, no cache)."""

            def _servers(self) -> list:
                servers = super()._servers()
                for server in servers:
                    if server.name == "rasa":  # [py, "-m", "launcher.rasa_server", ...]
                        server.command[1:3] = [str(ROOT / "bench" / "rasa_before.py")]
                return servers

            def _environment(self) -> dict[str, str]:
                env = super()._environment()
                endpoints = self.var_dir / "run" / "endpoints.yml"
                import yaml

                config = yaml.safe_load(endpoints.read_text("utf-8"))
                config["tracker_store"]["cache_size"] = 0
                endpoints.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
                return env

        class BeforeTheCuts(RasaAndActions):
            """The stack as it ran before the cuts of issue 17: `python -m rasa run` (Rasa's
            own validation of every action answer), the whole domain in every request, the
            store's writes in the event loop (its redaction is this branch's)."""

            def _servers(self) -> list:
                servers = super()._servers()
                for server in servers:
                    if server.name == "rasa":
                        server.command[2] = "rasa"  # not launcher.rasa_server
                return servers

            def _environment(self) -> dict[str, str]:
                env = super()._environment()
                endpoints = self.var_dir / "run" / "endpoints.yml"
                import yaml

                config = yaml.safe_load(endpoints.read_text("utf-8"))
                config["action_endpoint"].pop("enable_selective_domain", None)
                config["tracker_store"]["write_in_thread"] = False
                endpoints.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
                return env

        kinds = {"before": BeforeTheCuts, "before2": BeforeTheSecondCuts}
        kind = kinds.get(name, RasaAndActions)
        ports = Ports(actions=free_port(), rasa=free_port(), web=free_port())
        self.stack = kind(model=model, ports=ports, var_dir=tmp / f"var-{name}", host="127.0.0.1")

    def start(self) -> Bot:
        started = time.monotonic()
        self.stack.start(timeout=900)  # a loaded 2-core machine needs more than 300 s
        self.start_seconds = time.monotonic() - started
        rasa = next(s for s in self.stack.servers if s.name == "rasa")
        self.actions = next(s for s in self.stack.servers if s.name == "actions")
        groups = [s.process.pid for s in self.stack.servers if s.process]
        pid = rasa.process.pid if rasa.process else None
        return Bot(self.name, self.stack.rasa_url, pid, groups=groups)

    def stop(self) -> None:
        self.stack.stop()


class StarterBot:
    """`rasa init --no-prompt` trained in a folder, served with its defaults."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen | None = None
        self.train_seconds = 0.0

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("PYTHONWARNINGS", "ignore")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        return env

    def train(self) -> None:
        models = self.folder / "models"
        if models.is_dir() and any(models.glob("*.tar.gz")):
            print(f"starter: reusing the model in {models}", flush=True)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        log = self.folder.parent / f"{self.folder.name}-init.log"
        print(f"starter: rasa init --no-prompt in {self.folder} (log: {log})", flush=True)
        started = time.monotonic()
        with log.open("w") as out:
            result = subprocess.run(
                [sys.executable, "-m", "rasa", "init", "--no-prompt",
                 "--init-dir", str(self.folder)],
                cwd=self.folder, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, env=self._env(), check=False,
                start_new_session=True,
            )  # fmt: skip
        self.train_seconds = time.monotonic() - started
        if result.returncode != 0 or not any(models.glob("*.tar.gz")):
            raise RuntimeError(f"rasa init failed ({result.returncode}); see {log}")
        print(f"starter: trained in {self.train_seconds:.0f} s", flush=True)

    def launch(self) -> None:
        """Start `rasa run` without waiting (it loads while the project's stack starts)."""
        self.port = free_port()
        self.log = self.folder / "rasa-run.log"
        self.started = time.monotonic()
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "rasa", "run", "--enable-api", "-p", str(self.port),
                 "-i", "127.0.0.1", "--model", str(self.folder / "models")],
                cwd=self.folder, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, env=self._env(), start_new_session=True,
            )  # fmt: skip

    def wait(self) -> Bot:
        url = f"http://127.0.0.1:{self.port}"
        wait_http(f"{url}/status", self.process, 600, self.log)
        self.start_seconds = time.monotonic() - self.started
        return Bot("starter", url, self.process.pid, groups=[self.process.pid])

    def stop(self) -> None:
        stop_process(self.process)


OTHER_HELPER = r"""
import json, sys
from pathlib import Path
from launcher.stack import Ports, Stack
model, var_dir, actions, rasa = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
stack = Stack(model=Path(model), ports=Ports(actions=actions, rasa=rasa, web=0),
              var_dir=Path(var_dir), host="127.0.0.1")
try:
    stack.start(timeout=900, only=("actions", "rasa"))
    pids = {s.name: s.process.pid for s in stack.servers if s.process}
    print(json.dumps({"url": stack.rasa_url, "pids": pids}), flush=True)
    sys.stdin.read()  # until the benchmark closes it (or ends)
finally:
    stack.stop()
"""


class OtherCheckoutBot:
    """The project as another checkout runs it (its code, launcher and model), started by
    `OTHER_HELPER` in that checkout; stopped when its stdin closes or on SIGTERM."""

    def __init__(self, tmp: Path, root: Path, name: str, model: Path | None) -> None:
        self.root = root.resolve()
        self.name = name
        if model is None:
            models = sorted((self.root / "models").glob("samen-*.tar.gz"),
                            key=lambda p: p.stat().st_mtime)  # fmt: skip
            if not models:
                raise RuntimeError(f"no model in {self.root / 'models'} (--other-model)")
            model = models[-1]
        self.model = model.resolve()
        self.var_dir = tmp / f"var-{name}"
        self.process: subprocess.Popen | None = None

    def start(self) -> Bot:
        env = dict(os.environ)
        env["PYTHONPATH"] = f"{self.root}:{self.root / 'rasa'}"
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("PYTHONWARNINGS", "ignore")
        self.var_dir.mkdir(parents=True, exist_ok=True)
        log = (self.var_dir / "helper.log").open("ab")
        started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-c", OTHER_HELPER, str(self.model), str(self.var_dir),
             str(free_port()), str(free_port())],
            cwd=self.root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=log, text=True, start_new_session=True,
        )  # fmt: skip
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name}: the stack did not start; see {self.var_dir}/log")
        info = json.loads(line)
        self.start_seconds = time.monotonic() - started
        pids = info["pids"]
        return Bot(self.name, info["url"], pids.get("rasa"), groups=list(pids.values()))

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.process.stdin.close()  # the helper stops its stack
            self.process.wait(timeout=40)
        except (OSError, subprocess.TimeoutExpired):
            stop_process(self.process)


# --- the client --------------------------------------------------------------------------


@dataclass
class Sample:
    latency: float
    error: str | None  # None, "status", "timeout", "empty", "connection"


async def send(
    http: aiohttp.ClientSession, bot: Bot, sender: str, text: str, timeout: float,
    samples: list[Sample], replies: list[Any] | None = None,
) -> None:  # fmt: skip
    started = time.perf_counter()
    error: str | None = None
    try:
        async with http.post(
            f"{bot.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as reply:
            if reply.status != 200:
                error = "status"
                await reply.read()
            else:
                body = await reply.json(content_type=None)
                if not body:
                    error = "empty"
                if replies is not None:
                    replies.append(body)
    except asyncio.TimeoutError:
        error = "timeout"
    except (aiohttp.ClientError, OSError, ValueError):
        error = "connection"
    samples.append(Sample(time.perf_counter() - started, error))


def new_session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0, force_close=False))


async def conversation(
    http: aiohttp.ClientSession, bot: Bot, script: list[str], sender: str, timeout: float,
    samples: list[Sample], think: tuple[float, float] | None = None,
    rng: random.Random | None = None, deadline: float | None = None,
    replies: list[Any] | None = None,
) -> None:  # fmt: skip
    for index, text in enumerate(script):
        if index and think and rng:  # the user reads the reply and types the next message
            await pause(rng.uniform(*think), deadline)
        if deadline is not None and time.monotonic() >= deadline:
            return
        await send(http, bot, sender, text, timeout, samples, replies)


async def pause(seconds: float, deadline: float | None) -> None:
    """Sleep, but never past the deadline of the level."""
    if deadline is not None:
        seconds = min(seconds, max(0.0, deadline - time.monotonic()))
    await asyncio.sleep(seconds)


def run_id() -> str:
    return uuid.uuid4().hex[:8]


async def solo(bot: Bot, turns: int, conversations: int, timeout: float) -> list[Sample]:
    samples: list[Sample] = []
    async with new_session() as http:
        for i in range(conversations):
            sender = f"load-{run_id()}-{bot.name}-solo-{i}"
            await conversation(http, bot, script_for(bot.name, turns), sender, timeout, samples)
    return samples


async def closed_loop(
    bot: Bot, users: int, turns: int, timeout: float
) -> tuple[list[Sample], float]:
    samples: list[Sample] = []
    tag = run_id()
    async with new_session() as http:
        started = time.perf_counter()
        await asyncio.gather(
            *(
                conversation(
                    http,
                    bot,
                    script_for(bot.name, turns),
                    f"load-{tag}-{bot.name}-user-{u}",
                    timeout,
                    samples,
                )  # fmt: skip
                for u in range(users)
            )
        )
        wall = time.perf_counter() - started
    return samples, wall


async def think_level(
    bot: Bot, users: int, seconds: float, turns: int, timeout: float, seed: int,
    think: tuple[float, float] = (3.0, 15.0),
) -> tuple[list[Sample], float]:  # fmt: skip
    """`users` concurrent users for `seconds`; each arrives within the first 15 s (at most a
    quarter of the level), then sends a turn, thinks 3-15 s, ...; a finished user is
    replaced by a new one until the end of the level."""
    samples: list[Sample] = []
    tag = run_id()
    arrival = min(15.0, seconds / 4)
    deadline = time.monotonic() + seconds

    async def slot(index: int) -> None:
        rng = random.Random(seed * 100003 + index)
        await asyncio.sleep(rng.uniform(0, arrival))
        generation = 0
        while time.monotonic() < deadline:
            sender = f"load-{tag}-{bot.name}-think-{users}-{index}-{generation}"
            await conversation(http, bot, script_for(bot.name, turns), sender, timeout,
                               samples, think, rng, deadline)  # fmt: skip
            generation += 1
            await pause(rng.uniform(*think), deadline)  # the next user arrives

    async with new_session() as http:
        started = time.perf_counter()
        await asyncio.gather(*(slot(i) for i in range(users)))
        wall = time.perf_counter() - started
    return samples, wall


# --- figures -----------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(samples: list[Sample], wall: float | None = None) -> dict[str, Any]:
    latencies = [s.latency for s in samples]
    errors: dict[str, int] = {}
    for s in samples:
        if s.error:
            errors[s.error] = errors.get(s.error, 0) + 1
    out: dict[str, Any] = {
        "requests": len(samples),
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "max_ms": max(latencies) * 1000 if latencies else float("nan"),
        "errors": sum(errors.values()),
        "error_kinds": errors,
    }
    if wall:
        out["wall_s"] = wall
        out["turns_per_s"] = len(samples) / wall
    return out


def fmt_ms(value: float) -> str:
    return "n/a" if value != value else f"{value:,.0f} ms"


def ratio(a: float, b: float) -> str:
    if not b or a != a or b != b:
        return "n/a"
    return f"{a / b:.2f}x"


HEADER = ["project", "starter", "project/starter"]


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    header = ("figure", *HEADER)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = " | ".join(h.ljust(widths[i]) for i, h in enumerate(header))
    print(f"| {line} |")
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(widths[i + 1]) for i, c in enumerate(row[1:])]
        print("| " + " | ".join(cells) + " |")


def errors_text(s: dict[str, Any]) -> str:
    if not s["errors"]:
        return "0"
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s["error_kinds"].items()))
    return f"{s['errors']} ({kinds})"


# --- the run -----------------------------------------------------------------------------


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument("--solo", type=int, default=3, help="solo conversations (default 3)")
    parser.add_argument("--rounds", type=int, default=1, help="repeat solo+load, pooled")
    parser.add_argument("--timeout", type=float, default=30.0, help="per request, seconds")
    parser.add_argument("--think", action="store_true", help="realistic mode after the load")
    parser.add_argument("--think-starter", action="store_true",
                        help="also on the other bot (starter, or before)")  # fmt: skip
    parser.add_argument("--levels", default="25,50,100,150,200")
    parser.add_argument("--level-seconds", type=float, default=60.0)
    parser.add_argument("--stop-p95", type=float, default=5.0, help="stop climbing above (s)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--quick", action="store_true", help="2 users x 3 turns, 5 users 15 s")
    parser.add_argument("--model", type=Path, help="project model (default: launcher.train)")
    parser.add_argument("--starter-dir", type=Path, help="train/reuse the starter bot here")
    parser.add_argument("--baseline", nargs="?", const="first", choices=["first", "second"],
                        help="vs the project before the cuts of session 1 or 2")  # fmt: skip
    parser.add_argument("--other", type=Path, help="also the project as this checkout runs it")
    parser.add_argument("--other-name", default="main", help="its name in the tables")
    parser.add_argument("--other-model", type=Path, help="its model (default: its newest)")
    parser.add_argument("--no-starter", action="store_true", help="leave the starter bot out")
    parser.add_argument("--show", action="store_true", help="print one conversation's replies")
    parser.add_argument("--json", type=Path, help="write all figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if args.quick:
        args.users, args.turns, args.solo, args.rounds = 2, 3, 1, 1
        args.levels, args.level_seconds, args.think = "5", 15.0, True
    return args


def show_conversation(bot: Bot, turns: int, timeout: float) -> None:
    async def run() -> list[Any]:
        replies: list[Any] = []
        samples: list[Sample] = []
        async with new_session() as http:
            await conversation(http, bot, script_for(bot.name, turns),
                               f"load-{run_id()}-{bot.name}-show", timeout, samples,
                               replies=replies)  # fmt: skip
        return replies

    for text, reply in zip(script_for(bot.name, turns), asyncio.run(run()), strict=False):
        said = " / ".join((m.get("text") or "[json]")[:90].replace("\n", " ") for m in reply)
        print(f"  {bot.name} < {text}\n  {bot.name} > {said}")


def measure(args: argparse.Namespace, bots: dict[str, Bot]) -> dict[str, Any]:
    results: dict[str, Any] = {"solo": {}, "load": {}, "cpu": {}}
    pooled: dict[str, dict[str, list]] = {
        name: {"solo": [], "load": [], "wall": [], "cpu_solo": [], "cpu_load": []} for name in bots
    }

    def phase(name: str, kind: str, run: Any) -> Any:
        groups = bots[name].groups
        before = cpu_seconds(groups)
        out = run()
        samples = out[0] if isinstance(out, tuple) else out
        pooled[name][f"cpu_{kind}"].append((cpu_seconds(groups) - before, len(samples)))
        return out

    for name, bot in bots.items():
        print(f"warm-up: {name}", flush=True)
        asyncio.run(solo(bot, args.turns, 1, args.timeout))
        if args.show:
            show_conversation(bot, args.turns, args.timeout)
    for r in range(args.rounds):
        for name, bot in bots.items():
            print(f"round {r + 1}: solo {name} ({args.solo} x {args.turns} turns)", flush=True)
            pooled[name]["solo"] += phase(
                name,
                "solo",
                lambda b=bot: asyncio.run(solo(b, args.turns, args.solo, args.timeout)),
            )
        for name, bot in bots.items():
            print(f"round {r + 1}: load {name} ({args.users} users x {args.turns} turns)",
                  flush=True)  # fmt: skip
            samples, wall = phase(
                name, "load",
                lambda b=bot: asyncio.run(closed_loop(b, args.users, args.turns, args.timeout)),
            )  # fmt: skip
            pooled[name]["load"] += samples
            pooled[name]["wall"].append(wall)
            cpu, turns = pooled[name]["cpu_load"][-1]
            print(f"  {summary(samples, wall)['turns_per_s']:.2f} turns/s, "
                  f"CPU {cpu / max(turns, 1) * 1000:.1f} ms/turn", flush=True)  # fmt: skip
    for name, bot in bots.items():
        results["solo"][name] = summary(pooled[name]["solo"])
        results["load"][name] = summary(pooled[name]["load"], sum(pooled[name]["wall"]))
        results["cpu"][name] = {
            kind: sum(c for c, _ in pooled[name][f"cpu_{kind}"])
            * 1000
            / max(1, sum(n for _, n in pooled[name][f"cpu_{kind}"]))
            for kind in ("solo", "load")
        }
        results["cpu"][name]["load_rounds"] = [
            c * 1000 / max(n, 1) for c, n in pooled[name]["cpu_load"]
        ]
        results["load"][name]["rounds_turns_per_s"] = [
            (args.users * args.turns) / w for w in pooled[name]["wall"]
        ]
        bot.rss["after_load"] = rss_of(bot.pid)
    return results


def report(args: argparse.Namespace, results: dict[str, Any], bots: dict[str, Bot]) -> None:
    names = list(bots)
    p = names[0]
    print()
    print(f"closed loop: {args.users} users x {args.turns} turns, no think time, "
          f"{args.rounds} round(s); solo: {args.solo} x {args.turns} turns")  # fmt: skip
    for b in names[1:]:
        report_pair(args, results, bots, p, b)
    print()
    print("CPU time per turn (all processes of each bot's servers), and rounds:")
    for name in names:
        cpu, load = results["cpu"][name], results["load"][name]
        rounds = " / ".join(f"{x:.1f}" for x in cpu["load_rounds"])
        tps = " / ".join(f"{x:.2f}" for x in load["rounds_turns_per_s"])
        print(f"  {name}: solo {cpu['solo']:.1f} ms, closed loop {cpu['load']:.1f} ms "
              f"(rounds {rounds} ms; {tps} turns/s)")  # fmt: skip
    cpu = results["cpu"]
    for b in names[1:]:
        print(f"  {p}/{b}: CPU per turn solo {ratio(cpu[p]['solo'], cpu[b]['solo'])}, "
              f"closed loop {ratio(cpu[p]['load'], cpu[b]['load'])}")  # fmt: skip


def report_pair(
    args: argparse.Namespace, results: dict[str, Any], bots: dict[str, Bot], p: str, b: str
) -> None:
    s, l = results["solo"], results["load"]  # noqa: E741
    c = results["cpu"]
    HEADER[:] = [p, b, f"{p}/{b}"]
    rss_p, rss_b = bots[p].rss["after_load"], bots[b].rss["after_load"]
    rows = [
        ("solo turn p50", fmt_ms(s[p]["p50_ms"]), fmt_ms(s[b]["p50_ms"]),
         ratio(s[p]["p50_ms"], s[b]["p50_ms"])),
        ("solo turn p95", fmt_ms(s[p]["p95_ms"]), fmt_ms(s[b]["p95_ms"]),
         ratio(s[p]["p95_ms"], s[b]["p95_ms"])),
        (f"load p50 ({args.users} users)", fmt_ms(l[p]["p50_ms"]), fmt_ms(l[b]["p50_ms"]),
         ratio(l[p]["p50_ms"], l[b]["p50_ms"])),
        (f"load p95 ({args.users} users)", fmt_ms(l[p]["p95_ms"]), fmt_ms(l[b]["p95_ms"]),
         ratio(l[p]["p95_ms"], l[b]["p95_ms"])),
        (f"load p99 ({args.users} users)", fmt_ms(l[p]["p99_ms"]), fmt_ms(l[b]["p99_ms"]),
         ratio(l[p]["p99_ms"], l[b]["p99_ms"])),
        ("throughput", f"{l[p]['turns_per_s']:.2f} turns/s", f"{l[b]['turns_per_s']:.2f} turns/s",
         ratio(l[p]["turns_per_s"], l[b]["turns_per_s"])),
        ("CPU per turn, solo", f"{c[p]['solo']:.1f} ms", f"{c[b]['solo']:.1f} ms",
         ratio(c[p]["solo"], c[b]["solo"])),
        ("CPU per turn, closed loop", f"{c[p]['load']:.1f} ms", f"{c[b]['load']:.1f} ms",
         ratio(c[p]["load"], c[b]["load"])),
        ("errors solo / load", f"{errors_text(s[p])} / {errors_text(l[p])}",
         f"{errors_text(s[b])} / {errors_text(l[b])}", ""),
        ("Rasa server VmRSS after load",
         f"{bots[p].rss['after_load'].get('VmRSS', 0) / 1024:,.0f} MB",
         f"{bots[b].rss['after_load'].get('VmRSS', 0) / 1024:,.0f} MB",
         ratio(rss_p.get("VmRSS", 0), rss_b.get("VmRSS", 0))),
        ("Rasa server VmHWM (peak)",
         f"{bots[p].rss['after_load'].get('VmHWM', 0) / 1024:,.0f} MB",
         f"{bots[b].rss['after_load'].get('VmHWM', 0) / 1024:,.0f} MB", ""),
    ]  # fmt: skip
    print()
    print(f"requests {l[p]['requests']} / {l[b]['requests']}")
    print_table(rows)


def think_mode(args: argparse.Namespace, bots: dict[str, Bot]) -> dict[str, Any]:
    levels = [int(x) for x in str(args.levels).split(",") if x.strip()]
    other = [name for name in bots if name != "project"]
    names = ["project"] + (other if args.think_starter else [])
    out: dict[str, Any] = {}
    for name in names:
        bot = bots[name]
        rows = []
        held = 0
        for level in levels:
            print(f"think: {name}, {level} users, {args.level_seconds:.0f} s", flush=True)
            samples, wall = asyncio.run(
                think_level(bot, level, args.level_seconds, args.turns, args.timeout, args.seed)
            )
            s = summary(samples, wall)
            s["users"] = level
            rows.append(s)
            ok = s["p95_ms"] < 1000 and not s["errors"]
            if ok:
                held = level
            print(
                f"  {s['requests']} turns, {s['turns_per_s']:.2f}/s, p50 {fmt_ms(s['p50_ms'])},"
                f" p95 {fmt_ms(s['p95_ms'])}, errors {errors_text(s)}",
                flush=True,
            )
            if s["p95_ms"] > args.stop_p95 * 1000:
                print(f"  p95 above {args.stop_p95:.0f} s: not climbing further", flush=True)
                break
        bot.rss["after_think"] = rss_of(bot.pid)
        out[name] = {"levels": rows, "held": held}
        print()
        print(f"think mode, {name}: think 3-15 s (seed {args.seed}), {args.level_seconds:.0f} s "
              f"per level, {args.turns} turns per user")  # fmt: skip
        print("| users | turns | turns/s | p50 | p95 | p99 | errors |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in rows:
            print(f"| {r['users']} | {r['requests']} | {r['turns_per_s']:.2f} | "
                  f"{fmt_ms(r['p50_ms'])} | {fmt_ms(r['p95_ms'])} | {fmt_ms(r['p99_ms'])} | "
                  f"{errors_text(r)} |")  # fmt: skip
        print(
            f"highest level with p95 < 1 s and no error: {held or 'none'} users; "
            f"Rasa VmRSS after: {bot.rss['after_think'].get('VmRSS', 0) / 1024:,.0f} MB"
        )
    return out


def start_bots(args: argparse.Namespace, tmp: Path, running: list[Any]) -> dict[str, Bot]:
    """The project and what it is compared with: the starter bot (unless --no-starter), the
    project as another checkout runs it (--other), or (--baseline) the project as it ran
    before the cuts of issue 17. Each is up before any is driven; `running` gets every
    server to stop. With --baseline the two stacks load one after the other."""
    bots: dict[str, Bot] = {}
    if args.baseline:
        kind = "before" if args.baseline == "first" else "before2"
        for name in (kind, "project"):
            bot = ProjectBot(tmp, args.model, name=name)
            running.append(bot)
            print(f"{name}: starting the stack (var: {bot.stack.var_dir})", flush=True)
            bots[name] = bot.start()
            print(f"{name}: up in {bot.start_seconds:.0f} s at {bots[name].url}", flush=True)
            bots[name].rss["up"] = rss_of(bots[name].pid)
        bots["before"] = bots.pop(kind)
        bots["before"].name = "before"
        return {"project": bots["project"], "before": bots["before"]}
    starter = None
    if not args.no_starter:
        starter = StarterBot(args.starter_dir.resolve() if args.starter_dir else tmp / "starter")
        running.append(starter)
        starter.train()
    project = ProjectBot(tmp, args.model)
    running.append(project)
    if starter:
        starter.launch()
    print(f"project: starting the stack (var: {project.stack.var_dir})", flush=True)
    bots["project"] = project.start()
    print(f"project: up in {project.start_seconds:.0f} s at {bots['project'].url}", flush=True)
    if args.other:
        other = OtherCheckoutBot(tmp, args.other, args.other_name, args.other_model)
        running.append(other)
        print(f"{other.name}: starting {other.root}'s stack with {other.model.name}", flush=True)
        bots[other.name] = other.start()
        print(f"{other.name}: up in {other.start_seconds:.0f} s at {bots[other.name].url}",
              flush=True)  # fmt: skip
    if starter:
        bots["starter"] = starter.wait()
        print(f"starter: up in {starter.start_seconds:.0f} s at {bots['starter'].url}", flush=True)
    if len(bots) < 2:
        raise SystemExit("nothing to compare with: --no-starter needs --other")
    return bots


def main(argv: list[str]) -> int:
    args = parse_args(argv)

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    tmp = Path(tempfile.mkdtemp(prefix="samen-load-"))
    running: list[Any] = []
    bots: dict[str, Bot] = {}
    everything: dict[str, Any] = {"args": {k: str(v) for k, v in vars(args).items()}}
    try:
        bots = start_bots(args, tmp, running)
        for bot in bots.values():
            bot.rss["idle"] = rss_of(bot.pid)
        results = measure(args, bots)
        report(args, results, bots)
        everything |= results
        if args.think:
            everything["think"] = think_mode(args, bots)
        everything["rss_kb"] = {name: bot.rss for name, bot in bots.items()}
        print(
            "idle VmRSS before the run: "
            + ", ".join(
                f"{n} {b.rss['idle'].get('VmRSS', 0) / 1024:,.0f} MB" for n, b in bots.items()
            )
        )
        if args.json:
            args.json.write_text(json.dumps(everything, indent=2, default=str))
    except KeyboardInterrupt:
        print("interrupted: stopping the servers", file=sys.stderr)
        args.keep = True
        return 130
    except BaseException:
        args.keep = True
        raise
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip the stop
        for server in running:
            server.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if args.keep:
            print(f"stopped; logs and temporary files in {tmp}", flush=True)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
            print("stopped; temporary folder removed (--keep keeps it)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
