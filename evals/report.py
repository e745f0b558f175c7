"""The self-contained HTML report: per-suite scores, per-group bars with parity ratios, failures with
question, answer, cited notes and reason, regressions against the baseline highlighted.

Plots are inline SVG drawn here; the page loads nothing (no scripts, fonts or images), so it can be
attached to a DPIA or an ATRS record and read offline years later.
"""

from __future__ import annotations

import html
from pathlib import Path
from string import Template
from typing import Any

TEMPLATE = Path(__file__).resolve().parent / "report_template.html"
MAX_FAILURES_SHOWN = 40
_BAR_H = 18
PARITY_METRICS = frozenset(
    {
        "accuracy",
        "fact_accuracy",
        "citation_precision",
        "citation_recall",
        "not_recorded_rate",
        "redaction_recall",
        "retrieval_parity",
        "recall",
        "pass_rate",
    }
)
"""Higher-is-better figures, where worst group over best group (the parity ratio) means something."""


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def bars(title: str, values: dict[str, float], scale: float = 1.0) -> str:
    """A horizontal bar chart (inline SVG) of label -> value in [0, scale]."""
    if not values:
        return ""
    width, label_w = 760, 320
    height = _BAR_H * len(values) + 30
    rows = []
    for i, (label, value) in enumerate(values.items()):
        y = 24 + i * _BAR_H
        length = max(0.0, min(value / scale if scale else 0.0, 1.0)) * (width - label_w - 60)
        rows.append(
            f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end" font-size="12">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{length:.1f}" height="{_BAR_H - 5}" fill="#1d70b8"/>'
            f'<text x="{label_w + length + 4:.1f}" y="{y + 12}" font-size="12">{value:.3g}</text>'
        )
    return (
        f'<svg role="img" aria-label="{esc(title)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><text x="0" y="14" font-size="13" font-weight="bold">{esc(title)}</text>'
        + "".join(rows)
        + "</svg>"
    )


def _table(header: list[str], rows: list[list[str]], row_classes: list[str] | None = None) -> str:
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in header)
    body = "".join(
        f'<tr class="{(row_classes or [""] * len(rows))[i]}">' + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
        for i, row in enumerate(rows)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _gates(report: dict[str, Any]) -> str:
    results = report.get("gates", {}).get("results", [])
    if not results:
        return "<p>No gated metric was measured.</p>"
    rows = [
        [
            esc(g["suite"]),
            esc(g["metric"]),
            esc(_fmt(g["value"])),
            esc(g["rule"]),
            f'<span class="{"pass" if g["passed"] else "fail"}">{"pass" if g["passed"] else "FAIL"}</span> {esc(g["reason"])}',
        ]
        for g in results
    ]
    classes = ["regression" if g.get("regression") else "" for g in results]
    return _table(["Suite", "Metric", "Value", "Rule", "Result"], rows, classes)


def _fmt(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, int | float) else str(value)


METRIC_LABELS = {
    "supporting_note_cited": "supporting note cited (gold notes)",
    "supporting_note_cited_any": "supporting note cited (any note stating the fact)",
}
"""Metrics whose name alone would not tell a reader which definition they use."""


def _metric_name(metric: str) -> str:
    label = METRIC_LABELS.get(metric)
    return f"{metric}: {label}" if label else metric


def _suite(name: str, body: dict[str, Any], baseline: dict[str, Any] | None) -> str:
    base = (baseline or {}).get("suites", {}).get(name, {}).get("metrics", {})
    rows, classes = [], []
    for metric, value in body.get("metrics", {}).items():
        before = base.get(metric)
        delta = "" if before is None else f"{value - before:+.4g}"
        shown = _fmt(before) if before is not None else ("new" if baseline else "-")
        rows.append([esc(_metric_name(metric)), esc(_fmt(value)), esc(shown), esc(delta)])
        classes.append("")
    parts = [f"<h3>{esc(name)}</h3>", _table(["Metric", "Value", "Baseline", "Change"], rows, classes)]
    groups = body.get("groups", {})
    for metric in sorted({m for g in groups.values() for m in g if m not in ("probes", "spans")}):
        values = {g: v[metric] for g, v in groups.items() if metric in v}
        numeric = [v for v in values.values() if isinstance(v, int | float)]
        scale = max([1.0, *numeric]) if metric not in ("mcnemar_p",) else 1.0
        parity = (min(numeric) / max(numeric)) if metric in PARITY_METRICS and numeric and max(numeric) > 0 else None
        title = f"{name}: {metric} per group" + (
            f" (parity ratio {parity:.3f})" if parity is not None and len(numeric) > 1 else ""
        )
        parts.append(bars(title, values, scale))
    for note in body.get("notes", []):
        parts.append(f"<p><em>{esc(note)}</em></p>")
    return "".join(parts)


def _failures(report: dict[str, Any]) -> str:
    parts = []
    for name, body in report.get("suites", {}).items():
        failures = body.get("failures", [])
        if not failures:
            parts.append(f"<p><strong>{esc(name)}</strong>: no failures.</p>")
            continue
        rows = [
            [
                esc(f["check"]),
                esc(f["case_id"]),
                esc(f.get("group", "")),
                esc(f.get("question", "")),
                esc(f.get("answer", "")),
                esc(", ".join(f.get("cited", []))),
                esc(f["reason"]),
            ]
            for f in failures[:MAX_FAILURES_SHOWN]
        ]
        more = len(failures) - MAX_FAILURES_SHOWN
        parts.append(
            f"<details><summary><strong>{esc(name)}</strong>: {len(failures)} failure(s)</summary>"
            + _table(["Check", "Case", "Group", "Question", "Answer", "Cited notes", "Reason"], rows)
            + (f"<p>... and {more} more in report.json</p>" if more > 0 else "")
            + "</details>"
        )
    return "".join(parts)


def render_html(report: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    passed = bool(report.get("gates", {}).get("passed"))
    run = report.get("run", {})
    meta_items = {
        "Date": report.get("date"),
        "Run by": report.get("who"),
        "Backend": report.get("backend"),
        "Model": report.get("model"),
        "Models answering": ", ".join(run.get("models", [])),
        "Prompt versions": ", ".join(run.get("prompt_versions", [])),
        "Judge model": report.get("judge_model") or "none",
        "Settings hash": report.get("settings_fingerprint"),
        "Corpus": report.get("corpus"),
        "Corpus hash": report.get("corpus_hash"),
        "Built with": run.get("built_with"),
        "Baseline": report.get("gates", {}).get("baseline") or "none",
        "Gates version": report.get("gates", {}).get("version"),
        "Duration": f"{report.get('seconds')} s",
    }
    meta = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in meta_items.items())
    headline: dict[str, float] = {}
    for name, body in report.get("suites", {}).items():
        for metric, value in body.get("metrics", {}).items():
            if 0.0 <= value <= 1.0 and not metric.startswith(
                (
                    "raw_pii",
                    "leaks",
                    "unsupported",
                    "noise",
                    "max_",
                    "flip",
                    "worst",
                    "stigmat",
                    "poverty",
                    "min_mcnemar",
                )
            ):
                headline[f"{name}.{metric}"] = value
    suites = "".join(_suite(n, b, baseline) for n, b in report.get("suites", {}).items())
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        verdict="PASSED" if passed else "FAILED",
        verdict_class="pass" if passed else "fail",
        meta=meta,
        gates=_gates(report),
        suite_chart=bars("Rates per suite (1.0 is best)", headline),
        suites=suites,
        failures=_failures(report),
    )
