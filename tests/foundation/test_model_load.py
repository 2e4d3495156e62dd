"""DIET loaded without Rasa's training step predicts exactly what Rasa's own load predicts,
with much less memory (`samen_rasa.model_load`, installed by `launcher.rasa_server`).

Each load runs in a process of its own (the trained model of the test session), so that the
memory figures are the process's own: the held-out NLU messages (tests/nlu/test_data.yml)
are parsed and the whole parse results compared for equality.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from launcher.model_inputs import ROOT

PARSE = r"""
import asyncio, json, re, sys
import yaml
if sys.argv[1] == "samen":
    from samen_rasa import model_load
    model_load.install()
    assert model_load.installed()
from rasa.core.agent import Agent

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

agent = Agent.load(sys.argv[2])
loaded = rss_mb()
texts = []
for block in yaml.safe_load(open(sys.argv[3], encoding="utf-8"))["nlu"]:
    for line in (block.get("examples") or "").splitlines():
        line = line.strip()[2:].strip()
        if line:  # annotations out: [text](entity) or [text]{...} -> text
            texts.append(re.sub(r"\[([^\]]*)\](\{[^}]*\}|\([^)]*\))", r"\1", line))

async def parse_all():
    return [await agent.parse_message(text) for text in texts[:300]]

result = {"rss_mb": loaded, "parses": asyncio.run(parse_all())}
with open(sys.argv[4], "w", encoding="utf-8") as out:  # a file: no log line can cut it
    json.dump(result, out)
"""


def start_parse(kind: str, model: Path, out: Path) -> subprocess.Popen:
    """One load and its parse results, written to `out` (a fresh clone's run once had the
    single stdout line cut in two by another writer); its error output to `out`.err."""
    env = dict(os.environ)
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{ROOT / 'rasa'}"
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    command = [sys.executable, "-c", PARSE, kind, str(model)]
    command += [str(ROOT / "tests/nlu/test_data.yml"), str(out)]
    with out.with_suffix(".err").open("wb") as err:
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err
        )  # fmt: skip


def result_of(process: subprocess.Popen, out: Path) -> dict:
    assert process.wait(timeout=900) == 0, out.with_suffix(".err").read_text("utf-8")[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_same_predictions_as_rasas_own_load_with_less_memory(trained_model, tmp_path):
    # the two loads run side by side (one core each); each process measures its own RSS
    out = {kind: tmp_path / f"{kind}.json" for kind in ("rasa", "samen")}
    running = {kind: start_parse(kind, trained_model, path) for kind, path in out.items()}
    try:
        rasa, samen = (result_of(running[kind], out[kind]) for kind in ("rasa", "samen"))
    finally:
        for process in running.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    assert len(samen["parses"]) == len(rasa["parses"]) >= 100
    for ours, theirs in zip(samen["parses"], rasa["parses"], strict=True):
        assert ours == theirs  # intent, ranking, entities, confidences: all identical
    assert samen["rss_mb"] < rasa["rss_mb"] - 300, (samen["rss_mb"], rasa["rss_mb"])


def test_the_rasa_server_installs_it():
    from launcher.rasa_server import install_overrides
    from samen_rasa import action_response, action_session, model_load

    install_overrides()
    try:
        assert model_load.installed() and action_session.installed()
        assert action_response.installed()
    finally:
        model_load.uninstall()
        action_session.uninstall()
        action_response.uninstall()
    assert not model_load.installed() and not action_session.installed()
