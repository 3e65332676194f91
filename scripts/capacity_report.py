"""Print each environment's capacity budget: CPU and memory requests and limits, and pods, per
namespace at minimum and maximum scale against its ResourceQuota (`make report`).

Environments: the arguments, else dev, staging and prod. Exits 1 when a budget is exceeded.
"""

from __future__ import annotations

import sys

from cdk8s import App

import lighthouse_constructs  # noqa: F401  (runtime setup before jsii starts)
from lighthouse_constructs.environments import (
    ConfigError,
    LighthouseEnvironment,
    load_environment,
)
from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES


def main(argv: list[str]) -> int:
    failed = False
    for env in argv or ENVIRONMENT_NAMES:
        try:
            config = load_environment(env)
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        chart = LighthouseEnvironment(App(), config)
        report = chart.platform.capacity_report()
        capacity = config.platform.capacity
        proxy = capacity.istio_proxy
        print(f"== {env}: DaemonSets counted on {capacity.nodes.min}..{capacity.nodes.max} nodes; "
              f"istio-proxy {proxy.requests.cpu}/{proxy.requests.memory} requests, "
              f"{proxy.limits.cpu}/{proxy.limits.memory} limits per injected pod")
        print(report.table())
        for error in report.errors():
            failed = True
            print(f"error: {error}", file=sys.stderr)
        print()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
