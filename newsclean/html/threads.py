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
from typing import Any

from lxml import etree

from .elements import MarkedElements

# A post's element (not a quote of a post, which names the quoted user; not a button, which a news
# site's "follow the author" carries), and Reddit's post element
_POST_TAGS = frozenset({"article", "div", "li", "section", "tr"})
_REDDIT_POST = "shreddit-post"
# Two posts marked with their authors make a thread; Reddit's post element is one on its own
# (its comments are loaded later).
MIN_MARKED_POSTS = 2
_IN_A_QUOTE = etree.XPath("boolean(ancestor::blockquote)")


def post_authors(page: MarkedElements) -> tuple[str, ...]:
    """The authors of the thread's posts, in order, when the page marks its posts with their
    authors (``()`` when it does not, or marks a single post)."""
    names: list[str] = []
    reddit = False
    for el, tag, _cls, _itemprop, _id in page.elements:
        if tag in _POST_TAGS:
            name = el.get("data-author")
        elif tag == _REDDIT_POST:
            name = el.get("author")
        else:
            continue
        if name and name.strip() and not _IN_A_QUOTE(el):
            names.append(" ".join(name.split()))
            reddit = reddit or tag == _REDDIT_POST
    return tuple(names) if reddit or len(names) >= MIN_MARKED_POSTS else ()


# Links to a user's profile, as forum software writes them (the href, or a class naming a user name
# in any case: "username", "bigusername", "ipsUsername", "username-coloured"), under the page's
# first headline and outside its header, menus, side panels, footer and quotes; not a picture
# (an avatar's link, whose text is a status or an initial)
_PROFILE_HREFS = (
    "memberlist.php?mode=viewprofile",
    "member.php?",
    "profile.php?id=",
    "/members/",
    "/member/",
    "/profile/",
    "/u/",
    "/user/",
    "/users/",
    "/~",
)
_LINK_TEST = (
    "["
    + " or ".join(f"contains(@href, '{href}')" for href in _PROFILE_HREFS)
    + " or contains(translate(@class, 'U', 'u'), 'username')]"
    "[not(ancestor::header or ancestor::nav or ancestor::aside or ancestor::footer or ancestor::blockquote)]"
    "[not(.//img)]"
)
_LINKS_UNDER_HEADLINE = etree.XPath(f"(//h1)[1]/following::a{_LINK_TEST}")
_LINKS = etree.XPath(f"//body//a{_LINK_TEST}")  # a thread without an <h1> (phpBB's titles are <h2>s)
_HEADLINE = etree.XPath("boolean(//h1)")
# What a profile link's href must end with: the user's page, not a page about users ("/user/register")
_PROFILE_HREF = re.compile(
    r"(?:memberlist\.php\?mode=viewprofile|member\.php\?|profile\.php\?id=|/members?/[^/?#]+/?$|"
    r"/profile/[^/?#]+/?$|/u/[^/?#]+/?$|/users?/[^/?#]+/?$|/~[^/?#]+/?$)"
)
_NOT_A_PROFILE = re.compile(r"(?:register|sign-?up|sign-?in|log-?in|log-?out)\b", re.IGNORECASE)
# How many links are looked at, and how many words a user name has at most
MAX_STARTER_LINKS = 5
MAX_USER_NAME_WORDS = 3
MIN_USER_NAME_CHARS = 2  # "J": an avatar's initial


def starter_link(tree: Any) -> str:
    """The user name of the first link to a user's profile under the page's headline (in the
    page's body when it has none): on a forum's thread, the user who started it ("" when there is
    none)."""
    links = _LINKS_UNDER_HEADLINE(tree) if _HEADLINE(tree) else _LINKS(tree)
    for link in links[:MAX_STARTER_LINKS]:
        href = link.get("href") or ""
        if _NOT_A_PROFILE.search(href):
            continue
        if not _PROFILE_HREF.search(href) and "username" not in (link.get("class") or "").lower():
            continue
        name = " ".join(link.text_content().split()).lstrip("@")
        if len(name) >= MIN_USER_NAME_CHARS and len(name.split()) <= MAX_USER_NAME_WORDS:
            return name
    return ""
