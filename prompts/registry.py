"""Versioned prompt files: `prompts/<id>.v<version>.yaml`, loaded by id and version.

A released file is never edited (tests pin each one's sha256), so that an answer or an evaluation
row that records `answer@v1` can always be traced to the exact words the model was given. A
behaviour change is a new file, `answer.v2.yaml`, and callers choose it explicitly or get the
newest by asking for `version=None`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PROMPTS_DIR = Path(__file__).resolve().parent
_FILE_NAME = re.compile(r"^(?P<id>[a-z][a-z0-9_]*)\.v(?P<version>\d+)\.yaml$")
_REQUIRED = ("id", "version", "purpose", "system", "user")


class PromptError(ValueError):
    """A prompt file is missing, malformed or inconsistent with its file name."""


@dataclass(frozen=True)
class Prompt:
    """One released prompt: its text parts and the hash that identifies the exact file."""

    id: str
    version: int
    purpose: str
    system: str
    user: str
    sha256: str
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """What answers and evaluation rows record, e.g. `answer@v1`."""
        return f"{self.id}@v{self.version}"

    def part(self, name: str) -> str:
        """An extra named template in the file (e.g. `note`), failing loudly when it is absent."""
        try:
            return self.parts[name]
        except KeyError:
            raise PromptError(f"prompt {self.ref} has no part {name!r}") from None


def available(directory: Path = PROMPTS_DIR) -> dict[str, list[int]]:
    """Every prompt id with its versions, oldest first."""
    found: dict[str, list[int]] = {}
    for path in directory.glob("*.yaml"):
        match = _FILE_NAME.match(path.name)
        if match:
            found.setdefault(match["id"], []).append(int(match["version"]))
    return {prompt_id: sorted(versions) for prompt_id, versions in sorted(found.items())}


def load_prompt(prompt_id: str, version: int | None = None, directory: Path = PROMPTS_DIR) -> Prompt:
    """The prompt `prompt_id` at `version`, or its newest version when `version` is None."""
    versions = available(directory).get(prompt_id)
    if not versions:
        raise PromptError(f"no prompt named {prompt_id!r} in {directory}")
    chosen = versions[-1] if version is None else version
    if chosen not in versions:
        raise PromptError(f"prompt {prompt_id!r} has no version {chosen} (available: {versions})")
    return _read(directory / f"{prompt_id}.v{chosen}.yaml", prompt_id, chosen)


def _read(path: Path, prompt_id: str, version: int) -> Prompt:
    raw = path.read_bytes()
    try:
        data: Any = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise PromptError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PromptError(f"{path.name}: expected a mapping at the top level")
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise PromptError(f"{path.name}: missing field(s) {', '.join(missing)}")
    if data["id"] != prompt_id or data["version"] != version:
        raise PromptError(f"{path.name}: declares {data['id']}@v{data['version']}, which does not match its file name")
    extra = {key: str(value) for key, value in data.items() if key not in _REQUIRED}
    return Prompt(
        id=prompt_id,
        version=version,
        purpose=str(data["purpose"]),
        system=str(data["system"]),
        user=str(data["user"]),
        sha256=hashlib.sha256(raw).hexdigest(),
        parts=extra,
    )
