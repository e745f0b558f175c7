"""Grounding: deterministic checks that an answer says nothing its cited notes do not, plus an
advisory LLM-judge faithfulness score when settings.ollama.judge_model is configured.

The judge is never a gate on its own: its verdicts are cached by (question, answer, sources) hash
under the run's report directory, so reruns are cheap and a reviewer can read every verdict.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Protocol

from evals.core import Evaluator, SuiteResult, mean
from evals.evaluators import SensitiveAssertionsSupported, TokensGrounded, claims
from evals.suites.common import RunContext, failure, gold_questions

NAME = "grounding"
RULES = (
    "grounding rules v2: a date counts when a cited note writes it in any common UK form or states it relative "
    "to the note's own date in the passage the claim quotes (docs/evaluation.md, 'Grounding: what counts as stated')"
)
EVALUATORS: tuple[Evaluator, ...] = (TokensGrounded(), SensitiveAssertionsSupported())
METRIC_OF = {"tokens_grounded": "grounded_rate", "sensitive_supported": "sensitive_supported_rate"}


class Judge(Protocol):
    model: str

    def faithful(self, question: str, answer: str, sources: str) -> bool | None: ...


def run(ctx: RunContext) -> SuiteResult:
    dataset = gold_questions(ctx.subject, ctx.max_questions)
    result = SuiteResult(NAME, datasets=[dataset.ref, "lexicons@1"])
    scores: dict[str, list[float]] = defaultdict(list)
    judged: list[float] = []
    for index, case in enumerate(dataset.cases):
        ctx.progress(f"grounding: answer {index + 1} of {len(dataset.cases)}", index / max(len(dataset.cases), 1))
        observed = ctx.ask(str(case.inputs["asked_as"]), str(case.inputs["question"]), str(case.inputs["case_id"]))
        for evaluator in EVALUATORS:
            verdict = evaluator.evaluate(case, observed)
            if verdict is None:
                continue
            scores[METRIC_OF[verdict.name]].append(float(verdict.passed))
            result.paired.setdefault(METRIC_OF[verdict.name], []).append(int(verdict.passed))
            if not verdict.passed:
                result.failures.append(failure(NAME, verdict.name, case, observed, verdict.reason, case.tags["qtype"]))
        if ctx.judge is not None and claims(str(observed.get("answer", ""))):
            verdict_ = ctx.judge.faithful(
                str(case.inputs["question"]), str(observed["answer"]), "\n\n".join(observed["cited_texts"].values())
            )
            if verdict_ is not None:
                judged.append(float(verdict_))
    result.notes.append(RULES)
    result.metrics = {metric: mean(values) for metric, values in scores.items()}
    result.counts = {"answers": len(dataset.cases), **{f"n_{m}": len(v) for m, v in scores.items()}}
    if judged:
        result.metrics["judge_faithfulness_advisory"] = mean(judged)
        result.notes.append(f"LLM judge {ctx.judge.model if ctx.judge else ''}: advisory only, {len(judged)} verdicts")
    else:
        result.notes.append("no LLM judge configured (settings.ollama.judge_model): deterministic checks only")
    return result


class OllamaJudge:
    """Asks a judge model served by Ollama whether an answer is supported by its sources; cached."""

    PROMPT = (
        "You check answers about case notes. Reply with one word, SUPPORTED or UNSUPPORTED: is every statement "
        "in the ANSWER supported by the SOURCES?\n\nQUESTION: {question}\n\nANSWER: {answer}\n\nSOURCES:\n{sources}"
    )

    def __init__(self, base_url: str, model: str, cache: Path, timeout_s: float = 120.0) -> None:
        self.model = model
        self._url = base_url.rstrip("/") + "/api/chat"
        self._cache_path = cache
        self._timeout = timeout_s
        self._cache: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8")) if cache.is_file() else {}

    def faithful(self, question: str, answer: str, sources: str) -> bool | None:
        import httpx

        key = hashlib.sha256(json.dumps([self.model, question, answer, sources]).encode()).hexdigest()
        if key not in self._cache:
            body = {
                "model": self.model,
                "stream": False,
                "options": {"temperature": 0},
                "messages": [
                    {"role": "user", "content": self.PROMPT.format(question=question, answer=answer, sources=sources)}
                ],
            }
            try:
                reply = httpx.post(self._url, json=body, timeout=self._timeout)
                reply.raise_for_status()
                text = str(reply.json().get("message", {}).get("content", "")).upper()
            except (httpx.HTTPError, ValueError):
                return None
            self._cache[key] = "UNSUPPORTED" not in text and "SUPPORTED" in text
            self._cache_path.parent.mkdir(parents=True, exist_ok=True)
            self._cache_path.write_text(json.dumps(self._cache), encoding="utf-8")
        return bool(self._cache[key])
