# typing names in annotations (List, Optional, ClassVar, Generic[T], Callable) with dataclasses
from typing import List, Dict, Optional, Tuple, Any, Union, Callable, TypeVar, Generic, ClassVar
from dataclasses import dataclass, field
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
    limit: ClassVar[int] = 10
    def add(self, name: str, n: int = 1) -> None:
        self.items.append(name)
        self.counts[name] = self.counts.get(name, 0) + n
def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]
inv = Inventory()
inv.add("gem", 2)
print(inv, Inventory.limit, Box(5).get(), apply(lambda v: v + 1, [1, 2]), Box[int](3).item)
pair: Tuple[int, str] = (1, "a")
val: Union[int, str] = "x"
print(pair, val, isinstance(inv, Inventory))
