"""`caseassist eval compare A.json B.json`: per-metric deltas, with significance where it applies.

Where both reports hold paired per-question outcomes for a metric (the same corpus, the same
questions in the same order), an exact McNemar test says whether the change is more than chance;
elsewhere the delta is reported without a test, and the table says why.
"""

from __future__ import annotations

from typing import Any

from evals.suites.bias import mcnemar_p


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    same_corpus = a.get("corpus_hash") == b.get("corpus_hash")
    for suite in sorted(set(a.get("suites", {})) | set(b.get("suites", {}))):
        sa, sb = a.get("suites", {}).get(suite, {}), b.get("suites", {}).get(suite, {})
        ma, mb = sa.get("metrics", {}), sb.get("metrics", {})
        for metric in sorted(set(ma) | set(mb)):
            row: dict[str, Any] = {
                "suite": suite,
                "metric": metric,
                "a": ma.get(metric),
                "b": mb.get(metric),
                "delta": None,
                "p_value": None,
                "test": "",
            }
            if row["a"] is not None and row["b"] is not None:
                row["delta"] = round(float(row["b"]) - float(row["a"]), 4)
            pa, pb = sa.get("paired", {}).get(metric), sb.get("paired", {}).get(metric)
            if pa and pb and len(pa) == len(pb) and same_corpus:
                row["p_value"] = round(mcnemar_p([bool(x) for x in pa], [bool(x) for x in pb]), 4)
                row["test"] = f"exact McNemar, {len(pa)} paired questions"
            elif pa and pb:
                row["test"] = "no test: different corpora or questions"
            rows.append(row)
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    def fmt(v: Any) -> str:
        return "-" if v is None else (f"{v:.4g}" if isinstance(v, float | int) else str(v))

    lines = [f"{'suite.metric':<52} {'A':>9} {'B':>9} {'delta':>9} {'p':>8}  test"]
    for r in rows:
        flag = " *" if r["p_value"] is not None and r["p_value"] < 0.05 else ""
        lines.append(
            f"{r['suite'] + '.' + r['metric']:<52} {fmt(r['a']):>9} {fmt(r['b']):>9} {fmt(r['delta']):>9} "
            f"{fmt(r['p_value']):>8}  {r['test']}{flag}"
        )
    lines.append("* significant at p < 0.05")
    return "\n".join(lines)
