"""trafilatura behind one adapter: the page's main content as blocks.

trafilatura decides what the main content is; its output tree (``p``, ``head``, ``list/item``,
``quote``, ``table``) becomes newsclean blocks that the same filters as plain text then read.
Its metadata extraction is not used: newsclean reads metadata itself and never guesses a date.
"""

from __future__ import annotations

import copy
from typing import Any

from ..config import Config
from ..model import Block

_TAGS = {"p": "p", "head": "h", "item": "li", "quote": "quote", "code": "pre", "row": "table"}
_CONTAINERS = frozenset({"list", "table", "div", "body", "doc", "main"})


def _text(el: Any) -> str:
    # a line break inside a paragraph separates words; itertext() alone would glue them
    for lb in el.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return " ".join("".join(el.itertext()).split())


def _row_text(row: Any) -> str:
    cells = [" ".join("".join(c.itertext()).split()) for c in row if c.tag == "cell"]
    return " | ".join(c for c in cells if c)


def blocks_from_body(body: Any) -> list[Block]:
    """Blocks of a trafilatura output tree, in reading order."""
    blocks: list[Block] = []
    offset = 0

    def add(text: str, tag: str) -> None:
        nonlocal offset
        if not text:
            return
        i = len(blocks)
        blocks.append(Block(i, text, i + 1, offset, offset + len(text), tag))
        offset += len(text) + 2

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag in ("list", "table"):
                for sub in child:
                    if sub.tag == "row":
                        add(_row_text(sub), "table")
                    elif sub.tag == "item" and any(g.tag == "list" for g in sub):
                        nested = copy.deepcopy(sub)
                        for g in [g for g in nested if g.tag == "list"]:
                            nested.remove(g)
                        add(_text(nested), "li")
                        walk(sub)
                    elif sub.tag == "head":
                        add(_text(sub), "h")
                    else:
                        add(_text(sub), "li" if tag == "list" else "p")
            elif tag in _CONTAINERS:
                walk(child)
            elif tag == "graphic":
                continue
            else:
                add(_text(child), _TAGS.get(str(tag), "p"))

    walk(body)
    return blocks


def extract_blocks(tree: Any, *, url: str | None, config: Config) -> list[Block] | None:
    """The main content of a parsed page as blocks, or None when trafilatura finds none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=config.include_tables,
            favor_precision=config.favor_precision,
            favor_recall=config.favor_recall,
            deduplicate=False,
        )
    except ValueError:
        return None
    if doc is None or getattr(doc, "body", None) is None:
        return None
    blocks = blocks_from_body(doc.body)
    return blocks or None
