"""Plain text to blocks: lines and blank lines, with scraped fragments joined back together.

A scraper that saves one line per text node splits a paragraph wherever it held a link or an
emphasis: ``He told`` / ``Reuters`` / ``, adding that...``.  A line is joined to the one before it
when that one does not end a sentence and the new line plainly continues it (it starts in lower
case or with punctuation, or the line before ends on a word that cannot end a sentence).  Lines
hard-wrapped at a fixed width are joined the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Block
from .textshape import ends_sentence, is_headline_like

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_CONTINUES = re.compile(r"^[a-zà-öø-ÿ,.;:!?)\]}’”%]|^[-–—] ?[a-z]")
_BULLET = re.compile(r"^(?:[-•*–·▪●◦]\s+|\(?\d{1,2}[.)]\s+)")
# Words after which a sentence cannot end: articles, prepositions, conjunctions.
_DANGLING = frozenset(
    "a an the of to in on at by for from with and or but as that than into onto about over under "
    "between der die das des dem den ein eine und oder von zu mit le la les des du de et ou à au aux "
    "el los las y o del al con por para en il lo gli e di da".split()
)
_WRAP_WIDTH = 60


def _raw_lines(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(line number, start, end, stripped text) of every line, blank ones included."""
    for number, m in enumerate(_LINE.finditer(text), start=1):
        if m.start() == len(text) and not m.group():
            break
        raw = m.group().rstrip("\r\n")
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        yield number, m.start() + lead, m.start() + lead + len(stripped), stripped


def _joins(prev: str, line: str) -> bool:
    if not prev or ends_sentence(prev) or _BULLET.match(line):
        return False
    if _CONTINUES.match(line):
        return True
    last = prev.rsplit(None, 1)[-1].lower()
    if last in _DANGLING:
        return True
    # a line cut at a fixed width, mid-sentence
    return len(prev) >= _WRAP_WIDTH and not is_headline_like(prev)


def segment_text(text: str) -> list[Block]:
    """Split plain text into blocks in reading order."""
    blocks: list[Block] = []
    cur: list[tuple[int, int, int, str]] = []

    def flush() -> None:
        if not cur:
            return
        joined = cur[0][3]
        for _, _, _, part in cur[1:]:
            glue = "" if part[:1] in ",.;:!?)]}’”%" or joined.endswith(("-", "(", "“", "‘")) else " "
            joined = joined + glue + part
        tag = "li" if _BULLET.match(joined) else "p"
        blocks.append(Block(len(blocks), joined, cur[0][0], cur[0][1], cur[-1][2], tag))
        cur.clear()

    for number, start, end, line in _raw_lines(text):
        if not line:
            flush()
            continue
        if cur and _joins(cur[-1][3], line):
            cur.append((number, start, end, line))
            continue
        flush()
        cur.append((number, start, end, line))
    flush()
    return blocks

