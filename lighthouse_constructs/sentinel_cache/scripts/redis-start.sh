# redis-start.sh: decide whether this Redis starts as primary or as a replica, then exec redis-server.
#
# The rule that keeps a restarted pod from becoming a second primary: Sentinel decides.
#   1. Ask every Sentinel for the current primary (SENTINEL get-master-addr-by-name).
#   2. If they name one primary that is not me: start as its replica.
#   3. If they name me: start as primary, unless another node already answers as primary
#      (a failover is under way) or my data directory is empty (a primary that lost its data
#      must not overwrite its replicas): then wait until the Sentinels promote someone else.
#   4. If they name different primaries: wait until they agree.
#   5. If no Sentinel names a primary: follow the one node that answers as primary, if any.
#      Only ordinal 0 may then start as the first primary, and only after a majority of the
#      Sentinels confirmed that they know none (an unreachable Sentinel confirms nothing).
#   Otherwise wait RETRY_SECONDS and ask again.
#
# Extra inputs (besides those listed in common.sh): DATA_DIR, the Redis data directory.
# redis.conf from the ConfigMap holds the shared settings; this script appends the per-pod
# lines (port, announced address, data directory, passwords, replicaof) in RUN_DIR.
#
# Passwords: the default user accepts the password and, in a rotation window, the alternate
# (see rotate-password.sh); the replica authenticates to its primary with the first of them
# that the primary takes, so a pod restarted at any point of a rotation joins its primary.

. "$(dirname "$0")/common.sh"
require MASTER_SET REDIS_NODES SENTINEL_NODES POD_NAME PASSWORD_FILE RUN_DIR DATA_DIR

ORDINAL=$(ordinal)
ME=$(nth "$ORDINAL" $REDIS_NODES) || die "ordinal $ORDINAL of $POD_NAME has no entry in REDIS_NODES ($REDIS_NODES)"
load_passwords

has_data() { [ -d "$DATA_DIR/appendonlydir" ] || [ -f "$DATA_DIR/dump.rdb" ]; }

# decide: prints "primary", "replica HOST:PORT" or "wait: REASON"
decide() {
  views=$(sentinel_views)
  named=$(named_primaries "$views")
  case $(lines "$named") in
    0) ;;
    1)
      if [ "$named" != "$ME" ]; then echo "replica $named"; return; fi
      others=$(redis_primaries "$ME")
      if [ -n "$others" ]; then
        echo "wait: the sentinels name me primary but $(echo $others) already answers as primary"; return
      fi
      if [ "$(count $REDIS_NODES)" -gt 1 ] && ! has_data; then
        echo "wait: the sentinels name me primary but $DATA_DIR holds no data; waiting for them to promote a replica"; return
      fi
      echo primary; return ;;
    *) echo "wait: the sentinels name different primaries:" $named; return ;;
  esac
  others=$(redis_primaries "$ME")
  case $(lines "$others") in
    0) ;;
    1) echo "replica $others"; return ;;
    *) echo "wait: no sentinel names a primary and several nodes answer as primary:" $others; return ;;
  esac
  if [ "$ORDINAL" != 0 ]; then
    echo "wait: no primary is known yet; ordinal 0 starts as the first one"; return
  fi
  sentinels=$(count $SENTINEL_NODES)
  need=$(majority "$sentinels")
  got=$(answered "$views")
  if [ "$got" -lt "$need" ]; then
    echo "wait: $got of $sentinels sentinels answered; $need must confirm that no primary exists"; return
  fi
  echo primary
}

PRIMARY=
while :; do
  decision=$(decide)
  case $decision in
    primary) log "starting as primary ($ME)"; break ;;
    replica\ *) PRIMARY=${decision#replica }; log "starting as replica of $PRIMARY"; break ;;
    *) log "$decision; asking again in ${RETRY_SECONDS}s"; sleep "$RETRY_SECONDS" ;;
  esac
done

MASTERAUTH=$PASSWORD
if [ -n "$PRIMARY" ]; then
  MASTERAUTH=$(accepted_password "$PRIMARY") || MASTERAUTH=$PASSWORD
fi

umask 077
mkdir -p "$RUN_DIR"
conf="$RUN_DIR/redis.conf"
{
  cat "$HERE/redis.conf"
  echo
  echo "# Added by redis-start.sh for $POD_NAME"
  echo "port ${ME##*:}"
  printf 'dir %s\n' "$(quote "$DATA_DIR")"
  echo "replica-announce-ip ${ME%:*}"
  echo "replica-announce-port ${ME##*:}"
  printf 'user default %s\n' "$(default_user_rules)"
  exporter_user_line redis
  printf 'masterauth %s\n' "$(quote "$MASTERAUTH")"
  if [ -n "$PRIMARY" ]; then echo "replicaof ${PRIMARY%:*} ${PRIMARY##*:}"; fi
} >"$conf.new"
mv "$conf.new" "$conf"
exec redis-server "$conf"
