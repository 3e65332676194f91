"""The fleet: one ApplicationSet that gives every registered cluster its environment's root
Application, for every environment × region.

Argo CD runs in each cluster (a hub in a failed region could deploy nothing), and a management
Argo CD holds this ApplicationSet. Each cluster Secret is labelled with its environment and region;
the cluster generator reads those labels (the in-cluster destination has no Secret, so it is only
selected once registered like the others). The generated root Application syncs
`<path>/<environment>/<apps folder>` into the cluster's Argo CD namespace, which that cluster's own
Argo CD then reconciles.
"""

from __future__ import annotations

import cdk8s
import constructs
from pydantic import Field, model_validator

from ..conventions import standard_labels
from ..imports.argo.io import argoproj as argo
from ..imports.argocdappset.io import argoproj as appset
from ..mesh_policy.props import DNS1123_LABEL
from ..props import Props
from ..uniqueness import ensure_unique_objects
from .gitops import COMPONENT, floating


class FleetEnvironment(Props):
    """One environment of the fleet."""

    name: str = Field(pattern=DNS1123_LABEL)
    """The environment: the clusters labelled with it get its root Application."""
    regions: tuple[str, ...] = Field(min_length=1)
    """Its regions (cluster label values)."""
    rolling_sync: bool = False
    """Sync its clusters one region at a time (a RollingSync step per region). Default: False."""


class FleetProps(Props):
    """The ApplicationSet over environment × region."""

    name: str = Field(pattern=DNS1123_LABEL, max_length=40)
    """Prefix of the ApplicationSet, its AppProject and the generated Applications
    (`<name>-<environment>-<region>`)."""
    repo_url: str = Field(min_length=1)
    """The Git repository holding the synthesized output."""
    target_revision: str = Field(min_length=1)
    """The branch or tag to deploy (never HEAD, latest, a wildcard or a range)."""
    path: str = Field(min_length=1)
    """The repository folder holding one folder per environment (e.g. `dist`)."""
    apps_folder: str = "apps"
    """The folder in each environment's folder that holds its Applications. Default: apps."""
    environments: tuple[FleetEnvironment, ...] = Field(min_length=1)
    """The environments and their regions."""
    environment_label: str = "environment"
    """The cluster Secret label naming a cluster's environment. Default: environment."""
    region_label: str = "region"
    """The cluster Secret label naming a cluster's region. Default: region."""
    argocd_namespace: str = "argocd"
    """Argo CD's namespace, on the management cluster and on every cluster. Default: argocd."""

    @model_validator(mode="after")
    def _valid(self) -> FleetProps:
        if floating(self.target_revision):
            raise ValueError(f"target_revision {self.target_revision!r} floats; name a branch or a tag")
        names = [e.name for e in self.environments]
        if len(set(names)) != len(names):
            raise ValueError(f"environments: duplicate names in {names}")
        return self


class Fleet(constructs.Construct):
    """An AppProject that may only create Applications in Argo CD's namespace of the fleet's
    clusters, and the ApplicationSet (Go templates with missingkey=error, a cluster generator on
    the environment and region labels, resources kept when it is deleted)."""

    def __init__(self, scope: constructs.Construct, id: str, props: FleetProps) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        self.project_name = f"{props.name}-fleet"
        env = f'{{{{index .metadata.labels "{props.environment_label}"}}}}'
        region = f'{{{{index .metadata.labels "{props.region_label}"}}}}'
        self.project = argo.AppProject(
            self, "Project",
            metadata=cdk8s.ApiObjectMetadata(name=self.project_name, namespace=props.argocd_namespace,
                                             labels=standard_labels("fleet", COMPONENT, props.name)),
            spec=argo.AppProjectSpec(
                description="the fleet: one root Application per cluster, into its Argo CD namespace",
                source_repos=[props.repo_url],
                # every registered cluster (the generator picks them by label), Argo CD's namespace only
                destinations=[argo.AppProjectSpecDestinations(server="*", namespace=props.argocd_namespace)],
                cluster_resource_whitelist=[],
                namespace_resource_whitelist=[argo.AppProjectSpecNamespaceResourceWhitelist(group="argoproj.io", kind=k)
                                              for k in ("AppProject", "Application")],
            ),
        )
        rolling = [e for e in props.environments if e.rolling_sync]
        self.application_set = appset.ApplicationSet(
            self, "ApplicationSet",
            metadata=cdk8s.ApiObjectMetadata(name=props.name, namespace=props.argocd_namespace,
                                             labels=standard_labels("fleet", COMPONENT, props.name)),
            spec=appset.ApplicationSetSpec(
                go_template=True,
                go_template_options=["missingkey=error"],
                generators=[appset.ApplicationSetSpecGenerators(clusters=appset.ApplicationSetSpecGeneratorsClusters(
                    selector=appset.ApplicationSetSpecGeneratorsClustersSelector(match_expressions=[
                        appset.ApplicationSetSpecGeneratorsClustersSelectorMatchExpressions(
                            key=props.environment_label, operator="In", values=[e.name for e in props.environments]),
                        appset.ApplicationSetSpecGeneratorsClustersSelectorMatchExpressions(
                            key=props.region_label, operator="In",
                            values=sorted({r for e in props.environments for r in e.regions})),
                    ])))],
                template=appset.ApplicationSetSpecTemplate(
                    metadata=appset.ApplicationSetSpecTemplateMetadata(
                        name=f"{props.name}-{env}-{region}", namespace=props.argocd_namespace,
                        labels={props.environment_label: env, props.region_label: region}),
                    spec=appset.ApplicationSetSpecTemplateSpec(
                        project=self.project_name,
                        source=appset.ApplicationSetSpecTemplateSpecSource(
                            repo_url=props.repo_url, target_revision=props.target_revision,
                            path=f"{props.path}/{env}/{props.apps_folder}"),
                        destination=appset.ApplicationSetSpecTemplateSpecDestination(
                            server="{{.server}}", namespace=props.argocd_namespace),
                        sync_policy=appset.ApplicationSetSpecTemplateSpecSyncPolicy(
                            automated=appset.ApplicationSetSpecTemplateSpecSyncPolicyAutomated(prune=True, self_heal=True)),
                    ),
                ),
                # Deleting the ApplicationSet must not cascade into every cluster's workloads.
                sync_policy=appset.ApplicationSetSpecSyncPolicy(preserve_resources_on_deletion=True),
                strategy=appset.ApplicationSetSpecStrategy(
                    type="RollingSync",
                    rolling_sync=appset.ApplicationSetSpecStrategyRollingSync(steps=self._steps(props)),
                ) if rolling else None,
            ),
        )

    @staticmethod
    def _steps(props: FleetProps) -> list[appset.ApplicationSetSpecStrategyRollingSyncSteps]:
        """One step for the environments synced at once, then one per region of each rolling one
        (RollingSync needs the ApplicationSet controller's progressive syncs enabled)."""
        def match(key: str, values: list[str]) -> appset.ApplicationSetSpecStrategyRollingSyncStepsMatchExpressions:
            return appset.ApplicationSetSpecStrategyRollingSyncStepsMatchExpressions(key=key, operator="In", values=values)

        steps = []
        at_once = [e.name for e in props.environments if not e.rolling_sync]
        if at_once:
            steps.append(appset.ApplicationSetSpecStrategyRollingSyncSteps(match_expressions=[match(props.environment_label, at_once)]))
        for e in props.environments:
            if e.rolling_sync:
                steps += [appset.ApplicationSetSpecStrategyRollingSyncSteps(
                    match_expressions=[match(props.environment_label, [e.name]), match(props.region_label, [r])],
                    max_update=appset.ApplicationSetSpecStrategyRollingSyncStepsMaxUpdate.from_number(1))
                    for r in e.regions]
        return steps


__all__ = ["Fleet", "FleetEnvironment", "FleetProps"]
