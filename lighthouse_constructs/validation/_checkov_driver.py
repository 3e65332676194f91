"""Runs checkov over several directories; executed by the Python of checkov's own tool venv.

Importing checkov takes seconds while scanning a small directory takes a fraction of one, and
checkov keeps state between runs in one process (a second run reports the first one's results).
So this imports it once and forks one child per directory: each child scans from the same
freshly imported state, with the options of
`checkov -d DIR --framework kubernetes --skip-download --quiet -o json`.

Usage: python _checkov_driver.py DIR...   Prints {DIR: {"exit_code", "output"}} as JSON.
Standalone on purpose: it must not import lighthouse_constructs (not installed in that venv).
"""

import json
import os
import sys

ARGS = ["--framework", "kubernetes", "--skip-download", "--quiet", "-o", "json"]


def main(dirs: list[str]) -> int:
    from checkov.main import Checkov  # the slow import, once

    children = {}
    for directory in dict.fromkeys(dirs):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: scan, print checkov's JSON into the pipe
            os.close(read_end)
            os.dup2(write_end, 1)
            os.close(write_end)
            code = 2
            try:
                code = Checkov(argv=["-d", directory, *ARGS]).run() or 0
            finally:
                sys.stdout.flush()
                os._exit(code)
        os.close(write_end)
        children[directory] = (pid, read_end)
    results = {}
    for directory, (pid, read_end) in children.items():
        with os.fdopen(read_end) as pipe:
            output = pipe.read()
        _, status = os.waitpid(pid, 0)
        results[directory] = {"exit_code": os.waitstatus_to_exitcode(status), "output": output}
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
