"""main.py's own main(), timed from the first App's creation to the end of the last synth.

Run as `python benchmarks/timed_main.py [env ...]` (the same arguments as main.py). It prints
{"window_s": ...} on stdout. Imports (and so jsii's Node.js start) and config loading happen before
the window, as the floor's JSON loading does in floor.py: the two windows cover the same work.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import main  # noqa: E402  (after the path: main.py is at the repository root)

started: list[float] = []
build_app = main.build_app


def timed_build_app(*args, **kwargs):  # type: ignore[no-untyped-def]
    """build_app, noting when the first App is about to be created."""
    if not started:
        started.append(time.perf_counter())
    return build_app(*args, **kwargs)


main.build_app = timed_build_app
code = main.main(sys.argv[1:])
ended = time.perf_counter()
if code:
    sys.exit(code)
print(json.dumps({"window_s": ended - started[0]}))
