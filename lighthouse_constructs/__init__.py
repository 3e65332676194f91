"""Typed cdk8s constructs for a production platform on Kubernetes.

Everything a downstream chart needs is importable from here: the constructs and their props, the
handles they are wired with (`lighthouse_constructs.handles`) and refs to objects that exist already
(`NamespaceRef.from_name(...)`, ...). Lighthouse's own assembly lives in
`lighthouse_constructs.environments` and is not part of this API.
"""

from typing import Any

from . import _runtime  # noqa: F401  (must run before jsii starts)
from .bridge_service import (
    Autoscaling,
    BridgeService,
    BridgeServiceProps,
    CustomMetric,
    Exposure,
    Probes,
)
from .fuse_mount import FuseMountDaemon, FuseMountDaemonProps, Toleration
from .graph import Workload
from .handles import (
    ArchiveSource,
    ConnectionTarget,
    CustomMetricsAdapter,
    FuseConsumer,
    FuseNamespaceHandle,
    IssuerHandle,
    IssuerRef,
    MeshNamespaceHandle,
    MigrationTarget,
    NamespaceHandle,
    NamespaceRef,
    PodSecurityLevel,
    PriorityClassHandle,
    PriorityClassRef,
    ScaleTarget,
    SecretHandle,
    SecretRef,
    SecretStoreHandle,
    SloSource,
    TraceSink,
)
from .keda_autoscaling import KedaAutoscaling
from .mesh_policy import (
    CircuitBreaker,
    MeshPolicy,
    MeshPolicyError,
    MeshPolicyProps,
    RateLimit,
)
from .namespace import LighthouseNamespace, NamespaceProps
from .observability import (
    AlertmanagerSettings,
    AlertRouting,
    ExistingPrometheus,
    GrafanaSettings,
    LokiSettings,
    ObservabilityStack,
    ObservabilityStackProps,
    PagerDutyNotifier,
    PrometheusSettings,
    SlackNotifier,
    TempoSettings,
    TracingSettings,
    WebhookNotifier,
)
from .platform import (
    ExternalSecretHandle,
    ExternalSecretProps,
    Platform,
    PlatformConfig,
    PlatformProps,
    PriorityClass,
    TlsCertificate,
    TlsCertificateProps,
    VaultSecretStore,
    VaultSecretStoreProps,
    workload_service_account,
)
from .postgres import (
    AlertProps,
    BackupProps,
    EventStoreMigration,
    EventStoreMigrationProps,
    PoolerProps,
    PostgresHA,
    PostgresHAProps,
    ReplicaProps,
    Storage,
    restore_from,
)
from .props import Props
from .quantity import Resources
from .secrets import SecretKeyRef, secret_revision_annotations
from .sentinel_cache import SentinelCache, SentinelCacheProps
from .slo import ServiceLevelObjective

__all__ = [
    # constructs and their props
    "BridgeService", "BridgeServiceProps", "Autoscaling", "CustomMetric", "Exposure", "Probes",
    "FuseMountDaemon", "FuseMountDaemonProps", "Toleration",
    "KedaAutoscaling",
    "MeshPolicy", "MeshPolicyProps", "MeshPolicyError", "CircuitBreaker", "RateLimit",
    "LighthouseNamespace", "NamespaceProps",
    "ObservabilityStack", "ObservabilityStackProps", "AlertRouting", "AlertmanagerSettings", "ExistingPrometheus",
    "GrafanaSettings", "LokiSettings", "PrometheusSettings", "TempoSettings", "TracingSettings",
    "PagerDutyNotifier", "SlackNotifier", "WebhookNotifier",
    "Platform", "PlatformProps", "PlatformConfig", "PriorityClass", "TlsCertificate", "TlsCertificateProps",
    "ExternalSecretHandle", "ExternalSecretProps", "VaultSecretStore", "VaultSecretStoreProps",
    "workload_service_account", "secret_revision_annotations",
    "PostgresHA", "PostgresHAProps", "AlertProps", "BackupProps", "PoolerProps", "ReplicaProps", "Storage",
    "restore_from", "EventStoreMigration", "EventStoreMigrationProps",
    "SentinelCache", "SentinelCacheProps",
    "Props", "Resources", "SecretKeyRef", "ServiceLevelObjective", "Workload",
    # handles, and refs to objects that exist already
    "ArchiveSource", "ConnectionTarget", "CustomMetricsAdapter", "FuseConsumer", "FuseNamespaceHandle",
    "IssuerHandle", "MeshNamespaceHandle", "MigrationTarget", "NamespaceHandle", "PodSecurityLevel",
    "PriorityClassHandle", "ScaleTarget", "SecretHandle", "SecretStoreHandle", "SloSource", "TraceSink",
    "IssuerRef", "NamespaceRef", "PriorityClassRef", "SecretRef",
    # delivery (Argo CD), loaded on first use: lighthouse_constructs.delivery
    "FolderPerChartApp", "GitOps", "GitOpsProps", "RootApplication", "SyncWindow", "Fleet", "FleetProps", "FleetEnvironment",
]


def __getattr__(name: str) -> Any:
    """The delivery names, imported on first use (their Argo CD bindings are large)."""
    import importlib

    delivery = importlib.import_module(f"{__name__}.delivery")
    if name in delivery.__all__:
        return getattr(delivery, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
