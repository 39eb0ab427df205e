from eoffice_desktop.domain.classes import SECRECY_CLASSES, SPEED_CLASSES, is_highest, rank, ranks


def test_classes_rank_from_none_to_the_highest() -> None:
    assert [rank(v, SPEED_CLASSES) for v in (None, "", "ด่วน", "ด่วนมาก", "ด่วนที่สุด")] == [0, 0, 2, 3, 4]
    assert rank("ปกปิด", SECRECY_CLASSES) == 1, "an agency's own class ranks above none, below ลับ"
    assert rank(" ลับมาก ", SECRECY_CLASSES) == 3
    assert ranks(SECRECY_CLASSES) == {"ลับ": 2, "ลับมาก": 3, "ลับที่สุด": 4}


def test_only_the_highest_class_is_the_highest() -> None:
    assert is_highest("ด่วนที่สุด", SPEED_CLASSES) and is_highest("ลับที่สุด", SECRECY_CLASSES)
    assert not is_highest("ด่วนมาก", SPEED_CLASSES) and not is_highest(None, SECRECY_CLASSES)
