"""Redaction: every note pseudonymised per case before it is indexed, reversibly through a vault.

The pipeline and the CLI use only what is exported here; Presidio and spaCy stay inside.
"""

from redaction.redactor import CaseRedactor, Entity, RedactedCase, RedactedNote, build_case_redactor
from redaction.text import pseudonymise, reidentify
from redaction.vault import Vault, VaultKeyError

__all__ = [
    "CaseRedactor",
    "Entity",
    "RedactedCase",
    "RedactedNote",
    "Vault",
    "VaultKeyError",
    "build_case_redactor",
    "pseudonymise",
    "reidentify",
]
