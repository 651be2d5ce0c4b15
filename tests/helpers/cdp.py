"""A small Chrome DevTools Protocol client for tests: a real headless Chromium over a pipe.

Chromium started with `--remote-debugging-pipe` reads protocol messages on its
file descriptor 3 and writes on 4, each a JSON object ending in a NUL byte. No
port, no websocket, no extra dependency (POSIX only: fcntl and fd numbers).
Every wait has a timeout, so a hung browser fails a test instead of hanging it,
and `close()` always ends the process (a context manager).

    with Browser.start(executable, tmp_path / "profile") as browser:
        page = browser.new_page()
        page.navigate("file:///…/index.html")
        page.evaluate("document.title")
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TIMEOUT = 30.0
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless=new",
    "--no-sandbox",  # root in CI containers
    "--disable-gpu",
    "--remote-debugging-pipe",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--mute-audio",
    "--hide-scrollbars",
)


class CdpError(RuntimeError):
    """The browser answered with an error, or did not answer in time."""


def find_browser() -> str | None:
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@contextlib.contextmanager
def browser_for_tests(profile: Path) -> Iterator[Browser]:
    """A started browser for a test module; the test skips without one, or fails when the
    variable CI is set (CI must run the browser tests)."""
    import pytest

    if os.name == "nt":
        pytest.skip("the CDP pipe needs POSIX file descriptors 3 and 4 (not on Windows)")
    executable = find_browser()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but no chromium, chromium-browser or google-chrome is on PATH")
        pytest.skip("no Chromium on PATH (install Debian's chromium to run the browser tests)")
    with Browser.start(executable, profile) as started:
        yield started


@dataclass
class Browser:
    process: subprocess.Popen[bytes]
    writer: Any  # binary file: our end of the browser's fd 3
    replies: dict[int, queue.Queue[dict[str, Any]]] = field(default_factory=dict)
    events: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)
    stderr: bytes = b""
    threads: list[threading.Thread] = field(default_factory=list)
    _next: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def start(cls, executable: str, profile: Path) -> Browser:
        import fcntl  # POSIX only; test_browser.py skips on Windows

        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def pipe_fds() -> None:  # in the child, before exec: the pipe ends become 3 and 4
            ends = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser_r, from_browser_w)]
            for target, fd in zip((3, 4), ends, strict=True):
                os.dup2(fd, target)  # inheritable, unlike every other descriptor of ours
                os.close(fd)

        process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            close_fds=False,  # Python's own descriptors are not inheritable (PEP 446)
            preexec_fn=pipe_fds,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        browser = cls(process, os.fdopen(to_browser_w, "wb", buffering=0))
        reader = os.fdopen(from_browser_r, "rb", buffering=0)
        browser.threads = [
            threading.Thread(target=browser._read, args=(reader,), daemon=True),
            threading.Thread(target=browser._drain_stderr, daemon=True),
        ]
        for thread in browser.threads:
            thread.start()
        return browser

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _read(self, reader: Any) -> None:
        buffer = b""
        with reader:
            while chunk := reader.read(65536):
                buffer += chunk
                *messages, buffer = buffer.split(b"\0")
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._reply_queue(message["id"]).put(message)
                    else:
                        self.events.put(message)

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        self.stderr = self.process.stderr.read()

    def _reply_queue(self, number: int) -> queue.Queue[dict[str, Any]]:
        with self._lock:
            return self.replies.setdefault(number, queue.Queue())

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        """Send a command and wait for its result."""
        with self._lock:
            self._next += 1
            number = self._next
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        try:
            self.writer.write(json.dumps(message).encode("utf-8") + b"\0")
        except OSError as error:
            gone = f"{method}: the browser is gone ({error}); {self.stderr[-500:]!r}"
            raise CdpError(gone) from error
        try:
            reply = self._reply_queue(number).get(timeout=TIMEOUT)
        except queue.Empty:
            raise CdpError(f"{method}: no answer in {TIMEOUT} s") from None
        if "error" in reply:
            raise CdpError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def new_page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        page = Page(self, session["sessionId"], target)
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        return page

    def close(self) -> None:
        with contextlib.suppress(CdpError, OSError):
            self.send("Browser.close")
        with contextlib.suppress(OSError):
            self.writer.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        for thread in self.threads:  # both end when the browser's pipes close
            thread.join(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()


@dataclass
class Page:
    browser: Browser
    session: str
    target: str
    seen: list[dict[str, Any]] = field(default_factory=list)  # every event of this page

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def _collect(self, until: str | None = None) -> None:
        """Move the browser's events into `seen`; with `until`, wait for that event."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            wait = max(0.0, deadline - time.monotonic()) if until else 0.0
            try:
                event = (
                    self.browser.events.get(timeout=wait)
                    if until
                    else (self.browser.events.get_nowait())
                )
            except queue.Empty:
                if until:
                    raise CdpError(f"no {until} in {TIMEOUT} s") from None
                return
            if event.get("sessionId") == self.session:
                self.seen.append(event)
                if event.get("method") == until:
                    return

    def resize(self, width: int, height: int) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )

    def navigate(self, url: str) -> None:
        self._collect()
        self.send("Page.navigate", {"url": url})
        self._collect(until="Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise CdpError(f"{expression[:60]}…: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])
        path.write_bytes(data)
        return data

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads seen so far."""
        self._collect()
        found = []
        for event in self.seen:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                found.append(str(params.get("exceptionDetails", {}).get("text")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(str(params["entry"].get("text")))
            elif method == "Network.loadingFailed":
                found.append(f"failed to load: {params.get('errorText')}")
        return found

    def requests(self) -> list[str]:
        """The URL of every request the page made."""
        self._collect()
        return [
            e["params"]["request"]["url"]
            for e in self.seen
            if e.get("method") == "Network.requestWillBeSent"
        ]
