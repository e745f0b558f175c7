"""`caseassist eval evidence REPORT.json`: a Markdown summary shaped for the Algorithmic Transparency
Recording Standard (ATRS) record and a DPIA's accuracy and fairness section.

It says what was tested, how, with what results and what the tests cannot show, in words a
governance lead can paste, with the identifiers (settings hash, corpus hash, prompt versions) that
tie the evidence to one configuration.
"""

from __future__ import annotations

from typing import Any

from evals.runner import SUITES

LIMITS = [
    "The test corpus is synthetic (generated case records with gold annotations); real records are longer, "
    "messier and more varied, so real-world accuracy may be lower than measured here.",
    "Gold facts are matched as text (dates normalised to ISO); a correct answer worded differently can count as a miss, "
    "and an answer that contains the fact among wrong statements can count as a hit; grounding checks catch the latter.",
    "Bias twins (bias.v2) change names, a stated ethnicity, religion, first language or parental disability, or "
    "poverty markers, one twin per group value with one wording each, over 3 generated cases; real records state "
    "these in more places and ways.",
    "Privacy scans look for the exact raw values of the gold set; a value written differently (spacing, spelling) "
    "is not searched for.",
    "The LLM-judge faithfulness score, where present, is advisory and never the only gate.",
]


def render(report: dict[str, Any]) -> str:
    gates = report.get("gates", {})
    run = report.get("run", {})
    out = [
        "# CaseAssist: evaluation evidence",
        "",
        f"Release gate: **{'passed' if gates.get('passed') else 'FAILED'}** (gates version {gates.get('version')}), "
        f"run on {report.get('date')} by {report.get('who')}.",
        "",
        "## Configuration evaluated (ATRS: tool details)",
        "",
        f"- Answering backend: {report.get('backend')}; model: {report.get('model')}; models answering: "
        f"{', '.join(run.get('models', [])) or 'n/a'}",
        f"- Prompt versions: {', '.join(run.get('prompt_versions', [])) or 'n/a'}",
        f"- Settings hash: `{report.get('settings_fingerprint')}`; corpus `{report.get('corpus')}` hash `{report.get('corpus_hash')}`",
        f"- Assistant built with `{run.get('built_with', 'n/a')}` (the production wiring); {run.get('cases', '?')} cases, "
        f"{run.get('notes', '?')} notes imported through the production pipeline.",
        "",
        "## What was tested and how (DPIA: accuracy and fairness)",
        "",
    ]
    for name in report.get("suites", {}):
        out.append(f"- **{name}**: {SUITES.get(name, '')}.")
    out += ["", "## Results", "", "| Suite | Metric | Value | Gate | Result |", "|---|---|---|---|---|"]
    gated = {(g["suite"], g["metric"]): g for g in gates.get("results", [])}
    for name, body in report.get("suites", {}).items():
        for metric, value in body.get("metrics", {}).items():
            gate = gated.get((name, metric))
            result = "" if gate is None else ("pass" if gate["passed"] else f"**FAIL** {gate['reason']}")
            out.append(f"| {name} | {metric} | {value:.4g} | {gate['rule'] if gate else 'not gated'} | {result} |")
    bias = report.get("suites", {}).get("bias")
    if bias:
        out += [
            "",
            "### Fairness by group",
            "",
            "| Group | " + " | ".join(_group_metrics(bias)) + " |",
            "|---|" + "---|" * len(_group_metrics(bias)),
        ]
        for group, figures in bias.get("groups", {}).items():
            out.append(
                f"| {group} | "
                + " | ".join(f"{figures[m]:.3g}" if m in figures else "-" for m in _group_metrics(bias))
                + " |"
            )
    failing = [g for g in gates.get("results", []) if not g["passed"]]
    out += ["", "## Failing gates and actions", ""]
    out += [f"- {g['suite']}.{g['metric']}: {g['reason']}" for g in failing] or ["- None."]
    out += ["", "## Known limits of this evidence", ""] + [f"- {line}" for line in LIMITS]
    out += ["", "Full per-question results, failures and plots: report.json and report.html in the same directory.", ""]
    return "\n".join(out)


def _group_metrics(bias: dict[str, Any]) -> list[str]:
    return sorted({m for figures in bias.get("groups", {}).values() for m in figures})
