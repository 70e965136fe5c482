"""trafilatura's output tree as newsclean blocks: what becomes a block of its own, and how words are joined."""

from __future__ import annotations

from lxml import etree

from newsclean.html.extract import blocks_from_body


def _blocks(xml: str) -> list[tuple[str, str]]:
    return [(b.tag, b.text) for b in blocks_from_body(etree.fromstring(xml))]


def test_a_list_item_holding_a_heading_and_a_paragraph_gives_each_its_own_block() -> None:
    xml = (
        "<body><list><item><head>How to Take a Punch</head><p>The thought of being your own boss.</p></item>"
        "<item>Plain item</item></list></body>"
    )
    assert _blocks(xml) == [
        ("h", "How to Take a Punch"),
        ("li", "The thought of being your own boss."),
        ("li", "Plain item"),
    ]


def test_loose_cells_in_a_list_item_are_kept_apart_and_inline_markup_is_not() -> None:
    xml = (
        "<body><list><item><head>Product Specs</head><th>Resolution</th><td>Up to 2K</td>"
        "<th>Power</th><td>Wired</td></item>"
        "<item>A <hi>bold</hi>ly marked <ref>link</ref>.</item></list></body>"
    )
    assert _blocks(xml) == [
        ("h", "Product Specs"),
        ("li", "Resolution Up to 2K Power Wired"),
        ("li", "A boldly marked link."),
    ]


def test_an_item_holding_a_sub_list_keeps_its_own_words_first() -> None:
    xml = "<body><list><item>Fruit <hi>kinds</hi><list><item>Apple</item><item>Pear</item></list></item></list></body>"
    assert _blocks(xml) == [("li", "Fruit kinds"), ("li", "Apple"), ("li", "Pear")]


def test_the_paragraphs_of_a_quote_are_not_run_together() -> None:
    xml = "<body><quote><p>First said thing.</p><p>Second said thing.</p></quote></body>"
    assert _blocks(xml) == [("quote", "First said thing."), ("quote", "Second said thing.")]


def test_a_table_row_with_inline_code_is_one_row() -> None:
    # trafilatura marks inline code and code blocks alike: a cell's inline code is a value, not a
    # paragraph that makes the table a layout table
    xml = (
        "<body><table><row><cell role='head'>Field</cell><cell role='head'>Values</cell></row>"
        "<row><cell>is_visible</cell><cell><code>true</code>, <code>false</code></cell></row></table></body>"
    )
    assert _blocks(xml) == [("table", "Field | Values"), ("table", "is_visible | true, false")]


def test_a_cell_holding_a_code_block_is_laid_out_as_blocks() -> None:
    xml = (
        "<body><table><row><cell><p>Run this:</p></cell>"
        "<cell><code>make\nmake install</code></cell></row></table></body>"
    )
    assert [tag for tag, _ in _blocks(xml)] == ["p", "pre"]
