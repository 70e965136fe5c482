"""Each filter on its own: what it removes, under which kind, and what it leaves alone."""

from __future__ import annotations

import attrs
import pytest

import newsclean
from newsclean.filters import (
    AuthorBioFilter,
    BylineFilter,
    CaptionFilter,
    ColophonFilter,
    ContributorsFilter,
    DateLineFilter,
    DatelineFilter,
    DuplicateFilter,
    ForeignLanguageFilter,
    ForeignScriptFilter,
    LabelledBoxFilter,
    NavigationFilter,
    OutsideBodyFilter,
    RelatedLinkFilter,
    TitleFilter,
    phrase_filters,
)
from newsclean.kinds import Kind
from newsclean.page import Decision, Hints, Page
from newsclean.people import split_byline

from .helpers import PROSE, PROSE2, page_of, run

PHRASES = {f.name: f for f in phrase_filters()}


@pytest.mark.parametrize(
    "line",
    [
        "Send in e-mailSend in e-mail",
        "Share",
        "Share | Tweet | Email",
        "Facebook Twitter LinkedIn",
        "Copy link",
        "Skip to main content",
        "5 min read",
        "Teilen",
    ],
)
def test_navigation_removes_share_widgets(line: str) -> None:
    assert run(NavigationFilter(), page_of(line, PROSE)) == {0: "navigation"}


def test_navigation_keeps_prose_with_share_words() -> None:
    assert run(NavigationFilter(), page_of("Share prices fell in London on Monday.", PROSE)) == {}


def test_a_link_to_more_about_one_topic_is_not_a_see_more_button() -> None:
    assert run(NavigationFilter(), page_of("See more", PROSE)) == {0: "navigation"}
    assert run(NavigationFilter(), page_of("See more about toll-free numbers", PROSE)) == {}


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("paywall", "From $1 for the first month"),
        ("paywall", "Subscribe to continue reading"),
        ("paywall", "Subscribe now for unlimited access. Only $1 for 6 months."),
        ("paywall", "You have 2 free articles left this month."),
        ("paywall", "Get unlimited digital access for $4.99/month"),
        ("paywall", "Jetzt abonnieren"),
        ("login", "Already signed up? LOG IN"),
        ("login", "Already a subscriber? Sign in"),
        ("login", "Register for free to keep reading"),
        ("newsletter", "Sign up for our daily newsletter"),
        ("cookie", "We use cookies to improve your experience. Accept all cookies"),
        ("comments", "Automatic approval of subscriber comments."),
        ("comments", "23 Comments"),
        ("comments", "14 thoughts on “How the river was tamed”"),
        ("comments", 'One Response to "Five walks along the old canal"'),
        ("comments", "7 Kommentare zu „Der Fluss und die Stadt“"),
        ("comments", "12 commentaires sur\u00a0«\u00a0La crue de la Seine\u00a0»"),
        ("comments", "One Reply to “Five walks along the old canal”"),
        ("comments", "3 Gedanken zu „Der Fluss und die Stadt“"),
        ("comments", "Join the conversation"),
        ("advertisement", "Advertisement"),
        ("legal", "© 2024 Example Media Ltd. All rights reserved."),
        ("newsletter", "Subscribe for free to receive new posts from this author."),
        ("newsletter", "Be the first to know about new trail guides."),
        ("call_to_action", "Book a free consultation"),
        ("call_to_action", "Learn more"),
        ("call_to_action", "Learn more about our services"),
        ("call_to_action", "Request a quote"),
        ("call_to_action", "Contact us today!"),
        ("call_to_action", "Get started for free"),
        ("call_to_action", "Book now"),
        ("call_to_action", "Download our free templates"),
        ("call_to_action", "Get in touch today!"),
        ("login", "Sign-Up for Free"),
        ("disclosure", "As a member of a retail programme, we earn from qualifying purchases."),
        ("legal", "Affiliate Disclosure"),
        (
            "newsletter",
            "By entering your email, you agree to receive our emails and agree to our Terms and Privacy Policy.",
        ),
        ("newsletter", "Get the best of our magazine delivered to your inbox weekly"),
        ("newsletter", "Subscribe To This Site"),
        (
            "legal",
            "Material on this website may not be copied or reproduced without the written approval of the owner.",
        ),
        ("legal", "By using any of the recipes on this website, you are agreeing to the terms and conditions."),
        ("paywall", "This article is exclusive to Premium subscribers"),
        ("paywall", "This story is funded by readers like you"),
        ("disclosure", "We may be compensated when you click on a link from one of our advertising partners."),
        ("disclosure", "Many offers on this site are from companies from which we may receive financial compensation."),
        (
            "disclaimer",
            "Disclaimer: this article is for informational purposes only and does not constitute financial "
            "advice. Always consult a qualified advisor before making decisions about your money.",
        ),
        ("disclaimer", "The content of this site is not intended as a substitute for professional medical advice."),
        ("disclaimer", "Our firm and its affiliates do not provide tax, legal or accounting advice."),
        (
            "disclaimer",
            "Northfield Wealth, LLC is a Registered Investment Adviser. Advisory services are only offered to"
            " clients where the firm is properly licensed. Past performance is no guarantee of future returns.",
        ),
        ("disclaimer", "Securities offered through Example Securities, LLC, member FINRA/SIPC."),
        (
            "consent",
            "These cookies allow us to count visits and traffic sources so we can measure and improve the "
            "performance of our site. They help us to know which pages are the most and least popular and see "
            "how visitors move around the site. All information these cookies collect is aggregated and "
            "therefore anonymous. If you do not allow these cookies we will not know when you have visited our "
            "site, and will not be able to monitor its performance.",
        ),
        (
            "consent",
            "Necessary cookies are absolutely essential for the website to function properly. This category "
            "only includes cookies that ensure basic functionalities and security features of the website.",
        ),
        (
            "consent",
            "When you visit any website, it may store or retrieve information on your browser, mostly in the "
            "form of cookies. This information might be about you, your preferences or your device.",
        ),
        ("consent", "Cookies are small data files that allow a website to collect and store data on your device."),
    ],
)
def test_phrase_filters_remove_their_prompts(name: str, line: str) -> None:
    f = PHRASES[name]
    assert run(f, page_of(PROSE, line)) == {1: f.kind.value}


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("disclaimer", "The law does not provide legal protection for tenants who sublet without the owner's consent."),
        ("consent", "These cookies are soft and chewy, and they keep for a week in a tin with a slice of bread."),
        ("consent", "Facebook uses cookies to follow users across the web, the regulator said in its report."),
        ("consent", "Third-party cookies that follow users across sites will be phased out next year, Google said."),
        ("consent", "Marketing cookies track users from one website to the next, and regulators want them gone."),
        ("consent", "The regulator found that the retailer uses cookies and similar technologies without asking."),
        (
            "consent",
            "The lawsuit says the hospital shared patients' data with Meta through cookies, pixels and other "
            "tracking technologies on its pages.",
        ),
        (
            "consent",
            "Under the rules, a company that wants to store or access information on a device must ask first.",
        ),
        ("call_to_action", "Learn more about US tariffs"),
        ("paywall", "Most tenants paid $900 for six months."),
        ("disclaimer", "Lawyers for the company argued that the emails do not constitute legal evidence of a cartel."),
        ("disclaimer", "Our site is not intended for children, the company said in a statement on Tuesday."),
        ("disclaimer", "The bank said its advisory services offered to small firms grew by a fifth last year."),
        ("disclaimer", "The new policy does not provide medical cover for treatment abroad, the insurer confirmed."),
        ("comments", "He had no comments on “the leaked memo” when reached on Tuesday."),
        ("comments", "The government's one response to 'the crisis' was a freeze on hiring."),
        ("comments", "10 Antworten auf die wichtigsten Fragen zur neuen Grundsteuer"),
        ("comments", "Le ministre n'a pas souhaité faire un commentaire sur l'enquête en cours."),
        ("comments", "El presidente publicó un comentario en Twitter en el que pedía calma."),
        # a link to the section on one topic, kept as the page's other headings are
        ("call_to_action", "Learn more about Web Console"),
        ("call_to_action", "Discover more about the tools"),
    ],
)
def test_phrase_filters_keep_body_sentences_that_mention_their_words(name: str, line: str) -> None:
    """Sentences about the law, advice or comments, not disclaimers or comment-thread headings."""
    assert run(PHRASES[name], page_of(PROSE, line)) == {}


def test_paywall_keeps_a_body_paragraph_that_mentions_subscribing() -> None:
    line = (
        "The company said new subscribers would pay $1 for the first month under the plan, "
        "after which the price rises to $15, a move analysts said could lift sign-ups."
    )
    for f in phrase_filters():
        assert run(f, page_of(PROSE, line, PROSE2)) == {}, f.name


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # a question about copyright is not a copyright notice
        (
            "legal",
            "Does this library represent a legal violation of copyright of either the Rust library or the Python one?",
        ),
        ("legal", "Can I even assert copyright over this, given how much of the work was produced by the LLM?"),
        ("call_to_action", "Contact us if you have any questions about the new timetable, the council said on Monday."),
        ("call_to_action", "Officials said they would request a quote from three builders before the vote in March."),
        # a product's pros and cons
        ("paywall", "No cloud subscription required"),
        ("paywall", "Subscription required to unlock all features"),
        ("paywall", "Affordable subscription plan"),
        # a short sentence that is mostly one widget's word: dialogue, a list of terms
        ("comments", "No reply."),
        ("comments", "“No reply!”"),
        ("advertisement", "Advertising – earned and paid advertising."),
    ],
)
def test_a_sentence_that_mentions_a_phrase_stays(name: str, line: str) -> None:
    assert run(PHRASES[name], page_of(PROSE, line, PROSE2)) == {}


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("comments", "Reply 3"),
        ("comments", "Reply"),
        ("advertisement", "SKIP ADVERTISEMENT"),
        ("comments", "No reply"),
        ("paywall", "Subscription required"),
        ("paywall", "Subscription Required!"),
        ("paywall", "Subscription offers:"),
        ("advertisement", "Skip advertisement."),
        ("advertisement", "Advertisement Feature."),
        ("newsletter", "Newsletter signup!"),
    ],
)
def test_a_widgets_word_with_its_count_or_verb_goes(name: str, line: str) -> None:
    """The same words as above, set as a widget's label rather than a sentence."""
    assert run(PHRASES[name], page_of(PROSE, line, PROSE2)) == {1: PHRASES[name].kind.value}


@pytest.mark.parametrize(
    "line",
    [
        "Back to blog",
        "Recent posts",
        "See all guides",
        "Why Trust Us?",
        "Share this post",
        "Table of Content",
        "Page 1 of 8",
        "Popular search terms",
        "Contact Info",
        "Contact information:",
    ],
)
def test_navigation_labels_of_a_blog(line: str) -> None:
    assert run(NavigationFilter(), page_of(PROSE, line)) == {1: "navigation"}


@pytest.mark.parametrize(
    "line",
    [
        "Keep your contact information current.",
        "Up-to-date business hours & contact info",
        "The two will share the post.",
    ],
)
def test_a_line_that_only_holds_a_label_s_words_stays(line: str) -> None:
    assert run(NavigationFilter(), page_of(PROSE, line)) == {}


def test_a_label_scraped_twice_is_read_once() -> None:
    assert run(PHRASES["advertisement"], page_of(PROSE, "AdvertisementAdvertisement", PROSE2)) == {1: "advertisement"}


def test_an_icon_before_a_box_label_does_not_hide_it() -> None:
    assert run(RelatedLinkFilter(), page_of(PROSE, "🔥 Recommended posts")) == {1: "teaser"}


@pytest.mark.parametrize("line", ["Trending", "Trending now", "TRENDING STORIES", "Trending: Council race heats up"])
def test_a_trending_box_s_label_is_a_teaser(line: str) -> None:
    assert run(RelatedLinkFilter(), page_of(PROSE, line, PROSE2)) == {1: "teaser"}


@pytest.mark.parametrize(
    "line",
    [
        "Related Searches: Appliances, Household Appliances",
        "Related Companies: Example Water Products Co., Northfield Appliances, Harbor Home Solutions, Inc.",
        "Related topics: budget, council, roads",
    ],
)
def test_a_sites_related_searches_and_companies_are_teasers(line: str) -> None:
    assert run(RelatedLinkFilter(), page_of(PROSE, line, PROSE2)) == {1: "teaser"}


def test_a_shops_related_videos_are_not_a_teasers_label() -> None:
    # on a product's page, the videos of the product
    assert run(RelatedLinkFilter(), page_of(PROSE, "Related Videos: Scarlett 4i4 USB Audio Interface", PROSE2)) == {}


def test_a_products_recommended_for_row_is_not_a_related_label() -> None:
    page = page_of(PROSE, "Recommended for: Businesses promoting their online presence", "Free plan: yes", PROSE2)
    assert run(RelatedLinkFilter(), page) == {}
    assert run(RelatedLinkFilter(), page_of(PROSE, "Recommended for you", PROSE2)) == {1: "teaser"}


def test_related_link_lines_are_teasers_even_inside_the_body() -> None:
    decided = run(RelatedLinkFilter(), page_of(PROSE, "Read more: Council race heats up", PROSE2))
    assert decided == {1: "teaser"}


def test_byline_by_line_gives_normalised_authors() -> None:
    page = page_of("By JANE DOE and John Roe, Staff Writers", PROSE, PROSE2)
    assert run(BylineFilter(), page) == {0: "byline"}
    _, decision = page.decisions[0]
    assert decision.data["authors"] == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    "line",
    [
        "Written by Jane Doe",
        "Written By: Jane Doe",
        "Posted by Jane Doe",
        "Reported by Jane Doe",
        # set apart from a date or a count on the line above by a dash or a dot, joined to it
        "— by Jane Doe",
        "· by Jane Doe",
    ],
)
def test_written_by_and_posted_by_lines_are_bylines(line: str) -> None:
    page = page_of(line, PROSE, PROSE2)
    assert run(BylineFilter(), page) == {0: "byline"}
    assert page.decisions[0][1].data["authors"] == ["Jane Doe"]


def test_a_name_over_a_date_between_the_headline_and_the_body_is_the_author() -> None:
    page = page_of(
        "Council Approves Budget After Long Debate", "Share", "Save", "Jane Doe", "April 10, 2025", PROSE, PROSE2
    )
    page.apply("title", Decision(0, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {0: "title", 3: "byline"}
    assert page.decisions[3][1].data["authors"] == ["Jane Doe"]
    # a "By" line says who wrote it: the name over a date is someone else's
    page = page_of(
        "Council Approves Budget After Long Debate", "Jane Doe", "April 10, 2025", "By John Roe", PROSE, PROSE2
    )
    assert run(BylineFilter(), page) == {3: "byline"}


def test_a_name_close_under_the_headline_and_its_deck_over_a_date_is_the_author() -> None:
    """The deck reads as running text, so the body seems to start above the name: close under the
    headline, over a date (a category between), the name is still the byline."""
    deck = "This is a quick review of the council's budget, what it funds and what it leaves out this year."
    for between in ([], ["#Local Politics"]):
        lines = ["Council Approves Budget After Long Debate", deck, "Jane Doe", *between, "Published on Oct 21, 2025"]
        page = page_of(*lines, PROSE, PROSE2)
        page.apply("title", Decision(0, Kind.TITLE, "headline"))
        assert run(BylineFilter(), page) == {0: "title", 2: "byline"}
        assert page.decisions[2][1].data["authors"] == ["Jane Doe"]


@pytest.mark.parametrize("team", ["Valley Desk Team", "Team Riverside", "Courier Staff"])
def test_a_team_over_a_date_under_the_headline_is_the_author(team: str) -> None:
    page = page_of("Council Approves Budget After Long Debate", team, "April 10, 2025", PROSE, PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}
    assert page.decisions[1][1].data["authors"] == [team]


def test_without_a_headline_a_name_over_a_date_after_a_paragraph_is_no_byline() -> None:
    page = page_of(PROSE, "Margaret Ellis", "Tuesday, April 8, 2025", PROSE2, PROSE + " Again.")
    assert run(BylineFilter(), page) == {}


def test_a_name_over_a_date_under_more_than_a_deck_below_the_headline_is_no_byline() -> None:
    """One paragraph between the headline and the name is its deck; two are the story's."""
    for between, expected in (([PROSE], {0: "title", 2: "byline"}), ([PROSE, PROSE2], {0: "title"})):
        lines = ["Council Approves Budget After Long Debate", *between, "Jane Doe", "April 10, 2025"]
        page = page_of(*lines, "Share", "Save", "Print", PROSE + " Again.")
        page.apply("title", Decision(0, Kind.TITLE, "headline"))
        assert run(BylineFilter(), page) == expected


def test_an_author_line_right_under_the_headline_is_the_byline_past_a_notice() -> None:
    notice = "We use cookies to improve your experience on our site, and by browsing you accept them."
    lines = [notice, "Home", "Council Approves Budget After Long Debate", "Author: Jane Doe", "Published:"]
    page = page_of(*lines, PROSE, PROSE2)
    page.apply("title", Decision(2, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {2: "title", 3: "byline"}
    assert page.decisions[3][1].data["authors"] == ["Jane Doe"]


def test_a_name_over_a_date_just_above_the_headline_is_the_author() -> None:
    lines = ["Menu", "Jane Doe", "April 10, 2025", "5:50 am", "Blog", "Council Approves Budget After Long Debate"]
    page = page_of(*lines, PROSE, PROSE2)
    page.apply("title", Decision(5, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {1: "byline", 5: "title"}
    assert page.decisions[1][1].data["authors"] == ["Jane Doe"]
    # far above the headline, a name over a date is a teaser card's or a menu's
    far = ["Jane Doe", "April 10, 2025", "Home", "News", "Sport", "Weather", "Travel", "Video", "Audio"]
    page = page_of(*far, "Council Approves Budget After Long Debate", PROSE, PROSE2)
    page.apply("title", Decision(len(far), Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {len(far): "title"}


def test_a_name_over_a_date_that_opens_the_body_past_a_cookie_notice_is_the_author() -> None:
    # the first paragraph of the dump is a cookie notice, which the body's start is first taken for
    notice = "We use cookies to improve your experience on our site, and by browsing you accept them."
    lines = ["Budget Debate | Valley News", notice, "Home", "News", "Jane Doe", "April 10, 2025", "5 min read"]
    page = page_of(*lines, PROSE, PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "the page's title line"))
    assert run(BylineFilter(), page) == {0: "title", 4: "byline"}
    # deep in the story (a comment's author over its date), it is not
    page = page_of(lines[0], notice, PROSE, PROSE2, PROSE, "Jane Doe", "April 10, 2025", PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "the page's title line"))
    assert run(BylineFilter(), page) == {0: "title"}


def test_a_name_under_a_date_under_the_headline_is_the_author() -> None:
    page = page_of("Council Approves Budget After Long Debate", "April 10, 2025", "Jane Doe", PROSE, PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {0: "title", 2: "byline"}
    # above the headline, the short line under a date is a heading as often (an event's name)
    page = page_of("Menu", "April 10, 2025", "Harbour Festival", "Council Approves Budget", PROSE, PROSE2)
    page.apply("title", Decision(3, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {3: "title"}


def test_a_by_line_under_the_headline_outranks_a_name_alone_right_under_it() -> None:
    # "Sewing Blog" under the headline is a breadcrumb's last item; the "By" line says who wrote it
    lines = ["Council Approves Budget After Long Debate", "Civic Matters", "Share", "By Jane Doe", "April 10, 2025"]
    page = page_of(*lines, PROSE, PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {0: "title", 3: "byline"}
    assert page.decisions[3][1].data["authors"] == ["Jane Doe"]
    # with no "By" line, the name alone under the headline is the author
    page = page_of(*lines[:3], PROSE, PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}


def test_a_name_over_its_job_title_under_the_headline_is_the_author() -> None:
    lines = ["Council Approves Budget After Long Debate", "Share", "Jane Doe", "Senior Political Correspondent"]
    page = page_of(*lines, PROSE, PROSE2)
    page.apply("title", Decision(0, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {0: "title", 2: "byline"}
    # above the headline, a short line over a title is a menu's heading as often
    page = page_of("Civic Matters", "Managing Editor", "Council Approves Budget After Long Debate", PROSE, PROSE2)
    page.apply("title", Decision(2, Kind.TITLE, "headline"))
    assert run(BylineFilter(), page) == {2: "title"}


def test_an_author_label_in_a_list_of_details_is_not_a_byline() -> None:
    """ "Author: H. G. Parry" under a book's title in a review is the book's author."""
    page = page_of(PROSE, "A Far Better Thing", "Author: Jane Doe", "Released: May 2025", PROSE2)
    assert run(BylineFilter(), page) == {}


@pytest.mark.parametrize("line", ["By Role", "By Industry", "By Use Case", "By Company Size"])
def test_a_menus_by_facet_is_not_a_byline(line: str) -> None:
    """ "Solutions" / "By Role" / "By Industry": the facets of a menu, not a first name after "By"."""
    assert run(BylineFilter(), page_of("Solutions", line, PROSE, PROSE2)) == {}


def test_byline_naming_an_agency_is_not_an_author() -> None:
    page = page_of("By Reuters", PROSE)
    run(BylineFilter(), page)
    _, decision = page.decisions[0]
    assert decision.data == {"authors": [], "agencies": ["Reuters"]}


@pytest.mark.parametrize(
    "line",
    [
        "By MARIA GARCIA and TOM LEE Associated Press",  # AP's style: no comma before the agency
        "By Maria Garcia and Tom Lee (Associated Press)",
        "By Maria Garcia and Tom Lee - Associated Press",
        "By Maria Garcia and Tom Lee | Associated Press",
        "By Maria Garcia and Tom Lee, Associated Press",
    ],
)
def test_byline_names_every_author_and_the_agency_however_it_is_set_off(line: str) -> None:
    page = page_of(line, PROSE)
    run(BylineFilter(), page)
    _, decision = page.decisions[0]
    assert decision.data == {"authors": ["Maria Garcia", "Tom Lee"], "agencies": ["Associated Press"]}


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("By David E. Sanger", ["David E. Sanger"], []),  # a middle initial is no Spanish "y" or Italian "e"
        ("By Cecilia Kang and David E. Sanger", ["Cecilia Kang", "David E. Sanger"], []),
        ("By Jane Doe (AFP)", ["Jane Doe"], ["AFP"]),  # a byline, not a caption and its credit
        ("Von Anna Lehmann (dpa)", ["Anna Lehmann"], ["dpa"]),
        ("By Jane Roe, J.D. Candidate", ["Jane Roe"], []),  # a degree and a role, no second author
    ],
)
def test_byline_initials_and_an_agency_in_brackets(line: str, authors: list[str], agencies: list[str]) -> None:
    article = newsclean.clean_text("Ukraine downs 30 Russian drones over Odesa\n" + line + "\n" + PROSE + "\n" + PROSE2)
    assert (list(article.metadata.authors), list(article.metadata.agencies)) == (authors, agencies)
    assert not article.metadata.images


def test_a_sentence_opening_with_reporting_by_is_the_storys() -> None:
    """ "Reporting by" names no one here: the sentence stays in the body."""
    line = "Reporting by local media said the fire started near the organ."
    article = newsclean.clean_text("Chapel destroyed by fire\n\n" + PROSE + "\n\n" + line + "\n\n" + PROSE2)
    assert line in article.paragraphs
    credits = newsclean.clean_text(
        "Chapel destroyed by fire\n\n" + PROSE + "\n\n" + PROSE2 + "\n\nReporting by Jane Doe"
    )
    assert [c.name for c in credits.metadata.contributors] == ["Jane Doe"]
    # a short credit line naming no one is one all the same
    unnamed = "Additional reporting by agencies"
    wire = newsclean.clean_text("Chapel destroyed by fire\n\n" + PROSE + "\n\n" + PROSE2 + "\n\n" + unnamed)
    assert [r.kind.value for r in wire.removed if r.text == unnamed] == ["contributors"]


def test_a_bare_name_under_the_headline_is_a_byline_but_a_section_name_is_not() -> None:
    page = page_of(
        "Harbour Post", "World News", "Council Approves Budget After Long Debate", "Kamal Namaa", PROSE, PROSE2
    )
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {2: "title", 3: "byline"}


def test_on_html_a_heading_shaped_as_a_name_is_a_sections_not_the_author() -> None:
    body = "".join(f"<p>{p}</p>" for p in (PROSE, PROSE2))
    for under, authors in (("<p>Kamal Namaa</p>", ("Kamal Namaa",)), ("<h2>Eastern Conference</h2>", ())):
        head = "<h1>Council Approves Budget After Long Debate</h1>"
        html = f"<html><body><article>{head}{under}{body}</article></body></html>"
        assert newsclean.clean_html(html).metadata.authors == authors, under


@pytest.mark.parametrize("heading", ["Key Takeaways", "Harbour Highlights", "Previous Slide"])
def test_a_heading_shaped_as_a_name_under_the_headline_is_not_a_byline(heading: str) -> None:
    """Its words are ones the page writes in lower case, as a person's names are not."""
    later = (
        "The key takeaways for residents: the harbour highlights schools, and the previous slide of "
        "the council's presentation showed roads."
    )
    page = page_of("Council Approves Budget After Long Debate", heading, PROSE, PROSE2, later)
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title"}
    # the page that does not use the words is read as before: a name alone is the author
    page = page_of("Council Approves Budget After Long Debate", heading, PROSE, PROSE2)
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}


@pytest.mark.parametrize("heading", ["Men's Road Running Shoes", "Japan’s Top-Selling Saké Brand", "RogerBW's Blog"])
def test_a_heading_with_a_possessive_under_the_headline_is_not_a_byline(heading: str) -> None:
    title = "Council Approves Budget After Long Debate"
    page = page_of(title, heading, PROSE, PROSE2, hints=Hints(title=title))
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title"}
    # an apostrophe inside a name is a name's
    page = page_of(title, "Conan O'Brien", PROSE, PROSE2, hints=Hints(title=title))
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}


def test_a_name_in_an_address_or_a_handle_is_still_a_name() -> None:
    contact = "Find him at @russellm or russell.miller@example.com, and more at /authors/russell-miller."
    page = page_of("Council Approves Budget After Long Debate", "Russell Miller", PROSE, PROSE2, contact)
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}


def test_a_name_the_page_declares_stays_its_author_whatever_its_words() -> None:
    later = "The rose garden by the wood was planted by volunteers over the summer, the council said."
    lines = ("Council Approves Budget After Long Debate", "Rose Wood", PROSE, PROSE2, later)
    page = page_of(*lines)
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title"}  # undeclared: words of the page
    page = page_of(*lines)
    page.hints = Hints(authors=("Rose Wood",))
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}


@pytest.mark.parametrize("name", ["Will Hutton", "Jane Hall", "Tom Long"])
def test_a_name_with_one_everyday_word_is_still_a_name(name: str) -> None:
    later = "The hall will stay open as long as the council can pay for it, officials said."
    page = page_of("Council Approves Budget After Long Debate", name, PROSE, PROSE2, later)
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {0: "title", 1: "byline"}


def test_a_bare_name_above_the_headline_is_a_masthead_not_a_byline() -> None:
    page = page_of("Harbour Post", "Council Approves Budget After Long Debate", PROSE, PROSE2)
    run(TitleFilter(), page)
    assert run(BylineFilter(), page) == {1: "title"}


def test_caption_followed_by_its_repeat_with_credit() -> None:
    page = page_of(
        "Fighters stand guard at a checkpoint.", "Fighters stand guard at a checkpoint.Credit: Reuters", PROSE
    )
    assert run(CaptionFilter(), page) == {0: "caption", 1: "credit"}
    _, d = page.decisions[1]
    assert d.data == {"caption": "Fighters stand guard at a checkpoint.", "credit": "Reuters"}


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("A man walks past a flooded street in Dhaka. Photo: AP", "AP"),
        ("Rescuers search the rubble on Monday. (Photo: Jane Doe/Getty Images)", "Jane Doe/Getty Images"),
        ("Protesters gather outside parliament. REUTERS/John Smith", "REUTERS/John Smith"),
        ("Shares fell sharply on Monday. Image source: Getty Images.", "Getty Images"),
        (
            "Protesters gathered outside the town hall.Credit...Jane Doe for The New York Times",
            "Jane Doe for The New York Times",
        ),
    ],
)
def test_caption_with_credit_suffix(line: str, credit: str) -> None:
    page = page_of(line, PROSE)
    assert run(CaptionFilter(), page) == {0: "caption"}
    assert page.decisions[0][1].data["credit"] == credit


def test_a_credit_line_labelled_with_an_ellipsis_takes_the_caption_above() -> None:
    caption, credit = "Protesters gathered outside the town hall.", "Jane Doe for The New York Times"
    page = page_of(PROSE, caption, f"Credit...{credit}", PROSE2)
    assert run(CaptionFilter(), page) == {1: "caption", 2: "credit"}
    assert page.decisions[2][1].data == {"caption": caption, "credit": credit}
    # "Credit..." in a sentence is prose
    for line in ("Banks simply stopped lending to small firms. Credit... dried up overnight.", "Credit... was tight"):
        assert run(CaptionFilter(), page_of(PROSE, line, PROSE2)) == {}


def test_image_source_and_image_caption_lines() -> None:
    """The lines a screen reader reads out beside an image ("Image source, ...", "Image caption, ...")."""
    caption = "Protesters gathered outside the town hall"
    page = page_of(PROSE, "Image source, Getty Images", f"Image caption, {caption}", PROSE2)
    assert run(CaptionFilter(), page) == {1: "credit", 2: "caption"}
    assert page.decisions[2][1].data == {"caption": caption, "credit": "Getty Images"}
    # the caption's text on the line under its label, and a caption without a source line
    page = page_of(PROSE, "Image source, Reuters", "Image caption,", "The mayor speaks to reporters", PROSE2)
    assert run(CaptionFilter(), page) == {1: "credit", 2: "caption", 3: "caption"}
    assert page.decisions[3][1].data == {"caption": "The mayor speaks to reporters", "credit": "Reuters"}
    page = page_of(PROSE, "Media caption, The mayor speaks to reporters", PROSE2)
    assert run(CaptionFilter(), page) == {1: "caption"}
    article = newsclean.clean_text(
        "\n\n".join([PROSE, "Image source, Getty Images", "Image caption, Protesters gathered outside", PROSE2])
    )
    assert article.text == f"{PROSE}\n\n{PROSE2}"
    assert [(i.caption, i.credit) for i in article.metadata.images] == [("Protesters gathered outside", "Getty Images")]


PROSE3 = (
    "Council members said the vote was the hardest they had faced in a decade, and several spoke of "
    "the anger they had heard from residents at public meetings held across the autumn."
)
PROSE4 = (
    "The bridge, built in 1958, has been closed to heavy trucks since an inspection last year found "
    "cracks in two of its supports, and repairs could take two years."
)


def test_an_image_viewers_controls_are_no_credit_and_a_repeated_credit_line_is_one() -> None:
    """NPR's "Enlarge this image" over the photo, and the credit again under "toggle caption": the
    control does not take the paragraph above as a caption, and the image is recorded once."""
    article = newsclean.clean_text(
        "\n\n".join(
            [
                PROSE,
                PROSE3,
                "Enlarge this image",
                "Protesters gathered outside the town hall on Monday.",
                "Jane Doe/NPR",
                "hide caption",
                "toggle caption",
                "Jane Doe/NPR",
                PROSE2,
                PROSE4,
            ]
        )
    )
    assert article.text.split("\n\n") == [PROSE, PROSE3, PROSE2, PROSE4]
    assert [(i.caption, i.credit) for i in article.metadata.images] == [
        ("Protesters gathered outside the town hall on Monday.", "Jane Doe/NPR")
    ]
    assert {r.text: r.kind.value for r in article.removed}["Enlarge this image"] == "navigation"
    # a short credit line repeated ("N/A" in a table) is no credit for being repeated
    page = page_of(PROSE, "Smart plugs tested this year", "N/A", "Batteries", "N/A", PROSE2)
    assert run(CaptionFilter(), page) == {1: "caption", 2: "credit"}
    # a caption line with its credit, repeated, is a duplicate's to take, not a credit alone
    captioned = "Protesters gathered outside the town hall. Photo: Jane Doe/Gazette"
    assert run(CaptionFilter(), page_of(PROSE, captioned, PROSE2, captioned, PROSE)) == {1: "caption", 3: "caption"}


@pytest.mark.parametrize("line", ["34. Human/Technology Interaction", "21. Safety Lockout/Tagout Kit"])
def test_a_numbered_heading_with_a_slash_is_no_credited_caption(line: str) -> None:
    # a number and its full stop are no caption, and what follows them no credit
    assert run(CaptionFilter(), page_of(PROSE, line, PROSE2)) == {}


def test_a_numbered_heading_over_a_pictures_credit_is_no_caption() -> None:
    # a listicle's heading, its picture (not in the text) and the picture's credit
    page = page_of(PROSE, "2. America's Great Desert National Parks", "Getty Images / Holger Leue", PROSE2)
    assert run(CaptionFilter(), page) == {2: "credit"}
    page = page_of(PROSE, "Hikers cross the dunes at sunrise", "Getty Images / Holger Leue", PROSE2)
    assert run(CaptionFilter(), page) == {1: "caption", 2: "credit"}


def test_caption_leaves_prose_that_mentions_reuters() -> None:
    assert run(CaptionFilter(), page_of("The minister told Reuters he would resign.", PROSE)) == {}


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"),
        ("LONDON (AP) — ", "LONDON", "Associated Press"),
        ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", "Associated Press"),
        ("PARIS (AFP) - ", "PARIS", "AFP"),
        ("BERLIN, 3. März (dpa) - ", "BERLIN", "dpa"),
        ("REUTERS - ", "", "Reuters"),
        ("NEW YORK — ", "NEW YORK", ""),
        # as German and French papers write them, and a company story's with no place
        ("Berlin (dpa) - ", "Berlin", "dpa"),
        ("Paris (AFP) - ", "Paris", "AFP"),
        ("(Reuters) - ", "", "Reuters"),
        ("BRUSSELS/PARIS, March 3 (Reuters) - ", "BRUSSELS/PARIS", "Reuters"),
    ],
)
def test_dateline_is_cut_from_the_first_paragraph(opening: str, place: str, agency: str) -> None:
    page = page_of(opening + PROSE, PROSE2)
    assert run(DatelineFilter(), page) == {0: "dateline"}
    assert page.text_of(0) == PROSE
    data = page.cuts[0][1].data["dateline"]
    assert (data["place"], data["agency"]) == (place, agency)


def test_no_dateline_in_ordinary_prose() -> None:
    page = page_of(PROSE, PROSE2)
    assert run(DatelineFilter(), page) == {}


def test_contributor_lines() -> None:
    page = page_of(PROSE, PROSE2, "(Reporting by Jane Doe; Additional reporting by Tom Roe; Editing by Ann Lee)")
    assert run(ContributorsFilter(), page) == {2: "contributors"}
    got = page.decisions[2][1].data["contributors"]
    assert got == [
        {"name": "Jane Doe", "role": "reporting"},
        {"name": "Tom Roe", "role": "additional_reporting"},
        {"name": "Ann Lee", "role": "editing"},
    ]


def test_contributed_to_this_report_names_the_agency() -> None:
    page = page_of(PROSE, "Associated Press writer Jill Lawless contributed to this report.")
    run(ContributorsFilter(), page)
    data = page.decisions[1][1].data
    assert data["agencies"] == ["Associated Press"]
    assert data["contributors"] == [{"name": "Jill Lawless", "role": "contributing"}]


def test_foreign_script_fragment_is_removed_but_a_quoted_phrase_stays() -> None:
    quoted = PROSE[:-1] + ', using the Hebrew word "שלום" in his reply.'
    page = page_of(PROSE, quoted, "איתמר בן גביר", "Москва сегодня", "北京新闻")
    assert run(ForeignScriptFilter(), page) == {2: "foreign_language", 3: "foreign_language", 4: "foreign_language"}


def test_foreign_language_outside_the_body_is_removed() -> None:
    german = "Die Bundesregierung hat am Montag einen neuen Plan für die Energieversorgung im Winter vorgestellt"
    page = page_of(PROSE, PROSE2, german)
    assert run(ForeignLanguageFilter(), page) == {2: "foreign_language"}


GERMAN_BLURB = (
    "Die Agentur aus Düsseldorf konzipiert, gestaltet und entwickelt Webseiten, Onlineshops und native "
    "Apps für Kunden aus aller Welt, darunter namhafte Werbeagenturen und Firmen aus dem Mittelstand, "
    "mit ehrlicher Beratung und hochwertiger Arbeit / Relaunch Checkliste"
)


def test_a_paragraph_in_another_language_at_the_bodys_edge_goes() -> None:
    """A company's blurb in German under an English story: long, none of the English function
    words, running German text, after the story's last paragraph."""
    page = page_of(PROSE, PROSE2, PROSE3, PROSE4, GERMAN_BLURB)
    assert (page.body.first, page.body.last) == (0, 4)
    assert run(ForeignLanguageFilter(), page) == {4: "foreign_language"}
    assert page.decisions[4][1].reason == "written in 'de' on an article in 'en'"


@pytest.mark.parametrize(
    "lines",
    [
        (PROSE, PROSE2, GERMAN_BLURB, PROSE3, PROSE4),  # between the article's own paragraphs
        (PROSE, PROSE2, PROSE3, "The agency describes itself on its website as follows:", GERMAN_BLURB),
        (PROSE, PROSE2, PROSE3, PROSE4, "\u201e" + GERMAN_BLURB + "\u201c, sagte sie"),
    ],
    ids=["between", "after-a-colon", "quotation"],
)
def test_a_paragraph_in_another_language_the_story_sets_in_place_stays(lines: tuple[str, ...]) -> None:
    """A quotation, a poem, a list of names: between the article's paragraphs, announced by a
    colon, or opening with a quotation mark."""
    page = page_of(*lines)
    assert page.body.last == len(lines) - 1
    assert run(ForeignLanguageFilter(), page) == {}


def test_a_quotation_in_another_language_inside_the_body_stays() -> None:
    quoted = (
        'The minister replied: "Nous ne céderons pas, et nous continuerons à défendre les intérêts des '
        "agriculteurs jusqu'au bout,\" before he left the room."
    )
    short = "Nous ne céderons pas, et nous défendrons les agriculteurs jusqu'au bout."
    page = page_of(PROSE, PROSE2, quoted, short, PROSE3, PROSE4)
    assert run(ForeignLanguageFilter(), page) == {}


def test_a_body_mostly_in_another_language_keeps_its_paragraphs() -> None:
    """When much of the body reads as another language, the article's language was misread: its
    paragraphs stay."""
    page = page_of(PROSE, PROSE2, GERMAN_BLURB, GERMAN_BLURB.replace("Düsseldorf", "Köln"))
    assert page.body.last == 3
    assert run(ForeignLanguageFilter(), page) == {}


def test_duplicate_and_pull_quote() -> None:
    pull = "raises spending on schools and roads by four percent"
    page = page_of("Kamal Namaa", PROSE, pull, PROSE2, "Kamal Namaa")
    assert run(DuplicateFilter(), page) == {2: "duplicate", 4: "duplicate"}


def test_on_html_a_tables_repeated_header_row_stays_and_other_repeats_outside_the_body_go() -> None:
    lines = ("Home page menu", PROSE, PROSE2, "Attribute | Type", "id | integer", "Attribute | Type", "Home page menu")
    page = page_of(*lines, input_type="html")
    tables = tuple(attrs.evolve(b, tag="table") if "|" in b.text else b for b in page.blocks)
    page = Page(tables, "html", language="en", script="Latin", hints=Hints())
    assert run(DuplicateFilter(), page) == {6: "duplicate"}


@pytest.mark.parametrize("input_type", ["html", "text"])
def test_a_story_rendered_twice_is_read_once(input_type: str) -> None:
    """A page that renders its story twice (a phone's layout and a desktop's) repeats a run of
    paragraphs right after itself, inside the body; a third copy goes too."""
    close = "The mayor said work would start in the spring and end within two years."
    page = page_of(PROSE, PROSE2, close, PROSE, PROSE2, close, PROSE, PROSE2, close, input_type=input_type)
    decided = run(DuplicateFilter(), page)
    assert decided == dict.fromkeys(range(3, 9), "duplicate")
    assert page.decisions[3][1].reason == "repeats lines 1-5, right above it"


@pytest.mark.parametrize("input_type", ["html", "text"])
def test_short_repeats_and_repeats_further_down_stay_in_the_body(input_type: str) -> None:
    """Two short labels shown twice in a row, one paragraph shown again right after itself, and a
    run repeated after other paragraphs are the article's own (each product's "Pros" / "Cons", a
    refrain, a recipe's step quoted again)."""
    close = "The mayor said work would start in the spring and end within two years."
    lines = (PROSE, "Pros", "Cons", "Pros", "Cons", PROSE2, close, PROSE, PROSE2, PROSE2, close)
    page = page_of(*lines, input_type=input_type)
    decided = run(DuplicateFilter(), page)
    assert decided == ({9: "duplicate"} if input_type == "text" else {})  # plain text's adjacent repeat


STEPS = (
    "Spread a ladle of the sauce over the dish and cover it with a layer of the pasta sheets.",
    "Spoon the ricotta over the sheets and scatter a handful of the mozzarella on top.",
)


@pytest.mark.parametrize("input_type", ["html", "text"])
def test_a_short_run_done_twice_stays(input_type: str) -> None:
    """A recipe's two layering steps, done twice, or a workout's round: repeats that are meant."""
    lines = (PROSE, "Heat the oven to 200C.", *STEPS, *STEPS, "Bake for forty minutes.", PROSE2)
    assert run(DuplicateFilter(), page_of(*lines, input_type=input_type)) == {}


def test_on_html_list_items_repeated_stay() -> None:
    """A circuit of exercises done three times is a list; a story rendered twice is paragraphs."""
    circuit = (*STEPS, "Rest for a full minute and drink some water before the next round begins.")
    page = page_of(PROSE, *circuit, *circuit, *circuit, PROSE2, input_type="html")
    items = tuple(attrs.evolve(b, tag="li") if b.text in circuit else b for b in page.blocks)
    page = Page(items, "html", language="en", script="Latin", hints=Hints())
    assert run(DuplicateFilter(), page) == {}


def test_copies_that_differ_in_one_block_stay() -> None:
    """Two versions of a story, one paragraph apart, are not one story shown twice."""
    close = "The mayor said work would start in the spring and end within two years."
    other = "The mayor said work would start in the autumn and end within three years."
    page = page_of(PROSE, PROSE2, STEPS[0], close, PROSE, PROSE2, STEPS[0], other, PROSE, PROSE2, STEPS[0], close)
    assert run(DuplicateFilter(), page) == {}


def test_a_summary_line_that_a_later_paragraph_spells_out_stays() -> None:
    """Key points or a list of contents above the text repeat its words, but they come first."""
    summary = "raises spending on schools and roads by four percent"
    page = page_of(summary, PROSE, PROSE2)
    assert run(DuplicateFilter(), page) == {}


def test_a_pull_quote_goes_with_its_attribution() -> None:
    pull = "raises spending on schools and roads by four percent"
    page = page_of(PROSE, pull, "— Mayor Denise Holloway", PROSE2, "— the end of a dash line that is no attribution")
    assert run(DuplicateFilter(), page) == {1: "duplicate", 2: "duplicate"}


def test_title_and_deck_from_plain_text() -> None:
    page = page_of(
        "Council Approves Budget After Long Debate",
        "The vote ends a months-long fight over how to pay for new schools.",
        "By Jane Doe",
        PROSE,
        PROSE2,
    )
    assert run(TitleFilter(), page) == {0: "title", 1: "subtitle"}


def test_the_headline_that_repeats_the_pages_title_line() -> None:
    """A saved page opens with its <title>; the headline repeats it, without the site's name, above
    menus and teaser headlines that look like headlines too."""
    page = page_of(
        "Council Approves Budget After Long Debate | The Daily Courier",
        "Home",
        "Council Approves Budget After Long Debate",
        "By Jane Doe",
        PROSE,
        "Ten Ways the New Budget Will Change the City's Schools",
        PROSE2,
    )
    decisions = {d.block: d for d in TitleFilter()(page)}
    assert {i: d.kind.value for i, d in decisions.items()} == {2: "title", 0: "title"}
    assert decisions[2].data == {"title": "Council Approves Budget After Long Debate"}
    assert list(decisions) == [2, 0]  # the headline first: the byline is looked for under it
    article = newsclean.clean_text(
        "Council Approves Budget After Long Debate | The Daily Courier\n\nHome\n\nNews\n\n"
        f"Council Approves Budget After Long Debate\n\nBy Jane Doe\n\n{PROSE}\n\n{PROSE2}"
    )
    assert (article.metadata.title, article.metadata.authors) == (
        "Council Approves Budget After Long Debate",
        ("Jane Doe",),
    )
    assert "Daily Courier" not in article.text
    # a masthead repeated under the menu is no headline
    page = page_of(
        "Mesa Valley Post", "News", "Mesa Valley Post", "Council Approves Budget After Long Debate", PROSE, PROSE2
    )
    assert {d.block: d.kind.value for d in TitleFilter()(page)} == {3: "title"}
    # without a line that repeats it, the first line is read as any other
    page = page_of("Council Approves Budget After Long Debate | The Daily Courier", PROSE, PROSE2)
    assert {d.block: d.reason for d in TitleFilter()(page)} == {
        0: "the headline: the longest headline-shaped line above the body"
    }


def test_a_listicles_count_and_year_are_no_date() -> None:
    page = page_of("34 Top Photography Trends in 2025", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {0: "title"}
    page = page_of("Published 5 March 2025", "Council Approves Budget After Long Debate", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {1: "title"}


def test_an_author_field_or_a_credited_caption_under_the_headline_is_no_headline() -> None:
    """Lines under the headline that are longer than it, but no headline: the headline stays."""
    head = "Council Approves Budget After Long Debate"
    page = page_of(head, "Authors: Jane Doe, John Roe", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {0: "title"}
    article = newsclean.clean_text(f"{head}\n\nAuthors: Jane Doe, John Roe\n\n{PROSE}\n\n{PROSE2}")
    assert (article.metadata.title, article.metadata.authors) == (head, ("Jane Doe", "John Roe"))
    caption = "Mayor Ann Lee speaks to reporters outside City Hall on Tuesday. (Photo: Jane Doe/Gazette)"
    assert run(TitleFilter(), page_of(head, caption, PROSE, PROSE2)) == {0: "title"}
    # a headline that opens with the word is one, and so is a photo story's headline
    assert run(TitleFilter(), page_of("Author Wins Prize for Novel About the Valley Floods", PROSE, PROSE2)) == {
        0: "title"
    }
    assert run(TitleFilter(), page_of("Photos: The Best Moments of the Harvest Festival", PROSE, PROSE2)) == {
        0: "title"
    }


def test_a_line_under_the_byline_is_no_headline() -> None:
    """The headline stands above its byline: a field under it ("Prep time: 10 min") is not the
    headline, though it is the last headline-shaped line before the body."""
    head = "What Is an Online Course?"
    page = page_of(head, "By Eliz Bakker", "Prep time: 10 min", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {0: "title"}
    # with the byline above the headline, a banner above the byline is no headline
    banner = "Valley News Daily Edition For Subscribers"
    page = page_of(banner, "Home", "Politics", "By Jane Doe", "Council Approves Budget Again", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {4: "title"}
    # with no byline between them, the last of them is the headline, under a section's label
    page = page_of("Latest News From the Valley", "Council Approves Budget Again", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {1: "title"}


def test_a_capitalised_word_after_a_foreign_by_word_is_no_author() -> None:
    """ "by Amanda" names a blogger; "Door Locks" (Dutch "door", by) is a menu's heading."""
    assert split_byline("by Amanda") == (["Amanda"], [])
    assert split_byline("Door Locks") == ([], [])
    # a desk or a paper before the name, as foreign bylines credit them
    assert split_byline("Von Redaktion und Anna Schmidt") == (["Anna Schmidt"], [])
    assert split_byline("Par Le Figaro, Jean Dupont") == (["Jean Dupont"], [])
    assert split_byline("By Reuters, Amanda") == (["Amanda"], ["Reuters"])
    assert split_byline("door Jan de Vries") == (["Jan de Vries"], [])
    assert split_byline("Par AFP") == ([], ["AFP"])
    # a first name alone signs right after "By", not as the last word of a legal line
    assert split_byline("By signing up, I accept the site's Terms & Conditions") == ([], [])


def test_a_paragraphs_first_line_is_not_a_headline() -> None:
    first_line = "Every year, unplanned vet visits push millions of households to the brink. According to a report, in"
    assert run(TitleFilter(), page_of(first_line, PROSE, PROSE2)) == {}
    two = "Free school meals for every student start this fall. Here's what parents need to know"
    assert run(TitleFilter(), page_of(two, PROSE, PROSE2)) == {0: "title"}


def test_the_only_paragraph_of_a_page_is_not_its_headline() -> None:
    only = "AI has not changed much in security so far. Deep fake phishing is still rare, experts say"
    assert run(TitleFilter(), page_of(only)) == {}
    assert run(TitleFilter(), page_of(only, PROSE, PROSE2)) == {0: "title"}
    # a page that is a headline alone still has its headline taken out of the body
    assert run(TitleFilter(), page_of("2025 in Review: My Favourite New Games")) == {0: "title"}


def test_first_paragraph_is_not_taken_for_a_deck() -> None:
    page = page_of("Council Approves Budget After Long Debate", PROSE, PROSE2)
    assert run(TitleFilter(), page) == {0: "title"}


def test_description_that_is_the_first_paragraph_stays() -> None:
    hints = Hints(title="Council Approves Budget", subtitle=PROSE)
    page = page_of("Council Approves Budget", PROSE, PROSE2, input_type="html", hints=hints)
    assert run(TitleFilter(), page) == {0: "title"}


def test_a_heading_that_repeats_the_description_stays() -> None:
    # "Ever wonder how coffee was first discovered?": the story's opening question, which the page
    # also gives as its description; no mark on the page calls it a deck
    hints = Hints(title="Council Approves Budget", subtitle="Why did the vote take so long?")
    page = page_of(
        "Council Approves Budget", "Why did the vote take so long?", PROSE, PROSE2, input_type="html", hints=hints
    )
    page = attrs.evolve(page, blocks=tuple(attrs.evolve(b, tag="h") if b.index == 1 else b for b in page.blocks))
    assert run(TitleFilter(), page) == {0: "title"}


def test_title_from_html_hints() -> None:
    hints = Hints(
        title="Council Approves Budget",
        subtitle="The vote ends a months-long fight.",
        deck="The vote ends a months-long fight.",
    )
    page = page_of(
        "Council Approves Budget",
        "The vote ends a months-long fight.",
        "By Jane Doe",
        PROSE,
        input_type="html",
        hints=hints,
    )
    assert run(TitleFilter(), page) == {0: "title", 1: "subtitle"}


def test_outside_body_teasers_after_the_article() -> None:
    page = page_of(
        "Menu",
        PROSE,
        "He declined to comment.",
        PROSE2,
        "The Artist Who Survived Auschwitz Speaks Out",
        "Why These New Immigrants Ended Up Leaving",
        "Travelers look at the departures board at the airport on a busy morning.",
    )
    assert run(OutsideBodyFilter(), page) == {0: "navigation", 4: "teaser", 5: "teaser", 6: "teaser"}


@pytest.mark.parametrize(
    "line",
    [
        "Mar 11, 2024 Updated 10:05 a.m.",
        "Published: 7:00am, 15 Mar 2024",
        "7 March 2024 - 14:32",
        "Updated 3 hours ago",
        "Publié le 12/03/2024 à 07h30",
        "Posted by David at December 16, 2025 11:15 AM",
        "11/12/2025 by One Tree Planted",
        "12.01.26 — 10.04.26",
        "Nov. 19, 2025",
        "Dec. 23, 2024, 1:24 PM EST",
        "Jun 08, 2023 • 11 Minute Read",
        # its category on the next line: "Published / October 14, 2025 / in / Travel"
        "October 14, 2025 in",
        "[Submitted on 18 Dec 2025]",  # a preprint's or a forum post's
        # the months and days of the seven languages dates are read in
        "Mis à jour le 12 octobre 2023 à 16h20",
        "Publié le 3 mars 2024 à 10h00",
        "Gepubliceerd op 5 mei 2024 om 10:00",
        "Pubblicato il 5 mag 2024",
        "Publicado em 10 de agosto de 2024",
        "15/10/2023 às 14h30",
        "Veröffentlicht am 03.03.2024, 10:15 Uhr",
        "Publicado el 5 de diciembre de 2024",
        "Pubblicato il 5 maggio 2024 alle 10:30",
        "Gepubliceerd op 4 juni 2024",
        # a day's ordinal ("3."), German days abbreviated, "Stand:" (as of), a French "mars" with its day
        "3. März 2024",
        "Veröffentlicht am 3. März 2024, 10:15 Uhr",
        "Mo., 03.03.2024",
        "Stand: 03.03.2024, 14:05 Uhr",
        "3. mars 2024",
        "3 mars 2024",
        "3 mag 2024",
        "Publicado el 3 de mayo de 2024",
    ],
)
def test_date_lines_are_removed(line: str) -> None:
    assert run(DateLineFilter(), page_of(line, PROSE)) == {0: "date"}


@pytest.mark.parametrize(
    "line",
    [
        "33",
        "1.15",
        "10.93",
        "5",
        "2017",
        "4.7/5",
        "Overall 4.7/5",
        "May 4.5/5",
        "3 min read",
        "Read time 5 min",
        "in 25",
        "Set out 2024",  # Portuguese month abbreviations that are English words
        "Mars 2020",  # a month's name that is an English word's, a given name, an abbreviation
        "Marco 2024",
        "Mag 7",
        "Seite 3.",
        "3. Kapitel",
        "So 2024",  # "So." is Sonntag only with its period
        "Stand 14",
        "Stand by 2024",
        "Stand: 2:1",  # a match's score
        "Stand: 45.000",
        "Mars 2020 – 2024",
        "Mars 3, 1971",  # a probe
        "Mag 7 2024",
    ],
)
def test_a_bare_number_is_not_a_date_line(line: str) -> None:
    """A share count, a table cell or a rating holds digits but says nothing about when: the parts
    of a date share one separator."""
    assert run(DateLineFilter(), page_of(line, PROSE)) == {}


@pytest.mark.parametrize(
    "line", ["Posted on", "Last updated on:", "PUBLISHED", "Estimated reading time:", "Updated at"]
)
def test_a_date_s_label_alone_on_its_line_goes_with_the_date(line: str) -> None:
    """The date stood in another element, and went to the metadata: its label says nothing."""
    assert run(DateLineFilter(), page_of(line, PROSE)) == {0: "date"}


@pytest.mark.parametrize("line", ["Posted in", "Updates", "Time", "Release date", "Reading time for children"])
def test_other_short_lines_are_not_a_date_s_label(line: str) -> None:
    assert run(DateLineFilter(), page_of(line, PROSE)) == {}


def test_a_byline_s_label_alone_goes_but_a_byline_is_left_to_the_byline_filter() -> None:
    assert run(AuthorBioFilter(), page_of(PROSE, "Written by", PROSE2)) == {1: "byline"}
    assert run(AuthorBioFilter(), page_of(PROSE, "Reviewed by:", PROSE2)) == {1: "byline"}
    assert run(AuthorBioFilter(), page_of(PROSE, "Written by Jane Doe", PROSE2)) == {}


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    line = "On March 11, 2024 the council met for the first time since the floods."
    assert run(DateLineFilter(), page_of(line, PROSE)) == {}


@pytest.mark.parametrize(
    "line", ["The bill was passed by Congress on March 3, 2024", "Stand by Me, 1986", "By Jane Doe, March 3, 2024"]
)
def test_a_name_after_by_with_a_date_is_not_always_a_dated_credit(line: str) -> None:
    """A sentence, a title with its year, and a byline (the byline filter's, for its authors) stay."""
    assert run(DateLineFilter(), page_of(line, PROSE)) == {}


def test_labelled_boxes_take_their_items_until_running_text() -> None:
    page = page_of(
        PROSE,
        "Sponsored Content",
        "Doctors stunned: this simple trick helps knee pain",
        "The smarter way to refinance your home",
        "Related stories",
        "Council race heats up",
        PROSE2,
    )
    assert run(LabelledBoxFilter(), page) == {
        1: "advertisement",
        2: "advertisement",
        3: "advertisement",
        4: "teaser",
        5: "teaser",
    }


def test_a_box_ends_where_the_articles_numbered_sections_go_on() -> None:
    page = page_of(
        "1. Understand search intent",
        PROSE,
        "Related:",
        "Measuring SEO: the metrics you need to track",
        "2. Conduct smarter keyword research",
        PROSE2,
    )
    assert run(LabelledBoxFilter(), page) == {2: "teaser", 3: "teaser"}
    # "3:" after "2:", "4)" after "3)": the same numbering, however it is punctuated
    page = page_of("2: Breville Bambino", PROSE, "Related:", "Best grinders of the year", "3: Gaggia Classic", PROSE2)
    assert 4 not in run(LabelledBoxFilter(), page)


def test_a_box_of_numbered_headlines_is_taken_whole() -> None:
    # numbered from its own first line, whatever the article's numbering above it
    page = page_of(
        "1. Understand search intent",
        "2. Conduct keyword research",
        PROSE,
        "Most read:",
        "1. Council race heats up",
        "2. Storm closes the bridge",
        "3. Schools reopen on Monday",
        PROSE2,
    )
    assert run(LabelledBoxFilter(), page) == {3: "teaser", 4: "teaser", 5: "teaser", 6: "teaser"}


@pytest.mark.parametrize(
    "line",
    [
        "Playful Void is a production of Idle Cartulary. If you liked this article, please consider liking,"
        " sharing, and subscribing to the newsletter.",
        "This podcast is a production of dEmios Architects. www.demiosarchitects.com",
        "THE DAILY IS A PUBLICATION OF THE NORTHFIELD TIMES.",
    ],
)
def test_a_publishers_colophon_goes(line: str) -> None:
    assert run(ColophonFilter(), page_of(PROSE, line, PROSE2)) == {1: "legal"}


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence about a production: its subject is no name
        "Her latest film is a production of Warner Bros., which bought the rights in 2019.",
        "The show is a production of two studios, and it was filmed in Belfast last year.",
    ],
)
def test_a_sentence_about_a_production_stays(line: str) -> None:
    assert run(ColophonFilter(), page_of(PROSE, line, PROSE2)) == {}


def test_author_biographies() -> None:
    bio = "Rebecca Moreno covers media and entertainment for the Silicon Valley Dispatch. Reach her at rm@svd.example."
    page = page_of(PROSE, bio, "Jane Doe is a staff writer for the Tribune covering courts.", PROSE2)
    assert run(AuthorBioFilter(), page) == {1: "byline", 2: "byline"}
    assert run(AuthorBioFilter(), page_of(PROSE, PROSE2)) == {}


def test_a_label_over_fields_heads_a_specification_not_a_box_of_links() -> None:
    fields = ("OS: Windows 11 (64bit)", "Memory: 16 GB RAM", "Storage: 95 GB available space")
    page = page_of(PROSE, "Recommended:", *fields, PROSE2)
    assert run(LabelledBoxFilter(), page) == {}
    assert run(RelatedLinkFilter(), page) == {}
    # one headline with a colon under the label is still a teaser
    page = page_of(PROSE, "Related stories", "Doctors stunned: a simple trick", "Council race heats up", PROSE2)
    assert run(LabelledBoxFilter(), page) == {1: "teaser", 2: "teaser", 3: "teaser"}


def test_on_html_short_labels_ending_the_page_by_removed_furniture_go() -> None:
    """A box's name whose links were removed ("Related Topics") heads nothing at the page's end."""
    page = page_of(PROSE, PROSE2, "Related Topics", "Budget vote delayed again", "Contact Us", input_type="html")
    page.apply("related", Decision(3, Kind.TEASER, "a link to another story"))
    assert run(OutsideBodyFilter(), page) == {2: "navigation", 3: "teaser", 4: "navigation"}


def test_on_html_a_sign_off_or_a_last_line_with_nothing_removed_around_it_stays() -> None:
    page = page_of(PROSE, PROSE2, "Share this", "— JD", input_type="html")
    page.apply("navigation", Decision(2, Kind.NAVIGATION, "a share bar"))
    assert run(OutsideBodyFilter(), page) == {2: "navigation"}  # the writer's initials
    assert run(OutsideBodyFilter(), page_of(PROSE, PROSE2, "Grüße", input_type="html")) == {}


def test_the_byline_under_the_headline_comes_before_a_teasers_above_it() -> None:
    text = "\n\n".join(
        [
            "Ten Ways to Save on Groceries This Winter",
            "By Tom Teaser",
            "Council Approves Budget After Long Debate",
            "By Jane Doe",
            PROSE,
            PROSE2,
        ]
    )
    article = newsclean.clean_text(text)
    assert article.metadata.title == "Council Approves Budget After Long Debate"
    assert article.metadata.authors == ("Jane Doe",)


def test_a_date_over_the_lead_of_its_category_dates_the_text() -> None:
    # a dump with one text node a line: the date, then "in", then the post's category
    text = "Why the Bridge Took Ten Years\nBy Jane Doe\nPublished\nOctober 14, 2025\nin\nLocal News\n" + PROSE
    md = newsclean.clean_text(text).metadata
    assert md.published == "2025-10-14"


@pytest.mark.parametrize(
    "line", ["By Jane Doe • 5 min read", "Jun 08, 2023 • 11 Minute Read", "Updated Dec 18, 2025 · 12 min read"]
)
def test_a_byline_or_date_line_with_a_reading_time_is_left_to_their_filters(line: str) -> None:
    assert run(NavigationFilter(), page_of(line, PROSE)) == {}
    assert run(NavigationFilter(), page_of("11 Minute Read", PROSE)) == {0: "navigation"}
    text = f"Why the Bridge Took Ten Years\nBy Jane Doe\n{line}\n{PROSE}"
    md = newsclean.clean_text(text).metadata
    assert md.authors == ("Jane Doe",)
    assert md.date is not None


def test_the_headline_right_above_the_byline_outranks_a_longer_line_found_by_shape() -> None:
    teaser = "Read Our Guide to the Twenty Best Places to Eat and Drink in the Valley This Winter"
    lines = [teaser, "Local News", "Council Approves the Bridge", "By Jane Doe", PROSE, PROSE2]
    article = newsclean.clean_text("\n".join(lines))
    assert article.metadata.title == "Council Approves the Bridge"
    assert article.metadata.provenance["title"] == "text:headline over the byline line 3"
    # with no byline, the line found by its shape stays the headline
    article = newsclean.clean_text("\n".join(lines[:3] + lines[4:]))
    assert article.metadata.title == teaser


def test_a_by_line_over_the_byline_s_name_is_not_the_headline_over_it() -> None:
    """ "By Jane Doe iValley Contributor" (no byline the rules read) over "Jane Doe" over her date:
    the headline over the byline is the one above both."""
    teaser = "Read Our Guide to the Twenty Best Places to Eat and Drink in the Valley This Winter"
    lines = [teaser, "Local News", "Council Approves the Bridge", "By Jane Doe iValley Contributor", "Jane Doe"]
    article = newsclean.clean_text("\n".join([*lines, "April 10, 2025", PROSE, PROSE2]))
    assert article.metadata.authors == ("Jane Doe",)
    assert article.metadata.title == "Council Approves the Bridge"


def test_a_heading_over_a_byline_that_signs_the_story_at_its_end_is_not_the_headline() -> None:
    headline = "Council Approves the Bridge After a Long Debate Over Its Cost and Its Route"
    lines = [headline, PROSE, PROSE2, PROSE + " Again.", "Further Reading About the Bridge", "Text by", "Jane Doe"]
    article = newsclean.clean_text("\n".join(lines))
    assert article.metadata.authors == ("Jane Doe",)
    assert article.metadata.title == headline


def test_a_texts_title_line_gives_the_title_without_the_sites_part() -> None:
    # the site's part is named in the URL's host: it is not the headline's
    lines = ["Council Approves the New Bridge | Valley Courier", "Home", "News", "Sport", PROSE, PROSE2]
    article = newsclean.clean_text("\n".join(lines), url="https://www.valleycourier.com/news/bridge")
    assert article.metadata.title == "Council Approves the New Bridge"
    # without a URL naming it, the part is kept: which part is the site's is not guessed
    assert newsclean.clean_text("\n".join(lines)).metadata.title == lines[0]


def test_a_long_title_line_over_a_menu_is_the_title_when_no_headline_is_found() -> None:
    # a title line that reads as a sentence, so that the body is first taken to start there
    head = "Should the Town Pay for a New Bridge Across the River? - Why Do We Need One at All?"
    lines = [head, "Skip to content", "About Us", PROSE, PROSE2]
    article = newsclean.clean_text("\n".join(lines))
    assert article.metadata.title == head
    assert head not in article.text
    # a first line that is a sentence is the body's
    assert newsclean.clean_text("\n".join([PROSE, "Skip to content", PROSE2])).metadata.title == ""


def test_an_author_line_above_the_story_names_the_author() -> None:
    """ "Author:" on its line and the name on the next: the plain text of a page's author field."""
    text = "\n".join(("How to start a company in New York", "Author:", "Jane Doe", "Published:", "", PROSE, "", PROSE2))
    article = newsclean.clean_text(text)
    assert article.metadata.authors == ("Jane Doe",)
    assert "Author" not in article.text


def test_an_author_line_inside_the_story_is_a_book_s_details_not_its_byline() -> None:
    review = (PROSE, "Title: Pride and Prejudice", "Author: Jane Austen", "Publisher: T. Egerton", PROSE2)
    article = newsclean.clean_text("\n\n".join(("A classic, read again", *review, PROSE + " Again.")))
    assert "Jane Austen" not in article.metadata.authors


def test_a_book_s_author_line_does_not_outrank_the_review_s_byline() -> None:
    lines = ("A classic, read again", "Author: Jane Austen", "Publisher: T. Egerton", "By Tom Hart", PROSE, PROSE2)
    assert newsclean.clean_text("\n\n".join(lines)).metadata.authors == ("Tom Hart",)


def test_a_date_label_with_a_long_run_of_spaces_is_read_at_once() -> None:
    """No backtracking over the spaces: the line is too long for a label and is not matched."""
    page = page_of("Posted on" + " " * 40_000 + "x", PROSE)
    assert run(DateLineFilter(), page) == {}


@pytest.mark.parametrize("letters", [100_000, 400_000])
def test_a_sentence_break_is_looked_for_in_linear_time(letters: int) -> None:
    """The pattern starts at a word's first lower-case letter: tried from each letter of one long
    run, it took seconds for 16 kB, so hours here."""
    from newsclean.filters.structure import _SENTENCE_BREAK

    assert _SENTENCE_BREAK.search("A" + "b" * letters + "!") is None
    assert _SENTENCE_BREAK.search("A" + "b" * letters + ". Next") is not None
