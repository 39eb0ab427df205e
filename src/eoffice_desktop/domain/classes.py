"""Speed (ชั้นความเร็ว) and secrecy (ชั้นความลับ) classes of a letter, ranked so that lists can sort by them
and mark the highest class more strongly."""

SPEED_CLASSES = ("ด่วน", "ด่วนมาก", "ด่วนที่สุด")
"""Lowest first."""

SECRECY_CLASSES = ("ลับ", "ลับมาก", "ลับที่สุด")
"""Lowest first (the 2544 secrecy regulation). A legacy class such as "ปกปิด" is not ranked among them."""

NONE, OTHER = 0, 1
"""The rank of a letter without a class, and of a class the lists above do not hold (an agency's own)."""


def rank(value: str | None, classes: tuple[str, ...]) -> int:
    """0 for no class, 1 for an unknown one, then 2, 3, 4 … from the lowest listed class to the highest."""
    if not value or not value.strip():
        return NONE
    cleaned = value.strip()
    return classes.index(cleaned) + OTHER + 1 if cleaned in classes else OTHER


def ranks(classes: tuple[str, ...]) -> dict[str, int]:
    """Each listed class with its rank (for a store that ranks in SQL)."""
    return {name: rank(name, classes) for name in classes}


def is_highest(value: str | None, classes: tuple[str, ...]) -> bool:
    """ด่วนที่สุด or ลับที่สุด: the class a reader must not miss."""
    return (value or "").strip() == classes[-1]
