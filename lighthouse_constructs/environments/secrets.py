"""Lighthouse's secrets: the fixed slots its charts read, each synced from Vault by the Platform.

Secrets are namespaced, so a secret read in two namespaces (the database password by
CloudNativePG in data and by the bridge in bridge) is synced twice from one Vault entry.
"""

from __future__ import annotations

import re
from typing import Literal

import constructs
from pydantic import Field, field_validator

from ..handles import NamespaceHandle
from ..platform import Platform, PlatformConfig
from ..platform.config import VaultConfig
from ..platform.secrets import ExternalSecretHandle, aws_credentials_file
from ..props import Props
from ..secrets import AWS_CREDENTIALS_FILE_KEY

DATABASE_SECRET = "postgres-app-credentials"
REDIS_SECRET = "redis-auth"

SecretName = Literal[
    "database", "application", "redis", "alert_receivers", "backup_object_store", "grafana_admin",
    "observability_object_store",
]
SECRET_NAMES: tuple[SecretName, ...] = (
    "database", "application", "redis", "alert_receivers", "backup_object_store", "grafana_admin",
    "observability_object_store",
)


class SecretsConfig(Props):
    """Which keys the application secret holds (the other secrets have fixed keys)."""

    application_keys: tuple[str, ...] = ("api-token", "session-secret")
    """Keys of the bridge application secret, read from Vault properties of the same name.
    Default: api-token, session-secret."""

    @field_validator("application_keys")
    @classmethod
    def _valid_keys(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [k for k in value if not re.match(r"^[-._a-zA-Z0-9]+$", k)]
        if not value or bad:
            raise ValueError(f"application_keys={list(value)!r}: keys must be non-empty Secret keys ([-._a-zA-Z0-9]+)")
        return value


class LighthousePlatformConfig(PlatformConfig):
    """The `platform:` section of config/<env>.yaml: PlatformConfig plus the application secret's keys."""

    secrets: SecretsConfig = Field(default_factory=SecretsConfig)
    """Keys of the application secret. Default: SecretsConfig's (api-token, session-secret)."""


def check_pinned_secrets(environment: str, vault: VaultConfig | None) -> None:
    """Outside dev every secret is pinned to a Vault version, so a rotation is a reviewed change
    that restarts the pods reading it (see platform/secrets.py)."""
    pinned = vault.secret_versions if vault is not None else {}
    missing = [n for n in SECRET_NAMES if n not in pinned]
    unknown = sorted(set(pinned) - set(SECRET_NAMES))
    if unknown:
        raise ValueError(
            f"vault.secret_versions: unknown secret {', '.join(unknown)}; allowed: {', '.join(SECRET_NAMES)}"
        )
    if environment != "dev" and missing:
        raise ValueError(
            f"vault.secret_versions: no pinned version for {', '.join(missing)} in {environment}; "
            f"every secret needs one outside dev (allowed: a KV v2 version >= 1 for each of "
            f"{', '.join(SECRET_NAMES)})"
        )


class LighthouseSecrets(constructs.Construct):
    """One ExternalSecretHandle per secret Lighthouse reads, synced through `platform`'s Vault store."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        platform: Platform,
        application_keys: tuple[str, ...],
        bridge: NamespaceHandle,
        data: NamespaceHandle,
        observability: NamespaceHandle,
    ) -> None:
        super().__init__(scope, id)

        def synced(id: str, name: str, source: SecretName, keys: tuple[str, ...], ns: NamespaceHandle,
                   **extra: object) -> ExternalSecretHandle:
            return platform.external_secret(
                self, id, secret_name=name, source=source.replace("_", "-"), version_key=source, keys=keys,
                namespace=ns, **extra,
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
            "ApplicationSecrets", "bridge-app-secrets", "application", application_keys, bridge,
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


