"""Chart assembly: the one place where each construct is added to an environment's chart."""

from __future__ import annotations

import constructs
from cdk8s import App, Chart, YamlOutputType

from ..platform import Platform, PlatformProps
from ..platform.config import NamespaceNames
from .config import EnvironmentConfig


class LighthouseChart(Chart):
    """Everything Lighthouse runs in one environment, built from its EnvironmentConfig."""

    def __init__(self, scope: constructs.Construct, id: str, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        self.platform = Platform(
            self,
            "Platform",
            PlatformProps(
                environment=config.name,
                namespace_names=NamespaceNames(**config.namespaces.model_dump()),
                pod_security_enforce=config.pod_security_enforce,
                settings=config.platform,
            ),
        )
        self.bridge_namespace = self.platform.bridge_namespace
        self.data_namespace = self.platform.data_namespace
        self.fuse_namespace = self.platform.fuse_namespace
        self.observability_namespace = self.platform.observability_namespace


def build_app(config: EnvironmentConfig, outdir: str) -> App:
    """An App that synthesizes one environment into `outdir` (one YAML file per chart)."""
    app = App(outdir=outdir, yaml_output_type=YamlOutputType.FILE_PER_CHART)
    LighthouseChart(app, "lighthouse", config)
    return app
