"""`python -m lighthouse_constructs.validation [DIST]`: the gate over dist/, as `make check` runs it.

Prints a per-environment table (objects, kinds, findings per check), then every finding, and
exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .checkov import DEFAULT_ALLOW_LIST, CheckovUnavailable
from .gate import check_tree
from .schemas import default_crd_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lighthouse_constructs.validation", description=__doc__.split("\n")[0])
    parser.add_argument("dist", nargs="?", default="dist", type=Path, help="directory of environment folders (default: dist)")
    parser.add_argument("--exemptions", type=Path, default=DEFAULT_ALLOW_LIST, help="checkov exemption allow-list")
    parser.add_argument("--crd-dir", type=Path, default=None, help=f"CRD directory (default: {default_crd_dir()})")
    parser.add_argument("--no-checkov", action="store_true", help="skip the checkov scan")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        report = check_tree(args.dist, allow_list=args.exemptions, crd_dir=args.crd_dir, checkov=not args.no_checkov)
    except (FileNotFoundError, ValueError, CheckovUnavailable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.render())
    print(f"({time.monotonic() - started:.1f} s)")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
