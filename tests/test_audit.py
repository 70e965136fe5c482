"""The audit of what the HTML pass dropped: which pieces, under which kind and landmark, in which order.

The expected records are those of the audit as it was before its rewrite for speed (a climb per
block, a Python pass per filter), in the page's order.
"""

from __future__ import annotations

import lxml.html

from newsclean.html.audit import audit

_DEEP = "<div>" * 45 + "<p>Deep in a nest of divs, far from any landmark.</p>" + "</div>" * 45
PAGE = (
    '<html class="page"><head><title>T</title><script>var x = 1;</script></head><body>'
    '<header class="masthead"><div class="top">The Daily Example</div></header>'
    '<nav class="menu"><ul><li class="menu-item"><a href="/">Home</a></li>'
    '<li class="menu-item"><a href="/world">World</a></li>'
    '<li class="menu-item"><a href="/sport">Sport</a></li></ul></nav>'
    "<article><h1>Bridge approved</h1><p>The council voted on the bridge on Monday.</p>"
    '<figure><img src="a.jpg"><figcaption>The old bridge <span>in <b>1950</b></span></figcaption></figure>'
    '<div class="newsletter-box"><p>Sign up for our newsletter</p><button>Subscribe</button></div>'
    '<div class="paywall"><p>Already a subscriber? <a href="/login">Log in</a></p></div></article>'
    '<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Other story one</a></li>'
    '<li><a href="/b">Other story two</a><!-- a comment --> and more</li></ul></aside>'
    f"{_DEEP}"
    '<nav class="site">' + "<div>" * 45 + "<p>Too deep to belong to the site menu</p>" + "</div>" * 45 + "</nav>"
    '<div id="comments"><div class="comment"><p>Great news for the town.</p></div></div>'
    "<footer><p>&copy; 2025 The Daily Example. All rights reserved.</p><noscript>Enable JavaScript</noscript>"
    "</footer></body></html>"
)
KEPT = "Bridge approved\nThe council voted on the bridge on Monday."
DROPPED = "dropped by the HTML pass: "
EXPECTED = [  # in the page's order
    ("navigation", "The Daily Example", "navigation, menus and share widgets (in <header .masthead>)"),
    ("navigation", "Home\nWorld\nSport", "navigation, menus and share widgets (in <nav .menu>)"),
    ("caption", "The old bridge in 1950", "an image caption (moved to metadata) (in <figcaption>)"),
    ("newsletter", "Sign up for our newsletter\nSubscribe", "newsletter sign-up prompts (in <div .newsletter-box>)"),
    ("login", "Already a subscriber? Log in", "login and registration prompts (in <div .paywall>)"),
    (
        "teaser",
        "Related stories\nOther story one\nOther story two and more",
        "headlines and teaser captions of other stories (in <aside .related>)",
    ),
    (
        "boilerplate",
        "Deep in a nest of divs, far from any landmark.\nToo deep to belong to the site menu",
        "other page furniture outside the article (outside the main content)",
    ),
    ("comments", "Great news for the town.", "comment widgets and comment counts (in <div #comments>)"),
    ("legal", "© 2025 The Daily Example. All rights reserved.", "copyright, licence and legal footers (in <footer>)"),
]


def test_audit_records_the_same_pieces_as_before() -> None:
    """The pieces come in the page's order, a box's texts too; a menu's items go under the widest
    menu; a block over 40 levels below any landmark is plain boilerplate; phrases name a prompt
    whatever box it is in; inline text joins its block."""
    removals = audit(lxml.html.document_fromstring(PAGE), KEPT)
    assert [(r.kind.value, r.text, r.reason) for r in removals] == [
        (kind, text, DROPPED + reason) for kind, text, reason in EXPECTED
    ]
    assert {r.filter for r in removals} == {"html"}


def test_audit_leaves_out_what_was_kept() -> None:
    removals = audit(lxml.html.document_fromstring(PAGE), KEPT)
    assert not any("council voted" in r.text or "Bridge approved" in r.text for r in removals)


def test_inline_text_is_the_elements_whole_text() -> None:
    """An inline element's text joins its block's, read whole whatever it holds: nothing, text
    alone, or text around a comment or a child."""
    page = (
        "<html><body><div><p>One <b>bold</b> <span>two<!-- a note --> parts</span> <i></i>and "
        "<a href='/x'>a <em>link</em></a> end</p></div></body></html>"
    )
    removals = audit(lxml.html.document_fromstring(page), "")
    assert [r.text for r in removals] == ["One bold two parts and a link end"]


def test_a_phrase_kind_is_what_trying_each_filter_gives() -> None:
    """One set test over every filter's beginnings passes over what no filter's phrases start
    with, and changes no answer."""
    from newsclean.filters.furniture import _core
    from newsclean.filters.trigger import word_beginnings
    from newsclean.html.audit import _PHRASE_FILTERS, _phrase_kind
    from newsclean.textshape import word_count

    def slow(text: str) -> object:
        core = _core(text)
        for f in _PHRASE_FILTERS:
            if (
                core
                and word_count(core) <= f.max_words
                and f._match_core(core, word_count(core), word_beginnings(core))
            ):
                return f.kind
        return None

    texts = [
        "Sign up for our newsletter",
        "Already a subscriber? Log in",
        "We use cookies to improve your experience",
        "The council voted on the bridge on Monday.",
        "Quartz zebra xylophone",
        "",
        "© 2025 The Daily Example. All rights reserved.",
    ]
    for text in texts:
        assert _phrase_kind(text) == slow(text)
    assert _phrase_kind("Quartz zebra xylophone") is None


def test_a_dropped_call_to_action_is_an_advertisement() -> None:
    page = (
        "<html><body><article><p>The council voted on the bridge on Monday.</p>"
        '<div class="post-cta"><p>Want to win more jobs with less effort?</p></div></article></body></html>'
    )
    removals = audit(lxml.html.document_fromstring(page), "The council voted on the bridge on Monday.")
    assert [(r.kind.value, r.text) for r in removals] == [("advertisement", "Want to win more jobs with less effort?")]
    assert "(in <div .post-cta>)" in removals[0].reason


def test_a_kept_tables_cells_are_not_recorded_as_dropped() -> None:
    """The kept text holds a table row by row, its cells apart: the audit reads the cells so."""
    page = (
        "<html><body><article><p>Acme beat estimates.</p><table><tr><th>Q3 2024</th><th>Q3 2023</th></tr>"
        "<tr><td>Revenue</td><td>$12.4bn</td></tr></table></article>"
        "<footer><table><tr><td>Privacy policy</td><td>Terms</td></tr></table></footer></body></html>"
    )
    kept = "Acme beat estimates.\nQ3 2024 | Q3 2023\nRevenue | $12.4bn"
    removals = audit(lxml.html.document_fromstring(page), kept)
    assert [r.text for r in removals] == ["Privacy policy\nTerms"]


_STORY = "The council voted on the new bridge on Monday, after years of debate about its cost."


def test_a_repeat_kept_fewer_times_than_the_page_holds_it_is_recorded() -> None:
    """trafilatura drops a paragraph that repeats the one before it: the copy is a removal of its
    own, not lost because its text is found in what was kept."""
    page = f"<html><body><article><p>{_STORY}</p><p>{_STORY}</p><p>{_STORY}</p></article></body></html>"
    tree = lxml.html.document_fromstring(page)
    removals = audit(tree, _STORY)
    assert [(r.kind.value, r.text) for r in removals] == [("duplicate", f"{_STORY}\n{_STORY}")]
    assert (
        removals[0].reason
        == DROPPED + "an exact or near repeat of an earlier piece (the page repeats a paragraph that is kept)"
    )
    # as many copies kept as the page holds: nothing dropped
    assert audit(tree, "\n".join([_STORY] * 3)) == []
    # a short text found again in the kept text is not counted: it may be part of a longer one
    short = "<html><body><p>Bridge approved</p><p>Bridge approved</p></body></html>"
    assert audit(lxml.html.document_fromstring(short), "Bridge approved for the town") == []


def test_clean_html_records_the_repeat_trafilatura_drops() -> None:
    """A copy that is no sibling of the same kind (here another class: a summary's fallback) stays
    dropped and is recorded; side by side copies come back (tests/test_repeats.py)."""
    import newsclean

    body = f'<p class="summary">{_STORY}</p><p class="summary-fallback">{_STORY}</p>' + "".join(
        f"<p>{s}</p>"
        for s in [
            "Residents have asked for a crossing for decades, and the vote was close, six to five.",
            "Work on the bridge is to start in the spring, and the crossing should open in two years.",
        ]
    )
    article = newsclean.clean_html(
        f"<html><head><title>Bridge</title></head><body><article>{body}</article></body></html>"
    )
    assert article.text.count(_STORY) == 1
    copies = [r for r in article.removed if r.kind.value == "duplicate"]
    assert [r.text for r in copies] == [_STORY]


def test_a_repeat_in_a_box_is_recorded_under_the_box() -> None:
    page = (
        f"<html><body><article><p>{_STORY}</p></article>"
        f'<aside class="related"><h2>Related</h2><p>{_STORY}</p></aside></body></html>'
    )
    removals = audit(lxml.html.document_fromstring(page), _STORY)
    assert [(r.kind.value, r.text) for r in removals] == [("teaser", f"Related\n{_STORY}")]
    assert removals[0].reason.endswith("(in <aside .related>)")


def test_the_documents_own_classes_name_no_landmark() -> None:
    """A theme names the page's template and state on ``<body>`` ("has-header-1",
    "has-no-footer-menu"): what no element inside explains is furniture outside the main content,
    not the menu or the header those words name."""
    page = (
        '<html class="menu-open"><body class="single-post has-header-1 has-no-footer-menu">'
        '<nav class="menu"><a href="/">Home</a></nav>'
        "<div><p>Who created the plate? Nutrition experts at the school designed it.</p></div>"
        "</body></html>"
    )
    removals = audit(lxml.html.document_fromstring(page), "")
    assert [(r.kind.value, r.text, r.reason) for r in removals] == [
        ("navigation", "Home", DROPPED + "navigation, menus and share widgets (in <nav .menu>)"),
        (
            "boilerplate",
            "Who created the plate? Nutrition experts at the school designed it.",
            DROPPED + "other page furniture outside the article (outside the main content)",
        ),
    ]
