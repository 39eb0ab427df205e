"""Log files: written where EOFFICE_LOG_DIR says, rotated at the limit, never fatal."""

import logging
from pathlib import Path

import pytest

from eoffice_desktop.support.logs import LOG_FILE, file_handler, log_files, setup_logging
from tests.helpers import run_cli


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "logs"
    monkeypatch.setenv("EOFFICE_LOG_DIR", str(directory))
    return directory


def test_a_command_writes_the_log_file(log_dir: Path) -> None:
    code, _, _ = run_cli("templates")
    assert code == 0
    text = (log_dir / LOG_FILE).read_text(encoding="utf-8")
    assert "eoffice-desktop" in text and ": templates" in text
    assert " INFO " in text


def test_debug_records_reach_the_file_only_with_verbose(log_dir: Path) -> None:
    run_cli("templates")
    logging.getLogger("eoffice_desktop.test").debug("quiet detail")
    run_cli("-v", "templates")
    logging.getLogger("eoffice_desktop.test").debug("verbose detail")
    text = (log_dir / LOG_FILE).read_text(encoding="utf-8")
    assert "verbose detail" in text
    assert "quiet detail" not in text


def test_running_again_does_not_duplicate_records(log_dir: Path) -> None:
    for _ in range(3):
        run_cli("templates")
    logging.getLogger("eoffice_desktop.test").warning("once only")
    text = (log_dir / LOG_FILE).read_text(encoding="utf-8")
    assert text.count("once only") == 1


def test_rotation_keeps_a_bounded_number_of_files(tmp_path: Path) -> None:
    handler = file_handler(tmp_path, max_bytes=2000, backups=3)
    logger = logging.getLogger("eoffice_desktop.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        for i in range(200):
            logger.info("record %04d %s", i, "x" * 60)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    files = log_files(tmp_path)
    assert [f.name for f in files] == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2", f"{LOG_FILE}.3"]
    assert all(f.stat().st_size <= 2000 for f in files)
    assert "record 0199" in files[0].read_text(encoding="utf-8")  # the newest record is in the current file
    assert "record 0000" not in "".join(f.read_text(encoding="utf-8") for f in files)  # the oldest are gone


def test_an_unusable_log_directory_is_a_warning_not_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("EOFFICE_LOG_DIR", str(blocker / "logs"))
    assert setup_logging(verbose=False) is None
    assert "cannot write log files" in capsys.readouterr().err
    code, out, err = run_cli("templates")
    assert code == 0 and "external-letter" in out
    assert "cannot write log files" in err


def test_a_program_without_stderr_still_logs_to_its_file(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed program on Windows has no stderr (sys.stderr is None)."""
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # as in a fresh program: no handler of pytest's
    monkeypatch.setattr("sys.stderr", None)
    try:
        assert setup_logging(verbose=False) == log_dir / LOG_FILE
        logging.getLogger("eoffice_desktop.test").error("the window crashed")
    finally:
        for handler in root.handlers:
            handler.close()
    assert "the window crashed" in (log_dir / LOG_FILE).read_text(encoding="utf-8")
