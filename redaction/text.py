"""Free text against a case's vault: a question pseudonymised before it reaches retrieval or a
prompt, and an answer re-identified at display time for a user entitled to the case."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from redaction.gazetteer import AMBIGUOUS, Gazetteer, KnownPerson, KnownValue, is_young_role, short_forms
from redaction.lexicon import common_words, is_common_word, is_english_word, is_mainstream_given_name
from redaction.names import fold, name_key
from redaction.record import person_from_name
from redaction.spans import PERSON, resolve_overlaps
from redaction.surfaces import NoteSurfaces, restore
from redaction.tokens import TOKEN_RE, normalise_value, token_type


def _gazetteer(vault: Mapping[str, str], aliases: Mapping[str, str]) -> tuple[Gazetteer, dict[tuple[str, str], str]]:
    people: list[KnownPerson] = []
    values: list[KnownValue] = []
    token_of: dict[tuple[str, str], str] = {}
    for token, value in vault.items():
        try:
            kind = token_type(token)
        except ValueError:
            continue
        if kind == PERSON:
            people.append(person_from_name(token, value, token.strip("[]").rstrip("0123456789 ").lower()))
        else:
            values.append(KnownValue(kind, value))
            token_of[(kind, normalise_value(kind, value))] = token
    named = {name_key(alias): token for alias, token in aliases.items() if token in vault}
    return Gazetteer(people, values, aliases=named), token_of


def _possessives_spelled(text: str, people: Sequence[KnownPerson]) -> str:
    """A possessive typed without its apostrophe ("whos tamsins keyworker") written with it, for the
    case's people only, so the name is found and pseudonymised instead of reaching retrieval and a
    prompt as typed. A name that is itself a word ("wills", "roses") is left alone; a name whose
    plural merely looks like one ("skyes" of Skye, read as "sky" + "es") is not (rules version 8). A
    word that is itself a name of the case is not another's possessive: "Ellis" is not "Elli's" (the
    pet form of rules version 9)."""
    parts = {word for person in people for word in re.findall(r"[^\W\d_]{3,}", person.full_name)}
    parts |= {short for person in people for short in short_forms(person.given)}
    if not parts:
        return text
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, parts), key=len, reverse=True)) + r")s\b", re.IGNORECASE
    )
    names = {fold(part) for part in parts}
    return pattern.sub(
        lambda m: m.group(0)
        if is_common_word(m.group(1)) or fold(m.group(0)) in common_words() or fold(m.group(0)) in names
        else f"{m.group(1)}'s",
        text,
    )


def _short_forms_capitalised(text: str, people: Sequence[KnownPerson], aliases: Iterable[str] = ()) -> str:
    """A short form of a given name typed in lower case ("is zak still at college") written with its
    capital, so it is pseudonymised like "Zak". Short forms never include an English word ("car" of
    Carla), so "will", "rose" or "mark" typed as words are never touched. The case's own `aliases`
    (`surfaces.question_aliases`) are the notes' word for the person, so they are capitalised too."""
    shorts = {fold(short) for person in people for short in short_forms(person.given)} | {fold(a) for a in aliases}
    if not shorts:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, shorts), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: m.group(1).capitalize(), text)


def _ordinary_words(written: str, lone: bool) -> bool:
    """A mention typed in lower case made only of ordinary English words ("consultant", "general
    practice", "non mol") is the word, not a name, in a question: the vault holds labels a note
    capitalised ("Consultant Paediatrician", "Non-mol") as people, and turning the question's word
    into their token loses every stored line that uses the word (rules version 13). The common-word
    list holds no given or family name of any Faker locale, so "lacey", "wragg" or "tegs" typed in
    lower case still find their person. A `lone` one-word value (a label or nickname the notes gave,
    never a record name) yields to any word of the embedding vocabulary that is no mainstream given
    name ("general" of a "General" heading); a record person's given name that the vocabulary also
    holds ("una", "reece") is not lost that way."""
    words = re.findall(r"[^\W\d_]+", written)
    if not words or written != written.lower():
        return False
    return all(
        not pet_form_of_given_name(word)
        and (is_common_word(word) or (lone and is_english_word(word) and not is_mainstream_given_name(word)))
        for word in words
    )


_PET_ENDINGS = ("ie", "ey", "y", "o")


def pet_form_of_given_name(word: str) -> bool:
    """A pet form built the English way from a given name ("mikey" of Mike, "tommo" of Tom, "sammy"
    of Sam): the embedding vocabulary holds some ("mikey"), so the common-word list did too, and a
    worker typing "is mikey still living with them" kept the nickname raw in the question, its audit
    row and any prompt. Only a stem that is itself a mainstream given name of three letters or more
    counts, so "honey", "daddy", "granny", "sunny" or "early" stay words (questions only: no stored
    text changes)."""
    folded = fold(word)
    for ending in _PET_ENDINGS:
        stem = folded.removesuffix(ending)
        if stem == folded or (ending == "y" and stem.endswith("l") and not stem.endswith("ll")):
            continue  # "early" is an adverb of "earl", not a pet form
        doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
        if any(len(name) >= 3 and is_mainstream_given_name(name) for name in {stem, doubled}):
            return True
    return False


def _ordinary_label(written: str, value: str) -> bool:
    """A part of a hyphenated one-word label ("Non-mol") typed in lower case ("non mol") when the
    label starts with a common word: the whole label is then a term, not a name, so neither part
    becomes its token ("non [PERSON 10]" matches nothing stored). A hyphenated family name
    ("Adebayo-Hart") starts with no common word and is kept."""
    if written != written.lower() or " " in value or "-" not in value:
        return False
    return is_common_word(value.split("-", 1)[0])


def _family_token(vault: Mapping[str, str], family: str) -> str | None:
    """The token a question's ambiguous titled family name ("Mrs Nembhard" in a family of two adult
    Nembhard women) takes: the one the notes gave such mentions (a vault value that is the family
    name alone), else the first person of that family, as before rules version 14."""
    bearers = [
        t
        for t, v in vault.items()
        if TOKEN_RE.fullmatch(t) and fold(v).split()[-1:] == [family] and not is_young_role(t.strip("[]").rstrip("0123456789 "))
    ]
    alone = [t for t in bearers if fold(vault[t]) == family]
    return next(iter(alone or bearers), None)


def pseudonymise(text: str, vault: Mapping[str, str], aliases: Mapping[str, str] | None = None) -> str:
    """Replace the case's known people (any variant) and values in `text` by their tokens. A
    grandparent's kinship name counts in any letter case here (`kinship`, rules version 15).
    `aliases` ({written form: token}, `surfaces.question_aliases`): the forms the notes of this case
    that the asker may see gave a person, which the vault's one value per token cannot spell ("Cia";
    rules version 20; read within the asker's scope since session 13)."""
    aliases = aliases or {}
    gazetteer, token_of = _gazetteer(vault, aliases)
    text = _short_forms_capitalised(_possessives_spelled(text, gazetteer.people), gazetteer.people, aliases)
    out, cursor = [], 0
    kin = gazetteer.kinship(text, any_case=True)
    for span in resolve_overlaps([*gazetteer.find(text), *kin]):
        if span.type == PERSON and span not in kin:
            token = span.person_key
            if token is not None and token.startswith(AMBIGUOUS):
                token = _family_token(vault, token.removeprefix(AMBIGUOUS))
            value = vault.get(token or "", " ").strip()
            if _ordinary_words(span.text_in(text), lone=" " not in value) or _ordinary_label(span.text_in(text), value):
                continue
        elif span.type == PERSON:
            token = span.person_key
        else:
            token = token_of.get((span.type, normalise_value(span.type, span.text_in(text))))
        if token is None:
            continue
        out += [text[cursor : span.start], token]
        cursor = span.end
    return "".join(out) + text[cursor:]


def reidentify(text: str, vault: Mapping[str, str], notes: Sequence[NoteSurfaces] = ()) -> str:
    """Tokens back to real values. A display step: call it only for a user entitled to the case.

    With `notes` (the surfaces of the notes the text comes from), words quoted from a note are shown
    as that note wrote them ("Dougal", not the vault's "Dougal Wragg"); see redaction.surfaces."""
    if notes:
        return restore(text, notes, vault)
    return TOKEN_RE.sub(lambda m: vault.get(m.group(0), m.group(0)), text)
