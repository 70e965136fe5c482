"""Every fixture in fixtures/ holds: one parametrized test, a new case is a new file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.testing import Case, check_case, load_cases

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = load_cases(FIXTURES)
PARAMS = [
    pytest.param(
        case,
        form,
        id=f"{case.name}[{form}]",
        marks=[pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else [],
    )
    for case in CASES
    for form in case.forms
]


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize(("case", "form"), PARAMS)
def test_fixture(case: Case, form: str) -> None:
    problems = check_case(case, form)
    assert not problems, f"{case.path.name} ({form}): {case.about}\n  " + "\n  ".join(problems)
