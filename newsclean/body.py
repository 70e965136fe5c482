"""Finding the article's body region: the run of blocks that reads most like running text.

Each block gets a score: prose (enough words, function words, a closing stop) scores up with its
length; short lines, title-case headlines and blocks a filter has already removed score down.
The core of the region is the run of consecutive blocks with the highest total score (the
maximum-sum subarray), so a one-line paragraph between two long ones stays inside the body, while
a teaser caption that happens to be a sentence, stranded after the paywall prompts, stays out.

The core is then widened to the parts of the article that do not read as prose: lists,
subheadings, spec rows, table cells, code.  A short line that shares two in five of its words with
the core's prose (a list item naming what the paragraphs discuss), a table cell of figures or a
row's label before its cells ("Semi-skimmed milk" / "1 pint" / "2 pints"), a line of program code
(an assignment, a call, a brace, an arrow), or a "Label: value" row whose label recurs down the
page costs nothing, and the maximum-sum run is found again with those scores.  A whole table
scraped a cell a line (rows of the same shape, a column of figures at least) counts a little, so
the region takes in a table after the story's last paragraph.  A run of three or
more lines shaped like list items (a few words in sentence case, no closing stop: what a scraped
``<ul>`` becomes in plain text) or like rows of figures costs nothing either, from the start: it
may join two parts of the article but never makes a body of its own.

The widening stops at the headline above and at the comments below, and the region never runs into
a comment section once the article has had its prose.

A box the filters have recognised in the middle of the story (a "Related" list, a newsletter form,
a "Read more:" line, an image's caption and credits) does not split it, though its penalties may
outweigh the shorter part: the region goes on over the box when two paragraphs or more follow it.
One paragraph past a box is as often an author's biography or a company's blurb after the story's
end, and stays out.  Menus, share bars and ads alone make no such box: they stand between a
site's blurb and the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from .kinds import Kind
from .language import script_share
from .textshape import (
    PROSE_STOPWORD_DENSITY,
    STOPWORDS,
    ends_sentence,
    is_headline_like,
    is_prose,
    stopword_density,
    title_case_ratio,
    word_count,
    words,
)
from .vocab import phrases

if TYPE_CHECKING:
    from .page import BodyRegion, Page

# Scores, in units of "one long paragraph of prose".
PROSE_WORDS_PER_POINT = 20  # a prose block scores its words / this, capped below
PROSE_MAX = 4.0
SENTENCE_SCORE = 0.25  # a short sentence (6-11 words) with a closing stop
SHORT_SENTENCE_SCORE = 0.05  # "He declined to comment."
FRAGMENT_PENALTY = -0.3  # a short line without a stop: menu item, name, label, list item
HEADLINE_PENALTY = -1.0  # a title-case headline: a teaser title (a subheading is outweighed by its section)
HEADLINE_TITLE_CASE = 0.6  # share of capitalised words that makes a line a title-case headline
REMOVED_PENALTY = -1.5  # a block that a filter has already removed
LONG_BLOCK_WORDS = 30  # a block this long is a paragraph, closing stop or not
# A list without its markup: this many item-shaped lines in a row (menus are one or two words a
# line, or in title case)
MIN_LIST_RUN = 3
ITEM_WORDS = (3, 20)

# Removed blocks that stand inside bodies as often as outside them.
_INTERRUPTIONS = frozenset({Kind.ADVERTISEMENT, Kind.CAPTION, Kind.CREDIT})

# Widening the core.
SHARED_WORDS = 0.4  # a line with this share of its content words in the core's prose is the article's
MIN_CONTENT_WORD = 3  # shorter words say nothing about the topic
MAX_CELL_TOKENS = 4  # a table cell: this few tokens, half of them figures ("12.61", "153.0×")
MAX_ROW_LABEL_WORDS = 6  # a table's row label, before its cells
MIN_LABEL_REPEATS = 3  # "Price: $20" is a row of the article when "Price:" heads this many lines
MAX_VALUE_WORDS = 12  # the value under a label standing alone
MAX_COLUMNS = 12  # a table scraped a cell a line: this many cells a row at most
MIN_TABLE_ROWS = 3  # ... and this many rows of the same shape
TABLE_LINE_SCORE = SHORT_SENTENCE_SCORE  # a table's line after the story: the region takes in a table there
MAX_COUNTER_DIGITS = 9  # a row's number ("01", "1234"); longer figures are data
MIN_CODE_RUN = 8  # highlighted code scraped a token a line: this many short lines at least
MAX_TOKEN_WORDS = 4  # ... each of this many words at most (spaces inside a token's text split it)
_CODE_SIGN = re.compile(r"[(){}\[\];=]")
_LABEL = re.compile(r"^([^\W\d][\w ]{0,25}?):(?:\s*\S|$)")
_DIGIT = re.compile(r"\d")
# What a menu entry never holds and code nearly always does: "x = 1", "f(x)", "{", "a --> b", "-- note"
_CODE = re.compile(r"\S ?={1,3} ?\S|[{};]\s*$|^\s*[{}]|\w\([^)]*\)|-->|->|=>|^\s*(?:--|//|#)\s|</?\w+>")
# A comment section ends the article: the region does not run past its first widget ("12 Comments",
# "Leave a reply") once it holds this much prose.
MIN_PROSE_BEFORE_COMMENTS = 1.0
MAX_BIO_WORDS = 80
# A box mid-story: blocks all decided as one of these kinds, at most this many; the part beyond it
# joins the region with this score and this many paragraphs (a stranded teaser sentence has less)
MAX_BOX_BLOCKS = 12
MIN_PROSE_BEYOND_BOX = 3.0
MIN_PARAGRAPHS_BEYOND_BOX = 2
_BOX_KINDS = frozenset(
    {
        Kind.TEASER,
        Kind.NEWSLETTER,
        Kind.ADVERTISEMENT,
        Kind.NAVIGATION,
        Kind.CAPTION,
        Kind.CREDIT,
        Kind.PAYWALL,
        Kind.LOGIN,
        Kind.COOKIE,
        Kind.DUPLICATE,
    }
)
# ... one of which at least: what a story's column holds between its paragraphs
_MID_STORY_KINDS = frozenset({Kind.TEASER, Kind.NEWSLETTER, Kind.CAPTION, Kind.CREDIT, Kind.PAYWALL, Kind.LOGIN})
_BIO_AT_END = re.compile("|".join(f"(?:{p})" for p in phrases.AUTHOR_BIO_AT_END))


def block_score(page: Page, index: int) -> float:
    if page.is_decided(index):
        # an advertisement or an image caption interrupts a body as often as it stands outside one
        return FRAGMENT_PENALTY if page.kind_of(index) in _INTERRUPTIONS else REMOVED_PENALTY
    text = page.text_of(index)
    # an ASCII line on a Latin-script page is in its script or has no letters: never foreign
    if (
        page.script
        and not (page.script == "Latin" and text.isascii())
        and script_share(text, page.script) < 0.5
        and any(c.isalpha() for c in text)
    ):
        return REMOVED_PENALTY
    n = word_count(text)
    if is_prose(text):
        return min(n / PROSE_WORDS_PER_POINT, PROSE_MAX) + 0.5
    if page.blocks[index].tag == "li" and n >= 3:
        return SENTENCE_SCORE
    if ends_sentence(text) and not is_headline_like(text):
        if n >= 6:
            return SENTENCE_SCORE
        if n >= 2:
            return SHORT_SENTENCE_SCORE
    if n >= LONG_BLOCK_WORDS:
        # long text without a closing stop: a paragraph cut before a link or an emphasis; with
        # the function words of running text it scores as prose
        if stopword_density(text) >= PROSE_STOPWORD_DENSITY:
            return min(n / PROSE_WORDS_PER_POINT, PROSE_MAX) + 0.5
        return 1.0
    if n >= 4 and is_headline_like(text) and title_case_ratio(text) >= HEADLINE_TITLE_CASE:
        return HEADLINE_PENALTY
    # a line in sentence case without a stop is as likely a list item as a menu entry
    return FRAGMENT_PENALTY


def _is_item_shaped(page: Page, index: int, score: float) -> bool:
    """A line as a list item reads: a few words in sentence case without a closing stop (a
    fragment's score), or a row of figures.  Letters of a script without capitals have no sentence
    case: there a run of related headlines would read as a list."""
    if score != FRAGMENT_PENALTY or page.is_decided(index):
        return False
    text = page.text_of(index)
    if not ITEM_WORDS[0] <= word_count(text) <= ITEM_WORDS[1] or title_case_ratio(text) >= HEADLINE_TITLE_CASE:
        return False
    return any(c.islower() for c in text) or not any(c.isalpha() for c in text)


def _free_list_runs(page: Page, scores: list[float]) -> list[float]:
    """The scores with each run of item-shaped lines made free (see the module's docstring)."""
    out = list(scores)
    start = 0
    for i in range(len(scores) + 1):
        if i < len(scores) and _is_item_shaped(page, i, scores[i]):
            continue
        if i - start >= MIN_LIST_RUN:
            out[start:i] = [0.0] * (i - start)
        start = i + 1
    return out


def _max_run(scores: list[float], lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """(first, last) of the run of ``scores[lo:hi+1]`` with the highest positive total, if any."""
    hi = len(scores) - 1 if hi is None else hi
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, lo
    for i in range(lo, hi + 1):
        if run_sum <= 0:
            run_sum, run_start = scores[i], i
        else:
            run_sum += scores[i]
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best


def _content_words(text: str) -> list[str]:
    return [
        w for w in map(str.lower, words(text)) if len(w) >= MIN_CONTENT_WORD and w not in STOPWORDS and not w.isdigit()
    ]


def _is_cell(text: str) -> bool:
    toks = text.split()
    return 0 < len(toks) <= MAX_CELL_TOKENS and 2 * sum(1 for t in toks if _DIGIT.search(t)) >= len(toks)


def _row_label(texts: list[str], cell: Callable[[int], bool], i: int) -> bool:
    """Whether line ``i`` is a table's row label scraped cell by cell: a short line between two
    cells of figures ("Semi-skimmed milk" / "1 pint" / "2 pints"); ``cell`` tells a line's cell."""
    return (
        0 < i < len(texts) - 1
        and word_count(texts[i]) <= MAX_ROW_LABEL_WORDS
        and cell(i + 1)
        and (cell(i - 1) or (i + 2 < len(texts) and cell(i + 2)))
    )


def _table_lines(page: Page, texts: list[str], cell: Callable[[int], bool]) -> set[int]:
    """The lines of tables scraped a cell a line (see :func:`_tables_in`).  A table lies in a run of
    lines no longer than a label, none of them a date (a list of headlines under their dates is no
    table): most pages hold no such run long enough, and no line outside one has its cell read."""
    found: set[int] = set()

    def short(j: int) -> bool:
        return word_count(texts[j]) <= MAX_ROW_LABEL_WORDS and page.kind_of(j) is not Kind.DATE

    for start, end in _runs(len(texts), short, MIN_TABLE_ROWS * 3):
        # (a run of menu entries, with a figure on fewer lines than a table has rows, is no table:
        # its cells are not read)
        if sum(1 for j in range(start, end) if _DIGIT.search(texts[j])) >= MIN_TABLE_ROWS:
            found |= _tables_in(page, texts, cell, start, end)
    return found


def _runs(n: int, keep: Callable[[int], bool], min_length: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of at least ``min_length`` consecutive lines among ``range(n)`` that
    ``keep`` holds for, ``end`` excluded."""
    i = 0
    while i < n:
        start = i
        while i < n and keep(i):
            i += 1
        if i - start >= min_length:
            yield start, i
        i += 1


def _tables_in(page: Page, texts: list[str], cell: Callable[[int], bool], lo: int, hi: int) -> set[int]:
    """The tables among lines ``lo`` to ``hi - 1``: runs of at least MIN_TABLE_ROWS rows of 3 to
    MAX_COLUMNS cells, where each column holds figures on every row ("37%", "$175,000", "3 (tie)")
    or a label on every row, with a column of figures that does more than number the rows; and the
    row of headings above them."""
    figure = {j: cell(j) for j in range(lo, hi)}
    found: set[int] = set()
    for k in range(3, MAX_COLUMNS + 1):
        i = lo + k
        while i < hi:
            if figure[i] != figure[i - k]:
                i += 1
                continue
            start = i  # lines start - k .. i - 1 repeat the row above them, column by column
            while i < hi and figure[i] == figure[i - k]:
                i += 1
            first, last = start - k, i - 1
            row = [figure[j] for j in range(first, start)]
            if (
                last - first + 1 >= MIN_TABLE_ROWS * k
                and not _repeats_within(row)
                and any(row[c] and not _counts(texts[first + c : last + 1 : k]) for c in range(k))
            ):
                found.update(range(first, last + 1))
                heads = range(max(first - k, 0), first)
                if all(word_count(texts[h]) <= MAX_VALUE_WORDS and not page.is_decided(h) for h in heads):
                    found.update(heads)
    return found


def _counts(column: list[str]) -> bool:
    """Whether a column's figures only number its rows ("01", "02", "03"): the items of a numbered
    list, whatever stands beside them."""
    numbers = [t.strip(" .):") for t in column]
    # (decimal digits only, and few: "3¹" is a digit to isdigit() and no int, nor is a line of 5,000)
    if not all(n.isdecimal() and len(n) <= MAX_COUNTER_DIGITS for n in numbers):
        return False
    return all(int(b) == int(a) + 1 for a, b in pairwise(numbers))


def _repeats_within(row: list[bool]) -> bool:
    """Whether a row's shape is a shorter one repeated: items under their numbers ("1." / "Step one"
    / "2." / "Step two") are a list of two columns at most, whatever multiple of it a row reads."""
    k = len(row)
    return any(k % d == 0 and row == row[d:] + row[:d] for d in range(1, k // 2 + 1))


def _highlighted_code(texts: list[str]) -> set[int]:
    """The lines of code a highlighter wrote a token to an element, scraped a text node a line
    ("builder." / "Services." / "AddHttpClient" / "(options" / "=>" / "{"): runs of
    MIN_CODE_RUN lines of MAX_TOKEN_WORDS words or fewer, a quarter of them holding a bracket, a
    brace, a semicolon or an equals sign, three of those signs at least among them (a menu's
    bracketed words, "News (UK)", hold two), and a token only code splits so (a menu's "Cart (0)"
    and "[x]" hold four signs, but each line closes its brackets)."""
    found: set[int] = set()

    def short(j: int) -> bool:
        return texts[j].count(" ") < MAX_TOKEN_WORDS  # (a word count, cheaper)

    for start, end in _runs(len(texts), short, MIN_CODE_RUN):
        if (
            4 * sum(1 for j in range(start, end) if _CODE_SIGN.search(texts[j])) >= end - start
            and len(set(_CODE_SIGN.findall("".join(texts[start:end])))) >= 3
            and any(_split_token(texts[j]) for j in range(start, end))
        ):
            found.update(range(start, end))
    return found


def _split_token(text: str) -> bool:
    """A token only code splits so: a brace, an equals sign, or a bracket opened or closed without
    its partner ("(options" / ")").  A menu closes its brackets ("Cart (0)", "[x]")."""
    return (
        "{" in text
        or "}" in text
        or "=" in text
        or text.count("(") != text.count(")")
        or text.count("[") != text.count("]")
    )


def _is_code(text: str) -> bool:
    """A line of program code or its output: an assignment, a call, a brace, an arrow, a comment."""
    # each alternative of _CODE needs one of these ("</p>" and "->" a ">"): a line holding none
    # is told by a few tests in C, not by the pattern tried at every position (5 us a line)
    return (
        "=" in text
        or "(" in text
        or ";" in text
        or "{" in text
        or "}" in text
        or ">" in text
        or "#" in text
        or "--" in text
        or "//" in text
    ) and bool(_CODE.search(text))


def _widening_scores(
    page: Page,
    scores: list[float],
    core: tuple[int, int],
    texts: list[str],
    cell: Callable[[int], bool],
    table: set[int],
) -> list[float]:
    """The scores with the article's own short lines made free, and the lines of ``table`` worth a
    little (see the module's docstring)."""
    vocab: set[str] = set()
    for i in range(core[0], core[1] + 1):
        if not page.is_decided(i) and scores[i] > 0 and is_prose(page.text_of(i)):
            vocab.update(_content_words(page.text_of(i)))

    # each line's label read once; a line without a colon has none (most lines: no regex)
    found = [_LABEL.match(text) if ":" in text else None for text in texts]
    labels = Counter(m.group(1).lower() for m in found if m)
    widened = list(scores)
    decided = page.decisions
    code = _highlighted_code(texts)
    value_of_label = False  # the line after a label standing alone ("Team size:") is its value
    for i, score in enumerate(scores):
        text = texts[i]
        label = found[i]
        repeated = bool(label and labels[label.group(1).lower()] >= MIN_LABEL_REPEATS)
        after_label, value_of_label = value_of_label, repeated and text.rstrip().endswith(":")
        if i in table:
            # a table's cells are the article's data: a table after the story's prose is worth a
            # little, so the region takes it in at the story's end; a cell the filters removed (a
            # repeated figure) costs nothing but stays removed, and a table above the story (a
            # market ticker) is no reason to start the region there
            widened[i] = TABLE_LINE_SCORE if i > core[1] and i not in decided else 0.0
            continue
        if i in code and score < 0:
            widened[i] = 0.0  # ... and a repeated name in highlighted code costs nothing either
            continue
        if score >= 0 or i in decided:
            continue
        if (
            cell(i)
            or _row_label(texts, cell, i)
            or repeated
            or _is_code(text)
            or (after_label and word_count(text) <= MAX_VALUE_WORDS)
        ):
            widened[i] = 0.0
            continue
        content = _content_words(text)
        if content and sum(1 for w in content if w in vocab) >= SHARED_WORDS * len(content):
            widened[i] = 0.0
    return widened


def _bounds(page: Page, core: tuple[int, int]) -> tuple[int, int]:
    """How far the core may widen: not above the headline, not into the comments."""
    lo, hi = 0, len(page.blocks) - 1
    for i in range(core[0] - 1, -1, -1):
        if page.kind_of(i) is Kind.TITLE:
            lo = i + 1
            break
    for i in range(core[1] + 1, len(page.blocks)):
        if page.kind_of(i) is Kind.COMMENTS:
            hi = i - 1
            break
    return lo, hi


def _end_before_comments(page: Page, scores: list[float], first: int, last: int) -> int:
    """The region's last block: before the first comments widget that follows the body's prose."""
    prose = 0.0
    for i in range(first, last + 1):
        if page.kind_of(i) is Kind.COMMENTS and prose >= MIN_PROSE_BEFORE_COMMENTS:
            end = i - 1
            while end > first and scores[end] <= 0:
                end -= 1
            return end
        prose += max(scores[i], 0.0)
    return last


def _last_paragraph(page: Page, scores: list[float], first: int, last: int, table: set[int]) -> int:
    """The article ends at its last paragraph or sentence: not at a short exclamation or question
    to the reader after it ("Get in touch today!", "What do you think?"), nor at the author's
    biography.  A last short statement ("He declined to comment.") stays, and so does a table's
    last row."""
    end = last
    while end > first:
        text = page.text_of(end)
        to_reader = scores[end] <= SENTENCE_SCORE and text.rstrip(" \"'”’)").endswith(("!", "?"))
        if not to_reader and not (word_count(text) <= MAX_BIO_WORDS and _BIO_AT_END.match(text)):
            break
        end -= 1
    while end > first and scores[end] <= 0 and end not in table:
        end -= 1
    return end


def _box_end(page: Page, start: int, stop: int, step: int) -> int | None:
    """The first block past a box of recognised furniture that starts at ``start`` (walking by
    ``step``, not past ``stop``), or None when there is no such box: menus, share bars and ads
    alone are what stands between a site's blurb and the story, not a box inside the story."""
    i, inside_story = start, False
    while i != stop + step and (kind := page.kind_of(i)) in _BOX_KINDS:
        inside_story = inside_story or kind in _MID_STORY_KINDS
        i += step
        if abs(i - start) > MAX_BOX_BLOCKS:
            return None
    return i if inside_story and i != stop + step else None


def _prose_beyond(scores: list[float], start: int, stop: int, step: int) -> int | None:
    """The end of the best run of blocks from ``start`` towards ``stop`` when it scores as the
    prose of a story's part, else None."""
    total, best, best_end = 0.0, 0.0, None
    for i in range(start, stop + step, step):
        total += scores[i]
        if total > best:
            best, best_end = total, i
    return best_end if best >= MIN_PROSE_BEYOND_BOX else None


def _story_part(page: Page, first: int, last: int) -> bool:
    """Whether blocks ``first`` to ``last`` go on with the story: two paragraphs at least, where an
    author's biography or a company's blurb after the story's end is one."""
    paragraphs = 0
    for i in range(first, last + 1):
        if not page.is_decided(i) and is_prose(page.text_of(i)):
            paragraphs += 1
            if paragraphs >= MIN_PARAGRAPHS_BEYOND_BOX:
                return True
    return False


def _across_boxes(page: Page, scores: list[float], first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """The region widened over boxes in the middle of the story (see the module's docstring)."""
    while last < hi and (after := _box_end(page, last + 1, hi, 1)) is not None:
        end = _prose_beyond(scores, after, hi, 1)
        if end is None or not _story_part(page, after, end):
            break
        last = end
    while first > lo and (before := _box_end(page, first - 1, lo, -1)) is not None:
        start = _prose_beyond(scores, before, lo, -1)
        if start is None or not _story_part(page, start, before):
            break
        first = start
    return first, last


def find_body_region(page: Page) -> BodyRegion:
    from .page import BodyRegion

    scores = _free_list_runs(page, [block_score(page, i) for i in range(len(page.blocks))])
    core = _max_run(scores)
    if core is None:  # nothing reads like prose: there is no telling, so the whole page is the region
        return BodyRegion(0, len(scores) - 1)
    first, last = core
    lo, hi = _bounds(page, core)
    texts = [page.text_of(i) for i in range(len(scores))]
    cells: dict[int, bool] = {}  # each line's cell read when first asked for

    def cell(j: int) -> bool:
        if j not in cells:
            cells[j] = _is_cell(texts[j])
        return cells[j]

    table = _table_lines(page, texts, cell)
    wide = _max_run(_widening_scores(page, scores, core, texts, cell, table), lo, hi)
    if wide is not None and wide[0] <= core[1] and wide[1] >= core[0]:
        first, last = min(first, wide[0]), max(last, wide[1])
    first, last = _across_boxes(page, scores, first, last, lo, hi)
    last = _end_before_comments(page, scores, first, last)
    return BodyRegion(first, _last_paragraph(page, scores, first, last, table))
