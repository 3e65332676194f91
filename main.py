"""Synthesize Lighthouse's environments to dist/<env>/.

Which environments: the command-line arguments, else $LIGHTHOUSE_ENVIRONMENTS (comma-separated),
else all of dev, staging and prod; with all of them, also dist/fleet/ (the ApplicationSet over them).
The output root is $CDK8S_OUTDIR when set (cdk8s synth), else dist.
"""

import os
import sys

import lighthouse_constructs  # noqa: F401  (runtime setup before jsii starts)
from lighthouse_constructs.environments import (
    ConfigError,
    build_app,
    build_fleet_app,
    load_environment,
)
from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES


def requested_environments(argv: list[str]) -> list[str]:
    from_env = [n.strip() for n in os.environ.get("LIGHTHOUSE_ENVIRONMENTS", "").split(",") if n.strip()]
    return argv or from_env or list(ENVIRONMENT_NAMES)


def main(argv: list[str]) -> int:
    outroot = os.environ.get("CDK8S_OUTDIR", "dist")
    try:
        configs = [load_environment(name) for name in requested_environments(argv)]
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for config in configs:
        try:
            build_app(config, os.path.join(outroot, config.name)).synth()
        except RuntimeError as exc:
            # cdk8s validations (capacity budget, mesh checks) fail inside jsii; show their message only.
            message = str(exc).removeprefix("Error: ")
            if not message.startswith("Validation failed"):
                raise
            print(f"error: {config.name}: {message}", file=sys.stderr)
            return 3
    # The fleet covers every environment: written with all of them (as `cdk8s synth` does).
    fleet = build_fleet_app(configs, outroot) if {c.name for c in configs} == set(ENVIRONMENT_NAMES) else None
    if fleet is not None:
        fleet.synth()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
