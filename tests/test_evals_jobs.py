"""Evaluation job status is readable by any web worker, and job ids never become arbitrary paths."""

from pathlib import Path

import pytest

from evals import runner


def test_a_job_run_by_another_process_is_reported_from_its_status_file(tmp_path: Path) -> None:
    job = runner.Job("0123456789ab", "zwood", ["accuracy"], state="running", progress=0.4, message="accuracy: 10/40")
    runner._persist(job, tmp_path)
    assert "0123456789ab" not in runner._JOBS  # this process never ran it
    found = runner.status("0123456789ab", tmp_path)
    assert found is not None and found["state"] == "running" and found["progress"] == 0.4 and found["who"] == "zwood"
    assert runner.report_html("0123456789ab", tmp_path) is None  # not finished: no report yet


@pytest.mark.parametrize("job_id", ["../../etc/passwd", "0123456789AB", "0123456789abc", "", "nope"])
def test_anything_but_a_job_id_is_unknown(tmp_path: Path, job_id: str) -> None:
    (tmp_path / "passwd.json").write_text("{}", encoding="utf-8")
    assert runner.status(job_id, tmp_path) is None


def test_an_unknown_job_is_none(tmp_path: Path) -> None:
    assert runner.status("ffffffffffff", tmp_path) is None
    assert runner.status("ffffffffffff") is None
