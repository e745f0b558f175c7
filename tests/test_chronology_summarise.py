"""Model summaries through the Ollama stand-in: accepted when grounded, extractive when not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.chronology import ChronologyService, ExtractiveSummariser, ModelSummariser, Period
from assistant.chronology.merge import merge
from assistant.chronology.selection import select_all
from assistant.chronology.summarise import build_summariser, ungrounded
from assistant.models.ollama import OllamaChatModel
from assistant.settings import OllamaSettings
from prompts.registry import load_prompt
from tests.chronology_fixtures import CASE, SqliteNotes, access_control, note
from tests.ollama_standin import OllamaStandin, Reply
from tests.ollama_standin import no_real_ollama as no_real_ollama  # autouse: no test reaches a real Ollama

NOTE = note(
    "N1",
    "2023-03-06",
    "missing_episode",
    "[CHILD] went missing from placement on 04/03/2023 at 19:00 and was found by police at 01:00. "
    "Return home interview arranged.",
    title="Missing from care",
)
EXTRACTIVE = "[CHILD] went missing from placement on 04/03/2023 at 19:00 and was found by police at 01:00."


@pytest.fixture
def standin() -> Iterator[OllamaStandin]:
    with OllamaStandin() as server:
        yield server


def _summariser(server: OllamaStandin) -> ModelSummariser:
    settings = OllamaSettings(base_url=server.url, timeout_s=5.0, connect_timeout_s=1.0)
    return ModelSummariser(OllamaChatModel(settings), load_prompt("chronology", 1))


@pytest.mark.parametrize(
    ("reply", "expected", "fallback"),
    [
        (
            Reply(text="[CHILD] went missing from placement and was found by police."),
            "[CHILD] went missing from placement and was found by police.",
            None,
        ),
        # a name the note does not contain
        (Reply(text="[CHILD] went missing with [PERSON 7]."), EXTRACTIVE, "name '[PERSON 7]'"),
        # an invented legal term
        (Reply(text="[CHILD] went missing; an emergency protection order was made."), EXTRACTIVE, "legal term"),
        # a date the note does not state
        (Reply(text="[CHILD] went missing on 5 March 2023."), EXTRACTIVE, "date '5 March 2023'"),
        # a number the note does not state
        (Reply(text="[CHILD] went missing for 9 hours."), EXTRACTIVE, "number '9'"),
        # an invented event in words the note does not contain
        (Reply(text="[CHILD] expressed suicidal ideation and self-harmed."), EXTRACTIVE, "legal term 'suicidal'"),
        (Reply(text="[CHILD] was admitted overnight following an assault."), EXTRACTIVE, "wording not in the note"),
        # the answering refusal is not a summary
        (Reply(text="This isn't recorded in the notes I can see."), EXTRACTIVE, "not a summary"),
        # only the first line counts; a chatty preamble is not a summary
        (
            Reply(text="[CHILD] went missing from placement.\nI hope this helps!"),
            "[CHILD] went missing from placement.",
            None,
        ),
        # the model fails outright
        (Reply(status=500, error="boom"), EXTRACTIVE, "HTTP 500"),
        (Reply(text="[CHILD] went missing", cut_after=1), EXTRACTIVE, "cut off"),
    ],
)
def test_model_summary_is_checked_against_its_note(
    standin: OllamaStandin, reply: Reply, expected: str, fallback: str | None
) -> None:
    standin.script(reply)
    group = merge(select_all([NOTE]))[0]
    summary = _summariser(standin).summarise(group)
    assert summary.text == expected
    if fallback is None:
        assert summary.fallback is None
    else:
        assert summary.fallback is not None and fallback in summary.fallback
        assert "went missing from placement" not in summary.fallback  # reasons carry no note text


def test_the_prompt_sent_is_the_versioned_one_with_only_pseudonymised_text(standin: OllamaStandin) -> None:
    standin.script(Reply(text="[CHILD] went missing from placement."))
    _summariser(standin).summarise(merge(select_all([NOTE]))[0])
    messages = standin.chat_requests[0]["messages"]
    prompt = load_prompt("chronology", 1)
    assert messages[0]["content"] == prompt.system
    assert "Event kind: missing episode" in messages[1]["content"]
    assert NOTE.text in messages[1]["content"]


def test_chronology_records_backend_prompt_and_fallbacks(tmp_path: Path, standin: OllamaStandin) -> None:
    control = access_control(tmp_path / "app.db")
    store = SqliteNotes(tmp_path / "notes.db", [NOTE])
    standin.script(Reply(text="[CHILD] went missing on 9 March 2023 with [PERSON 9]."))
    service = ChronologyService(control, store, _summariser(standin), control.audit)
    chronology = service.build("alloc", CASE, Period())
    assert chronology.entries[0].summary == EXTRACTIVE
    assert chronology.backend == "ollama:llama3.1:8b-instruct-q4_K_M"
    assert chronology.prompt_id == "chronology@v1"
    assert chronology.as_dict()["summary_fallbacks"] == 1
    row = control.audit.query()[-1]
    assert (row.prompt_version, row.model, row.detail["summary_fallbacks"]) == ("chronology@v1", chronology.backend, 1)


UNGROUNDED = [
    ("Police were called to a domestic incident.", []),
    ("Mum said [PERSON 2] moved in.", ["name '[PERSON 2]'"]),
    ("Mum said Darren moved in.", ["name 'Darren'"]),
    ("Went missing yesterday.", []),  # the note says the 4th, which is "yesterday" from the 5th
    ("Mum reported that [CHILD] had gone missing.", []),  # a paraphrase in the note's own words
    (
        "Mum reported an assault by a stranger in the park.",
        ["wording not in the note ['reported', 'assault', 'stranger']"],
    ),
    (
        "Strategy discussion held; section 47 enquiry agreed.",
        [
            "legal term 'section 47'",
            "legal term 'Strategy discussion'",
            "wording not in the note ['held', 'enquiry', 'agreed']",
        ],
    ),
    ("An s47 enquiry was agreed.", ["legal term 's47'"]),
    ("She was placed under a care order.", ["legal term 'care order'"]),
]


@pytest.mark.parametrize(("summary", "problems"), UNGROUNDED)
def test_ungrounded_terms(summary: str, problems: list[str]) -> None:
    note_text = "Mum rang. [CHILD] went missing on 04/03/2023. Police were called to a domestic incident."
    assert ungrounded(summary, note_text, dt.date(2023, 3, 5)) == problems


def test_legal_term_synonyms_count_as_grounded() -> None:
    assert ungrounded("A section 47 enquiry was agreed.", "S47 agreed at strategy.", dt.date(2023, 3, 5)) == []


def test_extractive_backend_has_no_prompt() -> None:
    summariser = ExtractiveSummariser()
    assert (summariser.backend, summariser.prompt_ref) == ("extractive", None)


@pytest.mark.parametrize(
    ("configure", "backend"),
    [
        ("none", "extractive"),  # no server configured
        ("unreachable", "extractive"),  # configured but nothing listening: probed once, not per entry
        ("missing_model", "extractive"),  # the server lacks the configured model
        ("ready", "ollama:llama3.1:8b-instruct-q4_K_M"),
    ],
)
def test_the_summariser_is_chosen_once_from_settings(standin: OllamaStandin, configure: str, backend: str) -> None:
    urls = {"none": None, "unreachable": "http://127.0.0.1:9", "missing_model": standin.url, "ready": standin.url}
    if configure == "missing_model":
        standin.state.models = ["some-other-model:latest"]
    summariser = build_summariser(OllamaSettings(base_url=urls[configure], connect_timeout_s=0.5))
    assert summariser.backend == backend
    assert summariser.prompt_ref == (None if backend == "extractive" else "chronology@v1")
