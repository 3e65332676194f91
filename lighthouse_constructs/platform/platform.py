"""Platform: what the workloads of one environment stand on, built once per chart.

Namespaces with quotas, LimitRanges and default-deny; PriorityClasses; optionally a Vault
ClusterSecretStore and cert-manager issuers; and a capacity budget checked at synth time.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil
from typing import Any

import constructs
import jsii
from cdk8s import Chart

from ..chart_objects import app_objects, forget, once_per_synth
from ..handles import IssuerHandle, NamespaceHandle
from ..namespace import NamespaceProps
from ..uniqueness import ensure_unique_objects
from .capacity import CapacityReport, capacity_report
from .certificates import (
    AcmeIssuer,
    AcmeIssuerProps,
    InternalCertificateAuthority,
    InternalCertificateAuthorityProps,
)
from .config import (
    CertificatesConfig,
    PlatformProps,
    Tier,
)
from .namespaces import PlatformNamespace, PlatformNamespaceProps
from .priority import PriorityClasses
from .rbac import workload_service_account
from .secrets import (
    VAULT_READER_SERVICE_ACCOUNT,
    ExternalSecretHandle,
    ExternalSecretProps,
    VaultSecretStore,
    VaultSecretStoreProps,
)

AUTO_QUOTA_HEADROOM = Fraction(5, 4)
"""A quota sized from the chart allows 25% over the maximum-scale total: a rolling update's surge
pod must fit, and a quota exactly at the total would stall it."""


class PlatformCertificates(constructs.Construct):
    """The internal CA chain and, when configured, the ACME issuer for public hosts."""

    def __init__(self, scope: constructs.Construct, id: str, props: PlatformProps, settings: CertificatesConfig) -> None:
        super().__init__(scope, id)
        self.internal_ca = InternalCertificateAuthority(
            self,
            "InternalCa",
            InternalCertificateAuthorityProps(
                name=f"{props.prefix}-internal-ca",
                common_name=settings.ca_common_name or f"{props.prefix} internal CA ({props.environment})",
                ca_namespace=settings.cluster_resource_namespace,
                duration=settings.ca_duration,
                renew_before=settings.ca_renew_before,
            ),
        )
        self.internal_issuer: IssuerHandle = self.internal_ca
        """Signs internal TLS (service names such as *.svc). Pass it to TlsCertificate(issuer=...)."""
        self.acme_issuer: AcmeIssuer | None = None
        if settings.acme is not None:
            self.acme_issuer = AcmeIssuer(
                self,
                "AcmeIssuer",
                AcmeIssuerProps(name=f"{props.prefix}-acme", server=settings.acme.server, email=settings.acme.email, ingress_class=settings.acme.ingress_class),
            )
        self.public_issuer: IssuerHandle | None = self.acme_issuer
        """Signs public ingress hosts (ACME), or None where no ACME issuer is configured."""


@jsii.implements(constructs.IValidation)
class _CapacityValidation:
    """At synth (cdk8s validations): sizes the quotas left to the chart, then checks the budget."""

    def __init__(self, platform: "Platform") -> None:
        self._platform = platform

    @once_per_synth
    def validate(self) -> list[str]:
        self._platform.size_quotas()
        return self._platform.capacity_report().errors()


class Platform(constructs.Construct):
    """Namespaces with quotas and default-deny, PriorityClasses, optional Vault secrets and
    certificates, and a capacity budget checked at synth time.

    Handles for the other constructs:
    - `bridge_namespace`, `data_namespace`, `observability_namespace`, and when asked for
      `fuse_namespace` and `log_agent_namespace` (NamespaceHandle; `namespaces` lists them);
    - `priority_classes.platform_critical | bridge_high | batch_low` (PriorityClassHandle);
    - `external_secret(...)` (SecretHandle) when `settings.vault` is set;
    - `certificates.internal_issuer` and `certificates.public_issuer` (IssuerHandle) when
      `settings.certificates` is set.
    """

    def __init__(self, scope: constructs.Construct, id: str, props: PlatformProps) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        names, tiers = props.namespace_names, props.settings.tiers
        self._auto_sized: list[PlatformNamespace] = []

        def namespace(id: str, tier: Tier, **security: Any) -> PlatformNamespace:
            budget = tiers.of(tier)
            created = PlatformNamespace(
                self,
                id,
                PlatformNamespaceProps(
                    namespace=NamespaceProps(
                        name=names.of(tier, props.prefix), tier=tier, istio_cni=props.settings.istio_cni, **security
                    ),
                    budget=budget,
                ),
            )
            if budget is None:
                self._auto_sized.append(created)
            return created

        privileged = {"enforce": "privileged", "audit": "restricted", "warn": "restricted", "istio_injection": False}
        app_level = props.pod_security_enforce
        self.bridge_namespace = namespace("BridgeNamespace", "bridge", enforce=app_level)
        self.data_namespace = namespace("DataNamespace", "data", enforce=app_level)
        self.fuse_namespace = namespace("FuseNamespace", "fuse", **privileged) if props.fuse_namespace else None
        """The FUSE mount daemon's namespace: privileged (it mounts on the host), never meshed."""
        self.observability_namespace = namespace("ObservabilityNamespace", "observability", enforce=app_level)
        self.log_agent_namespace = (
            namespace("LogAgentNamespace", "log_agent", **privileged) if props.log_agent_namespace else None
        )
        """The node log agent's namespace: privileged (it reads hostPath /var/log/pods), never meshed."""
        self.priority_classes = PriorityClasses(self, "PriorityClasses", prefix=props.prefix)
        self.secret_store: VaultSecretStore | None = None
        self.vault_readers: dict[str, Any] = {}
        """The ServiceAccount per meshed namespace whose token ESO presents to Vault (never mounted in a pod)."""
        vault = props.settings.vault
        if vault is not None:
            meshed = (("Bridge", self.bridge_namespace), ("Data", self.data_namespace),
                      ("Observability", self.observability_namespace))
            self.secret_store = VaultSecretStore(
                self,
                "VaultStore",
                VaultSecretStoreProps(
                    name=f"{props.prefix}-vault",
                    server=vault.server,
                    mount_path=vault.mount_path,
                    auth_mount_path=vault.auth_mount_path,
                    role=props.vault_role,
                    namespaces=tuple(ns.name for _, ns in meshed),
                    ca=vault.ca,
                ),
            )
            self.vault_readers = {
                ns.name: workload_service_account(
                    self, f"VaultReader{tier}", VAULT_READER_SERVICE_ACCOUNT, namespace=ns, component="secret-store"
                )
                for tier, ns in meshed
            }
        certificates = props.settings.certificates
        self.certificates = PlatformCertificates(self, "Certificates", props, certificates) if certificates else None
        self.node.add_validation(_CapacityValidation(self))

    def external_secret(
        self, scope: constructs.Construct, id: str, *, secret_name: str, source: str, keys: tuple[str, ...],
        namespace: NamespaceHandle, version_key: str | None = None, **extra: Any,
    ) -> ExternalSecretHandle:
        """A Secret `secret_name` in `namespace`, synced from Vault `<key prefix>/<source>` (its
        properties `keys`), pinned to `settings.vault.secret_versions[version_key or source]` when
        set. `extra`: further ExternalSecretProps fields (secret_type, templates, labels, component)."""
        vault = self.props.settings.vault
        if self.secret_store is None or vault is None:
            raise ValueError(
                f"Platform {self.node.path}: external_secret({secret_name!r}) needs settings.vault "
                f"(a Vault to sync from); got none"
            )
        return ExternalSecretHandle(
            scope,
            id,
            ExternalSecretProps(
                secret_name=secret_name,
                remote_key=f"{self.props.vault_key_prefix}/{source}",
                keys=keys,
                version=vault.secret_versions.get(version_key or source),
                refresh_interval=vault.refresh_interval,
                **extra,
            ),
            namespace=namespace,
            store=self.secret_store,
        )

    @property
    def namespaces(self) -> tuple[PlatformNamespace, ...]:
        return tuple(
            ns for ns in (self.bridge_namespace, self.data_namespace, self.fuse_namespace,
                          self.observability_namespace, self.log_agent_namespace)
            if ns is not None
        )

    def size_quotas(self) -> None:
        """Set the quota of every namespace without a configured budget from what the chart puts in
        it at maximum scale, plus AUTO_QUOTA_HEADROOM. Runs once, at synth."""
        pending, self._auto_sized = self._auto_sized, []
        if not pending:
            return
        report = self.capacity_report()
        for ns in pending:
            totals = report.budget(ns.name).totals("max")
            hard = {
                key: _quantity(key, totals.get(key, Fraction(0)) * AUTO_QUOTA_HEADROOM)
                for key in ("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")
            }
            hard["pods"] = str(max(1, ceil(totals.get("pods", Fraction(0)) * AUTO_QUOTA_HEADROOM)))
            ns.set_quota(hard)
        forget(Chart.of(self))  # the quotas changed after the snapshot read them

    def capacity_report(self) -> CapacityReport:
        """The capacity budget of everything in this Platform's App (all its charts), as synthesized now."""
        return capacity_report(app_objects(self), self.props.settings.capacity)


def _quantity(key: str, amount: Fraction) -> str:
    """An exact quantity, rounded up: CPU to whole millicores, memory to whole MiB (never short)."""
    if key.endswith("cpu"):
        return f"{ceil(amount * 1000)}m"
    return f"{ceil(amount / 2**20)}Mi"
