"""Hostile inputs, by kind: made on the fly so that nothing large ships in the repository.

Shared by the tests (tests/test_hostile.py) and the figures script (benchmarks/hostile.py).
"""

from __future__ import annotations

from collections.abc import Callable

ARTICLE = (
    "<p>The city council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by four percent over the coming year, officials said.</p>"
)


TEXT_ARTICLE = (
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by four percent over the coming year, officials said."
)
RUN = 50_000
RUN_DASHES = "-" * RUN


def _story(beside_headline: str) -> str:
    return _page(f"<article><h1>Council approves budget for schools</h1>{beside_headline}{ARTICLE * 3}</article>")


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>T</title></head><body>{body}</body></html>"


# name -> (entry point, input maker); heavy ones are marked in HEAVY
CASES: dict[str, tuple[str, Callable[[], str | bytes]]] = {
    "empty": ("html", lambda: b""),
    "whitespace only": ("text", lambda: " \n\t\r\n   "),
    "binary noise": ("html", lambda: bytes(range(256)) * 40),
    "png image": ("html", lambda: b"\x89PNG\r\n\x1a\n" + bytes(1000)),
    "jpeg image": ("text", lambda: b"\xff\xd8\xff\xe0" + bytes(1000)),
    "nul and control characters": ("html", lambda: _page(ARTICLE.replace(" ", "\x00 \x07\x1b"))),
    "invalid utf-8": ("html", lambda: _page(ARTICLE).encode("utf-8") + b"\xff\xfe\xc3\x28 trailing"),
    "utf-16 with bom": ("html", lambda: _page(ARTICLE).encode("utf-16")),
    "utf-16 without bom": ("html", lambda: _page(ARTICLE).encode("utf-16-le")),
    "utf-32 without bom": ("text", lambda: _page(ARTICLE).encode("utf-32-le")),
    "cp1252 with meta charset": (
        "html",
        lambda: _page(ARTICLE + "<p>Caf\u00e9 \u2013 \u201cquoted\u201d</p>", '<meta charset="windows-1252">').encode(
            "cp1252"
        ),
    ),
    "cp1252 without meta charset": (
        "html",
        lambda: _page(ARTICLE + "<p>Caf\u00e9 \u2013 \u201cquoted\u201d</p>").encode("cp1252"),
    ),
    "latin-1 with meta charset": (
        "html",
        lambda: _page(ARTICLE + "<p>Gr\u00fc\u00dfe</p>", '<meta charset="iso-8859-1">').encode("latin-1"),
    ),
    "latin-1 without meta charset": ("html", lambda: _page(ARTICLE + "<p>Gr\u00fc\u00dfe</p>").encode("latin-1")),
    "50 MB page": ("html", lambda: _page(ARTICLE * (50_000_000 // len(ARTICLE)))),
    "nesting 100,000 deep": ("html", lambda: _page("<div>" * 100_000 + ARTICLE + "</div>" * 100_000)),
    "a million tiny paragraphs": ("html", lambda: _page("<p>a.</p>" * 1_000_000)),
    "a million tiny lines": ("text", lambda: "a.\n" * 1_000_000),
    "a 10 MB line": ("text", lambda: "word " * 2_000_000),
    # long runs of one character where the patterns for bylines, dates and titles look (beside a
    # headline, in a title line): each must be read once, not again from each of its positions
    "a run of dashes after 'Author'": ("html", lambda: _story(f"<div>Author{RUN_DASHES}x</div>")),
    "a run of dashes in a date line": (
        "html",
        lambda: _story(f"<p>Posted on{RUN_DASHES}March 3, 2025{RUN_DASHES}x</p>"),
    ),
    "a run of dashes in the title": (
        "html",
        lambda: _page(ARTICLE, f"<meta name='author' content='Jane{RUN_DASHES}x'>").replace(
            "<title>T</title>", f"<title>Council approves{RUN_DASHES}x | Site</title>"
        ),
    ),
    "a run of spaces in a byline": ("text", lambda: f"By Jane{' ' * RUN}x\n\n{TEXT_ARTICLE}"),
    "a title line of separators": ("text", lambda: f"Posted on{'· ' * RUN}x\n\n{TEXT_ARTICLE}"),
    "unclosed tags and broken entities": (
        "html",
        lambda: "<html><body><div><p>Unclosed &amp broken &#xZZ; &nosuch; <b><i>" + ARTICLE * 3 + "<table><tr><td>",
    ),
    "billion laughs": (
        "html",
        lambda: (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)).replace(
                "&lol0;", "&lol;"
            )
            + "]><html><body><p>&lol9;</p>"
            + ARTICLE
            + "</body></html>"
        ),
    ),
    "external entity (XXE)": (
        "html",
        lambda: (
            '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            "<html><body><p>&xxe;</p>" + ARTICLE + "</body></html>"
        ),
    ),
    # every paragraph shown twice side by side: the copies come back in one pass, not one per run
    "5,000 paragraphs each shown twice": (
        "html",
        lambda: _page(
            "<article><h1>Council approves budget</h1>"
            + "".join(
                f"<p>The council approved item {i:05d} of the budget after a long debate.</p>" * 2 for i in range(5_000)
            )
            + "</article>"
        ),
    ),
}

HEAVY = frozenset(
    {
        "50 MB page",
        "a million tiny paragraphs",
        "a million tiny lines",
        "a 10 MB line",
        "5,000 paragraphs each shown twice",
    }
)
