"""Lighthouse constructs: typed cdk8s constructs that deploy the Lighthouse platform."""

from . import _runtime  # noqa: F401  (must run before jsii starts)
from .fuse_mount import FuseMountDaemon, FuseMountDaemonProps
from .handles import IssuerHandle, NamespaceHandle, PriorityClassHandle
from .mesh_policy import CircuitBreaker, MeshPolicy, MeshPolicyProps, RateLimit
from .namespace import LighthouseNamespace, NamespaceProps
from .observability import ObservabilityStack, ObservabilityStackProps
from .platform import (
    ExternalSecretHandle,
    ExternalSecretProps,
    Platform,
    PlatformProps,
    TlsCertificate,
    TlsCertificateProps,
    workload_service_account,
)
from .postgres import (
    EventStoreMigration,
    EventStoreMigrationProps,
    PostgresHA,
    PostgresHAProps,
    restore_from,
)
from .secrets import secret_revision_annotations
from .sentinel_cache import SentinelCache, SentinelCacheProps

__all__ = [
    "LighthouseNamespace", "NamespaceHandle", "NamespaceProps",
    "ExternalSecretHandle", "ExternalSecretProps", "IssuerHandle", "Platform", "PlatformProps",
    "PriorityClassHandle", "TlsCertificate", "TlsCertificateProps", "secret_revision_annotations",
    "workload_service_account", "ObservabilityStack", "ObservabilityStackProps",
    "EventStoreMigration", "EventStoreMigrationProps", "PostgresHA", "PostgresHAProps", "restore_from",
    "FuseMountDaemon", "FuseMountDaemonProps", "CircuitBreaker", "MeshPolicy", "MeshPolicyProps", "RateLimit",
    "SentinelCache", "SentinelCacheProps",
]
