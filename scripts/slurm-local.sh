#!/usr/bin/env bash
# A real one-node Slurm cluster on this machine, for `folio sweep --executor slurm` and its tests.
#
#   scripts/slurm-local.sh start   # installs slurm-wlm and munge if missing (needs root), writes a
#                                  # config into a temporary folder, starts munged, slurmctld, slurmd
#   scripts/slurm-local.sh stop    # stops them and removes the folder
#   scripts/slurm-local.sh env     # prints `export SLURM_CONF=...` for the running cluster
#
# `start` prints the SLURM_CONF line too: sbatch, squeue and scancel need it
# (`eval "$(scripts/slurm-local.sh start)"`). One node (this hostname) with every CPU, one
# partition `debug`; munge, state and logs live in the folder, so nothing in /etc changes.
# FOLIO_SLURM_DIR chooses the folder (default: /tmp/folio-slurm-$UID). Exit status 3: Slurm is not
# installed and cannot be (tests skip then); 1: it is installed but did not start.
set -euo pipefail

dir="${FOLIO_SLURM_DIR:-/tmp/folio-slurm-$(id -u)}"
conf="$dir/slurm.conf"

log() { echo "slurm-local: $*" >&2; }

install_if_missing() {
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null && command -v sbatch >/dev/null; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "slurm-wlm and munge are not installed, and installing them needs root"
    return 1
  fi
  log "installing slurm-wlm and munge (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq slurm-wlm munge >/dev/null
}

# A free TCP port from the kernel's ephemeral range, so two clusters (or other programs) do not collide.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for_node() {
  for _ in $(seq 1 60); do
    state=$(SLURM_CONF="$conf" sinfo -h -N -o '%t' 2>/dev/null | head -1 || true)
    case "$state" in idle*|mix*|alloc*) return 0 ;; esac
    # A node that was down when the controller first saw it comes back on its own (ReturnToService=2).
    sleep 0.5
  done
  log "the node did not become idle (state '${state:-none}'); logs in $dir/*.log"
  return 1
}

start() {
  install_if_missing || exit 3
  if [ -f "$dir/slurmctld.pid" ] && kill -0 "$(cat "$dir/slurmctld.pid")" 2>/dev/null; then
    log "already running ($conf)"
    echo "export SLURM_CONF=$conf"
    return 0
  fi
  rm -rf "$dir"
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool"
  chmod 700 "$dir/munge"
  mungekey --create --keyfile="$dir/munge/munge.key" --force >/dev/null 2>&1 \
    || dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
  chmod 600 "$dir/munge/munge.key"
  munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" \
    </dev/null >/dev/null 2>&1

  local node cpus memory
  node=$(hostname -s)
  cpus=$(nproc)
  memory=$(awk '/MemTotal/ { print int($2 / 1024 * 0.9) }' /proc/meminfo)
  cat >"$conf" <<EOF
ClusterName=folio-local
SlurmctldHost=$node
SlurmUser=$(id -un)
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/slurmd-%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
# No cgroups in a container: track a job's processes by their parent, bind nothing.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
MinJobAge=30
NodeName=$node CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
  # The daemons must not hold the caller's stdout (a test reading it to the end would wait forever).
  SLURM_CONF="$conf" slurmctld -f "$conf" </dev/null >/dev/null 2>&1
  SLURM_CONF="$conf" slurmd -f "$conf" </dev/null >/dev/null 2>&1
  wait_for_node
  log "running: one node '$node', $cpus CPUs, partition debug ($conf)"
  echo "export SLURM_CONF=$conf"
}

stop() {
  for pidfile in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  done
  rm -rf "$dir"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) echo "export SLURM_CONF=$conf" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
