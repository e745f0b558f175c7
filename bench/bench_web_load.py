"""Load on the web API: N concurrent signed-in users asking questions, extractive backend.

Target (issue 9): 20 concurrent users on one 2-core machine, p95 <= 1 s, 0 errors.

What it does: imports the committed demo corpus into a fresh CASEASSIST_HOME (or reuses --home),
sets the demo password for the users it signs in as, starts `uvicorn --factory
web.app:create_app_from_env` on 127.0.0.1:<free port> in a subprocess with no Ollama configured
(so answers are extractive), signs in N social workers / team managers, warms each up with one
question, then has them ask questions about their own cases, each waiting for its answer before
asking again, until --requests answers or --seconds have passed. Prints the figures; exits 1 if
the target is missed or any request failed.

    .venv/bin/python bench/bench_web_load.py                 # import + 20 users x 200 requests
    .venv/bin/python bench/bench_web_load.py --home .caseassist --users 20 --requests 400
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEMO = REPO / "data" / "demo"
QUESTIONS = (
    "When was the child last seen alone?",
    "What did the school say about attendance?",
    "Who is the GP?",
    "Has the police been involved?",
    "What happened at the last home visit?",
    "When was the last strategy discussion?",
    "Summarise the concerns about the home.",
    "What did the child say about school?",
)
TARGET_P95_S = 1.0


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def p(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEASSIST_")}
    env.update(CASEASSIST_HOME=str(home), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    return env


def casework_users(limit: int) -> list[str]:
    """Demo users who can see at least one case (a user with none would only get cheap refusals)."""
    users = json.loads((DEMO / "users.json").read_text(encoding="utf-8"))
    cases = [json.loads(line) for line in (DEMO / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    named = {c["allocated_worker"] for c in cases} | {u for c in cases for u in c.get("access_list", [])}
    teams = {c["team"] for c in cases}
    return [
        u["username"] for u in users
        if (u["role"] == "social_worker" and u["username"] in named) or (u["role"] == "team_manager" and teams & set(u["teams"]))
    ][:limit]


def prepare(home: Path, usernames: list[str], password: str, do_import: bool) -> None:
    env = environment(home)
    if do_import:
        print(f"importing the demo corpus into {home} ...", flush=True)
        started = time.monotonic()
        subprocess.run([str(BIN / "caseassist"), "import", str(DEMO / "cases.jsonl"), "--users", str(DEMO / "users.json")],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"imported in {time.monotonic() - started:.0f} s", flush=True)
    for username in usernames:
        subprocess.run([str(BIN / "caseassist"), "user", "set-password", username], input=password + "\n", text=True,
                       env=env, check=True, stdout=subprocess.DEVNULL)


def start_server(home: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [str(BIN / "python"), "-m", "uvicorn", "--factory", "web.app:create_app_from_env", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    return subprocess.Popen(command, env=environment(home), cwd=REPO)


async def wait_ready(base: str, server: subprocess.Popen[bytes], timeout_s: float = 180) -> float:
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() - started < timeout_s:
            if server.poll() is not None:
                raise SystemExit(f"the server exited with code {server.returncode}")
            try:
                if (await client.get("/signin")).status_code == 200:
                    return time.monotonic() - started
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.25)
    raise SystemExit(f"the server did not answer within {timeout_s:.0f} s")


async def user(base: str, username: str, password: str, budget: list[int], deadline: float, results: Results, seed: int) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        signed = await client.post("/api/session", json={"username": username, "password": password})
        if signed.status_code != 200:
            results.errors.append(f"{username}: sign-in {signed.status_code}")
            return
        headers = {"X-CSRF-Token": signed.json()["csrf_token"]}
        cases = [c["case_id"] for c in (await client.get("/api/cases")).json()]
        if not cases:
            results.errors.append(f"{username}: sees no case (was the demo corpus imported into this home?)")
            return
        await client.post("/api/ask", json={"question": QUESTIONS[0], "case_id": cases[0]}, headers=headers)  # warm-up
        while budget[0] > 0 and time.monotonic() < deadline:
            budget[0] -= 1
            body = {"question": rng.choice(QUESTIONS), "case_id": rng.choice(cases) if rng.random() < 0.8 else None}
            started = time.perf_counter()
            try:
                response = await client.post("/api/ask", json=body, headers=headers)
                ok = response.status_code == 200 and "answer" in response.json()
                if not ok:
                    results.errors.append(f"{username}: HTTP {response.status_code}")
            except httpx.HTTPError as exc:
                results.errors.append(f"{username}: {type(exc).__name__}")
            results.latencies.append(time.perf_counter() - started)


async def run(base: str, usernames: list[str], password: str, requests: int, seconds: float) -> tuple[Results, float]:
    results = Results()
    budget = [requests]
    started = time.monotonic()
    await asyncio.gather(*(user(base, name, password, budget, started + seconds, results, i) for i, name in enumerate(usernames)))
    return results, time.monotonic() - started


def main() -> int:
    from records.synthetic.actors import DEMO_PASSWORD

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, help="A CASEASSIST_HOME with the demo corpus imported (default: a fresh one, imported now).")
    parser.add_argument("--users", type=int, default=20, help="Concurrent users (default 20).")
    parser.add_argument("--requests", type=int, default=200, help="Questions in total, after warm-up (default 200).")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1, as `caseassist serve`).")
    parser.add_argument("--seconds", type=float, default=180, help="Stop asking after this long (default 180).")
    args = parser.parse_args()

    pool = casework_users(args.users)
    if not pool:
        raise SystemExit(f"no social workers or team managers in {DEMO / 'users.json'}")
    usernames = [pool[i % len(pool)] for i in range(args.users)]  # fewer workers than users: some on two devices
    with tempfile.TemporaryDirectory(prefix="caseassist-bench-") as scratch:
        home = args.home or Path(scratch) / "home"
        prepare(home, sorted(set(usernames)), DEMO_PASSWORD, do_import=args.home is None)
        port = free_port()
        server = start_server(home, port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}"
            ready = asyncio.run(wait_ready(base, server))
            results, elapsed = asyncio.run(run(base, usernames, DEMO_PASSWORD, args.requests, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    n = len(results.latencies)
    load = os.getloadavg()[0]
    print(f"web load: {args.users} concurrent users, {args.workers} worker(s), machine load average {load:.1f} on {os.cpu_count()} CPUs")
    print(f"  {n} questions in {elapsed:.1f} s ({n / elapsed:.1f}/s), server ready in {ready:.1f} s")
    if n:
        print(f"  latency p50 {results.p(0.5) * 1000:.0f} ms, p95 {results.p(0.95) * 1000:.0f} ms, "
              f"max {max(results.latencies) * 1000:.0f} ms, mean {statistics.fmean(results.latencies) * 1000:.0f} ms")
    print(f"  errors: {len(results.errors)}" + (f" (first: {results.errors[0]})" if results.errors else ""))
    met = n > 0 and not results.errors and results.p(0.95) <= TARGET_P95_S
    print(f"  target p95 <= {TARGET_P95_S:.1f} s and 0 errors: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
