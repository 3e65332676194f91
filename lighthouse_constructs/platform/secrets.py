"""Secrets from Vault through External Secrets Operator, as typed SecretHandles.

- `VaultSecretStore` emits the ClusterSecretStore: Vault KV v2, Kubernetes auth with one Vault
  role per environment. ESO logs in with a token of the `vault-reader` ServiceAccount of the
  ExternalSecret's own namespace (no namespace in `serviceAccountRef`), so the Vault role can bind
  exactly the Lighthouse namespaces, and the store only serves those namespaces (`conditions`).
- `ExternalSecretHandle` emits one ExternalSecret (external-secrets.io/v1) and implements the
  SecretHandle Protocol, so consumers take it instead of a secret name typed twice.

Restart on change (the mechanism, chosen so the output stays deterministic and needs no extra
controller): each ExternalSecret pins its Vault KV version (`platform.vault.secret_versions`,
required outside dev). `handle.revision` is a SHA-256 of the synthesized ExternalSecret, and
`secret_revision_annotations(*handles)` turns the handles a pod reads into one pod-template
annotation. Rotating a secret = write the new version in Vault, bump its version in
config/<env>.yaml, commit: the ExternalSecret changes (ESO re-syncs the Secret at once), the
annotation changes, and the Deployment/StatefulSet/Rollout rolls its pods. Unpinned secrets (dev
only) follow Vault's latest version without restarting anything: restart by hand there.
SentinelCache is the exception: its pods take no such annotation, since a rolling restart onto a
new Redis password refuses writes; it rotates in place (docs/runbooks/redis-password-rotation.md).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Literal

import constructs
from cdk8s import ApiObjectMetadata
from pydantic import Field, field_validator, model_validator

from ..conventions import standard_labels
from ..handles import NamespaceHandle, SecretStoreHandle
from ..props import Props
from ..secrets import SecretKeyRef, secret_key
from .config import VaultCaConfig, duration_seconds

VAULT_READER_SERVICE_ACCOUNT = "vault-reader"
"""The ServiceAccount, in each namespace with ExternalSecrets, whose token ESO presents to Vault."""


_DNS_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
_SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
_TEMPLATE_ACTION = re.compile(r"\{\{(.*?)\}\}", re.S)
_TEMPLATE_VARIABLE = re.compile(r"(?<![\w$)\]])\.([A-Za-z_]\w*)")


def aws_credentials_file(access_key_id: str, secret_access_key: str) -> str:
    """An ExternalSecret template (engine v2) of an AWS shared credentials file, profile
    `default`, from the ExternalSecret's keys `access_key_id` and `secret_access_key`: the INI
    file the AWS SDKs and minio-go read from $AWS_SHARED_CREDENTIALS_FILE."""
    for key in (access_key_id, secret_access_key):
        if not key.isidentifier():
            raise ValueError(f"aws_credentials_file: key {key!r} is no template variable; allowed: [A-Za-z_][A-Za-z0-9_]*")
    return (f"[default]\naws_access_key_id = {{{{ .{access_key_id} }}}}\n"
            f"aws_secret_access_key = {{{{ .{secret_access_key} }}}}\n")



class VaultSecretStoreProps(Props):
    """Props of VaultSecretStore."""


    name: str = Field(pattern=_DNS_SUBDOMAIN)
    """Name of the ClusterSecretStore (cluster-scoped: carry a tenant prefix, as Platform's
    `<name>-vault`). Required."""
    server: str = Field(pattern=r"^https://\S+$")
    """Vault's address (https only)."""
    mount_path: str
    """Mount path of the KV v2 engine (e.g. secret)."""
    auth_mount_path: str = "kubernetes"
    """Mount path of Vault's Kubernetes auth method. Default: kubernetes."""
    role: str = Field(min_length=1)
    """The Vault role to log in as; one per environment (e.g. lighthouse-prod)."""
    namespaces: tuple[str, ...] = Field(min_length=1)
    """The only namespaces whose ExternalSecrets this store serves."""
    ca: VaultCaConfig | None = None
    """The ConfigMap or Secret with the CA that signed Vault's certificate (`caProvider`).
    Default: none, so only public roots are trusted (an internal Vault then never syncs)."""


class VaultSecretStore(constructs.Construct):
    """A ClusterSecretStore for Vault KV v2 with Kubernetes auth. Implements SecretStoreHandle."""

    def __init__(self, scope: constructs.Construct, id: str, props: VaultSecretStoreProps) -> None:
        super().__init__(scope, id)
        from ..imports.externalsecrets.io import external_secrets as eso

        self.props = props
        ca = props.ca
        # A ClusterSecretStore's caProvider must name its namespace: external-secrets
        # runtime/esutils/utils.go (FetchCACertFromSource) rejects it otherwise.
        ca_provider = (
            eso.ClusterSecretStoreSpecProviderVaultCaProvider(
                type=getattr(eso.ClusterSecretStoreSpecProviderVaultCaProviderType,
                             "CONFIG_MAP" if ca.type == "ConfigMap" else "SECRET"),
                name=ca.name, namespace=ca.namespace, key=ca.key,
            )
            if ca is not None
            else None
        )
        self.resource = eso.ClusterSecretStore(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=props.name, labels=standard_labels(props.name, "secret-store")),
            spec=eso.ClusterSecretStoreSpec(
                provider=eso.ClusterSecretStoreSpecProvider(
                    vault=eso.ClusterSecretStoreSpecProviderVault(
                        server=props.server,
                        path=props.mount_path,
                        version=eso.ClusterSecretStoreSpecProviderVaultVersion.V2,
                        ca_provider=ca_provider,
                        auth=eso.ClusterSecretStoreSpecProviderVaultAuth(
                            kubernetes=eso.ClusterSecretStoreSpecProviderVaultAuthKubernetes(
                                mount_path=props.auth_mount_path,
                                role=props.role,
                                service_account_ref=eso.ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(
                                    name=VAULT_READER_SERVICE_ACCOUNT
                                ),
                            )
                        ),
                    )
                ),
                conditions=[eso.ClusterSecretStoreSpecConditions(namespaces=list(props.namespaces))],
            ),
        )

    @property
    def store_name(self) -> str:
        return self.props.name

    @property
    def store_kind(self) -> Literal["ClusterSecretStore"]:
        return "ClusterSecretStore"


class ExternalSecretProps(Props):
    """Props of ExternalSecretHandle: which Vault entry becomes which Secret."""


    secret_name: str = Field(pattern=_DNS_SUBDOMAIN, max_length=253)
    """Name of the Secret ESO creates (and of the ExternalSecret)."""
    remote_key: str = Field(pattern=r"^[A-Za-z0-9][-A-Za-z0-9_/]*[A-Za-z0-9]$")
    """Path of the entry in the KV engine (e.g. lighthouse/prod/database)."""
    keys: tuple[str, ...] = Field(min_length=1)
    """Keys of the Secret (or, with `templates`, the templates' variables). Each is read from the
    Vault property of the same name unless `properties` maps it to another."""
    properties: dict[str, str] = Field(default_factory=dict)
    """Vault property per Secret key, where they differ. Default: none (same names)."""
    templates: dict[str, str] = Field(default_factory=dict)
    """Secret keys rendered by ESO (template engine v2, `{{ .KEY }}` for a key of `keys`), e.g. a
    credentials file from two Vault properties. When set the Secret holds only these keys
    (mergePolicy Replace), so the raw values never sit beside the file. Default: none."""
    version: int | None = Field(default=None, ge=1)
    """Pinned KV v2 version; bumping it restarts the pods that read the secret. Default: latest."""
    refresh_interval: str = "1h"
    """How often ESO re-reads Vault. Default: 1h."""
    secret_type: str = "Opaque"
    """Type of the created Secret (kubernetes.io/basic-auth for CloudNativePG). Default: Opaque."""
    secret_labels: dict[str, str] = Field(default_factory=dict)
    """Extra labels on the created Secret (e.g. cnpg.io/reload). Default: none."""
    component: str = "secret"
    """The app.kubernetes.io/component label. Default: secret."""

    @field_validator("keys")
    @classmethod
    def _valid_keys(cls, keys: tuple[str, ...]) -> tuple[str, ...]:
        bad = [k for k in keys if not _SECRET_KEY.match(k)]
        if bad:
            raise ValueError(f"keys {bad} are not valid Secret keys; allowed: [-._a-zA-Z0-9]+")
        if len(set(keys)) != len(keys):
            raise ValueError(f"keys {list(keys)} repeat a key; each key once")
        return keys

    @field_validator("templates")
    @classmethod
    def _valid_template_keys(cls, templates: dict[str, str]) -> dict[str, str]:
        bad = [k for k in templates if not _SECRET_KEY.match(k)]
        if bad:
            raise ValueError(f"templates {bad} are not valid Secret keys; allowed: [-._a-zA-Z0-9]+")
        return templates

    @field_validator("refresh_interval")
    @classmethod
    def _duration(cls, value: str) -> str:
        duration_seconds(value)
        return value

    @model_validator(mode="after")
    def _properties_name_declared_keys(self) -> "ExternalSecretProps":
        unknown = sorted(set(self.properties) - set(self.keys))
        if unknown:
            raise ValueError(f"properties {unknown} are not among keys {list(self.keys)}")
        for name, text in self.templates.items():
            # ESO renders with missingkey=error: an unknown variable would fail in the cluster.
            used = {v for action in _TEMPLATE_ACTION.findall(text) for v in _TEMPLATE_VARIABLE.findall(action)}
            if used - set(self.keys):
                raise ValueError(f"templates[{name!r}] uses {sorted(used - set(self.keys))}, which are not among "
                                 f"keys {list(self.keys)}")
        return self


class ExternalSecretHandle(constructs.Construct):
    """An ExternalSecret that makes ESO keep a Secret in sync with one Vault entry.

    Implements SecretHandle (`secret_name`, `namespace`, `keys`, `key()`), so pods reference its
    keys without typing the name again. `revision` changes whenever the ExternalSecret does (see
    the module docstring): put `secret_revision_annotations(handle, ...)` on pod templates.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: ExternalSecretProps,
        *,
        namespace: NamespaceHandle,
        store: SecretStoreHandle,
    ) -> None:
        super().__init__(scope, id)
        from ..imports.externalsecrets.io import external_secrets as eso

        self.props = props
        self._namespace = namespace.name
        store_kind = {
            "ClusterSecretStore": eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE,
            "SecretStore": eso.ExternalSecretSpecSecretStoreRefKind.SECRET_STORE,
        }[store.store_kind]
        version = None if props.version is None else str(props.version)
        self.resource = eso.ExternalSecret(
            self,
            "Resource",
            metadata=ApiObjectMetadata(
                name=props.secret_name,
                namespace=namespace.name,
                labels=standard_labels(props.secret_name, props.component, namespace.name),
            ),
            spec=eso.ExternalSecretSpec(
                secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(kind=store_kind, name=store.store_name),
                refresh_interval=props.refresh_interval,
                target=eso.ExternalSecretSpecTarget(
                    name=props.secret_name,
                    creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
                    deletion_policy=eso.ExternalSecretSpecTargetDeletionPolicy.RETAIN,
                    template=eso.ExternalSecretSpecTargetTemplate(
                        type=props.secret_type,
                        engine_version=eso.ExternalSecretSpecTargetTemplateEngineVersion.V2,
                        data=dict(props.templates) or None,
                        merge_policy=eso.ExternalSecretSpecTargetTemplateMergePolicy.REPLACE if props.templates else None,
                        metadata=eso.ExternalSecretSpecTargetTemplateMetadata(
                            labels={**standard_labels(props.secret_name, props.component, namespace.name),
                                    **props.secret_labels},
                        ),
                    ),
                ),
                data=[
                    eso.ExternalSecretSpecData(
                        secret_key=key,
                        remote_ref=eso.ExternalSecretSpecDataRemoteRef(
                            key=props.remote_key, property=props.properties.get(key, key), version=version
                        ),
                    )
                    for key in props.keys
                ],
            ),
        )
        self._revision: str | None = None

    @property
    def secret_name(self) -> str:
        return self.props.secret_name

    @property
    def namespace(self) -> str:
        return self._namespace

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys the Secret holds: the templates' when there are any, else `props.keys`."""
        return tuple(self.props.templates) or self.props.keys

    def key(self, key: str) -> SecretKeyRef:
        """A reference to `key`, or an error naming the keys this secret declares."""
        return secret_key(self, key)

    @property
    def revision(self) -> str:
        """SHA-256 of the synthesized ExternalSecret: changes when its Vault version, path or keys do."""
        if self._revision is None:
            manifest = json.dumps(self.resource.to_json(), sort_keys=True, separators=(",", ":"))
            self._revision = hashlib.sha256(manifest.encode()).hexdigest()
        return self._revision


