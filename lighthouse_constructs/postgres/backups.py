"""Backups and point-in-time recovery with the barman-cloud plugin (barmancloud.cnpg.io/v1).

The ObjectStore holds the destination and credentials; the Cluster names it in `spec.plugins`
(the WAL archiver) and, for a recovery or a replica cluster, in `spec.externalClusters`. The
archive folder of a server is the plugin's `serverName` parameter (the ObjectStore's own
`serverName` stays empty, as the plugin requires).
"""

from __future__ import annotations

from typing import Any

import cdk8s
import constructs

from ..handles import SecretHandle
from ..operators.barman_cloud import PLUGIN_NAME
from ..quantity import Resources
from ..secrets import secret_key
from .props import BackupProps

ACCESS_KEY_ID = "ACCESS_KEY_ID"
SECRET_ACCESS_KEY = "ACCESS_SECRET_KEY"
REGION = "REGION"
"""Keys of the credentials secret; REGION is optional."""
SIDECAR_RESOURCES = Resources(cpu_request="50m", memory_request="128Mi", cpu_limit="1", memory_limit="512Mi")
"""The barman-cloud plugin sidecar CloudNativePG adds to each instance pod."""


class BarmanCloudBackups(constructs.Construct):
    """An ObjectStore (`<cluster>-backups`) and a ScheduledBackup (`<cluster>-base-backup`,
    method plugin, taken from a standby when one is ready, the first one right away)."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: BackupProps,
        *,
        cluster: str,
        credentials: SecretHandle,
        namespace: str,
        labels: dict[str, str],
    ) -> None:
        super().__init__(scope, id)
        from ..imports.barmancloud.io.cnpg.barmancloud import (
            ObjectStore,
            ObjectStoreSpec,
            ObjectStoreSpecConfiguration,
            ObjectStoreSpecConfigurationData,
            ObjectStoreSpecConfigurationDataCompression,
            ObjectStoreSpecConfigurationS3Credentials,
            ObjectStoreSpecConfigurationS3CredentialsAccessKeyId,
            ObjectStoreSpecConfigurationS3CredentialsRegion,
            ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey,
            ObjectStoreSpecConfigurationWal,
            ObjectStoreSpecConfigurationWalCompression,
            ObjectStoreSpecInstanceSidecarConfiguration,
            ObjectStoreSpecInstanceSidecarConfigurationResources,
            ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits,
            ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests,
        )
        from ..imports.cnpg.io.cnpg.postgresql import (
            ScheduledBackup,
            ScheduledBackupSpec,
            ScheduledBackupSpecBackupOwnerReference,
            ScheduledBackupSpecCluster,
            ScheduledBackupSpecMethod,
            ScheduledBackupSpecPluginConfiguration,
            ScheduledBackupSpecTarget,
        )

        if credentials.namespace != namespace:
            raise ValueError(
                f"backup credentials {credentials.namespace}/{credentials.secret_name} must be in the cluster's "
                f"namespace {namespace}; the plugin reads them from there"
            )
        access_key = secret_key(credentials, ACCESS_KEY_ID)
        secret = secret_key(credentials, SECRET_ACCESS_KEY)
        region = secret_key(credentials, REGION) if REGION in credentials.keys else None
        self.props = props
        self.store_name = f"{cluster}-backups"
        self.object_store = ObjectStore(
            self,
            "ObjectStore",
            metadata=cdk8s.ApiObjectMetadata(name=self.store_name, namespace=namespace, labels=labels),
            spec=ObjectStoreSpec(
                retention_policy=props.retention_policy,
                configuration=ObjectStoreSpecConfiguration(
                    destination_path=props.destination_path,
                    endpoint_url=props.endpoint_url,
                    s3_credentials=ObjectStoreSpecConfigurationS3Credentials(
                        access_key_id=ObjectStoreSpecConfigurationS3CredentialsAccessKeyId(
                            name=access_key.secret_name, key=access_key.key
                        ),
                        secret_access_key=ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey(
                            name=secret.secret_name, key=secret.key
                        ),
                        region=(
                            ObjectStoreSpecConfigurationS3CredentialsRegion(name=region.secret_name, key=region.key)
                            if region
                            else None
                        ),
                    ),
                    wal=ObjectStoreSpecConfigurationWal(
                        compression=ObjectStoreSpecConfigurationWalCompression[props.wal_compression.upper()],
                        max_parallel=4,
                    ),
                    data=ObjectStoreSpecConfigurationData(
                        compression=ObjectStoreSpecConfigurationDataCompression[props.data_compression.upper()],
                        jobs=2,
                    ),
                ),
                instance_sidecar_configuration=ObjectStoreSpecInstanceSidecarConfiguration(
                    resources=SIDECAR_RESOURCES.struct(
                        ObjectStoreSpecInstanceSidecarConfigurationResources,
                        ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests,
                        ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits,
                    )
                ),
            ),
        )
        self.scheduled_backup = ScheduledBackup(
            self,
            "ScheduledBackup",
            metadata=cdk8s.ApiObjectMetadata(name=f"{cluster}-base-backup", namespace=namespace, labels=labels),
            spec=ScheduledBackupSpec(
                cluster=ScheduledBackupSpecCluster(name=cluster),
                schedule=props.schedule,
                method=ScheduledBackupSpecMethod.PLUGIN,
                plugin_configuration=ScheduledBackupSpecPluginConfiguration(name=PLUGIN_NAME),
                immediate=True,
                target=ScheduledBackupSpecTarget.PREFER_HYPHEN_STANDBY,
                backup_owner_reference=ScheduledBackupSpecBackupOwnerReference.SELF,
            ),
        )

    def parameters(self, server_name: str) -> dict[str, Any]:
        """Plugin parameters that point at `server_name`'s folder in this store."""
        return {"barmanObjectName": self.store_name, "serverName": server_name}
