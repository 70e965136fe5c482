"""Blocks the page's markup puts in a box apart from the story (HTML pages only).

The boxes are read from the HTML before the filters run (:func:`newsclean.html.boxes.marked_boxes`)
and reach the filters as ``page.hints.boxes``; plain text has none, and this filter then does nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..page import Decision, Page
from ..textshape import fold

# A block this short is taken from a box only when it is the whole box: "Learn more" or a one-word
# heading may be the story's own as well as a box's
MIN_PART_WORDS = 3


@attrs.frozen
class MarkedBoxFilter:
    """Blocks whose text is a box's, or a part of it, when the page's markup marks that box as
    apart from the story: a call to action ("Want to win more jobs with less effort?" in a
    ``<div class="post-cta">``), a promotion, a pop-up."""

    name: str = "marked_box"

    def __call__(self, page: Page) -> Iterator[Decision]:
        boxes = page.hints.boxes
        if not boxes:
            return
        padded = [(tuple(f" {form} " for form in box.forms), box) for box in boxes]
        for block in list(page.undecided()):
            folded = fold(page.text_of(block.index))
            if not folded:
                continue
            short = folded.count(" ") + 1 < MIN_PART_WORDS
            needle = f" {folded} "
            for forms, box in padded:
                if any((form == needle) if short else (needle in form) for form in forms):
                    yield Decision(
                        block.index,
                        box.kind,
                        f"in {box.where}, a box its class ({box.word!r}) marks as apart from the story",
                    )
                    break
