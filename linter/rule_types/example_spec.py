"""A rule's own examples: bad texts with the flagged spans marked, good ones that stay quiet.

A span is marked with double square brackets, ``Er ist schwer[[ ,]] mit``, because
rule authors are editors, not programmers: brackets are easy to type and to read,
and doubled brackets do not occur in news copy. The markers are removed before the
rule sees the text. A bad example usually marks one span; rules that judge a whole
text (consistency, conditional) flag every occurrence, so an example may mark
several, and may span several sentences or paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode

from linter.rule_types.spec import Problems, Section, expect_text, kind_of

OPEN = "[["
CLOSE = "]]"


@dataclass(frozen=True)
class BadExample:
    """A text the rule must flag exactly at ``spans``; ``fix`` is the text after each match's first replacement."""

    text: str
    spans: tuple[tuple[int, int], ...]
    fix: str | None
    line: int
    key: str

    @property
    def start(self) -> int:
        """Where the first marked span starts."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Where the first marked span ends."""
        return self.spans[0][1]

    @property
    def marked(self) -> str:
        """The example as written, with the spans in ``[[ ]]``, for messages."""
        return mark(self.text, self.spans)


@dataclass(frozen=True)
class GoodExample:
    """A text the rule must not flag at all."""

    text: str
    line: int
    key: str


@dataclass(frozen=True)
class Examples:
    """All examples of one rule."""

    bad: tuple[BadExample, ...] = ()
    good: tuple[GoodExample, ...] = ()


def mark(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span put in ``[[ ]]``; spans in order, not overlapping."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces += [text[pos:start], OPEN, text[start:end], CLOSE]
        pos = end
    return "".join(pieces) + text[pos:]


def parse_marked(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | str:
    """Split ``a[[b]]c[[d]]`` into (``abcd``, spans); return a problem text when the markers are wrong."""
    if OPEN not in text and CLOSE not in text:
        return f"mark the flagged span(s) with {OPEN} and {CLOSE}"
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = pos = 0
    while pos < len(text):
        opening = text.find(OPEN, pos)
        closing = text.find(CLOSE, pos)
        if opening < 0 and closing < 0:
            break
        if opening < 0 or (0 <= closing < opening):
            return f"{CLOSE} comes before {OPEN}"
        end = text.find(CLOSE, opening + len(OPEN))
        if end < 0:
            return f"{OPEN} is never closed with {CLOSE}"
        inner = text[opening + len(OPEN):end]
        if OPEN in inner:
            return f"{OPEN} inside a marked span; spans may not nest"
        if not inner:
            return f"the marked span {OPEN}{CLOSE} is empty"
        plain.append(text[pos:opening])
        length += opening - pos
        spans.append((length, length + len(inner)))
        plain.append(inner)
        length += len(inner)
        pos = end + len(CLOSE)
    plain.append(text[pos:])
    return "".join(plain), tuple(spans)


def parse_examples(section: Section) -> Examples | None:
    """Read the ``examples`` mapping (``bad`` and ``good`` lists, at least one of each)."""
    examples = section.section("examples", required=True)
    if examples is None:
        return None
    examples.check_keys({"bad", "good"})
    bad_nodes = examples.sequence("bad", required=True)
    good_nodes = examples.sequence("good", required=True)
    for name, nodes in (("bad", bad_nodes), ("good", good_nodes)):
        if nodes == []:
            examples.problems.add(examples.key_node(name), examples.key(name), "needs at least one example")
    bad = [_bad(n, f"examples.bad[{i}]", section.problems) for i, n in enumerate(bad_nodes or [], 1)]
    good = [_good(n, f"examples.good[{i}]", section.problems) for i, n in enumerate(good_nodes or [], 1)]
    if any(e is None for e in bad + good) or bad_nodes is None or good_nodes is None:
        return None
    return Examples(tuple(bad), tuple(good))  # type: ignore[arg-type]


def _bad(node: Node, key: str, problems: Problems) -> BadExample | None:
    """One bad example: plain marked text, or a mapping with ``text`` and ``fix``."""
    if isinstance(node, ScalarNode):
        raw, fix, text_node = expect_text(node, key, problems), None, node
    elif isinstance(node, MappingNode):
        item = Section(node, problems, key)
        item.check_keys({"text", "fix"})
        raw = item.text("text", required=True)
        fix = item.text("fix", allow_empty=True)
        text_node = item.key_node("text")
        if fix is not None and (OPEN in fix or CLOSE in fix):
            problems.add(item.key_node("fix"), item.key("fix"), f"the fixed text must not contain {OPEN} {CLOSE}")
            return None
        key = item.key("text")
    else:
        problems.add(node, key, f"expected text or a mapping with text and fix, got {kind_of(node)}")
        return None
    if raw is None:
        return None
    parsed = parse_marked(raw)
    if isinstance(parsed, str):
        problems.add(text_node, key, parsed)
        return None
    plain, spans = parsed
    return BadExample(plain, spans, fix, text_node.start_mark.line + 1, key)


def _good(node: Node, key: str, problems: Problems) -> GoodExample | None:
    """One good example: plain text without markers."""
    text = expect_text(node, key, problems)
    if text is None:
        return None
    if OPEN in text or CLOSE in text:
        problems.add(node, key, f"a good example has no flagged span; remove {OPEN} {CLOSE}")
        return None
    return GoodExample(text, node.start_mark.line + 1, key)
