"""An article laid out as its input: kept paragraphs and removed pieces back in reading order.

The removal record says where each removed piece was (its block); ``Article.paragraph_blocks``
says where each kept paragraph was.  Sorting both by block puts the page back together, which is
what the review app shows and what a correction's fixture is cleaned from when the raw input was
not kept.  What the HTML pass dropped has no block (it never became one): it is kept apart.
"""

from __future__ import annotations

import attrs

from .model import Article, Removal

__all__ = ["Layout", "Piece", "layout", "reconstructed_text"]


@attrs.frozen
class Piece:
    """A kept paragraph (``removal`` is None) or a removed piece of the input.

    ``index`` is the paragraph's index in ``Article.paragraphs``, or the removal's in
    ``Article.removed``: together with ``kept`` it names the piece for a correction.
    """

    text: str
    index: int
    block: int | None
    removal: Removal | None = None

    @property
    def kept(self) -> bool:
        return self.removal is None

    @property
    def kind(self) -> str:
        return "kept" if self.removal is None else self.removal.kind.value


@attrs.frozen
class Layout:
    """``pieces`` in input order, and ``html_pass``: what the HTML pass dropped, in record order.

    ``in_order`` is False for a record written before paragraphs knew their block: its kept
    paragraphs then come first and the removed pieces after them.
    """

    pieces: tuple[Piece, ...]
    html_pass: tuple[Piece, ...]
    in_order: bool


def layout(article: Article) -> Layout:
    kept = [Piece(text, i, None) for i, text in enumerate(article.paragraphs)]
    removed = [Piece(r.text, i, r.block, r) for i, r in enumerate(article.removed) if r.block is not None]
    html_pass = tuple(Piece(r.text, i, None, r) for i, r in enumerate(article.removed) if r.block is None)
    removed.sort(key=lambda p: (p.block or 0, p.removal.start if p.removal and p.removal.start is not None else -1))
    if len(article.paragraph_blocks) != len(article.paragraphs):
        return Layout((*kept, *removed), html_pass, in_order=False)
    kept = [attrs.evolve(p, block=b) for p, b in zip(kept, article.paragraph_blocks, strict=True)]
    # within one block a removal comes first: the only partial cut is a dateline opening its paragraph
    ordered = sorted([*removed, *kept], key=lambda p: (p.block or 0, p.kept))
    return Layout(tuple(ordered), html_pass, in_order=True)


def reconstructed_text(article: Article) -> str:
    """The input as plain text, rebuilt from the record: every piece on its own, in order.

    A dateline cut goes back in front of its paragraph; what the HTML pass dropped comes last, as
    there is no telling where it was.  Cleaning this text replays the text filters' decisions
    closely but not the HTML pass's: keep the raw input (``--keep-raw``) for an exact replay.
    """
    laid = layout(article)
    parts: list[str] = []
    previous: Piece | None = None
    for piece in laid.pieces:
        if (
            piece.kept
            and previous is not None
            and previous.removal is not None
            and previous.block == piece.block
            and previous.removal.kind.value == "dateline"
        ):
            parts[-1] = f"{parts[-1]} {piece.text}"
        else:
            parts.append(piece.text)
        previous = piece
    parts.extend(p.text for p in laid.html_pass)
    return "\n\n".join(parts) + "\n"
