"""The page's tree: trafilatura's, with one element class for every element."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

from newsclean.html import meta as html_meta

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

ODD_INPUTS = [
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>A page declaring its encoding.</p></body></html>',
    "<!DOCTYPE html>\n<html><body><form><input name=q><select><option>a</select></form><p>Text.</p></body></html>",
    "<p>One block and no document around it.</p>",
    "<div><p>Two</p><p>blocks</p></div><p>and no html element</p>",
    "plain words, no markup at all",
    "<html/>\n<body><p>A self-closed html element.</p></body>",
    "<html><body><p>The end</p></body></html><p>and more after it</p>",
]


@pytest.mark.parametrize("markup", ODD_INPUTS)
def test_the_tree_is_the_one_trafilatura_makes(markup: str) -> None:
    ours, theirs = html_meta._load(markup), load_html(markup)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_fixture_pages_parse_as_trafilatura_parses_them(name: str) -> None:
    markup = (FIXTURES / name).read_text(encoding="utf-8")
    assert etree.tostring(html_meta._load(markup)) == etree.tostring(load_html(markup))


def test_every_element_is_an_html_element_with_its_methods() -> None:
    tree = html_meta.parse(ODD_INPUTS[1])
    elements = list(tree.iter())
    assert {type(e) for e in elements} == {lxml_html.HtmlElement}
    # what trafilatura and newsclean call on them, and copies keep the class
    assert "Text." in tree.text_content()
    copied = copy.deepcopy(tree)
    assert {type(e) for e in copied.iter()} == {lxml_html.HtmlElement}
    copied.find(".//form").drop_tree()
    assert copied.find(".//form") is None and tree.find(".//form") is not None
