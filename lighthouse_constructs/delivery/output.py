"""The App that writes what Argo CD deploys: one folder per chart, one chart per Application."""

from __future__ import annotations

import os

from cdk8s import App, YamlOutputType

from ..chart_objects import synth_pass


class FolderPerChartApp(App):
    """An App that writes each chart to `<outdir>/<chart id>/manifests.k8s.yaml`: one folder per
    Argo CD Application, whose source `path` is that folder.

    cdk8s's FILE_PER_CHART writes `<outdir>/<chart name><extension>`; with the extension
    `/manifests.k8s.yaml` that is the chart's folder, which `synth` creates first. (Its
    FOLDER_PER_CHART_FILE_PER_RESOURCE names files `<kind>.<name>`, which two NetworkPolicies
    of one name in two namespaces would overwrite.)"""

    FILE = "manifests.k8s.yaml"

    def __init__(self, outdir: str) -> None:
        super().__init__(outdir=outdir, yaml_output_type=YamlOutputType.FILE_PER_CHART,
                         output_file_extension=f"/{self.FILE}")

    def synth(self) -> None:
        for chart in self.charts:
            os.makedirs(os.path.join(self.outdir, chart.node.id), exist_ok=True)
        with synth_pass():  # cdk8s validates the App again before writing each chart
            super().synth()


__all__ = ["FolderPerChartApp"]
