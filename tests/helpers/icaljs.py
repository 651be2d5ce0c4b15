"""ical.js (Mozilla's calendar parser, as in Thunderbird) run by Node, where both are present.

Optional, never downloaded by the tests: the module is looked for in the folder named by
FELLES_TEST_ICALJS (one holding node_modules/ical.js, made with `npm install ical.js`)
and among Node's global modules. Without Node or ical.js the test skips, saying which.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

SCRIPT = r"""
const path = process.argv[1];
import(path).then((mod) => {
  const ICAL = mod.default;
  const chunks = [];
  process.stdin.on("data", (c) => chunks.push(c));
  process.stdin.on("end", () => {
    const cal = new ICAL.Component(ICAL.parse(Buffer.concat(chunks).toString("utf8")));
    const vevent = cal.getFirstSubcomponent("vevent");
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstPropertyValue("dtstart");
    console.log(JSON.stringify({
      method: cal.getFirstPropertyValue("method"),
      uid: event.uid,
      sequence: event.sequence,
      organizer: event.organizer,
      attendees: event.attendees.map((a) => [a.getFirstValue(), a.getParameter("cn")]),
      start: start.toString(),
      tzid: start.timezone || (start.zone && start.zone.tzid) || null,
      location: event.location,
      summary: event.summary,
    }));
  });
});
"""


def _module() -> Path | None:
    places = []
    if os.environ.get("FELLES_TEST_ICALJS"):
        places.append(Path(os.environ["FELLES_TEST_ICALJS"]) / "node_modules")
    npm = shutil.which("npm")
    if npm:
        try:
            root = subprocess.run(
                [npm, "root", "-g"], capture_output=True, text=True, timeout=30, check=False
            ).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            root = ""
        if root:
            places.append(Path(root))
    for place in places:
        entry = place / "ical.js" / "dist" / "ical.js"
        if entry.is_file():
            return entry
    return None


def parse(ics: bytes) -> dict[str, Any]:
    """What ical.js reads from the calendar's first VEVENT."""
    import pytest

    node = shutil.which("node")
    if node is None:
        pytest.skip("Node is not installed (Debian's nodejs): the ical.js check is optional")
    module = _module()
    if module is None:
        pytest.skip("ical.js is not installed (npm install ical.js; FELLES_TEST_ICALJS=folder)")
    done = subprocess.run(
        [node, "--input-type=module", "-e", SCRIPT, str(module)],
        input=ics,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    found: dict[str, Any] = json.loads(done.stdout)
    return found
