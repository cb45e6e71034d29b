"""Compiled patterns kept on disk between processes (redaction/compiled.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from redaction import compiled


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has compiled nothing yet."""
    monkeypatch.setattr(compiled, "_patterns", {})
    monkeypatch.setattr(compiled, "_folder", None)
    monkeypatch.setattr(compiled, "_new", 0)


def _new_process() -> None:
    """What the next process starts with: nothing compiled, no folder read (inside a test's `fresh` patch)."""
    compiled._patterns.clear()
    compiled._folder = None


def _refuse_to_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(compiled, "_regex_compile", refuse)


PATTERN = r"(?<!\w)\d{5}(?:-\d{4})?(?!\w)"


def test_a_pattern_kept_by_one_process_is_read_back_by_the_next_without_compiling(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled.use_folder(tmp_path)
    first = compiled.compile(PATTERN, regex.IGNORECASE)
    compiled.save()
    assert len(list(tmp_path.glob("regex-*.pickle"))) == 1
    # the next process: nothing in memory, the folder set, and no compiling allowed
    monkeypatch.setattr(compiled, "_patterns", {})
    monkeypatch.setattr(compiled, "_folder", None)
    compiled.use_folder(tmp_path)
    _refuse_to_compile(monkeypatch)
    again = compiled.compile(PATTERN, regex.IGNORECASE)
    assert again.pattern == first.pattern and again.flags == first.flags
    assert again.search("ZIP 62704-1234 here").group() == "62704-1234"


def test_setting_the_same_folder_again_reads_nothing_and_keeps_what_was_compiled(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every stage that compiles patterns (the redactor, the triage) sets the folder first; the second call is free."""
    compiled.use_folder(tmp_path)
    compiled.compile(PATTERN)
    compiled.save()
    (kept,) = tmp_path.glob("regex-*.pickle")
    kept.write_bytes(b"damaged")  # read again, this would log a warning and compile; set again, it is not read
    compiled.use_folder(tmp_path)
    _refuse_to_compile(monkeypatch)
    assert compiled.compile(PATTERN).search("62704")


_EXITING_PROCESS = """
import sys
from pathlib import Path
from redaction import compiled
compiled.use_folder(Path(sys.argv[1]))
compiled.compile(sys.argv[2])
"""


def test_a_process_that_exits_without_saving_keeps_what_it_compiled(tmp_path: Path) -> None:
    """A command-line process compiles patterns after the detector saved (on its first message) and never calls
    `save` itself: they are written as it exits, and the next process reads them without compiling."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", _EXITING_PROCESS, str(tmp_path), PATTERN], check=True, timeout=120)
    (kept,) = tmp_path.glob("regex-*.pickle")
    import pickle

    with kept.open("rb") as f:
        patterns = pickle.load(f)  # noqa: S301 - written by the test's own process
    assert (PATTERN, 0) in patterns


def test_the_same_text_with_other_flags_is_another_pattern(fresh: None) -> None:
    plain = compiled.compile("abc")
    folded = compiled.compile("abc", regex.IGNORECASE)
    assert plain.search("ABC") is None
    assert folded.search("ABC") is not None


def test_a_damaged_file_is_compiled_again_and_replaced(
    fresh: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    compiled.use_folder(tmp_path)
    compiled.compile(PATTERN)
    compiled.save()
    (kept,) = tmp_path.glob("regex-*.pickle")
    kept.write_bytes(b"not a pickle")
    _new_process()
    compiled.use_folder(tmp_path)
    assert "could not be read" in caplog.text
    assert compiled.compile(PATTERN).search("62704") is not None
    compiled.save()
    _new_process()
    compiled.use_folder(tmp_path)
    assert (PATTERN, 0) in compiled._patterns


def test_without_a_folder_nothing_is_written_and_an_invalid_pattern_still_raises(fresh: None, tmp_path: Path) -> None:
    compiled.compile(PATTERN)
    compiled.save()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(regex.error):
        compiled.compile("(unclosed")


def test_presidio_still_refuses_an_invalid_recognizer_pattern() -> None:
    from redaction.recognizers import KeptPattern

    with pytest.raises(ValueError, match="Invalid regex pattern"):
        KeptPattern("broken", "(unclosed", 0.5)
    assert KeptPattern("zip", PATTERN, 0.5).regex == PATTERN


_PATTERN_TEXTS = """
import hashlib
from redaction import compiled, postal
seen = []
compiled.compile = lambda pattern, flags=0: seen.append(pattern) or __import__("regex").compile(pattern, flags)
postal._patterns()
print(hashlib.sha256("\\n".join(sorted(seen)).encode()).hexdigest(), len(seen))
"""


def test_the_address_patterns_read_the_same_in_every_process() -> None:
    """Alternations built from sets are ordered longest first then alphabetically: with ties left in a set's order
    (which changes with the hash seed) every process compiled its own text, and the kept ones were never read."""
    import os
    import subprocess
    import sys

    texts = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _PATTERN_TEXTS], env=env, capture_output=True, text=True, check=True, timeout=120
        )
        digest, count = done.stdout.split()
        assert int(count) > 5
        texts.add(digest)
    assert len(texts) == 1


def test_inside_the_serving_block_regex_compile_reads_the_kept_patterns_and_after_it_is_the_modules_own(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = regex.compile
    compiled.compile(PATTERN)
    compiled.compile(PATTERN, regex.IGNORECASE)
    _refuse_to_compile(monkeypatch)
    with compiled.serving_regex_compile():
        assert regex.compile(PATTERN).search("62704")  # kept: no compile
        assert regex.compile(PATTERN, flags=regex.IGNORECASE).flags & regex.IGNORECASE
        with pytest.raises(AssertionError, match="compiled again"):
            regex.compile("[a-z]+")  # never kept: compiled by the module (here refused)
        with pytest.raises(AssertionError, match="compiled again"):
            regex.compile(PATTERN, 0, True)  # other arguments: the module's own, unchanged
    assert regex.compile is own


def test_the_serving_block_gives_regex_compile_back_when_the_block_fails(fresh: None) -> None:
    own = regex.compile
    with pytest.raises(RuntimeError), compiled.serving_regex_compile():
        raise RuntimeError("an import failed")
    assert regex.compile is own


def test_presidio_validates_a_kept_pattern_without_compiling_it_inside_the_serving_block(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason for the block: Presidio compiles each recognizer pattern once only to check it (0.1 s a process)."""
    from redaction.backends import without_unused_frameworks

    with without_unused_frameworks():
        from presidio_analyzer import Pattern
    compiled.compile(PATTERN)
    _refuse_to_compile(monkeypatch)
    monkeypatch.setattr(regex, "compile", compiled._regex_compile)  # the module's own compile refuses too
    with pytest.raises(AssertionError, match="compiled again"):
        Pattern("zip", PATTERN, 0.5)  # outside the block Presidio compiles to validate
    with compiled.serving_regex_compile():
        assert Pattern("zip", PATTERN, 0.5).regex == PATTERN


def test_another_threads_compile_during_the_block_is_the_modules_own_and_never_kept(fresh: None) -> None:
    """The module attribute is shared by every thread; only the block's own thread is served (a pattern another
    thread builds from a message must never reach the file)."""
    import threading

    seen: list[object] = []
    with compiled.serving_regex_compile():
        other = threading.Thread(target=lambda: seen.append(regex.compile(r"from a message \d+")))
        other.start()
        other.join(timeout=30)
        assert regex.compile(PATTERN).search("62704")  # this thread: served, and kept
    assert seen and (r"from a message \d+", 0) not in compiled._patterns
    assert (PATTERN, 0) in compiled._patterns


def test_a_folder_with_nothing_kept_reads_the_installations_patterns_and_keeps_its_own_there(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new data folder reads what `guide prepare` kept in the installation's cache; what it compiles anew is saved
    in its own folder, never in the installation's."""
    install, folder = tmp_path / "install", tmp_path / "data"
    compiled.use_folder(install)
    compiled.compile(PATTERN)
    compiled.save()
    _new_process()
    compiled.use_folder(folder, [install])
    monkeypatch.setattr(compiled, "_regex_compile", regex.compile)
    calls: list[str] = []

    def counting(pattern: str, flags: int = 0) -> regex.Pattern[str]:
        calls.append(pattern)
        return regex.compile(pattern, flags)

    monkeypatch.setattr(compiled, "_regex_compile", counting)
    assert compiled.compile(PATTERN).search("zip 62704").group() == "62704"
    assert calls == []  # read from the installation's cache
    compiled.compile(r"\bnew\b")
    compiled.save()
    assert calls == [r"\bnew\b"]
    assert len(list(folder.glob("regex-*.pickle"))) == 1
    installed = next(install.glob("regex-*.pickle"))
    _new_process()
    compiled.use_folder(installed.parent)
    assert (r"\bnew\b", 0) not in compiled._patterns  # the installation's file was not written


def test_the_folders_own_patterns_come_before_the_installations(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install, folder = tmp_path / "install", tmp_path / "data"
    for where, pattern in ((install, r"\binstall\b"), (folder, r"\bfolder\b")):
        _new_process()
        compiled.use_folder(where)
        compiled.compile(pattern)
        compiled.save()
    _new_process()
    compiled.use_folder(folder, [install])
    assert (r"\bfolder\b", 0) in compiled._patterns and (r"\binstall\b", 0) not in compiled._patterns
