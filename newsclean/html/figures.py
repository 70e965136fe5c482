"""The page's captioned figures: caption, credit and image address."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..filters.structure import split_credit, strip_credit_label
from ..model import Image
from .elements import element_text

_MAX_FIGURES = 30


_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|attribution", re.IGNORECASE)


_NOT_THE_FIGURES = etree.XPath("ancestor::aside | ancestor::nav | ancestor::footer")


# A post embedded from a social network is a blockquote in a figure too, and not a quotation
_EMBEDDED_POST = re.compile(r"tweet|instagram|tiktok|embed|facebook|reddit|threads|text-post-media", re.IGNORECASE)
_QUOTES = etree.XPath(".//blockquote[not(ancestor::figcaption)]")


def is_quotation(figure: Any) -> bool:
    """Whether a ``<figure>`` sets a quotation and its source, HTML's own pattern for them
    ("<figure><blockquote>...</blockquote><figcaption>Jane Doe, mayor</figcaption></figure>"),
    rather than a picture or an embedded post."""
    quotes = _QUOTES(figure)
    return bool(quotes) and not _EMBEDDED_POST.search(
        " ".join([figure.get("class") or "", *(q.get("class") or "" for q in quotes)])
    )


def figures_in(scope: Any) -> list[Image]:
    """The captioned figures in ``scope`` (the page's first ``<article>``, else the whole page)."""
    images: list[Image] = []
    for fig in scope.iter("figure"):
        if _NOT_THE_FIGURES(fig):
            continue
        cap_el = fig.find(".//figcaption")
        if cap_el is None or is_quotation(fig):
            continue  # no caption, or a quotation's: its caption says who said it
        credit = ""
        for el in cap_el.iter():
            if el is not cap_el and _CREDIT_CLASS.search(el.get("class") or ""):
                credit = element_text(el)
                el_text = credit
                break
        else:
            el_text = ""
        caption = element_text(cap_el)
        if el_text and caption.endswith(el_text):
            caption = caption[: -len(el_text)].strip()
        split = split_credit(caption)
        if split is not None:
            caption, found = split
            credit = credit or found
        credit = strip_credit_label(credit)
        img = fig.find(".//img")
        src = img.get("src", "") if img is not None else ""
        if caption or credit:
            images.append(Image(caption=caption, credit=credit, src=src))
        if len(images) >= _MAX_FIGURES:
            break
    return images
