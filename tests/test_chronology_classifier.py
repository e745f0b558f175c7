"""The trained sentence-level event classifier: the shipped artefact, deterministic training, and the
filters every proposal must pass before it becomes a chronology entry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest

from assistant.chronology.classifier import (
    META_FILE,
    MODEL_DIR,
    NONE,
    WEIGHTS_FILE,
    EventClassifier,
    EventModelError,
    Featuriser,
    load,
    shipped,
    tokens,
)
from assistant.chronology.selection import select_events
from assistant.chronology.training import SEALED_CORPORA, Labelled, fit, sparse_features
from tests.chronology_fixtures import note

# Sentences of our own, in the shapes practitioners write (none is from a corpus).
SHIPPED_READS = [
    ("case_note", "Strategy discussion held this morning with police and health, s47 agreed.", "strategy_discussion"),
    ("phone_call", "Foster carer rang to say he went missing from placement last night at 10pm.", "missing_episode"),
    ("case_note", "Interim care order granted at the family court today.", "court"),
    ("case_note", "Return home interview completed at school with an independent worker.", "return_home_interview"),
    ("case_note", "CLA review held at the placement, chaired by the IRO.", "cla_review"),
    ("home_visit", "Offered the family a drink and talked about the garden.", NONE),
    ("home_visit", "The children were watching television when I arrived.", NONE),
    ("supervision", "Case discussed in supervision; visits to continue fortnightly.", NONE),
]


@pytest.mark.parametrize(("note_type", "sentence", "expected"), SHIPPED_READS)
def test_the_shipped_model_reads_kinds_of_event_and_routine_sentences(
    note_type: str, sentence: str, expected: str
) -> None:
    """Event sentences by the likeliest kind; routine ones stay below the shipped threshold."""
    model = shipped()
    kind, _probability = model.classify([sentence], note_type, threshold=0.0 if expected != NONE else None)[0]
    assert kind == expected


def test_the_shipped_model_records_its_provenance() -> None:
    meta = json.loads((MODEL_DIR / META_FILE).read_text(encoding="utf-8"))
    assert not any(name in corpus for corpus in meta["corpora"] for name in SEALED_CORPORA)  # sealed held-out corpora
    assert meta["seed"] and meta["config"] and meta["cross_validation"]
    assert 0.0 < meta["threshold"] < 1.0


TINY = [
    Labelled("A patrol stopped at the house after a neighbour rang.", "case_note", "police_incident"),
    Labelled("The patrol spoke to mum at the door.", "case_note", "police_incident"),
    Labelled("A patrol car stopped outside at midnight.", "phone_call", "police_incident"),
    Labelled("She was admitted to hospital with a head injury.", "case_note", "hospital"),
    Labelled("Taken to A&E by ambulance and kept in overnight.", "phone_call", "hospital"),
    Labelled("He was admitted to the children's ward.", "case_note", "hospital"),
    Labelled("The house was tidy and warm.", "home_visit", NONE),
    Labelled("We talked about school and friends.", "home_visit", NONE),
    Labelled("Mum offered me a cup of tea.", "home_visit", NONE),
    Labelled("Next visit booked for two weeks.", "home_visit", NONE),
]


def test_training_is_deterministic(tmp_path: Path) -> None:
    for run in ("first", "second"):
        fit(TINY, threshold=0.5).save(tmp_path / run, {"seed": 1})
    first, second = (np.load(tmp_path / run / WEIGHTS_FILE) for run in ("first", "second"))
    for key in ("coef", "intercept", "idf"):
        assert np.array_equal(first[key], second[key])
    assert (tmp_path / "first" / META_FILE).read_text() == (tmp_path / "second" / META_FILE).read_text()


@pytest.mark.parametrize(
    "sentences",
    [
        [e.sentence for e in TINY],
        ["Mum mum mum was arrested on 12/03/2025.", "", "Words the vocabulary never saw: zebra quokka."],
    ],
)
def test_training_reads_the_same_features_as_run_time(sentences: list[str]) -> None:
    """Training fits on sparse rows (fifteen corpora would not fit dense in memory); they must be
    the run-time dense transform exactly, or the shipped weights would score other numbers."""
    documents = [tokens(s, "home_visit") for s in sentences]
    featuriser = Featuriser.fit([tokens(e.sentence, e.note_type) for e in TINY], 1, 1000)
    assert np.allclose(sparse_features(featuriser, documents).toarray(), featuriser.transform(documents))


def test_a_saved_model_loads_back_with_the_same_readings(tmp_path: Path) -> None:
    model = fit(TINY, threshold=0.4)
    model.save(tmp_path, {"seed": 1})
    sentences = ["A patrol stopped at 2am.", "The house was tidy."]
    loaded = load(tmp_path)
    assert np.allclose(
        loaded.probabilities(sentences, "case_note"), model.probabilities(sentences, "case_note"), atol=1e-5
    )
    assert [k for k, _ in loaded.classify(sentences, "case_note")] == ["police_incident", NONE]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / WEIGHTS_FILE).unlink(), "missing or corrupt"),
        (lambda d: (d / META_FILE).write_text("{not json"), "missing or corrupt"),
        (lambda d: (d / WEIGHTS_FILE).write_bytes(b"not an npz"), "missing or corrupt"),
        (
            lambda d: (d / META_FILE).write_text(
                json.dumps({**json.loads((d / META_FILE).read_text()), "vocabulary": ["one"]})
            ),
            "inconsistent shapes",
        ),
    ],
)
def test_a_missing_or_corrupt_artefact_is_one_clear_error(tmp_path: Path, damage, message: str) -> None:  # type: ignore[no-untyped-def]
    fit(TINY).save(tmp_path, {"seed": 1})
    damage(tmp_path)
    with pytest.raises(EventModelError, match=message) as raised:
        load(tmp_path)
    assert "python -m assistant.chronology.training" in str(raised.value)


def _tiny() -> EventClassifier:
    return fit(TINY, threshold=0.4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rules know nothing here (no phrase of theirs), so any event is the classifier's
        ("A patrol stopped at the flat at 11pm on Friday.", ["police_incident"]),
        # the filters the rules apply hold for its proposals too
        ("A patrol never stopped at the flat on Friday.", []),
        ("A patrol will be stopping at the flat next week.", []),
        ("A patrol stopped at the flat in 2019.", []),
        ("The patrol stop at the flat was cancelled.", []),
    ],
)
def test_classifier_proposals_pass_the_rules_filters(text: str, expected: list[str]) -> None:
    found = select_events(note("N1", "2023-06-05", "case_note", text), classifier=_tiny())
    assert [event.event_type for event in found] == expected


def test_a_further_proposal_needs_a_date_of_its_own() -> None:
    text = (
        "Strategy discussion held today. A patrol stopped at the flat on Saturday 3rd June. The patrol stopped again."
    )
    found = select_events(note("N1", "2023-06-05", "strategy_discussion", text), classifier=_tiny())
    assert [(event.event_type, event.event_date) for event in found] == [
        ("strategy_discussion", dt.date(2023, 6, 5)),
        ("police_incident", dt.date(2023, 6, 3)),
    ]
    undated = "Strategy discussion held today. A patrol stopped at the flat."
    found = select_events(note("N1", "2023-06-05", "strategy_discussion", undated), classifier=_tiny())
    assert [event.event_type for event in found] == ["strategy_discussion"]


def test_a_missing_artefact_stops_start_up_with_one_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.chronology import classifier
    from assistant.wiring import ConfigurationError, check_event_model

    monkeypatch.setattr(classifier, "MODEL_DIR", tmp_path)
    classifier.shipped.cache_clear()
    try:
        with pytest.raises(ConfigurationError, match="make train-events"):
            check_event_model()
    finally:
        monkeypatch.undo()
        classifier.shipped.cache_clear()
    check_event_model()
