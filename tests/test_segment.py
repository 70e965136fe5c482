"""Plain text to blocks: which scraped lines are joined back into one paragraph, and which stay apart."""

from __future__ import annotations

import pytest

from newsclean.segment import segment_text


def texts(text: str) -> list[str]:
    return [b.text for b in segment_text(text)]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a line ending in a comma was cut before a link
        (
            ["Once again,", "Northfield Bakery won the county prize this year."],
            "Once again, Northfield Bakery won the county prize this year.",
        ),
        # a short line ending on a word no sentence ends with
        (
            ["A few colleges, including", "Harvard and", "Yale still offer free lectures."],
            "A few colleges, including Harvard and Yale still offer free lectures.",
        ),
        (
            ["If you want to learn more, read all our", "river cruise reviews."],
            "If you want to learn more, read all our river cruise reviews.",
        ),
        # a possessive after a linked name
        (["Ask the", "Harbour Trust", "'s volunteers for a map."], "Ask the Harbour Trust 's volunteers for a map."),
        # a capitalised article is one too: a paper's name in a link
        (["She told The", "Guardian", "that she had no regrets."], "She told The Guardian that she had no regrets."),
        # a label and its value, cut at the dash
        (["Chipset –", "Northwind NW805"], "Chipset – Northwind NW805"),
        # a linked name inside a sentence, the sentence going on after it
        (
            ["Before the match, the coach refused to meet President-elect Jair", "Bolsonaro", ", his spokesman said."],
            "Before the match, the coach refused to meet President-elect Jair Bolsonaro, his spokesman said.",
        ),
        (
            ["In mathematics, a Hermitian matrix", "(or", "self-adjoint matrix", ") equals its own transpose."],
            "In mathematics, a Hermitian matrix (or self-adjoint matrix) equals its own transpose.",
        ),
        # a sentence cut at a linked name after "by"
        (
            ["The study was led", "by", "Jane Doe", "at the county hospital."],
            "The study was led by Jane Doe at the county hospital.",
        ),
        # ... and after a participle, or inside a sentence of several lines, however short the line
        (["Medically reviewed", "by", "Jane Doe", ", RN"], "Medically reviewed by Jane Doe, RN"),
        (
            ["Python has a separate", "RegEx library", "written by", "Jane Doe", "in C."],
            "Python has a separate RegEx library written by Jane Doe in C.",
        ),
        # a credit's noun or a participle takes the "by": a photographer, not the story's author
        (["Photo", "by", "Jane Doe"], "Photo by Jane Doe"),
        (["This newsletter is brought to you", "by", "Acme Corp"], "This newsletter is brought to you by Acme Corp"),
        # a year ends the line, not a date line: the sentence goes on
        (
            ["The company was founded in 2019", "by", "Jane Doe", "and John Roe."],
            "The company was founded in 2019 by Jane Doe and John Roe.",
        ),
        # other languages' leads are left as they were: "La casa" / "di" / "Mario Rossi"
        (["La casa", "di", "Mario Rossi"], "La casa di Mario Rossi"),
        # a linked title's words over its "written by": the author of the book, not of the page
        (["Harbourlights", "written by", "Jane Doe", "."], "Harbourlights written by Jane Doe."),
    ],
)
def test_lines_cut_mid_sentence_are_joined(lines: list[str], joined: str) -> None:
    assert texts("\n".join(lines)) == [joined]


@pytest.mark.parametrize(
    "lines",
    [
        ["Log in", "Subscribe"],  # buttons end on "in" and "up"
        ["Sign up", "The council met on Tuesday."],
        ["Powered by", "Ghost"],
        ["The vote was held on Tuesday.", "Officials said it passed."],
        # a capital is no article nor conjunction: a time zone, a league, a vitamin, a Title Case word
        ["March 4, 2024 10:32 AM ET", "BRUSSELS (Reuters) - EU leaders agreed on new rules."],
        ["Inter Milan Extend Their Lead at the Top of Serie A", "March 4, 2024"],
        ["The Truth About Vitamin E", "Doctors say most people get enough of it."],
        # a Title Case headline ends on a preposition
        ["The Climate Problem Nobody in Washington Is Talking About", "Scientists say fish stocks are falling."],
    ],
)
def test_separate_lines_stay_apart(lines: list[str]) -> None:
    assert texts("\n".join(lines)) == lines


@pytest.mark.parametrize(
    ("lines", "blocks"),
    [
        # links to categories, each over the same words: a list, not a sentence
        (
            ["Addiction (16)", "items in category", "Anxiety (30)", "items in category"],
            ["Addiction (16) items in category", "Anxiety (30) items in category"],
        ),
        (
            ["Addiction (16)", "items in category", "Anxiety (30)", "item in category"],
            ["Addiction (16) items in category", "Anxiety (30) item in category"],
        ),
        # a headline, then the author's name over the time: the name is no link inside the headline
        (
            ["Council Votes on the Flood Plan", "Jane Doe", "updated 3 hours ago"],
            ["Council Votes on the Flood Plan", "Jane Doe updated 3 hours ago"],
        ),
        (
            ["Council votes on the flood plan", "Jane Doe", "updated 3 hours ago"],
            ["Council votes on the flood plan", "Jane Doe updated 3 hours ago"],
        ),
        # a byline, then the date: the date is no link inside the byline
        (
            ["By", "Jane Doe", "October 8, 2025", "updated 3 hours ago"],
            ["By Jane Doe", "October 8, 2025 updated 3 hours ago"],
        ),
        # a section's label before a dash
        (
            ["Flood warnings issued for the valley", "Weather", "- live updates"],
            ["Flood warnings issued for the valley", "Weather", "- live updates"],
        ),
        # a sentence that ends, then a link's words opening the next one
        (
            ["He resigned on Friday.", "Read more", "about the case"],
            ["He resigned on Friday.", "Read more about the case"],
        ),
    ],
)
def test_a_short_line_before_a_continuation_is_no_link_in_a_list_or_under_a_headline(
    lines: list[str], blocks: list[str]
) -> None:
    assert texts("\n".join(lines)) == blocks


@pytest.mark.parametrize(
    ("lines", "blocks"),
    [
        (["Ten Trends to Watch This Spring", "by", "Jane Doe"], ["Ten Trends to Watch This Spring", "by Jane Doe"]),
        (
            ["Ten trends to watch this spring", "Written By", "Jane Doe"],
            ["Ten trends to watch this spring", "Written By Jane Doe"],
        ),
        (["Ten trends to watch this spring", "By", "Jane Doe"], ["Ten trends to watch this spring", "By Jane Doe"]),
        # a sentence-case headline: no sentence runs on after the name
        (
            ["How the cloud is shaping the next wave of AI", "by", "Jane Doe", "Share"],
            ["How the cloud is shaping the next wave of AI", "by Jane Doe", "Share"],
        ),
        # a button's word or a date over the lone "by"
        (["Tweet", "by", "Jane Doe", ", Senior Editor"], ["Tweet", "by Jane Doe, Senior Editor"]),
        # a capitalised word in "-ed" is a headline's, no participle taking the "by"
        (
            ["How to replace brake pads from an ASE-Certified Mechanic", "by", "Jane Doe", "|"],
            ["How to replace brake pads from an ASE-Certified Mechanic", "by Jane Doe", "|"],
        ),
        (["March 4, 2025", "by", "Jane Doe"], ["March 4, 2025", "by Jane Doe"]),
        # the byline's lead with its noun; the reading time under the name is no part of it
        (["Article by:", "Jane Doe"], ["Article by: Jane Doe"]),
        (
            ["Written by", "Jane Doe", "average reading time:", "5 min"],
            ["Written by Jane Doe", "average reading time:", "5 min"],
        ),
        (["Written by", "Jane Doe", "and", "John Roe"], ["Written by Jane Doe and John Roe"]),
        (["By:", "Jane Doe", "on 04-Aug-2021 5:11:10"], ["By: Jane Doe on 04-Aug-2021 5:11:10"]),
        (["By", "Jane Doe", "in Paris"], ["By Jane Doe in Paris"]),
        # ... and so do the sentence's last words after a name a lone "by" leads to
        (
            ["It was released as free software", "by", "Harbour Systems", "in 1998 with the rest of its code."],
            ["It was released as free software by Harbour Systems in 1998 with the rest of its code."],
        ),
    ],
)
def test_a_byline_lead_on_its_own_line_under_the_headline_starts_the_byline(
    lines: list[str], blocks: list[str]
) -> None:
    """A scraper's one text node a line puts "by" and the linked name on lines of their own: the
    headline does not run on into the byline."""
    assert texts("\n".join(lines)) == blocks


TITLE = "Ten things every cyclist should know about | Riverside Gazette"


@pytest.mark.parametrize(
    ("lines", "blocks"),
    [
        # the headline under a menu's last line that it would otherwise continue
        (
            [TITLE.lower(), "Sign in", "ten things every cyclist should know about"],
            [TITLE.lower(), "Sign in", "ten things every cyclist should know about"],
        ),
        # and over the breadcrumb it would otherwise run on into
        (
            [TITLE, "Ten things every cyclist should know about", "Home", "The council met."],
            [TITLE, "Ten things every cyclist should know about", "Home", "The council met."],
        ),
        # a closing quote after it still goes on it
        (
            [TITLE, "Read “", "Ten things every cyclist should know about", "” next."],
            [TITLE, "Read “", "Ten things every cyclist should know about” next."],
        ),
        # a sentence that runs through it as a link stays one paragraph
        (
            [TITLE, "Before the race,", "Ten things every cyclist should know about", "was read aloud."],
            [TITLE, "Before the race, Ten things every cyclist should know about was read aloud."],
        ),
    ],
)
def test_the_line_repeating_the_title_line_is_the_headline_on_its_own(lines: list[str], blocks: list[str]) -> None:
    """A saved page opens with its title ("Headline | Site"); the line further down that repeats
    its leading part is the headline, a block of its own."""
    assert texts("\n".join(lines)) == blocks


def test_many_lone_by_lines_in_one_block_segment_in_linear_time() -> None:
    """Each lone "by" looks at the block's last line only, not at the whole block again."""
    text = "The report was drafted\n" + "by\nJane Doe\nand more words about it\n" * 5_000
    blocks = segment_text(text)
    assert len(blocks) == 1
