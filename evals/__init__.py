"""The evaluation harness: datasets, evaluators, suites, the release gate and reports (docs/evaluation.md)."""
