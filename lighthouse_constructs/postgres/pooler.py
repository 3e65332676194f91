"""PgBouncer in front of a CloudNativePG cluster: one Pooler per service type (rw, ro)."""

from __future__ import annotations

from typing import Literal

import cdk8s
import constructs
from cdk8s_plus_28 import k8s

from ..conventions import RESTRICTED_RUN_AS_USER, standard_labels
from ..graph import Port, Workload
from ..operators import cnpg
from .props import PoolerProps

POOLER_NAME_LABEL = cnpg.POOLER_NAME_LABEL
COMPONENT = "connection-pooler"
PGBOUNCER_PORT = cnpg.PGBOUNCER_PORT
PGBOUNCER_METRICS_PORT = cnpg.PGBOUNCER_METRICS_PORT


class PgBouncerPooler(constructs.Construct):
    """A Pooler (`<cluster>-pooler-<type>`) with a Pod Security "restricted" pod template, pods on
    distinct hosts and spread over zones, zero-downtime rollouts and, with more than one pod, a
    PodDisruptionBudget that lets one pod go at a time (the operator makes none for poolers).

    The operator creates the Service and the ServiceAccount, both named after the Pooler; the
    pods run its instance manager, which reads the auth secrets from the API server, so they
    keep their ServiceAccount token."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: PoolerProps,
        *,
        cluster: str,
        type: Literal["rw", "ro"],
        namespace: str,
        zone_spread: Literal["required", "preferred"],
    ) -> None:
        super().__init__(scope, id)
        from ..imports.cnpg.io.cnpg.postgresql import (
            Pooler,
            PoolerSpec,
            PoolerSpecCluster,
            PoolerSpecDeploymentStrategy,
            PoolerSpecDeploymentStrategyRollingUpdate,
            PoolerSpecDeploymentStrategyRollingUpdateMaxSurge,
            PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable,
            PoolerSpecPgbouncer,
            PoolerSpecPgbouncerPoolMode,
            PoolerSpecTemplate,
            PoolerSpecTemplateMetadata,
            PoolerSpecTemplateSpec,
            PoolerSpecTemplateSpecAffinity,
            PoolerSpecTemplateSpecAffinityPodAntiAffinity,
            PoolerSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
            PoolerSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
            PoolerSpecTemplateSpecContainers,
            PoolerSpecTemplateSpecContainersResources,
            PoolerSpecTemplateSpecContainersResourcesLimits,
            PoolerSpecTemplateSpecContainersResourcesRequests,
            PoolerSpecTemplateSpecContainersSecurityContext,
            PoolerSpecTemplateSpecContainersSecurityContextCapabilities,
            PoolerSpecTemplateSpecContainersSecurityContextSeccompProfile,
            PoolerSpecTemplateSpecSecurityContext,
            PoolerSpecTemplateSpecSecurityContextSeccompProfile,
            PoolerSpecTemplateSpecTopologySpreadConstraints,
            PoolerSpecTemplateSpecTopologySpreadConstraintsLabelSelector,
            PoolerSpecType,
        )

        self.props = props
        self.type = type
        self.cluster = cluster
        self.name = f"{cluster}-pooler-{type}"
        self.namespace = namespace
        self.labels = labels = standard_labels(self.name, COMPONENT)
        selector = {POOLER_NAME_LABEL: self.name}
        r = props.resources
        self.pooler = Pooler(
            self,
            "Resource",
            metadata=cdk8s.ApiObjectMetadata(name=self.name, namespace=namespace, labels=labels),
            spec=PoolerSpec(
                cluster=PoolerSpecCluster(name=cluster),
                type=PoolerSpecType.RW if type == "rw" else PoolerSpecType.RO,
                instances=props.instances,
                pgbouncer=PoolerSpecPgbouncer(
                    image=props.image,
                    pool_mode=PoolerSpecPgbouncerPoolMode[props.pool_mode.upper()],
                    parameters={
                        "default_pool_size": str(props.default_pool_size),
                        "max_client_conn": str(props.max_client_conn),
                    },
                ),
                deployment_strategy=PoolerSpecDeploymentStrategy(
                    type="RollingUpdate",
                    rolling_update=PoolerSpecDeploymentStrategyRollingUpdate(
                        max_surge=PoolerSpecDeploymentStrategyRollingUpdateMaxSurge.from_number(1),
                        max_unavailable=PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable.from_number(0),
                    ),
                ),
                template=PoolerSpecTemplate(
                    metadata=PoolerSpecTemplateMetadata(labels=labels),
                    spec=PoolerSpecTemplateSpec(
                        security_context=PoolerSpecTemplateSpecSecurityContext(
                            run_as_non_root=True,
                            run_as_user=RESTRICTED_RUN_AS_USER,
                            run_as_group=RESTRICTED_RUN_AS_USER,
                            seccomp_profile=PoolerSpecTemplateSpecSecurityContextSeccompProfile(type="RuntimeDefault"),
                        ),
                        containers=[
                            PoolerSpecTemplateSpecContainers(
                                name="pgbouncer",
                                resources=r.struct(
                                    PoolerSpecTemplateSpecContainersResources,
                                    PoolerSpecTemplateSpecContainersResourcesRequests,
                                    PoolerSpecTemplateSpecContainersResourcesLimits,
                                ),
                                security_context=PoolerSpecTemplateSpecContainersSecurityContext(
                                    run_as_non_root=True,
                                    allow_privilege_escalation=False,
                                    privileged=False,
                                    read_only_root_filesystem=True,
                                    capabilities=PoolerSpecTemplateSpecContainersSecurityContextCapabilities(drop=["ALL"]),
                                    seccomp_profile=PoolerSpecTemplateSpecContainersSecurityContextSeccompProfile(
                                        type="RuntimeDefault"
                                    ),
                                ),
                            )
                        ],
                        affinity=PoolerSpecTemplateSpecAffinity(
                            pod_anti_affinity=PoolerSpecTemplateSpecAffinityPodAntiAffinity(
                                required_during_scheduling_ignored_during_execution=[
                                    PoolerSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(
                                        topology_key="kubernetes.io/hostname",
                                        label_selector=PoolerSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(
                                            match_labels=selector
                                        ),
                                    )
                                ]
                            )
                        ),
                        topology_spread_constraints=[
                            PoolerSpecTemplateSpecTopologySpreadConstraints(
                                max_skew=1,
                                topology_key="topology.kubernetes.io/zone",
                                when_unsatisfiable="DoNotSchedule" if zone_spread == "required" else "ScheduleAnyway",
                                label_selector=PoolerSpecTemplateSpecTopologySpreadConstraintsLabelSelector(
                                    match_labels=selector
                                ),
                            )
                        ],
                    ),
                ),
            ),
        )
        self.pdb = (
            k8s.KubePodDisruptionBudget(
                self,
                "PodDisruptionBudget",
                metadata=k8s.ObjectMeta(name=self.name, namespace=namespace, labels=labels),
                spec=k8s.PodDisruptionBudgetSpec(
                    max_unavailable=k8s.IntOrString.from_number(1),
                    selector=k8s.LabelSelector(match_labels=selector),
                    unhealthy_pod_eviction_policy="AlwaysAllow",
                ),
            )
            if props.instances > 1
            else None
        )
        self.workload = Workload(
            name=self.name, namespace=namespace, service_account=cnpg.pooler_service_account(self.name),
            pod_labels=tuple(sorted(selector.items())), service=cnpg.pooler_service(self.name),
        )
        self.ports = (
            Port("pgbouncer", PGBOUNCER_PORT, "tcp"),
            Port("metrics", PGBOUNCER_METRICS_PORT, "http", purpose="metrics"),
        )

    @property
    def host(self) -> str:
        """The Pooler Service's cluster DNS name."""
        return self.workload.service_host

    @property
    def server_service(self) -> str:
        """The cluster Service this pooler's PgBouncer sends its server connections to."""
        return cnpg.pooler_target_service(self.cluster, self.type)

    @property
    def port(self) -> int:
        return PGBOUNCER_PORT
