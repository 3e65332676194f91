"""Platform: everything the Lighthouse tiers stand on, built once per environment chart."""

from __future__ import annotations

from typing import Any

import constructs
import jsii
from cdk8s import Chart

from ..chart_objects import chart_objects
from ..handles import IssuerHandle, NamespaceHandle
from ..namespace import NamespaceProps
from ..secrets import AWS_CREDENTIALS_FILE_KEY
from ..uniqueness import ensure_unique_objects
from .capacity import CapacityReport, capacity_report
from .certificates import (
    AcmeIssuer,
    AcmeIssuerProps,
    InternalCertificateAuthority,
    InternalCertificateAuthorityProps,
)
from .config import PlatformProps, SecretName, Tier
from .namespaces import PlatformNamespace, PlatformNamespaceProps
from .priority import PriorityClasses
from .rbac import workload_service_account
from .secrets import (
    VAULT_READER_SERVICE_ACCOUNT,
    ExternalSecretHandle,
    ExternalSecretProps,
    VaultSecretStore,
    VaultSecretStoreProps,
    aws_credentials_file,
)

DATABASE_SECRET = "postgres-app-credentials"
REDIS_SECRET = "redis-auth"


class PlatformSecrets(constructs.Construct):
    """The ClusterSecretStore and one ExternalSecretHandle per secret Lighthouse reads.

    Secrets are namespaced, so a secret read in two namespaces (the database password by
    CloudNativePG in data and by the bridge in bridge) is synced twice from one Vault entry.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: PlatformProps,
        *,
        bridge: NamespaceHandle,
        data: NamespaceHandle,
        observability: NamespaceHandle,
    ) -> None:
        super().__init__(scope, id)
        vault = props.settings.vault
        self.store = VaultSecretStore(
            self,
            "VaultStore",
            VaultSecretStoreProps(
                server=vault.server,
                mount_path=vault.mount_path,
                auth_mount_path=vault.auth_mount_path,
                role=props.vault_role,
                namespaces=(bridge.name, data.name, observability.name),
                ca=vault.ca,
            ),
        )
        self.vault_readers = {
            ns.name: workload_service_account(
                self, f"VaultReader{tier}", VAULT_READER_SERVICE_ACCOUNT, namespace=ns, component="secret-store"
            )
            for tier, ns in (("Bridge", bridge), ("Data", data), ("Observability", observability))
        }
        """The ServiceAccount per namespace whose token ESO presents to Vault (never mounted in a pod)."""

        def synced(id: str, name: str, source: SecretName, keys: tuple[str, ...], ns: NamespaceHandle, **extra: Any) -> ExternalSecretHandle:
            remote = f"{props.vault_key_prefix}/{source.replace('_', '-')}"
            return ExternalSecretHandle(
                self,
                id,
                ExternalSecretProps(
                    secret_name=name,
                    remote_key=remote,
                    keys=keys,
                    version=vault.secret_versions.get(source),
                    refresh_interval=vault.refresh_interval,
                    **extra,
                ),
                namespace=ns,
                store=self.store,
            )

        basic_auth = {"secret_type": "kubernetes.io/basic-auth"}
        self.database_credentials = synced(
            "DatabaseCredentials", DATABASE_SECRET, "database", ("username", "password"), data,
            secret_labels={"cnpg.io/reload": "true"}, component="database-credentials", **basic_auth,
        )
        """The application database owner for CloudNativePG (bootstrap `initdb.secret`), in the data
        namespace: basic-auth with `username` and `password`, labelled so CNPG reloads it on change."""
        self.database_client_credentials = synced(
            "DatabaseClientCredentials", DATABASE_SECRET, "database", ("username", "password"), bridge,
            component="database-credentials", **basic_auth,
        )
        """The same database credentials in the bridge namespace, for the services that connect."""
        self.application_secrets = synced(
            "ApplicationSecrets", "bridge-app-secrets", "application", props.settings.secrets.application_keys, bridge,
            component="application-secrets",
        )
        """The bridge application's own secrets (keys from `platform.secrets.application_keys`)."""
        self.redis_auth = synced("RedisAuth", REDIS_SECRET, "redis", ("password", "alternate"), data, component="redis-auth")
        """The Redis/Sentinel password (`password`) and the second password of a rotation window
        (`alternate`, equal to `password` outside one) in the data namespace, for SentinelCache.
        Rotated in place, never by restarting the pods: docs/runbooks/redis-password-rotation.md."""
        self.redis_client_auth = synced(
            "RedisClientAuth", REDIS_SECRET, "redis", ("password",), bridge, component="redis-auth"
        )
        """The same Redis password in the bridge namespace, for Redis clients."""
        self.alert_receivers = synced(
            "AlertReceivers", "alertmanager-receivers", "alert_receivers",
            ("slack-webhook-url", "pagerduty-routing-key", "heartbeat-token"),
            observability, component="alert-receivers",
        )
        """Alertmanager receiver credentials in the observability namespace."""
        self.backup_object_store = synced(
            "BackupObjectStore", "backup-object-store", "backup_object_store", ("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
            data, component="backup-credentials",
        )
        """S3 credentials for the Barman Cloud ObjectStore (PostgreSQL backups), in the data namespace."""
        self.grafana_admin = synced(
            "GrafanaAdmin", "grafana-admin", "grafana_admin", ("admin-user", "admin-password"), observability,
            component="grafana-admin",
        )
        """Grafana's admin login in the observability namespace."""
        self.observability_object_store = synced(
            "ObservabilityObjectStore", "observability-object-store", "observability_object_store",
            ("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"), observability, component="object-store-credentials",
            templates={AWS_CREDENTIALS_FILE_KEY: aws_credentials_file("ACCESS_KEY_ID", "ACCESS_SECRET_KEY")},
        )
        """S3 credentials of Loki's and Tempo's buckets, in the observability namespace: one key,
        `credentials`, an AWS shared credentials file rendered from the two Vault properties."""

    def all(self) -> tuple[ExternalSecretHandle, ...]:
        return (
            self.database_credentials, self.database_client_credentials, self.application_secrets,
            self.redis_auth, self.redis_client_auth, self.alert_receivers, self.backup_object_store,
            self.grafana_admin, self.observability_object_store,
        )


class PlatformCertificates(constructs.Construct):
    """The internal CA chain and, when configured, the ACME issuer for public hosts."""

    def __init__(self, scope: constructs.Construct, id: str, props: PlatformProps) -> None:
        super().__init__(scope, id)
        settings = props.settings.certificates
        self.internal_ca = InternalCertificateAuthority(
            self,
            "InternalCa",
            InternalCertificateAuthorityProps(
                common_name=f"Lighthouse internal CA ({props.environment})",
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
                AcmeIssuerProps(server=settings.acme.server, email=settings.acme.email, ingress_class=settings.acme.ingress_class),
            )
        self.public_issuer: IssuerHandle | None = self.acme_issuer
        """Signs public ingress hosts (ACME), or None where no ACME issuer is configured."""


@jsii.implements(constructs.IValidation)
class _CapacityValidation:
    """Runs the capacity budget when the app synthesizes (cdk8s validations)."""

    def __init__(self, platform: "Platform") -> None:
        self._platform = platform

    def validate(self) -> list[str]:
        return self._platform.capacity_report().errors()


class Platform(constructs.Construct):
    """Namespaces with quotas and default-deny, PriorityClasses, Vault secrets, certificates and a
    capacity budget checked at synth time.

    Handles for the other constructs:
    - `bridge_namespace`, `data_namespace`, `fuse_namespace`, `observability_namespace`
      (NamespaceHandle; `namespaces` lists them);
    - `priority_classes.platform_critical | bridge_high | batch_low` (PriorityClassHandle);
    - `secrets.<name>` (SecretHandle; see PlatformSecrets);
    - `certificates.internal_issuer` and `certificates.public_issuer` (IssuerHandle).
    """

    def __init__(self, scope: constructs.Construct, id: str, props: PlatformProps) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        names, tiers = props.namespace_names, props.settings.tiers

        def namespace(id: str, tier: Tier, **security: Any) -> PlatformNamespace:
            return PlatformNamespace(
                self,
                id,
                PlatformNamespaceProps(
                    namespace=NamespaceProps(
                        name=getattr(names, tier), tier=tier, istio_cni=props.settings.istio_cni, **security
                    ),
                    budget=tiers.of(tier),
                ),
            )

        app_level = props.pod_security_enforce
        self.bridge_namespace = namespace("BridgeNamespace", "bridge", enforce=app_level)
        self.data_namespace = namespace("DataNamespace", "data", enforce=app_level)
        self.fuse_namespace = namespace(
            "FuseNamespace", "fuse", enforce="privileged", audit="restricted", warn="restricted", istio_injection=False
        )
        """The FUSE mount daemon's namespace: privileged (it mounts on the host), never meshed."""
        self.observability_namespace = namespace("ObservabilityNamespace", "observability", enforce=app_level)
        self.log_agent_namespace = namespace(
            "LogAgentNamespace", "log_agent", enforce="privileged", audit="restricted", warn="restricted",
            istio_injection=False,
        )
        """The node log agent's namespace: privileged (it reads hostPath /var/log/pods), never meshed."""
        self.priority_classes = PriorityClasses(self, "PriorityClasses")
        self.secrets = PlatformSecrets(
            self, "Secrets", props,
            bridge=self.bridge_namespace, data=self.data_namespace, observability=self.observability_namespace,
        )
        self.certificates = PlatformCertificates(self, "Certificates", props)
        self.node.add_validation(_CapacityValidation(self))

    @property
    def namespaces(self) -> tuple[PlatformNamespace, ...]:
        return (
            self.bridge_namespace, self.data_namespace, self.fuse_namespace, self.observability_namespace,
            self.log_agent_namespace,
        )

    def capacity_report(self) -> CapacityReport:
        """The capacity budget of everything in this Platform's chart, as synthesized now."""
        return capacity_report(chart_objects(Chart.of(self)), self.props.settings.capacity)
