"""Small builders shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from newsclean.filters.furniture import NavigationFilter, phrase_filters
from newsclean.model import Block
from newsclean.page import Hints, Page
from newsclean.segment import segment_text


def page_of(
    *lines: str, input_type: str = "text", language: str = "en", script: str = "Latin", hints: Hints | None = None
) -> Page:
    """A page whose blocks are ``lines``, one each."""
    text = "\n\n".join(lines)
    blocks = segment_text(text)
    assert len(blocks) == len(lines), [b.text for b in blocks]
    return Page(tuple(blocks), input_type, language=language, script=script, hints=hints or Hints())


def run(filter_, page: Page) -> dict[int, str]:
    """Apply one filter; block index -> kind value of its decisions."""
    for d in filter_(page):
        page.apply(filter_.name, d)
    return {i: d.kind.value for i, (_, d) in page.decisions.items()} | {d.block: d.kind.value for _, d in page.cuts}


def block(text: str, index: int = 0) -> Block:
    return Block(index, text, 1, 0, len(text))


# Two paragraphs of an article's body, for filters that look at what surrounds a line.
PROSE = (
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by four percent over the coming year, officials said."
)
PROSE2 = (
    "Opponents of the plan said it would leave the city short of money for housing, and they promised "
    "to bring the matter back before the council in the spring."
)
# Two more, for a story that goes on after a box between its paragraphs (the same two again would
# be the story shown twice)
PROSE3 = (
    "The mayor said the first contracts for the road work would be signed in March, and that the "
    "schools would hire forty more teachers before the autumn term."
)
PROSE4 = (
    "Residents who spoke at the meeting were divided, with several saying that the housing fund had "
    "been cut for the third year in a row."
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Every phrase filter, and the phrases inside the navigation filter.
PHRASE_FILTERS = [*phrase_filters(), NavigationFilter()._phrases]


def fixture_lines() -> list[str]:
    """The non-blank lines of the plain-text fixtures."""
    lines = []
    for path in sorted(FIXTURES.glob("*.txt")):
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


# Words of the phrases themselves, in any case, with symbols and digits around them: the pieces of
# generated lines most likely to find where a fast path and the plain pattern part ways.
PHRASE_PIECES = st.sampled_from(
    "subscribe Sign up newsletter LOG IN log in sign-in cookies Cookie accept €4.99 US$1 $ £ © (c) "
    "copyright 12 comments Comment reply advertisement Anzeige publicité min read 5 minutes read "
    "to continue reading for the first month we earn a commission from qualifying purchases "
    "affiliate links disclosure: share tweet email print follow us all rights reserved privacy "
    "policy terms of use a an the of inscrivez-vous s'inscrire connexion".split()
)
