"""Metadata HTML pages give in their markup: authors named by marked elements, the headline readers see."""

from __future__ import annotations

import newsclean

BODY = "".join(
    f"<p>The council voted on the bridge for the {n} time on Monday, after years of debate about the cost "
    "and the route of the crossing, which residents have long asked for.</p>"
    for n in ("first", "second", "third", "fourth")
)


# Filler that puts what follows far from the headline, where only the last-resort readers look.
FAR = "<p>x</p>" * 30


def _page(top: str, bottom: str = "") -> str:
    return (
        "<html><head><title>Bridge approved</title></head><body><article><h1>Bridge approved</h1>"
        f"{top}{BODY}</article>{bottom}</body></html>"
    )


def test_author_element_names_the_author() -> None:
    top = (
        '<div class="post-header-author"><div class="caption">Author</div>'
        '<div class="the-author">Isaiah Shelton</div></div>'
    )
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ("Isaiah Shelton",)
    # by the headline, the "Author" label and the name under it read as a byline line first
    assert md.provenance["authors"] == "html:byline line"
    # away from the headline, the element the page marks as the author's
    top = f"<div class='post-footer'><div class='the-author'>Isaiah Shelton</div></div>{'<p>x</p>' * 30}"
    md = newsclean.clean_html(_page("", top)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Isaiah Shelton",), "html:author element")


def test_itemprop_author_with_a_link_inside() -> None:
    top = '<p>By <span itemprop="author"><a href="/people/sara-brown">Sara Brown</a></span></p>'
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Sara Brown",)


def test_comment_authors_and_author_boxes_are_not_the_byline() -> None:
    comments = (
        '<section class="comments"><div class="comment"><span class="comment-author">Bob Smith</span>'
        "<p>Great news for the town.</p></div></section>"
    )
    assert newsclean.clean_html(_page("", comments)).metadata.authors == ()
    # the author's box is read last of all, when nothing else names anyone
    box = '<div class="author-bio"><span class="author">Ann Lee</span></div>'
    md = newsclean.clean_html(_page("", comments + box)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Ann Lee",), "html:author box")
    md = newsclean.clean_html(_page("<p>By Ruth Okafor</p>", comments + box)).metadata
    assert md.authors == ("Ruth Okafor",)
    # a comment's byline element, in a list of comments that comes before the story's own
    listed = (
        '<div class="rail"><ul class="comments-list"><li class="comment"><div class="byline">Jim Jones</div>'
        "<p>First!</p></li></ul></div>"
    )
    top = '<div class="author-name">Sara Brown</div>'
    page = _page(top).replace("<body>", f"<body>{listed}")
    assert newsclean.clean_html(page).metadata.authors == ("Sara Brown",)


def _declared(author: str) -> str:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge approved", '
        f'"author": {{"@type": "Person", "name": "{author}"}}}}</script>'
    )
    return _page("").replace("<head>", "<head>" + head)


def test_cms_placeholders_and_companies_are_not_authors() -> None:
    for account in ("Webmaster", "undefined", "Staff", "Acme Widgets Inc", "Qcy Official", "NOC Admin"):
        assert newsclean.clean_html(_declared(account)).metadata.authors == (), account
    assert newsclean.clean_html(_declared("Jane Doe")).metadata.authors == ("Jane Doe",)


def test_title_is_the_headline_readers_see() -> None:
    head = (
        '<meta property="og:title" content="Bridge vote: what it means for you | Daily Planet">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Council approves bridge &#8211; at last | Daily Planet"}</script>'
        '<meta property="og:site_name" content="Daily Planet">'
    )
    page = (
        _page("")
        .replace("<head>", "<head>" + head)
        .replace("<h1>Bridge approved</h1>", "<h1>Bridge approved at last</h1>")
    )
    md = newsclean.clean_html(page).metadata
    assert (md.title, md.provenance["title"]) == ("Bridge approved at last", "html:h1")
    logo = page.replace("<h1>Bridge approved at last</h1>", "<h1>Planet</h1>")
    md = newsclean.clean_html(logo).metadata
    assert (md.title, md.provenance["title"]) == ("Council approves bridge – at last", "json-ld:headline")
    # a long <h1> with nothing in common with the page's titles is a site's or a section's name
    section = page.replace("<h1>Bridge approved at last</h1>", "<h1>Allergies Health Center Home</h1>")
    assert newsclean.clean_html(section).metadata.provenance["title"] == "json-ld:headline"


def test_title_element_and_a_short_headline() -> None:
    page = _page("").replace("<title>Bridge approved</title>", "<title>Mozilla - Wikipedia</title>")
    md = newsclean.clean_html(page.replace("<h1>Bridge approved</h1>", "<h1>Mozilla</h1>")).metadata
    assert (md.title, md.provenance["title"]) == ("Mozilla", "html:h1")  # one part of the <title>
    md = newsclean.clean_html(page.replace("<h1>Bridge approved</h1>", "<h1>Lorem</h1>")).metadata
    assert md.provenance["title"] == "html:title"  # a short <h1> that is no part of it


def test_title_part_the_page_shows_as_its_headline() -> None:
    # a logo <h1> over the story's <h1>, and the site's part of the title the longer one
    title = "Bridge approved - The Riverside County Gazette"
    page = _page("").replace("<title>Bridge approved</title>", f"<title>{title}</title>")
    two = page.replace(
        "<h1>Bridge approved</h1>", '<h1 class="logo"><a href="/">The Gazette</a></h1><h1>Bridge approved</h1>'
    )
    md = newsclean.clean_html(two).metadata
    assert (md.title, md.provenance["title"]) == ("Bridge approved", "html:title")
    # a site's name shown as its logo <h1> is no headline, though the title holds it too
    logo = _page("").replace("<title>Bridge approved</title>", "<title>Council approves the bridge | Gazette</title>")
    logo = logo.replace("<h1>Bridge approved</h1>", '<h1><a href="/">Gazette</a></h1><h1>Council news</h1>')
    assert newsclean.clean_html(logo).metadata.title == "Council approves the bridge"
    # a title that opens with the site's name, which its logo <h1> shows too
    first = _page("").replace(
        "<title>Bridge approved</title>",
        '<title>Gazette | Council approves the bridge</title><meta property="og:site_name" content="Gazette">',
    )
    first = first.replace("<h1>Bridge approved</h1>", '<h1><a href="/">Gazette</a></h1><h1>Council news</h1>')
    assert newsclean.clean_html(first).metadata.title == "Council approves the bridge"


def test_by_line_under_the_headline_names_the_author() -> None:
    top = "<div><p>Written by <a href='/about'>Maria Lopez</a> · March 3, 2025</p></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ("Maria Lopez",)
    assert md.provenance["authors"] == "html:byline line"


def test_byline_parts_in_separate_elements_are_kept_apart() -> None:
    top = '<div class="byline">By<span>Summer Swann</span></div>'
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Summer Swann",)


def test_job_titles_in_a_byline_are_not_names() -> None:
    top = (
        '<div class="byline"><span>Ashley Biancuzzo</span></div>'
        '<div class="byline"><span>Associate Editor, PCWorld</span></div>'
    )
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Ashley Biancuzzo",)


def test_logins_are_not_authors() -> None:
    for login in ("brandon-peaktwo", "jdoe42", "262588213843476"):
        head = f'<meta name="author" content="{login}">'
        html = _page("").replace("<head>", f"<head>{head}")
        assert newsclean.clean_html(html).metadata.authors == (), login
    html = _page("").replace("<head>", '<head><meta name="author" content="MixmasterFred">')
    assert newsclean.clean_html(html).metadata.authors == ("MixmasterFred",)


def test_a_name_beside_the_date_under_the_headline() -> None:
    top = "<div><p class='x'>Andrew Gerrand · 4 August 2010</p></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ("Andrew Gerrand",)
    assert md.published == "2010-08-04"
    assert md.provenance["authors"] == "html:byline line"


def test_a_list_of_categories_beside_the_date_is_not_an_author() -> None:
    top = "<div><p class='x'>Sides, Sourdough · December 9, 2021</p></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ()
    assert md.published == "2021-12-09"


def test_a_byline_with_the_date_in_its_tail() -> None:
    top = "<div><strong>By <a href='/team/vo'>Vahid Osman</a></strong> - Mar 27, 2024</div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ("Vahid Osman",)


def test_a_byline_lead_and_the_name_in_separate_elements() -> None:
    top = "<div><div>Last updated</div><div>Aug 04, 2025</div><div>Written by</div><div>Edzel Tabing</div></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ("Edzel Tabing",)
    assert md.provenance["authors"] == "html:byline line"


def test_a_name_above_its_job_title() -> None:
    top = "<div><p>Juliette Carreiro</p><p>Tech Writer</p><p>February 4, 2025</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Juliette Carreiro",)
    # a name-shaped line above anything but a job title is not read as the byline: it is as often
    # a category's name
    top = "<div><p>Vibe Coding</p><p>Latest stories</p><p>February 4, 2025</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.provenance.get("authors") != "html:byline line"


def test_a_link_to_the_authors_page() -> None:
    top = "<div class='x'><a href='/author/pj-hamel'>PJ Hamel</a></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert (md.authors, md.provenance["authors"]) == (("PJ Hamel",), "html:author link")
    # the same link in a menu or a list of other stories is not the byline
    menu = "<ul class='menu'><li><a href='/author/pj-hamel'>PJ Hamel</a></li></ul>"
    assert newsclean.clean_html(_page("", menu)).metadata.authors == ()


def test_the_publisher_as_author_gives_way_to_a_person() -> None:
    head = '<meta property="og:site_name" content="Usa Today"><meta name="author" content="USA TODAY">'
    top = "<div><p>By Brian Truitt · May 3, 2025</p></div>"
    html = _page(top).replace("<head>", f"<head>{head}")
    md = newsclean.clean_html(html, url="https://www.usatoday.com/story/x").metadata
    assert md.authors == ("Brian Truitt",)
    # with no one else named, the page's own word is kept
    md = newsclean.clean_html(_page("").replace("<head>", f"<head>{head}")).metadata
    assert md.authors == ("Usa Today",)


def test_a_name_beside_the_date_with_its_category() -> None:
    # "in Project Management" is the story's category; a particle at the end is a surname
    top = "<div><p class='x'>Dec 26, 2025 • Mahua Das in Project Management</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Mahua Das",)


def test_a_first_name_alone_after_by() -> None:
    top = "<div><p class='entry-meta'>by <a href='/u/1'>Amanda</a> · Dec 20, 2025 at 3:00 am</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Amanda",)
    # a credential after the name is not a second name
    top = "<div><p class='entry-meta'>By Shelby Loos, DVM · Feb 27, 2025</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Shelby Loos",)


def test_a_team_the_byline_credits_is_kept_as_written() -> None:
    for byline, expected in (
        ("By the Lavazza Team", "the Lavazza Team"),
        ("By The Meetingnotes Team | 6 mins | February 28, 2026", "The Meetingnotes Team"),
        ("By Workzone Team • 4 mins read", "Workzone Team"),
        ("Team SimplyThrilled", "Team SimplyThrilled"),
    ):
        top = f"<div class='byline'>{byline}</div>"
        assert newsclean.clean_html(_page(top)).metadata.authors == (expected,), byline


def test_a_by_line_away_from_the_headline() -> None:
    bottom = "<div class='attribution'>Text by <a href='/u/hd'>Hunter Dukes</a></div>"
    md = newsclean.clean_html(_page("", bottom)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Hunter Dukes",), "html:by line")
    # a sorting menu is no byline, nor are the bylines of other stories in a list
    bottom = "<div><span>Sort by Category</span></div><ul><li><p>By Jane Roe</p></li></ul>"
    assert newsclean.clean_html(_page("", bottom)).metadata.authors == ()


def test_rel_author_of_other_posts_and_related_cards_is_not_the_byline() -> None:
    posts = "".join(
        f"<div class='entry-meta'><span class='byline'>by <a rel='author' href='/a/{n}'>{name}</a></span></div>"
        for n, name in enumerate(("Jeffrey Zeldman", "Mark Bernstein"))
    )
    assert newsclean.clean_html(_page(posts)).metadata.authors == ("Jeffrey Zeldman",)
    two = "<p>By <a rel='author' href='/a/1'>Ann Lee</a> and <a rel='author' href='/a/2'>Bo Chan</a></p>"
    assert newsclean.clean_html(_page(two)).metadata.authors == ("Ann Lee", "Bo Chan")
    related = "<div class='related-content'><a rel='author' href='/a/3'>By Thai Vong</a></div>"
    assert newsclean.clean_html(_page("", related)).metadata.provenance.get("authors") != "html:rel=author"


def test_byline_dates_and_descriptions_are_not_names() -> None:
    from newsclean.people import split_byline

    assert split_byline("By Haley Hoekstra • March 12, 2025") == (["Haley Hoekstra"], [])
    assert split_byline("Luke Kim December 17, 2025") == (["Luke Kim"], [])
    assert split_byline("By Audiophile On") == ([], [])  # "On" is no date's "on" here
    described = "By Daniel Burstein , Senior Director, Content & Marketing, MarketingSherpa and MECLABS Institute"
    assert split_byline(described) == (["Daniel Burstein"], [])
    assert split_byline("By JANE DOE and John Roe, Reuters") == (["Jane Doe", "John Roe"], ["Reuters"])
    assert split_byline("Bradley M. Kuhn (http://ebb.org/bkuhn/)") == (["Bradley M. Kuhn"], [])
    assert split_byline("By Jane Doe <jane@example.org>") == (["Jane Doe"], [])
    # the lead to a date on the next line ("By Alyssa Maio on" / "January 21, 2023")
    assert split_byline("By Alyssa Maio on") == (["Alyssa Maio"], [])
    assert split_byline("By Alyssa Maio ·") == (["Alyssa Maio"], [])


def test_names_in_capitals_are_title_cased_but_acronyms_kept() -> None:
    from newsclean.people import normalise_name

    assert normalise_name("JANE DOE") == "Jane Doe"
    assert normalise_name("Clément MOREAU") == "Clément Moreau"  # a surname in capitals: house style
    assert normalise_name("MOREAU Clément") == "Moreau Clément"  # set first, too
    assert normalise_name("J.R.R. Tolkien") == normalise_name("J.R.R. TOLKIEN") == "J.R.R. Tolkien"  # initials
    # an acronym: a short name in capitals alone, or a first word in capitals before others
    assert normalise_name("CDC") == "CDC"
    assert normalise_name("CBC Bank") == "CBC Bank"
    assert normalise_name("TOI Lifestyle Desk") == "TOI Lifestyle Desk"
    head = '<meta property="article:author" content="CDC">'
    page = _page("").replace("<head>", f"<head>{head}")
    assert newsclean.clean_html(page).metadata.authors == ("CDC",)


def test_an_organisation_as_author_gives_way_to_the_byline() -> None:
    declared = '{"@type": "Article", "author": {"name": "British Heart Foundation"}}'
    head = f'<script type="application/ld+json">{declared}</script>'
    top = "<address><a class='author-name' href='/p/tp'>by Tracy Parker, Dietitian</a></address>"
    html = _page(top).replace("<head>", f"<head>{head}")
    assert newsclean.clean_html(html).metadata.authors == ("Tracy Parker",)


def test_the_headline_without_a_date_set_before_it_and_with_entities_decoded() -> None:
    html = _page("").replace("<h1>Bridge approved</h1>", "<h1><span>Dec 18 2025</span> Bridge approved</h1>")
    assert newsclean.clean_html(html).metadata.title == "Bridge approved"
    html = _page("").replace("</h1>", " <span>Posted on July 1, 2025 by Jane Doe</span></h1>")
    assert newsclean.clean_html(html).metadata.title == "Bridge approved"
    declared = '{"@type": "NewsArticle", "headline": "And finally&amp;#8230; trouble brewing"}'
    html = _page("").replace("<head>", f'<head><script type="application/ld+json">{declared}</script>')
    html = html.replace("<h1>Bridge approved</h1>", "")
    assert newsclean.clean_html(html).metadata.title == "And finally… trouble brewing"


def test_a_name_on_its_own_line_next_to_a_date_line() -> None:
    top = "<div><p>Elliot Raba</p><div><span>23.07.2025</span><span>·</span><span>6 min read</span></div></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Elliot Raba",), "html:byline line")
    top = "<div><span>2025-12-17</span><span>·</span><a title='Trond Teigen'>Trond Teigen</a></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Trond Teigen",)
    # an item of a list or of a breadcrumb beside the date is a category
    top = "<div><a>Nonessential Thoughts</a><span>,</span><a>Technology</a><span>December 18, 2025</span></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ()
    top = "<div><a>Wellness</a><span>/</span><a>Living Healthy</a><span>/</span><span>November 28, 2025</span></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ()
    # the words of the headline after its date are not a name
    markup = _page("<div><p>December 16, 2025</p><p>Bridge Approved</p></div>").replace(
        "<h1>Bridge approved</h1>", "<h1>A Dabbler's Weblog</h1>"
    )
    assert newsclean.clean_html(markup).metadata.authors == ()
    # a line that says it is a byline comes first
    top = "<div><p>Copy Link</p><p>Author</p><p>Isaiah Shelton</p><p>April 19, 2025</p><p>Copy Link</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Isaiah Shelton",)


def test_contributors_and_authors_leads() -> None:
    top = "<div><p>Contributors:</p><p>Contributors: Janet Loughrey</p></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Janet Loughrey",)
    top = "<div><span>Authors:</span><a href='/a/roy'>Aniruddha Roy</a></div>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Aniruddha Roy",)


def test_names_that_open_with_a_common_word_or_initials() -> None:
    from newsclean.people import looks_like_name, split_byline

    assert split_byline("by Will Judd") == (["Will Judd"], [])
    assert looks_like_name("A. J. Neal")
    assert not looks_like_name("Will You")
    # after "By", the name before the page's buttons
    assert split_byline("By A. J. Neal View In Digital Edition") == (["A. J. Neal"], [])
    assert split_byline("By Clicking Here You Agree") == ([], [])
    assert split_byline("By Niko Matsakis on behalf of the Vision Doc group") == (["Niko Matsakis"], [])


def test_degrees_after_a_name_are_not_part_of_it() -> None:
    from newsclean.people import split_byline

    assert split_byline("Jeffrey A. Slotnick CPP, PSP") == (["Jeffrey A. Slotnick"], [])
    assert split_byline("Michael Greger, M.D. FACLM") == (["Michael Greger"], [])
    assert split_byline("By Jane Doe, MD and John Roe") == (["Jane Doe", "John Roe"], [])
    assert split_byline("Ms Jane Doe") == (["Ms Jane Doe"], [])  # a title, not a degree
    assert split_byline("Wei MA") == (["Wei MA"], [])  # two words: the surname may be in capitals


def test_a_forum_threads_author_is_the_user_who_started_it() -> None:
    """A forum names its users by their logins, and the thread's opening post declares its own:
    the replies' authors are not the thread's."""
    posting = (
        '{"@context": "https://schema.org", "@type": "WebPage", "mainEntity": {'
        '"@type": "DiscussionForumPosting", "headline": "Bridge approved", "datePublished": "2024-10-08",'
        '"author": {"@type": "Person", "name": "jdoe42"},'
        '"comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "roe_77"}}]}}'
    )
    head = f'<script type="application/ld+json">{posting}</script>'
    # the posts' user panels name every poster, with their titles: the declared starter wins
    panels = "".join(
        f'<section class="message-user"><div class="author">{who}</div></section>'
        for who in ("Rick Roe Veteran", "jdoe42")
    )
    html = _page(panels).replace("<head>", f"<head>{head}")
    md = newsclean.clean_html(html).metadata
    assert (md.authors, md.provenance["authors"]) == (("jdoe42",), "json-ld:posting author")
    assert md.page_type == "forum"
    # a Q&A page's question, too; an FAQ's questions name no thread's author
    question = posting.replace("DiscussionForumPosting", "Question")
    qa = _page("").replace("<head>", f'<head><script type="application/ld+json">{question}</script>')
    assert newsclean.clean_html(qa).metadata.authors == ("jdoe42",)
    faq = question.replace('"WebPage"', '"FAQPage"')
    faq_page = _page("").replace("<head>", f'<head><script type="application/ld+json">{faq}</script>')
    assert newsclean.clean_html(faq_page).metadata.authors == ()
    # a site's FAQ block beside the thread, before or after it, leaves the thread's author
    for blocks in ((faq, posting), (posting, faq)):
        scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
        assert newsclean.clean_html(_page("").replace("<head>", f"<head>{scripts}")).metadata.authors == ("jdoe42",)


def test_a_thread_marked_up_as_microdata_names_its_starter_not_a_replys_author() -> None:
    """Discourse's topics and Stack Exchange's questions carry their author as microdata; each
    reply or answer is an item of its own inside the thread."""

    def user(name: str) -> str:
        person = 'itemprop="author" itemscope itemtype="https://schema.org/Person"'
        return f'<span {person}><span itemprop="name">{name}</span></span>'

    reply = (
        f'<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">{user("roe_77")}<p>Me too.</p></div>'
    )
    for item in ("DiscussionForumPosting", "Question"):
        thread = f'<div itemscope itemtype="https://schema.org/{item}">{user("jdoe42")}{BODY}{reply}</div>'
        html = f"<html><head><title>Bridge approved</title></head><body><h1>Bridge approved</h1>{thread}</body></html>"
        md = newsclean.clean_html(html).metadata
        assert (md.authors, md.provenance["authors"]) == (("jdoe42",), "microdata:posting author"), item
    # an FAQ's questions are no thread's
    faq = f'<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemtype="https://schema.org/Question">{user("jdoe42")}</div></div>'
    assert newsclean.clean_html(_page("", faq)).metadata.authors == ()


REPLY = "<p>Same here: the crossing was closed for the whole of last week, and the detour took an hour each way.</p>"


def _thread(posts: str, url_path: str = "/threads/bridge-approved.1234/") -> newsclean.Article:
    html = (
        "<html><head><title>Bridge approved | Forum</title></head><body>"
        '<header><a href="/members/jdoe42.7/">jdoe42</a></header>'  # the reader's own account
        f"<h1>Bridge approved</h1>{posts}</body></html>"
    )
    return newsclean.clean_html(html, url=f"https://forum.example.org{url_path}")


def test_a_thread_whose_posts_carry_their_authors_is_a_forums_and_its_first_post_names_its_starter() -> None:
    """XenForo's and old Reddit's posts carry their author's login in ``data-author``: two of them
    make a thread, whatever its URL, and the first is its starter's (not a quoted user's)."""
    quote = '<blockquote data-author="someone_else">Quoted words.</blockquote>'
    posts = (
        f'<article class="message" data-author="bridge_fan">{BODY}</article>'
        f'<article class="message" data-author="roe_77">{quote}{REPLY}</article>'
    )
    md = _thread(posts, url_path="/r/city/comments/abc123/bridge_approved/").metadata
    assert (md.page_type, md.provenance["page_type"]) == ("forum", "html:posts marked with their authors")
    assert (md.authors, md.provenance["authors"]) == (("bridge_fan",), "html:first post's author")
    # Reddit's post element stands for a thread on its own
    reddit = f'<shreddit-post author="bridge_fan" class="block">{BODY}</shreddit-post>'
    md = _thread(reddit, url_path="/r/city/comments/abc123/bridge_approved/").metadata
    assert (md.page_type, md.authors) == ("forum", ("bridge_fan",))
    # a single element with the attribute, or a news site's "follow the author" buttons, make no thread
    earlier = BODY.replace("voted on the bridge", "debated the budget")  # paragraphs above the story's
    for marked in (
        f'<div class="story" data-author="Jane Doe">{earlier}</div>',
        f'{earlier}<button data-author="Jane Doe">Follow</button><button data-author="John Roe">Follow</button>',
    ):
        md = newsclean.clean_html(_page(marked), url="https://news.example.com/2024/10/08/bridge").metadata
        assert md.page_type == "article"
        assert "Jane Doe" not in md.authors


def test_a_forum_thread_that_declares_nothing_is_named_by_its_first_posts_link_to_a_user() -> None:
    """phpBB, vBulletin, FluxBB and Lemmy open each post with a link to its author's profile; on a
    page known as a forum's, the first one under the headline is the starter's."""
    avatar = '<a href="./memberlist.php?mode=viewprofile&amp;u=2"><img src="a.png" alt=""></a>'
    signup = '<a href="/user/register">Sign Up</a>'
    for link in (
        '<a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">b.scherer</a>',
        '<a href="member.php?u=805995">b.scherer</a>',
        '<a href="/u/b.scherer">@b.scherer</a>',
        '<a href="/profile/b.scherer" class="ipsUsername">b.scherer</a>',
    ):
        posts = (
            f'<div class="post"><dl class="postprofile">{signup}{avatar}{link}</dl>{BODY}</div>'
            f'<div class="post"><a href="/u/roe_77" class="username">roe_77</a>{REPLY}</div>'
        )
        md = _thread(posts, url_path="/viewtopic.php").metadata
        assert md.page_type == "forum", link
        assert (md.authors, md.provenance["authors"]) == (("b.scherer",), "html:first post's user link"), link
    # vBulletin's showthread.php is a forum's thread by its URL
    assert _thread(posts, url_path="/showthread.php").metadata.authors == ("b.scherer",)
    # a story that links to its readers' or writers' profile pages takes no author from them
    story = _page('<p><a href="/users/jdoe42">jdoe42</a> shared this story.</p>')
    md = newsclean.clean_html(story, url="https://news.example.com/2024/10/08/bridge").metadata
    assert md.page_type != "forum"
    assert md.authors == ()


def test_a_storys_reader_comments_or_an_index_of_threads_make_no_thread_and_name_no_starter() -> None:
    """Comments marked with their authors under a story, and an index whose rows name each thread's
    starter, are not a thread's posts."""
    comments = (
        '<section id="comments"><div class="comment" data-author="troll99"><p>First!</p></div>'
        '<div class="comment" data-author="bob_k"><p>Great article.</p></div></section>'
    )
    declared = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "author": {"@type": "Person", "name": "Jane Reporter"}}</script>'
    )
    for head in (declared, '<meta property="og:type" content="article"><meta name="author" content="Jane Reporter">'):
        html = _page("", comments).replace("<head>", f"<head>{head}")
        md = newsclean.clean_html(html, url="https://news.example.com/2024/10/08/bridge").metadata
        assert md.page_type != "forum", head
        assert md.authors == ("Jane Reporter",), head
    rows = "".join(
        f'<div class="structItem structItem--thread" data-author="user{i}">'
        f'<a href="/threads/topic-{i}.{i}/">Topic {i}</a> Started by '
        f'<a href="/members/user{i}.{i}/" class="username">user{i}</a> Replies 5 Views 100</div>'
        for i in range(5)
    )
    for path in ("/forums/city.12/", "/"):
        md = _thread(rows, url_path=path).metadata
        assert md.authors == (), path
        assert md.provenance.get("page_type") != "html:posts marked with their authors"


def test_a_forums_links_to_its_own_pages_are_no_users() -> None:
    """Signing in, registering, a lost password or a profile's settings are links under a profile's
    path too; a host's name holding such a word does not make a user's link one."""
    for link in (
        '<a href="member.php?action=lostpw" class="lost_password">Lost Password?</a>',
        '<a href="/users/sign_in">Sign in</a>',
        '<a href="/user/registration">Create account</a>',
        '<a href="/user/password">Reset password</a>',
        '<a href="/profile/edit">Edit profile</a>',
        '<a href="/share/u/12345">Share</a>',
    ):
        user = '<a href="/u/jdoe42">jdoe42</a>'
        posts = (
            f'<div class="post">{link}{user}{BODY}</div><div class="post"><a href="/u/roe_77">roe_77</a>{REPLY}</div>'
        )
        assert _thread(posts, url_path="/viewtopic.php").metadata.authors == ("jdoe42",), link
    for link in ('<a href="/u/blogin">blogin</a>', '<a href="https://forum.blogin.com/members/blogin.7/">blogin</a>'):
        posts = f'<div class="post">{link}{BODY}</div><div class="post"><a href="/u/roe_77">roe_77</a>{REPLY}</div>'
        assert _thread(posts, url_path="/viewtopic.php").metadata.authors == ("blogin",), link
    # the same user's "View Profile" under the name does not end the post
    vb = '<a href="member.php?u=805995" class="username">HOSTLAR</a><a href="member.php?u=805995">View Profile</a>'
    posts = f'<div class="post">{vb}{BODY}</div><div class="post"><a href="member.php?u=7">roe_77</a>{REPLY}</div>'
    assert _thread(posts, url_path="/showthread.php").metadata.authors == ("HOSTLAR",)


def test_a_forums_placeholders_an_agency_or_an_index_of_threads_name_no_user() -> None:
    def declared(author: str, threads: int = 1) -> tuple[tuple[str, ...], str]:
        one = f'{{"@type": "DiscussionForumPosting", "headline": "Bridge", "author": {author}}}'
        ld = f'{{"@context": "https://schema.org", "@graph": [{", ".join([one] * threads)}]}}'
        md = newsclean.clean_html(
            _page("").replace("<head>", f'<head><script type="application/ld+json">{ld}</script>')
        ).metadata
        return md.authors, md.agency

    for placeholder in ("Guest", "[deleted]", "Anonymous", "https://forum.example.org/u/jdoe42"):
        assert declared(f'{{"@type": "Person", "name": "{placeholder}"}}') == ((), ""), placeholder
    assert declared('"Reuters"') == ((), "Reuters")
    # a forum's index declares each of its threads: none of their starters is the page's author
    assert declared('{"@type": "Person", "name": "jdoe42"}', threads=3) == ((), "")


def test_the_names_on_a_carousels_or_a_review_walls_cards_are_not_the_authors() -> None:
    for box in ("swiper-slide", "reviews-carousel", "review-card", "testimonial_rotator"):
        card = '<div class="card"><p>Great service!</p><div class="author">Lynn Baker</div></div>'
        cards = f'<div class="{box}">{card}</div>'
        assert newsclean.clean_html(_page("", cards)).metadata.authors == (), box
    # a menu's wrapper around the whole page ("mm-slideout") is no card
    html = _page('<div class="post-author">Lynn Baker</div>').replace("<body>", '<body><div class="mm-slideout">')
    assert newsclean.clean_html(html).metadata.authors == ("Lynn Baker",)
    # the byline of a story set in a slider, beside its headline, is the story's
    top = '<div class="post-author">Lynn Baker</div>'
    html = _page(top).replace("<article>", '<article class="hero-slide">')
    assert newsclean.clean_html(html).metadata.authors == ("Lynn Baker",)


def test_a_declared_login_gives_way_to_the_name_the_byline_shows() -> None:
    head = '<meta name="author" content="kffnirmitap">'
    top = "<div class='x'><p>By Nirmita Panchal</p></div>"
    markup = _page(top).replace("</title>", f"</title>{head}")
    md = newsclean.clean_html(markup).metadata
    assert (md.authors, md.provenance["authors"]) == (("Nirmita Panchal",), "html:byline line")
    # with no other name on the page, the login the page declares is kept
    md = newsclean.clean_html(_page("").replace("</title>", f"</title>{head}")).metadata
    assert (md.authors, md.provenance["authors"]) == (("kffnirmitap",), "meta:author")
    # declared first names ("Linny and Peter") are not logins
    head = '<meta name="author" content="Linny and Peter">'
    markup = _page("<div class='x'><p>By Linny</p></div>").replace("</title>", f"</title>{head}")
    assert newsclean.clean_html(markup).metadata.authors == ("Linny and Peter",)


def test_particles_inside_a_name() -> None:
    from newsclean.people import looks_like_name

    assert looks_like_name("Marna van der Merwe")
    assert not looks_like_name("Der Spiegel")


def test_a_name_over_a_labelled_date_line() -> None:
    top = "<div><h3><a href='/u/cm'>Craig McCarthy</a></h3><p class='x'>Last updated on 17 December 2025</p></div>"
    md = newsclean.clean_html(_page(top)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Craig McCarthy",), "html:byline line")


def test_the_share_cards_written_by_label() -> None:
    head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Linda Rosencrance">'
    md = newsclean.clean_html(_page("").replace("</title>", f"</title>{head}")).metadata
    assert (md.authors, md.provenance["authors"]) == (("Linda Rosencrance",), "meta:twitter:data1")
    # another label's value is not an author; a CMS placeholder is not either
    head = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes">'
    assert newsclean.clean_html(_page("").replace("</title>", f"</title>{head}")).metadata.authors == ()
    head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="admin">'
    assert newsclean.clean_html(_page("").replace("</title>", f"</title>{head}")).metadata.authors == ()


def test_a_menu_or_class_that_holds_the_headline_is_the_storys_container() -> None:
    # a <nav> left open wraps the whole story: its byline is still the page's
    page = _page("<p>By <a href='/people/dana-whitfield'>Dana Whitfield</a></p>")
    page = page.replace("<body>", "<body><nav class='site-nav'><a href='/'>Home</a>")
    assert newsclean.clean_html(page).metadata.authors == ("Dana Whitfield",)
    # a class on <body> ("no-avatars") describes the whole page, not an avatar box
    page = _page("", "<div class='entry-meta'><p>by Amanda · One comment so far</p></div>")
    page = page.replace("<body>", "<body class='single no-avatars'>")
    assert newsclean.clean_html(page).metadata.authors == ("Amanda",)
    # a menu that does not hold the headline is still a menu
    menu = "<nav class='site-nav'><p>By <a href='/people/dana-whitfield'>Dana Whitfield</a></p></nav>"
    assert newsclean.clean_html(_page("", menu)).metadata.authors == ()


def test_a_quotations_author_and_the_authors_description_are_not_the_byline() -> None:
    quote = (
        "<figure class='pullquote'><blockquote>Keep the crossing open.</blockquote>"
        "<figcaption class='pullquote__author'>Rosa Quint Quint Bakery</figcaption></figure>"
    )
    assert newsclean.clean_html(_page("", quote)).metadata.authors == ()
    box = (
        "<div class='post-meta'><div class='post-author'>Noor Haddad</div>"
        "<div class='author-description'>Licensed Bridge Inspector</div></div>"
    )
    assert newsclean.clean_html(_page("", box)).metadata.authors == ("Noor Haddad",)


def test_a_byline_label_on_a_line_of_its_own_away_from_the_headline() -> None:
    bottom = f"{FAR}<div class='card'><h2>Article by</h2><div>Teodor Lindqvist</div><button>Subscribe</button></div>"
    md = newsclean.clean_html(_page("", bottom)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Teodor Lindqvist",), "html:by line")
    bottom = f"{FAR}<dl><div><h3>Author</h3> Priya Raman</div></dl>"
    assert newsclean.clean_html(_page("", bottom)).metadata.authors == ("Priya Raman",)


def test_a_by_line_that_names_no_one_gives_way_to_the_next() -> None:
    # a code sample's "by simp" and a menu's link "By Manufacturer" are no bylines
    bottom = (
        "<pre><code>theorem t : a = a := by\n  simp</code></pre>"
        "<div><a href='/shop/m'>By Manufacturer</a></div><p>Written by Hana Kobayashi</p>"
    )
    md = newsclean.clean_html(_page("", bottom)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Hana Kobayashi",), "html:by line")
    assert newsclean.clean_html(_page("", "<div><a href='/shop/m'>By Manufacturer</a></div>")).metadata.authors == ()


def test_an_author_element_that_holds_the_date_too() -> None:
    bottom = f"{FAR}<div class='publish-date-author'>Mar. 4, 2025 · Ines Moreau on behalf of the Docs team</div>"
    md = newsclean.clean_html(_page("", bottom)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Ines Moreau",), "html:author element")


def test_the_footer_of_the_entry_that_holds_the_headline_is_the_entrys() -> None:
    entry_footer = "<footer class='entry-footer'><p>Posted by Wren Castellano in Travel</p></footer>"
    page = _page(entry_footer)
    assert newsclean.clean_html(page).metadata.authors == ("Wren Castellano",)
    # the page's own footer is not the entry's
    page_footer = "<footer><p>Posted by Wren Castellano in Travel</p></footer>"
    assert newsclean.clean_html(_page("", page_footer)).metadata.authors == ()


def _with_head(head: str, top: str = "") -> str:
    return _page(top).replace("</title>", f"</title>{head}")


def test_repeated_author_meta_tags_name_every_author_in_order() -> None:
    # a scholarly page writes one citation_author per author, family name first
    head = "".join(
        f'<meta name="citation_author" content="{n}">' for n in ("Lindqvist, Teodor", "Raman, Priya", "Okafor, C.")
    )
    md = newsclean.clean_html(_with_head(head)).metadata
    assert md.authors == ("Teodor Lindqvist", "Priya Raman", "C. Okafor")
    assert md.provenance["authors"] == "meta:citation_author"
    # Dublin Core's creator gives way to the full citation list; OpenGraph's repeated tag is a list too
    head = '<meta name="DC.Creator" content="Hana Kobayashi">' + "".join(
        f'<meta name="citation_authors" content="{n}">' for n in ("Hana Kobayashi", "Wren Castellano")
    )
    assert newsclean.clean_html(_with_head(head)).metadata.authors == ("Hana Kobayashi", "Wren Castellano")
    head = "".join(f'<meta property="article:author" content="{n}">' for n in ("Dana Whitfield", "Ines Moreau"))
    assert newsclean.clean_html(_with_head(head)).metadata.authors == ("Dana Whitfield", "Ines Moreau")
    # the same tag twice is one author
    head = '<meta name="author" content="Ines Moreau"><meta name="author" content="Ines Moreau">'
    assert newsclean.clean_html(_with_head(head)).metadata.authors == ("Ines Moreau",)


def test_names_in_a_list_or_side_by_side_links_are_apart() -> None:
    # each name its own list item: two people, not one "Dana Whitfield Ines Moreau"
    top = (
        "<div><span>Written by: <ul class='names'><li><a href='/people/dw'>Dana Whitfield</a></li>"
        "<li><a href='/people/im'>Ines Moreau</a></li></ul></span></div>"
    )
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Dana Whitfield", "Ines Moreau")
    top = "<p class='byline'>By <a href='/p/dw'>Dana Whitfield</a><a href='/p/im'>Ines Moreau</a></p>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Dana Whitfield", "Ines Moreau")
    # one name split over two links is not two names when words stand between them
    top = "<p class='byline'>By <a href='/p/dw'>Dana Whitfield</a> and <a href='/p/im'>Ines Moreau</a></p>"
    assert newsclean.clean_html(_page(top)).metadata.authors == ("Dana Whitfield", "Ines Moreau")


def test_the_authors_box_names_the_author_when_nothing_else_does() -> None:
    box = (
        "<div class='blog-author-box'><img src='a.jpg' alt=''><div><h4>Priya Raman</h4>"
        "<p>Priya writes about bridges, tunnels and the people who pay for them.</p></div></div>"
    )
    md = newsclean.clean_html(_page("", box)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Priya Raman",), "html:author box")
    # the name before a colon, or in a sentence that says who wrote the post
    box = "<div class='author-meta'><p><strong>Dana Whitfield:</strong> Dana founded the firm in 1998.</p></div>"
    assert newsclean.clean_html(_page("", box)).metadata.authors == ("Dana Whitfield",)
    box = "<div class='author-bio'>This post was written by Ines Moreau, Head of Community</div>"
    assert newsclean.clean_html(_page("", box)).metadata.authors == ("Ines Moreau",)
    # a class on <body> is the whole page's; a card of another post is not the story's box
    page = _page("<p>Filed under Town Hall News</p>").replace("<body>", "<body class='single-author'>")
    assert newsclean.clean_html(page).metadata.authors == ()
    cards = "<article class='card'><div class='author-bio'><p>Teodor Lindqvist</p></div></article>"
    assert newsclean.clean_html(_page("").replace("</body>", f"{cards}</body>")).metadata.authors == ()
    cards = "<ul><li><a href='/s/1'>Rain again</a><span class='author-bio'>Teodor Lindqvist</span></li></ul>"
    assert newsclean.clean_html(_page("", cards)).metadata.authors == ()


def test_an_author_label_in_the_panel_beside_the_story() -> None:
    panel = (
        f"{FAR}<aside class='info-panel'><div><h3>Published</h3><p>May 3, 2025</p></div>"
        "<div><h3>Author</h3><p> Priya Raman</p></div></aside>"
    )
    md = newsclean.clean_html(_page("", panel)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Priya Raman",), "html:by line")
    # "Author(s)" over a list: every name in it
    panel = (
        f"{FAR}<aside><h6>Author(s)</h6><ul><li><a href='/l?a=1'>Dana Whitfield</a></li>"
        "<li><a href='/l?a=2'>Ines Moreau</a></li></ul></aside>"
    )
    assert newsclean.clean_html(_page("", panel)).metadata.authors == ("Dana Whitfield", "Ines Moreau")
    # a "By" line in an aside is another story's
    aside = f"{FAR}<aside><p>By Teodor Lindqvist</p></aside>"
    assert newsclean.clean_html(_page("", aside)).metadata.authors == ()


def test_the_name_beside_the_authors_picture() -> None:
    card = (
        f"{FAR}<div class='grid'><div><img class='avatar dynamic-author-image' alt='Photo of author' src='a.jpg'>"
        "</div><div><p class='headline-text'>Wren Castellano</p><div>Licensed grader, M.A. Journalism</div></div></div>"
    )
    md = newsclean.clean_html(_page("", card)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Wren Castellano",), "html:author picture")
    # a picture in a list of other posts is theirs
    cards = "<ul><li><img class='author-photo' src='b.jpg'><span>Teodor Lindqvist</span></li></ul>"
    assert newsclean.clean_html(_page("", cards)).metadata.authors == ()


def test_a_list_of_names_beside_the_authors_picture() -> None:
    card = (
        f"{FAR}<div><figure class='avatar-frame'><img id='authorAvatar' alt='Site' src='a.png'></figure>"
        "<div><p>Dana Whitfield, Ines C. Moreau, Priya Raman</p><time>2000</time></div></div>"
    )
    md = newsclean.clean_html(_page("", card)).metadata
    assert md.authors == ("Dana Whitfield", "Ines C. Moreau", "Priya Raman")
    # a line with words other than names is not a list of names
    card = card.replace("Priya Raman", "our Research Team")
    assert newsclean.clean_html(_page("", card)).metadata.authors == ()


def test_links_to_co_authors_pages_in_one_byline() -> None:
    top = (
        "<div class='x'><strong>Written by</strong><br><strong><a href='/authors/dana-whitfield'>Dana Whitfield"
        "</a></strong>, 4+ years covering hardware<br><strong><a href='/authors/ines-moreau'>Ines Moreau</a>"
        "</strong>, senior editor</div>"
    )
    md = newsclean.clean_html(_page("", "<p>x</p>" * 30 + top.replace("<strong>Written by</strong>", ""))).metadata
    assert (md.authors, md.provenance["authors"]) == (("Dana Whitfield", "Ines Moreau"), "html:author link")
    # a link to another author's page further down is not this byline's
    bottom = "<p>x</p>" * 5 + "<div><p><a href='/author/teodor-lindqvist'>Teodor Lindqvist</a></p></div>"
    top = "<div class='x'><a href='/author/pj-hamel'>PJ Hamel</a></div>"
    assert newsclean.clean_html(_page(top, bottom)).metadata.authors == ("PJ Hamel",)


def test_a_dated_line_that_ends_by_the_author() -> None:
    note = f"{FAR}<div class='box'><i>Last updated March 3, 2025 by <a href='/'>Priya Raman</a>.</i></div>"
    md = newsclean.clean_html(_page("", note)).metadata
    assert (md.authors, md.provenance["authors"]) == (("Priya Raman",), "html:by line")
    note = f"{FAR}<p>Posted on 4 May 2025 by Dana Whitfield</p>"
    assert newsclean.clean_html(_page("", note)).metadata.authors == ("Dana Whitfield",)
    # without a date it is a sentence, not a byline
    note = f"{FAR}<p>Posted in the town hall by the council clerk</p>"
    assert newsclean.clean_html(_page("", note)).metadata.authors == ()


def test_a_declared_name_in_quotes() -> None:
    assert newsclean.clean_html(_declared('\\"Dana Whitfield\\"')).metadata.authors == ("Dana Whitfield",)


def test_an_expert_who_reviewed_the_story_is_a_contributor_not_an_author() -> None:
    top = (
        '<div class="byline-container"><span class="byline">Brett Cruz</span> &amp; '
        '<span class="author-meta expert"><span class="byline">Gene Petrino, Security Expert</span></span></div>'
    )
    md = newsclean.clean_html(_page(top)).metadata
    assert md.authors == ("Brett Cruz",)
    assert [(c.name, c.role) for c in md.contributors] == [("Gene Petrino", "review")]
    assert md.provenance["contributors"] == "html:reviewer element"
    # a class that only contains the word ("expertise-area") does not make a reviewer
    top = '<div class="expertise-area"><span class="byline">Brett Cruz</span></div>'
    md = newsclean.clean_html(_page(top)).metadata
    assert (md.authors, md.contributors) == (("Brett Cruz",), ())


def test_json_ld_author_given_by_reference_to_a_node_of_the_graph() -> None:
    # Yoast's graph: the article's author is {"@id": ...}, the Person node elsewhere in "@graph"
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Bridge approved", "author": {"@id": "https://x.example/#/person/1"},'
        ' "publisher": {"@id": "https://x.example/#org"}},'
        '{"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Marta Kowalski"},'
        '{"@type": "Organization", "@id": "https://x.example/#org", "name": "Valley Courier"}]}'
    )
    html = _page("").replace("<head>", f'<head><script type="application/ld+json">{graph}</script>')
    md = newsclean.clean_html(html).metadata
    assert (md.authors, md.provenance["authors"]) == (("Marta Kowalski",), "json-ld:author")
    assert md.source == "Valley Courier"
    # a reference to a node the page does not hold names no one
    html = html.replace('"@id": "https://x.example/#/person/1", ', "")
    assert newsclean.clean_html(html).metadata.authors == ()


def test_a_declared_author_the_page_never_shows_gives_way_to_its_byline() -> None:
    # the meta tag names the account that posted the story; readers see another name under the headline
    html = _page("<p>By Charles Ndlovu</p>").replace("<head>", '<head><meta name="author" content="Ed Itorial">')
    md = newsclean.clean_html(html).metadata
    assert (md.authors, md.provenance["authors"]) == (("Charles Ndlovu",), "html:byline line")
    # shown on the page (here in the footer), the declared name keeps its rank
    shown = html.replace("</body>", "<footer><p>Edited by Ed Itorial</p></footer></body>")
    md = newsclean.clean_html(shown).metadata
    assert (md.authors, md.provenance["authors"]) == (("Ed Itorial",), "meta:author")
    # alone, an unseen declared name is still the page's word
    html = _page("").replace("<head>", '<head><meta name="author" content="Ed Itorial">')
    assert newsclean.clean_html(html).metadata.authors == ("Ed Itorial",)


def test_a_job_title_after_a_name_without_a_comma_is_not_part_of_it() -> None:
    from newsclean.people import without_trailing_role

    assert without_trailing_role("Oliver Simpson Senior Research Executive") == "Oliver Simpson"
    assert without_trailing_role("Jane Doe Chief Marketing Officer") == "Jane Doe"
    # not a title in capitals after a name: left alone
    assert without_trailing_role("Cort Honey Home- and Digital-Security Expert") == ""
    assert without_trailing_role("Matt De La O") == ""
    top = (
        "<div class='authors'><span class='author-name'>Emma Rowe</span>"
        "<span class='author-name'>Oliver Simpson Senior Research Executive</span></div>"
    )
    assert newsclean.clean_html(_page("", top)).metadata.authors == ("Emma Rowe", "Oliver Simpson")


def test_the_deck_is_the_marked_element_under_the_headline() -> None:
    deck = '<p class="article-subtitle">The city will pay for the crossing from next year, the council says.</p>'
    md = newsclean.clean_html(_page(deck)).metadata
    assert (md.subtitle, md.provenance["subtitle"]) == (
        "The city will pay for the crossing from next year, the council says.",
        "html:deck element",
    )


def test_a_subtitle_far_below_the_headline_or_above_it_is_no_deck() -> None:
    # another post's excerpt in a "more posts" widget, a sign-up box's line, a sign-in pop-up's;
    # the distance counts the elements a query may pick (with a class, an id or an itemprop, links)
    far = "<p class='note'>x</p>" * 60
    signup = (
        f"{far}<div class='newsletter'><p class='signup-subtitle'>The latest news from the city in your inbox.</p>"
        "</div>"
    )
    more = (
        f"{far}<div class='post-card'><p class='post-excerpt'>When the county denies your permit, it can feel like "
        "a dead end.</p></div>"
    )
    for bottom in (signup, more):
        md = newsclean.clean_html(_page("", bottom)).metadata
        assert md.subtitle == "", bottom[-80:]
    popup = "<div class='modal'><p class='modal__subtitle'>Create your free account or sign in to continue.</p></div>"
    page = _page("").replace("<article>", f"{popup}<article>")
    assert newsclean.clean_html(page).metadata.subtitle == ""


def test_a_card_a_row_of_links_or_an_authors_blurb_marked_as_a_subtitle_is_no_deck() -> None:
    deck = "The city will pay for the crossing from next year, the council says."
    card = (
        "<div class='teaser'><img src='/t.jpg' alt=''><h3>Council opens new library</h3>"
        f"<p class='teaser__subtitle'>{deck}</p></div>"
    )
    menu = (
        "<div class='subtitle-links'><a href='/mla'>Writing: MLA Formatting</a> <a href='/apa'>Writing: APA "
        "Formatting</a> <a href='/notes'>Study Skills: Note Taking</a></div>"
    )
    blurb = (
        "<div class='with-excerpt'>Archie is a writer from South London who has covered the city's transport "
        "for a decade.</div>"
    )
    for top in (card, menu, blurb):
        md = newsclean.clean_html(_page(top)).metadata
        assert md.provenance.get("subtitle") != "html:deck element", top
    # a deck set as a heading, or as one link, is still the deck
    for top in (
        f"<div class='field--name-field-subhead'><h2>{deck}</h2></div>",
        f"<h2 class='subtitle'><a href='/x'>{deck}</a></h2>",
    ):
        md = newsclean.clean_html(_page(top)).metadata
        assert (md.subtitle, md.provenance["subtitle"]) == (deck, "html:deck element"), top
    # a deck of the story's own: with its links and bullets, an emoji, or that opens "X is a ..."
    decks = (
        "<div class='content__standfirst'><p>The council approved the bridge on Tuesday after a long debate.</p>"
        "<ul><li>Read more: what the bridge will cost</li></ul></div>",
        "<p class='dek'>Follows <a href='/a'>the vote on the north bridge</a> and <a href='/b'>the mayor's "
        "resignation</a> last week.</p>",
        "<p class='subtitle'>The council approved the bridge after a long debate <img class='emoji' alt='🎉'></p>",
        "<p class='standfirst'>Britain is a nation of renters, and the new law will change how landlords deal "
        "with them.</p>",
    )
    for top in decks:
        md = newsclean.clean_html(_page(top)).metadata
        assert md.provenance["subtitle"] == "html:deck element", top
    # a page without a headline has nothing for a deck to stand under
    headless = _page(f"<p class='article-subtitle'>{deck}</p>").replace("<h1>Bridge approved</h1>", "")
    assert newsclean.clean_html(headless).metadata.subtitle == ""


def test_the_section_is_a_name_decoded_not_a_url_or_a_summary() -> None:
    def section(value: str) -> str:
        head = f'<meta property="article:section" content="{value}"><meta property="article:tag" content="M&amp;amp;A">'
        page = _page("").replace("<head>", f"<head>{head}")
        md = newsclean.clean_html(page).metadata
        assert md.tags == ("M&A",)
        return md.section

    assert section("Food &amp;amp; Drink Trends") == "Food & Drink Trends"
    assert section("https://example.com/blog/travel-hacks/") == ""
    summary = "Staying ahead of fitness trends keeps personal trainers competitive and in demand as new tools emerge."
    assert section(summary) == ""


def test_the_source_is_the_part_of_the_site_name_that_names_the_host() -> None:
    from newsclean.html.meta import site_name

    assert site_name("Urge Fitness | Affordable 24/7 Gyms Near Me", "https://urgefitness.com/a") == "Urge Fitness"
    assert (
        site_name("Thoughts about User Onboarding | Userpilot Blog", "https://userpilot.com/blog/x") == "Userpilot Blog"
    )
    # a dash, a bullet or a guillemet sets a tagline apart too
    assert site_name("SFist - San Francisco News, Restaurants, Events, & Sports", "https://sfist.com/x") == "SFist"
    assert site_name("Find a Provider Near You - Book Online - Sofia Health", "https://sofia-health.com/") == (
        "Sofia Health"
    )
    assert site_name("Fermyon • Experience the next wave of cloud computing.", "https://www.fermyon.com/") == "Fermyon"
    assert site_name("Netsmartz |", "https://netsmartz.com/blog") == "Netsmartz"
    assert site_name("Urge Fitness|Affordable 24/7 Gyms Near Me", "https://urgefitness.com/a") == "Urge Fitness"
    assert site_name("1440", "https://join1440.com/") == "1440"
    # no part names the host: the whole, as the page gives it
    assert site_name("Tech Blog | Mobile Apps", "https://example.com/") == "Tech Blog | Mobile Apps"
    assert site_name("Harvard T.H. Chan School of Public Health", "https://hsph.harvard.edu/") == (
        "Harvard T.H. Chan School of Public Health"
    )
    # an address or a name without a letter names no publisher
    assert site_name("http://www.tmz.com", "https://www.tmz.com/2025/x") == ""
    assert site_name("/", "https://www.kaspersky.com/x") == ""
    head = '<meta property="og:site_name" content="Northfield Observer | News for the valley">'
    page = _page("").replace("<head>", f"<head>{head}")
    md = newsclean.clean_html(page, url="https://www.northfieldobserver.com/2025/bridge").metadata
    assert (md.source, md.provenance["source"]) == ("Northfield Observer", "meta:og:site_name")


def test_a_description_written_in_html_is_read_as_text() -> None:
    head = (
        '<meta property="og:description" content="&lt;p&gt;We are excited to introduce '
        '&lt;strong&gt;the new bridge&lt;/strong&gt;,&amp;nbsp;at last.&lt;/p&gt;">'
    )
    page = _page("").replace("<head>", f"<head>{head}")
    assert newsclean.clean_html(page).metadata.subtitle == "We are excited to introduce the new bridge, at last."


def test_a_lead_in_the_headlines_own_header_is_the_deck_and_one_in_the_body_is_not() -> None:
    lead = "How to make the crossing easy for the city's cyclists and walkers"
    header = f'<header class="post__header"><h1>Bridge approved</h1><p class="post__lead">{lead}</p></header>'
    page = f"<html><head><title>Bridge approved</title></head><body><article>{header}{BODY}</article></body></html>"
    article = newsclean.clean_html(page)
    assert (article.metadata.subtitle, article.metadata.provenance["subtitle"]) == (lead, "html:deck element")
    assert lead not in article.text
    # in the body, "lead" marks the story's first paragraph: no deck
    first = f'<p class="lead">{lead}, the council said on Monday after the vote.</p>'
    md = newsclean.clean_html(_page(first)).metadata
    assert md.subtitle == "" or md.provenance["subtitle"] != "html:deck element"
