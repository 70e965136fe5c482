"""Finding the article's body region: the run of blocks that reads most like running text.

Each block gets a score: prose (enough words, function words, a closing stop) scores up with its
length; short lines, headline-shaped lines and blocks a filter has already removed score down.
The region is the run of consecutive blocks with the highest total score (the maximum-sum
subarray), so a one-line paragraph between two long ones stays inside the body, while a teaser
caption that happens to be a sentence, stranded after the paywall prompts, stays out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .language import script_share
from .textshape import ends_sentence, is_headline_like, is_prose, stopword_density, word_count

if TYPE_CHECKING:
    from .page import BodyRegion, Page

# Scores, in units of "one long paragraph of prose".
PROSE_WORDS_PER_POINT = 20  # a prose block scores its words / this, capped below
PROSE_MAX = 4.0
SENTENCE_SCORE = 0.25  # a short sentence (6-11 words) with a closing stop
SHORT_SENTENCE_SCORE = 0.05  # "He declined to comment."
FRAGMENT_PENALTY = -0.3  # a short line without a stop: menu item, name, label, list item
HEADLINE_PENALTY = -1.0  # a headline-shaped line: a teaser title (a subheading is outweighed by its section)
REMOVED_PENALTY = -1.5  # a block that a filter has already removed
LONG_BLOCK_WORDS = 30  # a block this long is a paragraph, closing stop or not
PROSE_STOPWORD_DENSITY = 0.15  # as in textshape.is_prose


def block_score(page: Page, index: int) -> float:
    if page.is_decided(index):
        return REMOVED_PENALTY
    text = page.text_of(index)
    if page.script and script_share(text, page.script) < 0.5 and any(c.isalpha() for c in text):
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
    if n >= 4 and is_headline_like(text):
        return HEADLINE_PENALTY
    return FRAGMENT_PENALTY


def find_body_region(page: Page) -> BodyRegion:
    from .page import BodyRegion

    scores = [block_score(page, i) for i in range(len(page.blocks))]
    best_sum, best = 0.0, (0, len(scores) - 1)
    run_sum, run_start = 0.0, 0
    found = False
    for i, score in enumerate(scores):
        if run_sum <= 0:
            run_sum, run_start = score, i
        else:
            run_sum += score
        if run_sum > best_sum:
            best_sum, best, found = run_sum, (run_start, i), True
    if not found:  # nothing reads like prose: there is no telling, so the whole page is the region
        return BodyRegion(0, len(scores) - 1)
    return BodyRegion(*best)
