# common.sh: helpers shared by the SentinelCache scripts (POSIX sh, sourced, never run).
#
# Every input is an environment variable, so the same scripts run in Kubernetes and in the
# local failover test, which changes only addresses and directories:
#   MASTER_SET           name of the Sentinel master set
#   REDIS_NODES          "host:port" of every Redis pod, space-separated, in ordinal order
#   SENTINEL_NODES       "host:port" of every Sentinel pod, space-separated, in ordinal order
#   POD_NAME             this pod's name; its ordinal is the number after the last "-"
#   PASSWORD_FILE        file holding the password shared by Redis and Sentinel
#   ALTERNATE_FILE       optional: file holding a second password every node also accepts, the
#                        window of a rotation (rotate-password.sh); absent, empty or equal to the
#                        password outside one
#   EXPORTER_PASSWORD_FILE  optional: the password of this pod's `exporter` user (exporter-auth.sh)
#   RUN_DIR              writable directory for the generated configuration
#   RETRY_SECONDS        pause between two attempts to find the primary (default 2)
#   CLI_TIMEOUT_SECONDS  how long to wait for one peer's answer (default 2)

HERE=$(cd "$(dirname "$0")" && pwd)
RETRY_SECONDS="${RETRY_SECONDS:-2}"
CLI_TIMEOUT_SECONDS="${CLI_TIMEOUT_SECONDS:-2}"

log() { printf '%s: %s\n' "${POD_NAME:-?}" "$*" >&2; }
die() { log "$*"; exit 1; }

# require VAR...: stop with a clear message when a required variable is unset or empty
require() {
  for _v in "$@"; do
    eval "_val=\${$_v:-}"
    [ -n "$_val" ] || die "environment variable $_v is required"
  done
}

# nth N WORD...: the N-th word, counting from 0
nth() {
  _n=$1; shift
  [ "$_n" -ge 0 ] 2>/dev/null && [ "$_n" -lt "$#" ] || return 1
  shift "$_n"
  printf '%s' "$1"
}

count() { echo $#; }
majority() { echo $(($1 / 2 + 1)); }
lines() { printf '%s\n' "$1" | grep -c . || true; }

# ordinal: this pod's StatefulSet ordinal
ordinal() { printf '%s' "${POD_NAME##*-}"; }

# password: the shared password, without the trailing newline a mounted file may carry
password() {
  [ -r "$PASSWORD_FILE" ] || die "password file $PASSWORD_FILE is not readable"
  _pw=$(cat "$PASSWORD_FILE")
  [ -n "$_pw" ] || die "password file $PASSWORD_FILE is empty"
  printf '%s' "$_pw"
}

# alternate: the second accepted password; nothing when there is none or it equals the password
alternate() {
  [ -n "${ALTERNATE_FILE:-}" ] && [ -r "$ALTERNATE_FILE" ] || return 0
  _alt=$(cat "$ALTERNATE_FILE")
  [ "$_alt" = "$(password)" ] || printf '%s' "$_alt"
}

# load_passwords: set PASSWORD and ALTERNATE from the mounted files (they change in place)
load_passwords() {
  PASSWORD=$(password) || exit 1
  ALTERNATE=$(alternate)
}

# quote STRING: STRING as a double-quoted redis.conf (and JSON) string
quote() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }

# cli_as PASSWORD HOST:PORT ARG...: one redis-cli call authenticated with PASSWORD (through the
# environment, never the command line) that gives up after CLI_TIMEOUT_SECONDS and fails on
# connection errors and error replies.
cli_as() {
  _auth=$1; _addr=$2; shift 2
  REDISCLI_AUTH=$_auth timeout "$CLI_TIMEOUT_SECONDS" \
    redis-cli --no-auth-warning -e -h "${_addr%:*}" -p "${_addr##*:}" "$@" 2>/dev/null
}

# cli HOST:PORT ARG...: cli_as with PASSWORD, then with ALTERNATE (in a rotation window a peer may
# take only one of them). Only for commands that may run twice.
cli() {
  cli_as "$PASSWORD" "$@" && return 0
  [ -n "${ALTERNATE:-}" ] && cli_as "$ALTERNATE" "$@"
}

# accepts HOST:PORT PASSWORD: whether the node takes PASSWORD (AUTH answers OK; through stdin)
accepts() {
  _reply=$(printf 'AUTH %s\n' "$(quote "$2")" | env -u REDISCLI_AUTH timeout "$CLI_TIMEOUT_SECONDS" \
    redis-cli --no-auth-warning -h "${1%:*}" -p "${1##*:}" 2>/dev/null)
  [ "$_reply" = OK ]
}

# accepted_password HOST:PORT: the first of PASSWORD and ALTERNATE that the node takes
accepted_password() {
  if accepts "$1" "$PASSWORD"; then printf '%s' "$PASSWORD"; return 0; fi
  if [ -n "${ALTERNATE:-}" ] && accepts "$1" "$ALTERNATE"; then printf '%s' "$ALTERNATE"; return 0; fi
  return 1
}

# exporter_user_line redis|sentinel: the `user exporter` line of this pod's config, or nothing
# without EXPORTER_PASSWORD_FILE. The commands redis_exporter runs (its README, "dedicated Redis
# user"), without access to any key or channel.
exporter_user_line() {
  [ -n "${EXPORTER_PASSWORD_FILE:-}" ] && [ -r "$EXPORTER_PASSWORD_FILE" ] || return 0
  _commands='+client +ping +info +config|get +cluster|info +slowlog +latency +memory +select'
  [ "$1" = redis ] || _commands='+client +ping +info +sentinel|masters +sentinel|master +sentinel|replicas +sentinel|slaves +sentinel|sentinels +sentinel|ckquorum'
  printf 'user exporter on resetpass %s resetkeys resetchannels -@all %s\n' "$(quote ">$(cat "$EXPORTER_PASSWORD_FILE")")" "$_commands"
}

# default_user_rules: the ACL rules of the default user: exactly the accepted passwords (PASSWORD
# and, in a rotation window, ALTERNATE), every key, channel and command
default_user_rules() {
  printf 'on resetpass %s' "$(quote ">$PASSWORD")"
  [ -z "${ALTERNATE:-}" ] || printf ' %s' "$(quote ">$ALTERNATE")"
  printf ' ~* &* +@all'
}

# sentinel_views [SKIP]: one line per Sentinel except SKIP: the primary it names (host:port),
# "none" when it monitors no primary, "unreachable" when it did not answer
sentinel_views() {
  for _s in $SENTINEL_NODES; do
    [ "$_s" = "${1:-}" ] && continue
    if _out=$(cli "$_s" SENTINEL get-master-addr-by-name "$MASTER_SET"); then
      _host=$(printf '%s\n' "$_out" | sed -n 1p)
      _port=$(printf '%s\n' "$_out" | sed -n 2p)
      if [ -n "$_host" ] && [ -n "$_port" ]; then echo "$_host:$_port"; else echo none; fi
    else
      echo unreachable
    fi
  done
}

# named_primaries VIEWS: the distinct primaries named in sentinel_views output
named_primaries() { printf '%s\n' "$1" | grep -v -e '^none$' -e '^unreachable$' -e '^$' | sort -u; }

# answered VIEWS: how many Sentinels answered (with a primary or with "none")
answered() { printf '%s\n' "$1" | grep -c -e '^none$' -e ':' || true; }

# redis_primaries [SKIP]: the Redis nodes except SKIP that currently answer ROLE with "master"
redis_primaries() {
  for _r in $REDIS_NODES; do
    [ "$_r" = "${1:-}" ] && continue
    _role=$(cli "$_r" ROLE | sed -n 1p)
    if [ "$_role" = master ]; then echo "$_r"; fi
  done
  return 0
}
