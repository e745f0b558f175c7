"""The Presidio adapter: one AnalyzerEngine over our spaCy NER, the UK identifier table and the
context rules. Presidio types stop here; the rest of redaction sees `Span`s.

Notes go through spaCy in batches (`nlp.pipe`) and each note's NLP artifacts are handed to the
analyzer, so every note costs exactly one NLP pass.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, LocalRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine, NlpEngineProvider
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redaction.context_rules import context_people
from redaction.patterns import UkIdentifierRecognizer
from redaction.spans import ENTITY_TYPES, PERSON, Span

SHIPPED_MODEL = Path(__file__).parent / "model"
NER_LABEL = "PERSON"
_SOURCES = {"UkIdentifierRecognizer": "pattern", "ContextRuleRecognizer": "context", "SpacyRecognizer": "ner"}
MIN_SCORE = 0.3
CONTEXT_SCORE = 0.9
"""Above the spaCy recognizer's 0.85, so when both find the same span the context rule's evidence is kept."""


class ModelMissingError(RuntimeError):
    """The NER model directory is absent or not a spaCy pipeline: say how to make one."""


class ContextRuleRecognizer(LocalRecognizer):
    """The context rules as a Presidio recognizer."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], supported_language="en", name="ContextRuleRecognizer")

    def load(self) -> None:
        """Nothing to load: the rules are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [RecognizerResult(PERSON, s.start, s.end, CONTEXT_SCORE) for s in context_people(text)]


def spacy_engine(model_path: Path) -> NlpEngine:
    """A Presidio NLP engine over a local spaCy pipeline; a path never triggers a download."""
    if not (model_path / "meta.json").is_file():
        raise ModelMissingError(
            f"no spaCy model at {model_path}: run `make train-ner` or set CASEASSIST_REDACTION__NER_MODEL_PATH"
        )
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": str(model_path)}],
            "ner_model_configuration": {
                "model_to_presidio_entity_mapping": {NER_LABEL: PERSON},
                "labels_to_ignore": [],
                "low_confidence_score_multiplier": 1.0,
                "low_score_entity_names": [],
            },
        }
    )
    return provider.create_engine()


class PresidioAnalyzer:
    """Finds identifiers, NER people and context-rule people in a batch of texts."""

    def __init__(self, model_path: Path | None = None, batch_size: int = 64) -> None:
        self.nlp_engine = spacy_engine(model_path or SHIPPED_MODEL)
        registry = RecognizerRegistry(
            recognizers=[
                UkIdentifierRecognizer(),
                ContextRuleRecognizer(),
                SpacyRecognizer(supported_entities=[PERSON], supported_language="en"),
            ],
            supported_languages=["en"],
        )
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"])
        self.batch_size = batch_size

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        results: list[list[Span]] = []
        batches = self.nlp_engine.process_batch(list(texts), language="en", batch_size=self.batch_size)
        for text, artifacts in batches:
            found = self.analyzer.analyze(
                text=text,
                language="en",
                entities=list(ENTITY_TYPES),
                nlp_artifacts=artifacts,
                score_threshold=MIN_SCORE,
            )
            results.append([_span(r) for r in found])
        return results


def _span(result: RecognizerResult) -> Span:
    metadata = result.recognition_metadata or {}
    source = _SOURCES.get(str(metadata.get("recognizer_name", "")), "ner")
    return Span(result.start, result.end, result.entity_type, source)
