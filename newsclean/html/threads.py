"""A forum thread's posts as forum software marks them up, and the user who started the thread.

Some forums declare their threads (JSON-LD's or microdata's ``DiscussionForumPosting``: see
:mod:`.declared` and :mod:`.bylines`). Most forum software declares nothing, and marks its posts
up in one of two ways:

- each post carries its author's login in an attribute: XenForo's and old Reddit's
  ``<article class="message" data-author="jdoe42">``, Reddit's ``<shreddit-post author="jdoe42">``.
  Such posts also say that the page is a thread (:func:`post_authors`);
- each post opens with a link to its author's profile: phpBB's ``memberlist.php?mode=viewprofile``,
  vBulletin's ``member.php?u=``, FluxBB's ``profile.php?id=``, ``/members/jdoe.123/``, ``/u/jdoe``,
  ``/user/jdoe``, ``/~jdoe``, or a link classed as a user name (``class="username"``). News sites
  link to their writers' pages the same way, so the first such link under the page's headline
  names the thread's starter only on a page known to be a forum (:func:`starter_link`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .elements import MarkedElements
from .headline import SKIPPED_TEXT

# A post's element (not a quote of a post, which names the quoted user; not a button, which a news
# site's "follow the author" carries), and Reddit's post element
_POST_TAGS = frozenset({"article", "div", "li", "section", "tr"})
_REDDIT_POST = "shreddit-post"
# Two posts marked with their authors make a thread; Reddit's post element is one on its own
# (its comments are loaded later).
MIN_MARKED_POSTS = 2
# A post holds its text; an index's row of a thread only its title's link, its starter and counts
MIN_POST_WORDS = 15
MAX_USER_NAME_CHARS = 64
_IN_A_QUOTE = etree.XPath("boolean(ancestor::blockquote)")
# A story's reader comments marked with their authors are no thread (a page's <body> may say
# "comments-page" of a thread as a whole)
IN_COMMENTS = (
    "ancestor::*[not(self::body or self::html)]"
    "[contains(translate(@class, 'C', 'c'), 'comment') or contains(translate(@id, 'C', 'c'), 'comment')]"
)
_IN_COMMENTS = etree.XPath(f"boolean({IN_COMMENTS})")


def post_authors(page: MarkedElements) -> tuple[str, ...]:
    """The authors of the thread's posts, in order, when the page marks its posts with their
    authors: ``()`` when it does not, marks a single post, or what it marks first is a story's
    comment or an index's row (too few words of its own to be a post)."""
    posts: list[tuple[Any, str]] = []
    for el, tag, _cls, _itemprop, _id in page.elements:
        if tag in _POST_TAGS:
            name = el.get("data-author")
        elif tag == _REDDIT_POST:
            name = el.get("author")
        else:
            continue
        name = " ".join((name or "").split())
        if name and len(name) <= MAX_USER_NAME_CHARS and not _IN_A_QUOTE(el):
            posts.append((el, name))
    if not posts:
        return ()
    first = posts[0][0]
    if first.tag != _REDDIT_POST and (
        len(posts) < MIN_MARKED_POSTS or _IN_COMMENTS(first) or words_outside_links(first) < MIN_POST_WORDS
    ):
        return ()
    return tuple(name for _el, name in posts)


def words_outside_links(el: Any) -> int:
    return len(el.text_content().split()) - sum(len(a.text_content().split()) for a in el.iter("a"))


# Links to a user's profile, as forum software writes them: looked for by the href's words, or a
# class naming a user name in any case ("username", "bigusername", "ipsUsername"), under the
# page's first headline; not in its header, menus, side panels, footer or quotes, and not a
# picture (an avatar's link, whose text is a status or an initial)
_PROFILE_NEEDLES = (
    *("memberlist.php?", "member.php?", "profile.php?"),
    *("/members/", "/member/", "/profile/", "/u/", "/user/", "/users/", "/~"),
)
_LINK_TEST = (
    "["
    + " or ".join(f"contains(@href, '{needle}')" for needle in _PROFILE_NEEDLES)
    + " or contains(translate(@class, 'U', 'u'), 'username')]"
    "[not(ancestor::header or ancestor::nav or ancestor::aside or ancestor::footer or ancestor::blockquote"
    " or ancestor::*[@role='navigation' or @role='banner' or @id='header' or @id='panel' or @id='navbar'])]"
    "[not(.//img)]"
)
_LINKS_UNDER_HEADLINE = etree.XPath(f"(//h1)[1]/following::a{_LINK_TEST}")
_LINKS = etree.XPath(f"//body//a{_LINK_TEST}")  # a thread without an <h1> (phpBB's titles are <h2>s)
_HEADLINE = etree.XPath("boolean(//h1)")
# The href of a user's own page, not of a page about users ("/user/register"): phpBB's, vBulletin's
# and MyBB's, FluxBB's, and a path that ends with the user ("/members/jdoe.123/", "/u/jdoe", "/~jdoe")
_PROFILE_HREF = re.compile(
    r"memberlist\.php\?(?:[^#]*&)?mode=viewprofile|member\.php\?(?:[^#]*&)?(?:u|uid)=\w|"
    r"member\.php\?(?:[^#]*&)?action=profile|profile\.php\?(?:[^#]*&)?id=\d|"
    r"/(?:members?|users?|profile|u)/[^/?#]+/?(?:$|[?#])|/~[^/?#]+/?(?:$|[?#])"
)
_NOT_A_PROFILE = re.compile(
    r"(?<![a-z])(?:regist\w*|sign[-_]?(?:up|in|out)|log[-_]?(?:in|out)|lostpw|password|edit|settings|share)(?![a-z])",
    re.IGNORECASE,
)
# How many links are read at most, and how many words a user name has at most
MAX_STARTER_LINKS = 20
MAX_USER_NAME_WORDS = 3
MIN_USER_NAME_CHARS = 2  # "J": an avatar's initial
# The text nodes read after a link for its post's words, at most (a user panel holds a dozen)
MAX_TEXTS_AFTER = 300
_TEXT_AFTER = etree.XPath(f"following::text()[position() <= {MAX_TEXTS_AFTER}]")
_DECORATION = re.compile(r"^@|@[\w.-]+$|[\s,:;]+$|\s*\([^)]*\)$")  # "@jdoe@lemmy.world", "jdoe:", "jdoe (OP)"


def starter_link(tree: Any, accept: Callable[[str], bool]) -> str:
    """The user name of the first link to a user's profile under the page's headline (in the
    page's body when it has none) that ``accept`` takes and that the post's text follows: on a
    forum's thread, the user who started it ("" when there is none).  An index of threads, whose
    rows name their starters too, has no post's text after them."""
    links = _LINKS_UNDER_HEADLINE(tree) if _HEADLINE(tree) else _LINKS(tree)
    links = [link for link in links[:MAX_STARTER_LINKS] if _profile(link)]
    for i, link in enumerate(links):
        name = _DECORATION.sub("", " ".join(link.text_content().split()))
        if len(name) < MIN_USER_NAME_CHARS or len(name.split()) > MAX_USER_NAME_WORDS or not accept(name):
            continue
        # the post ends at the next user's link (not at the same user's "View Profile")
        href = link.get("href")
        next_user = next((later for later in links[i + 1 :] if later.get("href") != href), None)
        if _post_after(link, next_user):
            return name
    return ""


def _profile(link: Any) -> bool:
    href = link.get("href") or ""
    parts = urlsplit(href)
    if _NOT_A_PROFILE.search(f"{parts.path}?{parts.query}"):
        return False
    return _PROFILE_HREF.search(href) is not None or "username" in (link.get("class") or "").lower()


def _post_after(link: Any, next_link: Any) -> bool:
    """Whether a post's words (MIN_POST_WORDS outside links) follow ``link`` before ``next_link``."""
    words = 0
    for node in _TEXT_AFTER(link):
        el = node.getparent()
        if el is None:
            continue
        if next_link is not None and (el is next_link or next_link in el.iterancestors()):
            return False
        if (
            el.tag in SKIPPED_TEXT
            or (not node.is_tail and el.tag == "a")
            or any(a.tag == "a" for a in el.iterancestors())
        ):
            continue
        words += len(node.split())
        if words >= MIN_POST_WORDS:
            return True
    return False
