"""The evaluation suites: each module has `run(...) -> SuiteResult`."""
