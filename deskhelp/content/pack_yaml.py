"""The pack's YAML, read safely: words stay words, every value that cannot be built names its line, and aliases
cannot unfold a small file into a huge one (a "billion laughs" pack)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from deskhelp.content.pack_quote import quote, shortened  # noqa: F401 - where they were first, for the callers

# Anchors and aliases (&name, *name) may repeat parts of the file, but only this much: a few kilobytes of aliases
# must not unfold into gigabytes of data ("billion laughs"). Counted as characters of text plus one per value.
MAX_ALIAS_GROWTH = 200_000


class WordsNotBooleansLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.1 reads ``yes``/``no``/``on``/``off`` as booleans; in a pack ``mission: yes`` means the word."""


WordsNotBooleansLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordsNotBooleansLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class PackLoader(WordsNotBooleansLoader):
    """The pack's YAML loader: every value that cannot be built becomes a YAML error naming its line, and aliases
    may not unfold the document beyond MAX_ALIAS_GROWTH."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        check_alias_growth(node)
        return self.construct_document(node)

    def construct_yaml_int(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
            raise _value_error(node, "is not a usable number (too many digits)") from None

    def construct_yaml_float(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_float(node)
        except ValueError:
            raise _value_error(node, "is not a usable number") from None

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:  # 2026-02-30, hour 25
            raise _value_error(node, f"is not a real date ({exc})") from None


for _tag, _method in (
    ("tag:yaml.org,2002:int", PackLoader.construct_yaml_int),
    ("tag:yaml.org,2002:float", PackLoader.construct_yaml_float),
    ("tag:yaml.org,2002:timestamp", PackLoader.construct_yaml_timestamp),
):
    PackLoader.add_constructor(_tag, _method)


def _value_error(node: yaml.Node, what: str) -> yaml.YAMLError:
    return yaml.constructor.ConstructorError(None, None, f"{quote(str(node.value))} {what}", node.start_mark)


class AliasError(yaml.YAMLError):
    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def check_alias_growth(root: yaml.Node) -> None:
    """Refuse a document whose aliases unfold it by more than MAX_ALIAS_GROWTH, or that contains itself.

    Sizes are counted once per node (aliases share the node), without recursion: libyaml allows 1,000 levels.
    """
    size: dict[int, int] = {}  # id(node) -> size with every alias unfolded
    uses: dict[int, int] = {}
    nodes: dict[int, yaml.Node] = {}
    inside: set[int] = set()  # the nodes on the way down to the current one
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        children = _children(node)
        if finished:
            own = len(node.value) + 1 if isinstance(node, yaml.ScalarNode) else 1
            size[key] = own + sum(size[id(child)] for child in children)
            inside.discard(key)
            continue
        uses[key] = uses.get(key, 0) + 1
        if key in size:
            continue
        if key in inside:
            raise AliasError("an alias (*name) refers to the list or mapping it is inside", node.start_mark)
        inside.add(key)
        nodes[key] = node
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(children))
    written = sum(len(n.value) + 1 if isinstance(n, yaml.ScalarNode) else 1 for n in nodes.values())
    if size[id(root)] - written > MAX_ALIAS_GROWTH:
        worst = max(nodes, key=lambda k: (uses[k] - 1) * size[k])
        raise AliasError(
            f"aliases (*name) unfold the pack by {size[id(root)] - written:,} characters, most of it by repeating "
            f"the part that starts here; aliases may add at most {MAX_ALIAS_GROWTH:,}",
            nodes[worst].start_mark,
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
