"""`python -m lighthouse_constructs.validation DIR [--crds DIR] [--exemptions FILE]`: the validation gate.

DIR holds YAML manifests, or one subdirectory of them per environment (dist/dev, dist/prod...).
Prints a per-environment table (objects, kinds, findings per check), then every finding, and
exits 1 if there is any (2 if the gate could not run). `make check` runs it over dist/.
Installed with `pip install 'lighthouse-constructs[gate]'`; checkov is optional and separate.
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
    parser.add_argument("dist", nargs="?", default="dist", type=Path,
                        help="directory of YAML files, or of one subdirectory of YAML files per environment (default: dist)")
    parser.add_argument("--crds", "--crd-dir", dest="crds", type=Path, default=None,
                        help=f"directory of the CustomResourceDefinitions custom resources validate against "
                             f"(default: $LIGHTHOUSE_CRD_DIR, else {default_crd_dir()})")
    parser.add_argument("--exemptions", type=Path, action="append", default=[], metavar="FILE",
                        help=f"your allow-list of checkov exemptions, added to the library's ({DEFAULT_ALLOW_LIST}); "
                             "its unused entries are findings. Repeatable")
    parser.add_argument("--checkov", choices=("auto", "require", "skip"), default="auto",
                        help="auto (default): run checkov if it is installed, else say so; require: fail without it; skip")
    parser.add_argument("--no-checkov", dest="checkov", action="store_const", const="skip", help="same as --checkov skip")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.crds is not None and not args.crds.is_dir():
            raise FileNotFoundError(f"--crds {args.crds}: not a directory")
        for path in args.exemptions:
            if not path.is_file():
                raise FileNotFoundError(f"--exemptions {path}: no such file")
        report = check_tree(args.dist, exemptions=args.exemptions, crd_dir=args.crds, checkov=args.checkov)
    except (FileNotFoundError, ValueError, CheckovUnavailable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.render())
    print(f"({time.monotonic() - started:.1f} s)")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
