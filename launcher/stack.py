"""Start and stop the three servers of Samen: actions, Rasa and the web server.

Used by `make run` (python -m launcher) and by the test suite, so both exercise
the same start-up path. Each server logs to var/log/<name>.log; no server logs
message text (Rasa runs at INFO level, the web server logs paths only).

The web server on :8080 is gunicorn serving the Django application `staff` (staff.wsgi):
the chat pages and widget files, and the staff application at /staff/. Its database
migrations run first (`python -m staff migrate`), in the conversations' database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from launcher.endpoints import write_endpoints
from launcher.model_inputs import ROOT
from privacy.handoff import ensure_contact_key_file
from privacy.reference import ensure_key_file

PROFILE = ROOT / "rasa" / "profiles" / "embedded"


@dataclass(frozen=True)
class Ports:
    actions: int = 5055
    rasa: int = 5005
    web: int = 8080


@dataclass
class Server:
    name: str
    command: list[str]
    health_url: str
    process: subprocess.Popen | None = None


@dataclass
class Stack:
    model: Path
    ports: Ports = field(default_factory=Ports)
    var_dir: Path = ROOT / "var"
    auth_token: str | None = None
    host: str = "0.0.0.0"
    servers: list[Server] = field(default_factory=list)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.rasa}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.actions}"

    @property
    def web_url(self) -> str:
        return f"http://localhost:{self.ports.web}"

    @property
    def allowed_origins(self) -> list[str]:
        """SAMEN_ALLOWED_ORIGINS, or the web page's own origin on localhost and 127.0.0.1."""
        configured = os.environ.get("SAMEN_ALLOWED_ORIGINS", "")
        origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
        origins = [o for o in origins if o != "*"]
        if not origins:
            origins = [f"http://{h}:{self.ports.web}" for h in ("localhost", "127.0.0.1")]
        return origins

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["SAMEN_ALLOWED_ORIGINS"] = ",".join(self.allowed_origins)
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("PYTHONWARNINGS", "ignore")
        env["SAMEN_ACTION_URL"] = f"{self.actions_url}/webhook"
        env["SAMEN_TRACKER_DB"] = str(self.var_dir / "tracker.db")
        env["SAMEN_DOMAIN"] = str(ROOT / "domain.yml")
        env["SAMEN_VAR_DIR"] = str(self.var_dir)
        env["SAMEN_RASA_PORT"] = str(self.ports.rasa)
        # where the action server posts a hand-off (privacy.handoff.INTAKE_PATH)
        env.setdefault("SAMEN_STAFF_URL", f"http://127.0.0.1:{self.ports.web}")
        env["DJANGO_SETTINGS_MODULE"] = "staff.settings"
        # one key for both servers: the store files conversations under reference_for(),
        # the action server shows the same reference to the user
        if not env.get("SAMEN_SECRET_KEY"):
            env["SAMEN_SECRET_KEY"] = ensure_key_file(self.var_dir / "secret.key")
        # hand-off contacts are stored encrypted under this key (privacy.handoff)
        if not env.get("SAMEN_CONTACT_KEY"):
            env["SAMEN_CONTACT_KEY"] = ensure_contact_key_file(self.var_dir / "contact.key")
        env |= write_endpoints(env, self.var_dir / "run" / "endpoints.yml")
        return env

    def _status_url(self) -> str:
        token = f"?token={self.auth_token}" if self.auth_token else ""
        return f"{self.rasa_url}/status{token}"

    def _servers(self) -> list[Server]:
        py = sys.executable
        rasa_cmd = [
            py, "-m", "launcher.rasa_server", "run",
            "--model", str(self.model),
            "--port", str(self.ports.rasa),
            "--interface", self.host,
            "--enable-api", "--cors", *self.allowed_origins,
            "--endpoints", str(self.var_dir / "run" / "endpoints.yml"),
            "--credentials", str(PROFILE / "credentials.yml"),
        ]  # fmt: skip
        if self.auth_token:
            rasa_cmd += ["--auth-token", self.auth_token]
        return [
            Server(
                "actions",
                [py, "-m", "launcher.action_server", "--actions", "actions"]
                + ["--port", str(self.ports.actions)],
                f"{self.actions_url}/health",
            ),
            # /status answers only once the model is loaded (409 before)
            Server("rasa", rasa_cmd, self._status_url()),
            Server("web", self._web_command(), f"http://127.0.0.1:{self.ports.web}/"),
        ]

    def _web_command(self) -> list[str]:
        """gunicorn: one worker process (the index sync and SQLite like one writer) with 8
        threads; the access log holds the method, the path without query string and the
        status, never a body."""
        return [
            sys.executable, "-m", "gunicorn", "staff.wsgi:application",
            "--bind", f"{self.host}:{self.ports.web}",
            "--worker-class", "gthread", "--workers", "1", "--threads", "8",
            "--access-logfile", "-", "--access-logformat", '%(t)s web %(m)s %(U)s %(s)s',
            "--forwarded-allow-ips", os.environ.get("SAMEN_FORWARDED_ALLOW_IPS", "127.0.0.1"),
            "--no-control-socket",  # one per user by default: two instances would share it
        ]  # fmt: skip

    def migrate(self, env: dict[str, str], log_dir: Path) -> None:
        """The staff tables, created or updated before the web server starts."""
        with (log_dir / "web.log").open("ab") as log:
            done = subprocess.run(
                [sys.executable, "-m", "staff", "migrate", "--noinput"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"staff database migration failed; see {log_dir / 'web.log'}")

    def start(self, timeout: float = 300.0, only: tuple[str, ...] | None = None) -> None:
        # a slow or busy machine may need longer to load the model (SAMEN_START_TIMEOUT, s)
        timeout = float(os.environ.get("SAMEN_START_TIMEOUT") or timeout)
        log_dir = self.var_dir / "log"
        log_dir.mkdir(parents=True, exist_ok=True)
        env = self._environment()
        self.servers = [s for s in self._servers() if only is None or s.name in only]
        if any(server.name == "web" for server in self.servers):
            self.migrate(env, log_dir)
        for server in self.servers:
            log = (log_dir / f"{server.name}.log").open("ab")
            server.process = subprocess.Popen(
                server.command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        for server in self.servers:
            self._wait_ready(server, deadline, log_dir)

    def _wait_ready(self, server: Server, deadline: float, log_dir: Path) -> None:
        while time.monotonic() < deadline:
            if server.process and server.process.poll() is not None:
                self.stop()
                raise RuntimeError(
                    f"{server.name} server exited with status {server.process.returncode};"
                    f" see {log_dir / (server.name + '.log')}"
                )
            try:
                with urllib.request.urlopen(server.health_url, timeout=2) as reply:
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"{server.name} server did not answer at {server.health_url} in time")

    def stop(self, grace: float = 15.0) -> None:
        for server in self.servers:
            if server.process and server.process.poll() is None:
                try:
                    os.killpg(server.process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + grace
        for server in self.servers:
            if not server.process:
                continue
            try:
                server.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(server.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                server.process.wait()
