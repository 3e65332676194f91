"""The platform every Lighthouse tier stands on: namespaces (Pod Security, quotas, LimitRanges,
default-deny), PriorityClasses, secrets from Vault, certificates, RBAC helpers and the capacity budget."""

from ..handles import IssuerHandle, IssuerRef, PriorityClassHandle, SecretStoreHandle
from ..secrets import secret_revision_annotations
from .capacity import CapacityReport, capacity_report
from .certificates import (
    AcmeIssuer,
    AcmeIssuerProps,
    InternalCertificateAuthority,
    InternalCertificateAuthorityProps,
    TlsCertificate,
    TlsCertificateProps,
)
from .config import PlatformConfig, PlatformProps
from .namespaces import PlatformNamespace, PlatformNamespaceProps
from .platform import Platform, PlatformCertificates
from .priority import PriorityClass, PriorityClasses
from .rbac import (
    ClusterRoleGrant,
    NamespacedRole,
    RbacRule,
    RoleProps,
    scan_rbac,
    workload_service_account,
)
from .secrets import (
    ExternalSecretHandle,
    ExternalSecretProps,
    VaultSecretStore,
    VaultSecretStoreProps,
)

__all__ = [
    "AcmeIssuer", "AcmeIssuerProps", "CapacityReport", "ClusterRoleGrant", "ExternalSecretHandle",
    "ExternalSecretProps", "InternalCertificateAuthority", "InternalCertificateAuthorityProps", "IssuerHandle",
    "IssuerRef", "NamespacedRole", "Platform", "PlatformCertificates", "PlatformConfig", "PlatformNamespace",
    "PlatformNamespaceProps", "PlatformProps", "PriorityClass", "PriorityClassHandle",
    "PriorityClasses", "RbacRule", "RoleProps", "SecretStoreHandle", "TlsCertificate", "TlsCertificateProps",
    "VaultSecretStore", "VaultSecretStoreProps", "capacity_report", "scan_rbac", "secret_revision_annotations",
    "workload_service_account",
]
