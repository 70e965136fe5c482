"""Blocks the page's markup puts in a box apart from the story (HTML pages only).

The boxes are read from the HTML before the filters run (:func:`newsclean.html.boxes.marked_boxes`)
and reach the filters as ``page.hints.boxes``; plain text has none, and this filter then does nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._joined import JoinedTexts
from ..page import Decision, MarkedBox, Page, opening
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
        # every form of every box between spaces, searched as one string, so a block is looked for
        # once; the form it is found in says whose box it is
        forms = [(f" {form} ", box) for box in boxes for form in box.forms]
        joined = JoinedTexts([form for form, _box in forms])
        whole: dict[str, MarkedBox] = {}
        for form, box in forms:
            whole.setdefault(form, box)  # the first box, as the search finds it
        for block in list(page.undecided()):
            folded = fold(page.text_of(block.index))
            if not folded:
                continue
            needle = f" {folded} "
            if folded.count(" ") + 1 < MIN_PART_WORDS:
                found = whole.get(needle)
            else:
                at = joined.first_holding(needle)
                found = forms[at][1] if at is not None else None
                if found is not None and found.pieces and opening(folded) not in found.openings():
                    found = None  # a phrase from the middle of the box's sentence, not a part of it
            if found is not None:
                yield Decision(
                    block.index,
                    found.kind,
                    f"in {found.where}, a box its class ({found.word!r}) marks as apart from the story",
                )
