# sentinel-start.sh: start a Sentinel that monitors the primary the other Sentinels agree on.
#
# The Sentinel starts empty (no monitored primary) so that it can answer "I know none" at once:
# that answer is what lets Redis ordinal 0 bootstrap the first primary. In the background this
# script then picks the primary to monitor, never on its own judgement:
#   1. Ask the other Sentinels (SENTINEL get-master-addr-by-name). If those that know one all
#      name the same primary, monitor it. If they name different primaries, wait.
#   2. If none knows one, monitor the one Redis node that answers ROLE with "master".
#      No such node, or several: wait.
# Sentinel keeps no state across restarts (its config is rebuilt in RUN_DIR each time): it
# relearns the primary, the replicas, the other Sentinels and the config epoch from its peers.
#
# Passwords: clients and peers may authenticate with the password or, in a rotation window, the
# alternate (see rotate-password.sh). Towards the other Sentinels (sentinel-pass) and the Redis
# nodes (auth-pass) this Sentinel uses the first of them that they take, so a Sentinel restarted
# at any point of a rotation keeps monitoring.
#
# Extra inputs (besides those listed in common.sh): SENTINEL_QUORUM,
# SENTINEL_DOWN_AFTER_MILLISECONDS, SENTINEL_FAILOVER_TIMEOUT_MILLISECONDS, SENTINEL_PARALLEL_SYNCS.

. "$(dirname "$0")/common.sh"
require MASTER_SET REDIS_NODES SENTINEL_NODES POD_NAME PASSWORD_FILE RUN_DIR \
  SENTINEL_QUORUM SENTINEL_DOWN_AFTER_MILLISECONDS SENTINEL_FAILOVER_TIMEOUT_MILLISECONDS SENTINEL_PARALLEL_SYNCS

ORDINAL=$(ordinal)
ME=$(nth "$ORDINAL" $SENTINEL_NODES) || die "ordinal $ORDINAL of $POD_NAME has no entry in SENTINEL_NODES ($SENTINEL_NODES)"
load_passwords

# decide: prints "monitor HOST:PORT" or "wait: REASON"
decide() {
  views=$(sentinel_views "$ME")
  named=$(named_primaries "$views")
  case $(lines "$named") in
    1) echo "monitor $named"; return ;;
    0) ;;
    *) echo "wait: the other sentinels name different primaries:" $named; return ;;
  esac
  primaries=$(redis_primaries)
  case $(lines "$primaries") in
    1) echo "monitor $primaries" ;;
    0) echo "wait: no sentinel names a primary and no Redis node answers as primary yet" ;;
    *) echo "wait: no sentinel names a primary and several nodes answer as primary:" $primaries ;;
  esac
}

# monitor HOST:PORT: make the local Sentinel monitor HOST:PORT with the configured settings.
# The password travels through stdin, never a command line. down-after-milliseconds is set
# last, 2 s later: the Sentinel's first ping goes out before it knows the password, is answered
# NOAUTH, and it reconnects with the password only after a second; with a short down-after
# already in force that unanswered ping would mark a healthy primary down (on every Sentinel at
# once after a full restart, enough to start a failover).
monitor() {
  auth_pass=$(accepted_password "$1") || return 1
  {
    if [ -z "$(cli "$ME" SENTINEL get-master-addr-by-name "$MASTER_SET")" ]; then
      printf 'SENTINEL MONITOR %s %s %s %s\n' "$MASTER_SET" "${1%:*}" "${1##*:}" "$SENTINEL_QUORUM"
    fi
    printf 'SENTINEL SET %s auth-pass %s\n' "$MASTER_SET" "$(quote "$auth_pass")"
    printf 'SENTINEL SET %s failover-timeout %s parallel-syncs %s\n' "$MASTER_SET" \
      "$SENTINEL_FAILOVER_TIMEOUT_MILLISECONDS" "$SENTINEL_PARALLEL_SYNCS"
  } | cli_as "$PASSWORD" "$ME" >"$RUN_DIR/monitor.out" || return 1
  sleep 2
  cli "$ME" SENTINEL SET "$MASTER_SET" down-after-milliseconds "$SENTINEL_DOWN_AFTER_MILLISECONDS" >>"$RUN_DIR/monitor.out" || return 1
  # Every command answers OK; redis-cli reading stdin reports errors only in its output.
  ! grep -q -v -x OK "$RUN_DIR/monitor.out"
}

monitor_agreed_primary() {
  until cli "$ME" PING >/dev/null; do sleep 0.2; done
  while :; do
    decision=$(decide)
    case $decision in
      monitor\ *)
        if monitor "${decision#monitor }"; then log "monitoring ${decision#monitor }"; return 0; fi
        log "could not configure the local sentinel to monitor ${decision#monitor }" ;;
      *) log "$decision; asking again in ${RETRY_SECONDS}s" ;;
    esac
    sleep "$RETRY_SECONDS"
  done
}

# The password the other Sentinels take (any that answers tells), else the password.
SENTINEL_PASS=$PASSWORD
for peer in $SENTINEL_NODES; do
  [ "$peer" = "$ME" ] && continue
  if pass=$(accepted_password "$peer"); then SENTINEL_PASS=$pass; break; fi
done

umask 077
mkdir -p "$RUN_DIR"
conf="$RUN_DIR/sentinel.conf"
{
  cat "$HERE/sentinel.conf"
  echo
  echo "# Added by sentinel-start.sh for $POD_NAME"
  echo "port ${ME##*:}"
  printf 'dir %s\n' "$(quote "$RUN_DIR")"
  echo "sentinel announce-ip ${ME%:*}"
  echo "sentinel announce-port ${ME##*:}"
  printf 'user default %s\n' "$(default_user_rules)"
  exporter_user_line sentinel
  printf 'sentinel sentinel-pass %s\n' "$(quote "$SENTINEL_PASS")"
} >"$conf.new"
mv "$conf.new" "$conf"

redis-sentinel "$conf" &
sentinel_pid=$!
trap 'kill -TERM "$sentinel_pid" 2>/dev/null' TERM INT
monitor_agreed_primary &
monitor_pid=$!

# `wait` returns early when a trapped signal arrives: keep waiting until Sentinel has exited.
status=0
while kill -0 "$sentinel_pid" 2>/dev/null; do
  wait "$sentinel_pid"
  status=$?
done
kill "$monitor_pid" 2>/dev/null
exit "$status"
