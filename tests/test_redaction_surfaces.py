"""Surfaces: aligning a note with its pseudonymised text, restoring quotes, and the sealed vault rows.

Every row here names text of our own, not a corpus note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from records.database import make_engine
from redaction import Vault, VaultKeyError
from redaction.surfaces import align, record, restore, restore_whole
from redaction.text import reidentify

VAULT = {
    "[CHILD]": "Effie Tranmere",
    "[PERSON 1]": "Gideon Tranmere",
    "[PERSON 2]": "Rosalind Tranmere",
    "[PHONE 1]": "07700 900456",
}

# (original, pseudonymised, expected surfaces in token order; None: nothing recorded for that token)
ALIGN_ROWS = [
    ("given name only", "Effie hid under the table.", "[CHILD] hid under the table.", ["Effie"]),
    ("title and surname", "Then Mr Tranmere left.", "Then [PERSON 1] left.", ["Mr Tranmere"]),
    ("possessive plural", "She moved from the Tranmeres' flat.", "She moved from the [PERSON 1]' flat.", ["Tranmeres"]),
    ("initials", "GT declined; RT agreed.", "[PERSON 1] declined; [PERSON 2] agreed.", ["GT", "RT"]),
    ("two adjacent tokens", "Met EffieGideon today.", "Met [CHILD][PERSON 1] today.", [None, None]),
    ("token at the start", "Effie was quiet.", "[CHILD] was quiet.", ["Effie"]),
    ("token at the end", "The visit was with Gideon", "The visit was with [PERSON 1]", ["Gideon"]),
    ("a phone number", "Mum's mobile is 07700 900456, call after six.", "[PERSON 2]'s mobile is [PHONE 1], call after six.", ["Mum", "07700 900456"]),
    ("phone beside a name: split ambiguous", "Ring Gideon 07700 900456 x", "Ring [PERSON 1] [PHONE 1] x", [None, None]),
    ("redactor changed more than tokens", "Effie was seen.", "[CHILD] was  seen.", [None]),
    ("no token", "Nothing to restore.", "Nothing to restore.", []),
]


@pytest.mark.parametrize(("original", "pseudonymised", "expected"), [row[1:] for row in ALIGN_ROWS], ids=[row[0] for row in ALIGN_ROWS])
def test_align(original: str, pseudonymised: str, expected: list[str | None]) -> None:
    surfaces = {s.start: s.text for s in align(original, pseudonymised)}
    from redaction.tokens import TOKEN_RE

    starts = [m.start() for m in TOKEN_RE.finditer(pseudonymised)]
    assert [surfaces.get(start) for start in starts] == expected


NOTE_ORIGINAL = 'Seen alone at nursery. Effie said "Effie hid under the table when daddy threw the plate". Mr Tranmere was told.'
NOTE_PSEUDO = 'Seen alone at nursery. [CHILD] said "[CHILD] hid under the table when daddy threw the plate". [PERSON 1] was told.'
NOTE = record("N1", "Visit to Effie", "Visit to [CHILD]", NOTE_ORIGINAL, NOTE_PSEUDO)

# (what display is given, expected text shown)
RESTORE_ROWS = [
    ("extractive quote keeps the note's words; the framing keeps the full name",
     'On 2 May 2026 (visit) [CHILD]: "[CHILD] hid under the table when daddy threw the plate" [1]',
     'On 2 May 2026 (visit) Effie Tranmere: "Effie hid under the table when daddy threw the plate" [1]'),
    ("a short paraphrase is not a quote", "[PERSON 1] was informed.", "Gideon Tranmere was informed."),
    ("a quote ending the note", "the plate\". [PERSON 1] was told.", "the plate\". Mr Tranmere was told."),
    ("fewer than MIN_CONTEXT_CHARS of the note's words around it", "[PERSON 1] was told.", "Gideon Tranmere was told."),
    ("a token the vault lacks stays a token", "[PERSON 9] hid under the table when daddy threw", "[PERSON 9] hid under the table when daddy threw"),
]


@pytest.mark.parametrize(("shown", "expected"), [row[1:] for row in RESTORE_ROWS], ids=[row[0] for row in RESTORE_ROWS])
def test_restore(shown: str, expected: str) -> None:
    assert restore(shown, [NOTE], VAULT) == expected


def test_reidentify_without_surfaces_is_unchanged_and_with_them_quotes() -> None:
    quote = "[CHILD] hid under the table when daddy threw the plate"
    assert reidentify(quote, VAULT) == "Effie Tranmere hid under the table when daddy threw the plate"
    assert reidentify(quote, VAULT, [NOTE]) == "Effie hid under the table when daddy threw the plate"


def test_restore_whole_gives_the_note_back_exactly_and_a_stale_text_falls_back() -> None:
    assert restore_whole(NOTE_PSEUDO, NOTE, VAULT) == NOTE_ORIGINAL
    assert restore_whole("Visit to [CHILD]", NOTE, VAULT) == "Visit to Effie"
    assert restore_whole("Seen together today. [CHILD] left early.", NOTE, VAULT) == "Seen together today. Effie Tranmere left early."


def test_surfaces_are_sealed_per_note_replaced_and_deleted_with_the_case(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'app.db'}")
    vault = Vault(engine, "key-one")
    vault.save("C1", VAULT)
    loaded = vault.load("C1")
    loaded.save_note_surfaces([NOTE])
    assert vault.load("C1").note_surfaces(["N1", "N2"]) == {"N1": NOTE}
    with engine.connect() as conn:
        sealed = conn.exec_driver_sql("SELECT sealed FROM redaction_surfaces").scalar_one()
    assert b"Effie" not in sealed and b"Tranmere" not in sealed
    with pytest.raises(VaultKeyError):
        Vault(engine, "key-two").load_surfaces("C1", ["N1"])
    with engine.begin() as conn:  # a row copied to another note does not open
        conn.exec_driver_sql("UPDATE redaction_surfaces SET note_id = 'N2'")
    with pytest.raises(VaultKeyError):
        vault.load_surfaces("C1", ["N2"])
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE redaction_surfaces SET note_id = 'N1'")
    replaced = record("N1", "", "", "Gideon was told.", "[PERSON 1] was told.")
    vault.save_surfaces("C1", [replaced])
    assert vault.load_surfaces("C1", ["N1"]) == {"N1": replaced}
    vault.delete("C1")
    assert vault.load_surfaces("C1", ["N1"]) == {}
    assert vault.load("C1") == {}
