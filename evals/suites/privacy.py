"""Privacy: the redaction suite, then a scan of everything the run produced for raw personal data.

Scanned for every raw PII value of the gold set (names, dates of birth, addresses, phone, NHS and
NI numbers, emails): the prompts that reached the language model, every log line, the audit rows,
and the vector and keyword index files on disk. Answers are shown re-identified to entitled
readers, so an answer fails only when it carries a value from a case other than the one it is about.
Reports show values masked ("K****a"), never in full: the report must not become the leak.

A one-word name that the corpus itself also uses as something else ("Park" of a GP and "Castle
Park Primary", "Rose" of an aunt and "the White Rose Centre", "Hunter" of a father and "Hunter
wellies") is a leak only where it is written like a name (capitalised or in capitals) and not in
one of those innocent phrasings. The phrasings come from the gold set itself: the words around
every occurrence in the raw notes that no gold span covers. So the exemption never reaches a name
in a phrasing the gold marks as personal, and a name the corpus never uses otherwise is matched
exactly as before (in any case, anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from evals.core import Failure, SuiteResult
from evals.evaluators import PiiValue, mask, pii_found
from evals.subject import Subject
from evals.suites.common import RunContext

NAME = "privacy"
MIN_VALUE_CHARS = 4
SHORT_NAME_CHARS = (2, 3)
"""A person's value of two or three characters with a small letter in it ("Cia", "Ty", "kay", "Tú"):
a short form of a name. It is counted only exactly as written, because the same letters in another
case are ordinary text ("pad", "CIA"). Values in capitals of that length ("LR", "TJN") are initials,
which the sector's acronyms collide with everywhere ("IT", "SP", "MC"); they stay uncounted."""


def pii_values(subject: Subject) -> list[PiiValue]:
    """Raw values from gold/pii.jsonl, without staff names (staff are not redacted)."""
    from redaction.lexicon import common_words

    staff = {part.lower() for user in subject.corpus.users for part in user.display_name.split()}
    staff |= {user.display_name.lower() for user in subject.corpus.users}
    return gold_values(subject.corpus.gold("pii.jsonl"), staff, common_words())


def gold_values(rows: Iterable[Mapping[str, Any]], staff: Set[str], words: Set[str]) -> list[PiiValue]:
    """One value per case and text. A value of four characters or more counts in any case unless it is
    an English word ("Hunter": then with its capital); a short name (`SHORT_NAME_CHARS`) counts only
    as written, so "Kay" and "kay" of one case are two values; shorter parts and initials are left out."""
    values: dict[tuple[str, str, bool], PiiValue] = {}
    for row in rows:
        for span in row.get("spans", []):
            text = str(span.get("text", "")).strip()
            if text.lower() in staff:
                continue
            case_id, kind = str(row["case_id"]), str(span["type"])
            if len(text) >= MIN_VALUE_CHARS:
                common = " " not in text and text.lower() in words
                values.setdefault((case_id, text.lower(), False), PiiValue(kind, text, case_id, common))
            if _lower_name(text, kind) or _short_name(text, kind):
                values.setdefault((case_id, text, True), PiiValue(kind, text, case_id, True))
    return list(values.values())


def _lower_name(text: str, kind: str) -> bool:
    """A one-word name the gold holds in small letters ("marisas" in a text message): its own value,
    so that a store file, where one-word names count only as written, counts this form too."""
    return kind == "PERSON" and " " not in text and text.islower()


def _short_name(text: str, kind: str) -> bool:
    low, high = SHORT_NAME_CHARS
    return kind == "PERSON" and low <= len(text) <= high and text.isalpha() and not text.isupper()


_NEIGHBOUR_BEFORE = re.compile(r"([^\W_][\w'’\-]*)[ \t]+$")
_NEIGHBOUR_AFTER = re.compile(r"[ \t]+([^\W_][\w'’\-]*)")


def innocent_phrases(value: str, text: str, gold_spans: Sequence[Mapping[str, Any]]) -> set[str]:
    """The phrasings in which `text` (a raw note) uses the one-word `value` outside every gold span:
    with a capitalised neighbour, the two-word name it is part of ("Castle Park", "Park Primary");
    with lowercase neighbours on both sides, the three words ("wore Hunter wellies")."""
    phrases: set[str] = set()
    for match in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
        before = _NEIGHBOUR_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _NEIGHBOUR_AFTER.match(text, match.end())
        start = before.start(1) if before else match.start()
        end = after.end(1) if after else match.end()
        if any(int(g["start"]) < end and start < int(g["end"]) for g in gold_spans):
            continue
        left = before.group(1) if before else ""
        right = after.group(1) if after else ""
        if left[:1].isupper():
            phrases.add(f"{left} {value}")
        if right[:1].isupper():
            phrases.add(f"{value} {right}")
        if left[:1].islower() and right[:1].islower():
            phrases.add(f"{left} {value} {right}")
    return phrases


@dataclass(frozen=True)
class ValueScan:
    """Finds gold values in text, telling a name from the same word in a phrasing the gold set
    marks as not personal (see the module docstring)."""

    values: Sequence[PiiValue]
    innocent: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """One-word value as written -> its innocent phrasings in the corpus."""

    @classmethod
    def from_corpus(
        cls, values: Sequence[PiiValue], notes: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]
    ) -> ValueScan:
        """`notes`: every raw note text with its gold spans."""
        words = {v.value for v in values if v.type == "PERSON" and " " not in v.value}
        innocent: dict[str, set[str]] = {}
        for text, spans in notes:
            for word in (w for w in words if w in text):
                innocent.setdefault(word, set()).update(innocent_phrases(word, text, spans))
        return cls(values, {w: frozenset(p) for w, p in innocent.items() if p})

    def found(self, text: str, values: Sequence[PiiValue] | None = None, as_written: bool = False) -> list[PiiValue]:
        """The values (of `values`, default all) that `text` holds in a personal way.

        `as_written`: a one-word name counts only as written ("Nour", "NOUR"), for a store file's
        bytes, where four bytes of an embedding can spell "nOUR"; stored text keeps its case."""
        lowered = text.lower()
        candidates = [v for v in (self.values if values is None else values) if v.value.lower() in lowered]
        if as_written:
            candidates = [v for v in candidates if " " in v.value or v.type != "PERSON" or _written_in(text, v.value)]
        return _one_per_name(v for v in candidates if self._holds(text, v))

    def _holds(self, text: str, value: PiiValue) -> bool:
        phrases = self.innocent.get(value.value)
        if not phrases:
            return bool(pii_found(text, [value]))
        covered = [m.span() for p in phrases for m in _phrase_pattern(p).finditer(text)]
        return any(
            not any(a <= m.start() and m.end() <= b for a, b in covered) for m in _as_name(value.value).finditer(text)
        )


def _written_in(text: str, word: str) -> bool:
    """`word` written as a name in `text`; a short name only where text goes on after it. Two or
    three letters turn up among a store file's binary bytes ("\\x01Ty\\x03" in an embedding blob of
    chroma.sqlite3), where stored text runs on in printable characters ("Ty was ...")."""
    matches = _as_name(word).finditer(text)
    if len(word) >= MIN_VALUE_CHARS:
        return next(matches, None) is not None
    return any(
        _printable(text[m.end() : m.end() + _TEXT_AFTER]) and text[m.start() - 1 : m.start()] != "\ufffd"
        for m in matches
    )


_TEXT_AFTER = 6


def _printable(run: str) -> bool:
    return all(ch.isprintable() or ch in "\n\r\t" for ch in run) and "\ufffd" not in run


def _one_per_name(values: Iterable[PiiValue]) -> list[PiiValue]:
    """A name and its small-letter form of one case found in one text count once."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for value in values:
        key = (value.case_id, value.value.lower())
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


def _as_name(word: str) -> re.Pattern[str]:
    """The word as a name is written: as given, or in capitals; a short name only as given ("Cia",
    never "CIA")."""
    forms = {word} if len(word) < MIN_VALUE_CHARS else {word, word.upper()}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms)) + r")(?!\w)")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)")


def value_scan(subject: Subject, values: Sequence[PiiValue]) -> ValueScan:
    gold = {row["note_id"]: row.get("spans", []) for row in subject.corpus.gold("pii.jsonl")}
    return ValueScan.from_corpus(
        values, ((note.text, gold.get(note.note_id, [])) for case in subject.corpus.cases for note in case.notes)
    )


def _scan(
    where: str, texts: Iterable[tuple[str, str]], scan: ValueScan, result: SuiteResult, as_written: bool = False
) -> int:
    """Failures for every value found in `texts` ((label, text) pairs); returns how many were found."""
    found = 0
    for label, text in texts:
        for value in scan.found(text, as_written=as_written):
            found += 1
            if len([f for f in result.failures if f.check == where]) < 50:
                result.failures.append(
                    Failure(NAME, where, label, f"raw {value.type} {mask(value.value)} of case {value.case_id}")
                )
    return found


def _store_texts(subject: Subject) -> Iterable[tuple[str, str]]:
    for path in subject.store_files():
        yield str(path.relative_to(subject.home)), store_text(path.read_bytes())


def store_text(data: bytes) -> str:
    """A store file's bytes as text to scan. Invalid UTF-8 becomes U+FFFD rather than being dropped:
    dropping it joined letters scattered through an HNSW file's floats ("D\\xdbE\\xbd\\xe9OL" read as
    "DEOL") into a false finding, while text the stores really hold is valid UTF-8 and reads whole."""
    return data.decode("utf-8", "replace")


def _own_records(subject: Subject) -> dict[str, str]:
    """Each case's own raw record (fields, people's full names, notes): a value found there is the
    case's own, shown re-identified to an entitled reader, not a leak from another case."""
    return {
        case.case_id: " ".join(
            [
                case.model_dump_json(),
                f"{case.child.given_name} {case.child.family_name}",
                *(f"{p.given_name} {p.family_name}" for p in case.people),
                *(f"{n.title or ''} {n.text}" for n in case.notes),
            ]
        )
        for case in subject.corpus.cases
    }


def _masked(text: str, values: Sequence[PiiValue]) -> str:
    for value in values:
        text = value.pattern.sub(mask(value.value), text)
    return text


def _answer_leaks(ctx: RunContext, scan: ValueScan, result: SuiteResult) -> int:
    """Values of other cases in an answer about one case, unless the case's own record holds them
    too (the same GP or school appears in several families' records)."""
    own_records = _own_records(ctx.subject)
    found = 0
    for (username, question, case_id), observed in ctx.answers.items():
        if not case_id:
            continue
        own = own_records.get(case_id, "")
        quotes = " ".join(str(c.get("quote", "")) for c in observed.get("citations", []))
        text = f"{observed.get('answer', '')} {quotes}"
        lowered = text.lower()
        candidates = [
            v for v in scan.values if v.case_id != case_id and v.value.lower() in lowered and not v.pattern.search(own)
        ]
        for value in scan.found(text, candidates):
            found += 1
            result.failures.append(
                Failure(
                    NAME,
                    "answers",
                    f"{username}:{case_id}",
                    f"answer about {case_id} carries raw {value.type} {mask(value.value)} of case {value.case_id}",
                    question=question,
                    answer=_masked(text, candidates)[:600],
                    cited=tuple(str(c.get("note_id")) for c in observed.get("citations", [])),
                )
            )
    return found


def run(ctx: RunContext) -> SuiteResult:
    subject = ctx.subject
    result = SuiteResult(NAME, datasets=[f"{subject.corpus.directory.name}/pii@1"])
    ctx.progress("privacy: redaction against gold spans", 0.0)
    result.metrics.update(_redaction(subject, result))
    if not ctx.answers:
        from evals.suites import accuracy

        accuracy.run(ctx)
    values = pii_values(subject)
    scan = value_scan(subject, values)
    ctx.progress("privacy: scanning answers, prompts, logs, audit and stores", 0.6)
    prompts = subject.prompts.requests if subject.prompts else []
    counts = {
        "answers": _answer_leaks(ctx, scan, result),
        "prompts": _scan("prompts", ((f"request {i}", r) for i, r in enumerate(prompts)), scan, result),
        "logs": _scan("logs", ((f"log line {i}", line) for i, line in enumerate(subject.logs.lines)), scan, result),
        "audit": _scan("audit", ((f"audit row {i}", row) for i, row in enumerate(subject.audit_rows())), scan, result),
        "stores": _scan("stores", _store_texts(subject), scan, result, as_written=True),
    }
    for where, found in counts.items():
        result.metrics[f"raw_pii_in_{where}"] = float(found)
    result.counts = {
        "pii_values": len(values),
        "answers_scanned": len(ctx.answers),
        "prompts_scanned": len(prompts),
        "log_lines_scanned": len(subject.logs.lines),
    }
    if subject.prompts is None:
        result.notes.append("extractive backend: no prompt leaves the process; prompts are scanned on --backend ollama")
    return result


def _redaction(subject: Subject, result: SuiteResult) -> dict[str, float]:
    """redaction/evaluation.py on the run's corpus, with the same redactor the import used."""
    from redaction.evaluation import evaluate
    from redaction.redactor import build_case_redactor

    report = evaluate(build_case_redactor(subject.settings.redaction.ner_model_path), subject.corpus.directory)
    summary = report.summary()
    data: dict[str, Any] = report.as_dict()
    result.groups = {
        f"redaction_recall_{origin}": {"recall": float(v["rate"] or 0.0), "spans": float(v["total"])}
        for origin, v in data["recall_by_origin"].items()
    }
    for example in data["missed_examples"][:20]:
        result.failures.append(
            Failure(NAME, "redaction_missed", str(example).split(" ")[0], "gold span not redacted (value masked)")
        )
    return {f"redaction_{k}": float(v) for k, v in summary.items() if v is not None}
