from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import Optional
@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child
    def depth(self) -> int:
        return 0 if self.parent is None else 1 + self.parent.depth()
root = Node(1)
leaf = root.add(Node(2)).add(Node(3))
print(leaf.depth(), [f.name for f in fields(Node)], Node.__annotations__)
print(Node.add.__annotations__, Node.depth.__annotations__)
def scale(v: float | int, *, by: float = 2.0) -> float | int:
    return v * by
print(scale(3), scale.__annotations__)
class Stack:
    items: list[int]
    def __init__(self) -> None: self.items = []
    def push(self, x: int) -> Stack:
        self.items.append(x)
        return self
print(Stack().push(1).push(2).items, Stack.__annotations__, Stack.push.__annotations__["return"])
