"""`eoffice-desktop inbox list` on a real store: a page at a time, never silently cut, with the total."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.store.db import open_store
from eoffice_desktop.store.inbox import Inbox
from tests.helpers import example, run_cli


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An inbox of 150 received letters (as sync enters them), the newest with the highest receive number."""
    store = open_store(tmp_path / "data")
    try:
        inbox = Inbox(store, "clerk")
        for n in range(1, 151):
            metadata = example("memo") | {"number": f"ชม 0017/{n}", "agency": "จังหวัดเชียงใหม่"}
            inbox.receive(f"srv-{n}", "CM", metadata | {"speed": "ด่วนที่สุด" if n == 150 else None}, b"%PDF")
    finally:
        store.close()
    return tmp_path / "data"


def _page(data_dir: Path, *flags: str) -> dict[str, Any]:
    code, out, err = run_cli("--data-dir", data_dir, "inbox", "list", "--json", *flags)
    assert code == 0, err
    page: dict[str, Any] = json.loads(out)
    return page


def test_json_pages_carry_the_total_and_every_letter_once(data_dir: Path) -> None:
    first = _page(data_dir)
    assert (first["total"], first["offset"], first["limit"], len(first["items"])) == (150, 0, 100, 100)
    second = _page(data_dir, "--offset", "100")
    assert (second["total"], second["offset"], len(second["items"])) == (150, 100, 50)
    numbers = [item["register_no"] for item in first["items"] + second["items"]]
    assert numbers == list(range(150, 0, -1)), "newest first, none twice, none missing"
    newest = first["items"][0]
    assert (newest["sender_agency"], newest["sender_name"], newest["speed"]) == (
        "CM",
        "จังหวัดเชียงใหม่",
        "ด่วนที่สุด",
    )
    small = _page(data_dir, "--limit", "20", "--offset", "140")
    assert [i["register_no"] for i in small["items"]] == list(range(10, 0, -1)) and small["total"] == 150
    assert _page(data_dir, "--offset", "500")["items"] == []


def test_the_text_listing_says_when_it_shows_only_a_page(data_dir: Path) -> None:
    code, out, err = run_cli("--data-dir", data_dir, "inbox", "list")
    assert code == 0 and len(out.splitlines()) == 100
    assert "showing 1–100 of 150; the next: --offset 100" in err
    assert re.match(r"25\d\d/150  ชม 0017/150  ", out.splitlines()[0])
    assert "(from จังหวัดเชียงใหม่)  [ด่วนที่สุด]" in out.splitlines()[0], "the sender by name, not CM"
    code, out, err = run_cli("--data-dir", data_dir, "inbox", "list", "--offset", "100")
    assert len(out.splitlines()) == 50 and "showing 101–150 of 150" in err and "next" not in err
    code, out, err = run_cli("--data-dir", data_dir, "inbox", "list", "--limit", "200")
    assert len(out.splitlines()) == 150 and err == "", "the whole inbox: nothing to say"


def test_wrong_paging_flags_are_refused(data_dir: Path) -> None:
    assert run_cli("--data-dir", data_dir, "inbox", "list", "--limit", "0")[0] != 0
    code, _, err = run_cli("--data-dir", data_dir, "inbox", "list", "--offset", "-1")
    assert code != 0 and "--offset" in err
