"""Compiled regular expressions kept on disk between processes (start-up time, issue 19).

The detection stack compiles about 350 large patterns with the `regex` module when it is built (address parts,
Presidio recognizers, speaker labels, ...): 0.6-1 s of a server's start. A compiled `regex` pattern pickles with its
compiled code, and reading it back takes about 2 ms instead of 0.3 s for the address patterns alone. So, once a
folder is set (`use_folder`, the service's own cache folder), `compile` reads the patterns a previous process kept
there, and `save` writes what this process compiled anew: a server's warm-up calls it, and any process that set a folder
calls it once more as it exits (a command-line `guide ask` or `careplan import` compiles the address patterns on its
first message, after the detector was built and saved; without the exit save it never kept them, and every such
process compiled them again, 0.3 s). Without a folder it is plain `regex.compile`. A folder that has kept nothing yet
reads the installation's file instead (`use_folder`'s fallbacks: `guide prepare` writes it when the code is installed),
so a new data folder's first commands compile nothing either; what they compile anew goes to their own folder.

The file is named by the `regex` module's and Python's versions (a compiled pattern is only valid for the code that
compiled it), and is keyed by pattern text and flags, so a changed pattern is simply compiled again. Like the
knowledge base's cache (guide/knowledge/loader.py), the file is a pickle written by this process into the service's own
data folder: that folder must not be writable by anyone who may not run code as the service.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_patterns: dict[tuple[str, int], regex.Pattern[str]] = {}
_folder: Path | None = None
_new = 0  # patterns compiled since the file was read or written
_saves_at_exit = False
_serving = threading.RLock()  # held while `regex.compile` is served from the kept patterns
_regex_compile = regex.compile  # the module's own, whatever `serving_regex_compile` puts in its place


def _file(folder: Path) -> Path:
    version = f"{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"regex-{version}.pickle"


def use_folder(folder: Path | None, fallbacks: Sequence[Path] = ()) -> None:
    """Keep compiled patterns in `folder` (None: in memory only) and read what an earlier process kept there, or, when
    it kept nothing yet, what was kept in the first of `fallbacks` (read-only folders: the installation's cache, which
    `guide prepare` writes) that has a copy."""
    global _folder, _saves_at_exit
    with _lock:
        if folder is not None and folder == _folder:
            return  # read already: every stage that compiles patterns calls this first
        _folder = folder
        if folder is None:
            return
        if not _saves_at_exit:
            atexit.register(save)
            _saves_at_exit = True
        path = next((p for p in (_file(f) for f in (folder, *fallbacks)) if p.exists()), None)
        if path is None:
            return
        try:
            with path.open("rb") as f:
                kept = pickle.load(f)  # noqa: S301 - written by `save` into the service's or the install's folder
        except Exception as e:  # noqa: BLE001 - a damaged file only costs the compile time
            logger.warning("kept regular expressions could not be read (%s); compiling them", type(e).__name__)
            return
        if isinstance(kept, dict):
            for key, pattern in kept.items():
                if isinstance(key, tuple) and isinstance(pattern, regex.Pattern):
                    _patterns.setdefault(key, pattern)


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - the name of what it wraps
    """`regex.compile(pattern, flags)`, from the kept patterns when this exact one was compiled before."""
    global _new
    key = (pattern, int(flags))
    found = _patterns.get(key)
    if found is not None:
        return found
    compiled = _regex_compile(pattern, flags)
    with _lock:
        _patterns[key] = compiled
        _new += 1
    return compiled


def save(*, every: bool = False) -> None:
    """Write the kept patterns to the folder when any were compiled anew, or with `every` whatever this process holds
    (`guide prepare`, whose process may have read them all from elsewhere); atomically, and failing only costs speed."""
    global _new
    with _lock:
        if _folder is None or not (_new or every):
            return
        path, tmp = _file(_folder), None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(dict(_patterns), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            tmp = None
            _new = 0
            for old in path.parent.glob("regex-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except Exception as e:  # noqa: BLE001 - a cache that cannot be written costs only speed
            logger.warning("regular expressions could not be kept (%s)", type(e).__name__)
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)


@contextmanager
def serving_regex_compile() -> Iterator[None]:
    """For the block, this thread's `regex.compile(pattern[, flags])`, from any code, reads the kept patterns.

    Presidio compiles every recognizer pattern once only to check it is valid (`Pattern.__init__`), at import for
    the classes' own patterns (its URL recognizer's four patterns list every top-level domain: 0.3 s of each cold
    process) and again for each recognizer we build. Importing and building the detection stack inside this block
    makes those compiles cache hits after the first process. Only the thread inside the block is served: the module
    attribute is shared, so a call from any other thread meanwhile (which may compile a pattern built from a
    message), a call with other arguments, and every call once the block ends go to `regex` unchanged and are never
    kept. One thread at a time holds the block.
    """
    with _serving:
        before = regex.compile
        owner = threading.get_ident()

        def kept(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
            if args or kwargs or not isinstance(pattern, str) or threading.get_ident() != owner:
                return _regex_compile(pattern, flags, *args, **kwargs)
            return compile(pattern, flags)

        regex.compile = kept  # type: ignore[assignment]
        try:
            yield
        finally:
            regex.compile = before
