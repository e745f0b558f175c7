"""The Presidio adapter: one AnalyzerEngine over our spaCy NER, the UK identifier table and the
context rules. Presidio types stop here; the rest of redaction sees `Span`s.

Notes go through spaCy in batches (`nlp.pipe`) and each note's NLP artifacts are handed to the
analyzer, so every note costs exactly one NLP pass.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, LocalRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
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


NER_SCORE = 0.85


class WithoutContextEnhancement(ContextAwareEnhancer):
    """Our recognizers put context in their own rules, so Presidio's lemma-based boost (which needs
    lemmas a blank pipeline does not have) is skipped rather than run to no effect."""

    def __init__(self) -> None:
        super().__init__(0.0, 0.0, 0, 0)

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


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
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=["en"],
            context_aware_enhancer=WithoutContextEnhancement(),
        )
        self.batch_size = batch_size
        meta = self.nlp_engine.nlp["en"].meta  # type: ignore[attr-defined]
        self.model_version = f"{meta.get('name', 'ner')}@{meta.get('version', '0')}"

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """One spaCy pass per text, batched; artifacts carry only what our recognizers read
        (entities and scores), which saves Presidio's per-token lemma and offset lists."""
        nlp = self.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
        results: list[list[Span]] = []
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            if not text.strip():
                results.append([])
                continue
            ents = list(doc.ents)
            artifacts = NlpArtifacts(
                entities=ents,
                tokens=doc,
                tokens_indices=[],
                lemmas=[],
                nlp_engine=self.nlp_engine,
                language="en",
                scores=[NER_SCORE] * len(ents),
            )
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
