"""The filter translators: deny by default, and the same rule in every store language."""

import sqlite3

import pytest

from access.scope import EmptyScopeError, Scope, chroma_where, row_mask, sql_where


@pytest.mark.parametrize("translate", [chroma_where, sql_where])
def test_an_empty_scope_never_becomes_a_filter(translate) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EmptyScopeError):
        translate(Scope.deny())


def test_a_case_cannot_be_both_fully_and_partly_visible() -> None:
    with pytest.raises(ValueError):
        Scope(frozenset({"A"}), frozenset({"A"}))


def test_chroma_where_shapes() -> None:
    assert chroma_where(Scope(full_cases=frozenset({"A"}))) == {"case_id": {"$in": ["A"]}}
    assert chroma_where(Scope(frozenset({"B", "A"}), frozenset({"C"}))) == {
        "$or": [
            {"case_id": {"$in": ["A", "B"]}},
            {"$and": [{"case_id": {"$in": ["C"]}}, {"sensitivity": "standard"}]},
        ]
    }


ROWS = [("A", "standard"), ("A", "restricted"), ("C", "standard"), ("C", "restricted"), ("D", "standard")]


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (Scope(frozenset({"A"})), [0, 1]),
        (Scope(standard_cases=frozenset({"C"})), [2]),
        (Scope(frozenset({"A"}), frozenset({"C"})), [0, 1, 2]),
        (Scope(frozenset({"Z"})), []),
    ],
)
def test_sql_and_mask_agree_with_the_rule(scope: Scope, expected: list[int]) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE chunks (rowid INTEGER PRIMARY KEY, case_id TEXT, sensitivity TEXT)")
    db.executemany("INSERT INTO chunks VALUES (?, ?, ?)", [(i, c, s) for i, (c, s) in enumerate(ROWS)])
    clause, params = sql_where(scope)
    got = [row[0] for row in db.execute(f"SELECT rowid FROM chunks WHERE {clause} ORDER BY rowid", params)]
    assert got == expected
    mask = row_mask(scope, [c for c, _ in ROWS], [s for _, s in ROWS])
    assert [i for i, keep in enumerate(mask) if keep] == expected
    assert [i for i, (c, s) in enumerate(ROWS) if scope.allows(c, s)] == expected


def test_narrowing_keeps_only_visible_cases() -> None:
    scope = Scope(frozenset({"A"}), frozenset({"C"}))
    assert scope.narrowed(["C", "Q"]) == Scope(standard_cases=frozenset({"C"}))
    assert scope.narrowed(["Q"]).is_empty
