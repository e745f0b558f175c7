"""The sector vocabulary table: each abbreviation reaches its long form and back."""

from __future__ import annotations

import pytest

from retrieval.expansion import SYNONYMS, expand

CASES: list[tuple[str, str, tuple[str, ...]]] = [
    # question, expected semantic text, variants the keyword query must carry
    ("When was the RHI?", "When was the RHI (return home interview)?", ("return home interview",)),
    ("Is she CLA?", "Is she CLA (looked after child)?", ("LAC", "CiC", "child in care")),
    ("Is she LAC?", "Is she LAC (looked after child)?", ("CLA", "CiC")),
    ("Is he a CiC", "Is he a CiC (looked after child)", ("CLA", "LAC")),
    ("s47 outcome", "s47 (section 47 enquiry) outcome", ("section 47", "child protection enquiry")),
    ("what did the section 47 find", "what did the section 47 (section 47 enquiry) find", ("s47",)),
    ("What did MGM say at the ICPC?", "What did MGM (maternal grandmother) say at the ICPC (initial child protection conference)?",
     ("maternal grandmother", "initial child protection conference")),
    ("Did the DSL call?", "Did the DSL (designated safeguarding lead) call?", ("designated safeguarding lead",)),
    ("HV visit", "HV (health visitor) visit", ("health visitor",)),
    ("PEP targets", "PEP (personal education plan) targets", ("personal education plan",)),
    ("any DV reported", "any DV (domestic violence) reported", ("domestic abuse",)),
    ("when was the return home interview", "when was the return home interview", ("RHI",)),
    ("A&E attendance", "A&E (accident and emergency) attendance", ("accident and emergency",)),
    ("what did mum say", "what did mum (mother) say", ("mother",)),
    ("Who is the IDVA?", "Who is the IDVA (independent domestic violence adviser)?", ('"independent domestic violence adviser"',)),
    ("did the EWO visit", "did the EWO (education welfare officer) visit", ('"education welfare officer"', '"attendance officer"')),
    ("LADO referral", "LADO (local authority designated officer) referral", ('"local authority designated officer"',)),
    ("is she on a CPP", "is she on a CPP (child protection plan)", ('"child protection plan"', '"CP plan"')),
    ("any SALT input", "any SALT (speech and language therapy) input", ("SLT",)),
    ("ADHD diagnosis", "ADHD (attention deficit hyperactivity disorder) diagnosis", ('"attention deficit hyperactivity disorder"',)),
    ("her DOB", "her DOB (date of birth)", ('"date of birth"',)),
    ("when was the FNM", "when was the FNM (family network meeting)", ('"family network meeting"',)),
    ("was there a Sarah's Law disclosure", "was there a Sarah's Law (child sex offender disclosure scheme) disclosure",
     ("CSODS",)),
]


@pytest.mark.parametrize(("question", "semantic", "variants"), CASES)
def test_expansion(question: str, semantic: str, variants: tuple[str, ...]) -> None:
    expanded = expand(question)
    assert expanded.semantic == semantic
    assert expanded.keyword.startswith(question)
    for variant in variants:
        assert variant in expanded.keyword


@pytest.mark.parametrize(
    "question",
    [
        "Which school does [CHILD] attend?",
        "give her a pep talk",  # lower-case word, not the Personal Education Plan
        "the cp was broken",  # 'cp' written in lower case is not Child Protection
        "ICPCX",  # no partial-word match
        "strategy",  # "strat" must not match inside "strategy"
        "pass the salt",  # lower-case word, not Speech and Language Therapy
        "a pr stunt",  # 'pr' in lower case is not Parental Responsibility
    ],
)
def test_no_expansion_for_ordinary_words(question: str) -> None:
    expanded = expand(question)
    assert (expanded.semantic, expanded.keyword, expanded.concepts) == (question, question, ())


def test_every_variant_leads_to_its_group() -> None:
    for group in SYNONYMS:
        for variant in group:
            assert group[0] in expand(f"about {variant} today").concepts, variant
