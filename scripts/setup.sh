#!/usr/bin/env bash
# oorl development / CI setup.
#
# Idempotent: every step checks first and does nothing when its work is already
# done, so a second run takes a few seconds.  Steps:
#   1. Debian packages for the sandboxed executor's toolchains (skip: OORL_SKIP_APT=1)
#   2. npm tools (TypeScript, @types/node) under $OORL_TOOLS_DIR/npm (skip: OORL_SKIP_NPM=1)
#   3. .venv with torch (CPU wheel, pinned) and `pip install -e '.[dev]'`
#   4. toolchain warm-up artefacts via `oorl exec doctor --warm` (skip: OORL_SKIP_WARM=1)
# (Step 4 needs the virtualenv, so it runs after step 3.)
#
# Environment knobs:
#   OORL_SKIP_APT=1      skip the Debian package step
#   OORL_SKIP_NPM=1      skip the npm step
#   OORL_SKIP_WARM=1     skip the warm-up step
#   OORL_TOOLS_DIR       prefix for system-wide tools (default /opt/oorl)
#   OORL_WHEELS_DIR      folder of local wheels for pip --find-links (default /opt/wheels)
#   OORL_FORCE_PIP=1     redo the pip steps even if the stamp matches
#   PYTHON               interpreter used to create .venv (default python3)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TORCH_PIN="torch==2.13.0"
# npm tools, exact versions (verified to install and compile with node 20).
# typescript 7 is the native (Go) compiler: node_modules/.bin/tsc is typescript 7,
# the native binary is node_modules/@typescript/typescript-linux-x64/lib/tsc.
# typescript5 is the JS compiler, run as `node node_modules/typescript5/bin/tsc`.
NPM_PKGS=(
  "typescript=7.0.2"
  "typescript5=npm:typescript@5.9.3"
  "@types/node=20.19.43"
)
# Bump to force the pip steps to rerun on every checkout after a change here.
SETUP_STAMP_VERSION=1

TOOLS_DIR="${OORL_TOOLS_DIR:-/opt/oorl}"
NPM_DIR="$TOOLS_DIR/npm"
WHEELS_DIR="${OORL_WHEELS_DIR:-/opt/wheels}"
VENV="$ROOT/.venv"
STAMP="$VENV/.oorl-setup-stamp"
PY="${PYTHON:-python3}"

export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1
export PIP_NO_INPUT=1

log()  { printf '[setup] %s\n' "$*"; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }
step() { printf '\n[setup] === %s ===\n' "$*"; }

T0=$SECONDS

# Run a command as root: directly when root, with sudo when available.
SUDO=()
CAN_ROOT=1
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    CAN_ROOT=0
  fi
fi

# ---------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------
# Each entry: "package|check" where check is a shell test that succeeds when
# the package (or an equivalent) is already present.  dpkg checks are used for
# anything the sandbox must see under /usr (e.g. a rustup rustc in ~/.cargo
# does not count).
APT_WANTED=(
  "clang-19|dpkg_ok clang-19"
  "llvm-19|dpkg_ok llvm-19"
  "libclang-rt-19-dev|dpkg_ok libclang-rt-19-dev"
  "g++|dpkg_ok g++"
  "default-jdk-headless|dpkg_ok default-jdk-headless || dpkg_ok openjdk-17-jdk-headless || [ -x /usr/bin/javac ]"
  "php-cli|dpkg_ok php-cli"
  "golang-go|dpkg_ok golang-go"
  "mono-mcs|dpkg_ok mono-mcs"
  "mono-runtime|dpkg_ok mono-runtime"
  "scala|dpkg_ok scala"
  "ghc|dpkg_ok ghc"
  "rustc|dpkg_ok rustc"
  "bubblewrap|dpkg_ok bubblewrap"
  "util-linux|command -v setpriv >/dev/null && command -v prlimit >/dev/null"
  "python3|[ -x /usr/bin/python3 ]"
  "perl|[ -x /usr/bin/perl ]"
  "ruby|dpkg_ok ruby"
  "lua5.4|dpkg_ok lua5.4"
  "libjavatuples-java|dpkg_ok libjavatuples-java"
  "golang-github-stretchr-testify-dev|dpkg_ok golang-github-stretchr-testify-dev"
  "make|command -v make >/dev/null"
)

DPKG_OK=""
dpkg_ok() { case " $DPKG_OK " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

apt_step() {
  step "1/4 Debian packages"
  if [ "${OORL_SKIP_APT:-0}" = "1" ]; then
    log "OORL_SKIP_APT=1: skipping"
    return 0
  fi
  if ! command -v dpkg-query >/dev/null 2>&1; then
    warn "dpkg-query not found (not a Debian system?): skipping Debian packages"
    return 0
  fi

  # One dpkg-query call for all packages: names of those fully installed.
  local names=() entry
  for entry in "${APT_WANTED[@]}"; do names+=("${entry%%|*}"); done
  names+=(openjdk-17-jdk-headless)
  DPKG_OK="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${names[@]}" 2>/dev/null \
              | awk '$2 ~ /^ii/ {sub(/:.*/, "", $1); print $1}' | tr '\n' ' ')" || true

  local missing=()
  for entry in "${APT_WANTED[@]}"; do
    if ! eval "${entry#*|}" >/dev/null 2>&1; then missing+=("${entry%%|*}"); fi
  done
  # node/npm: only when absent (node 20 from another source must not be replaced).
  if ! command -v node >/dev/null 2>&1; then
    missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
  elif ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
  fi

  if [ "${#missing[@]}" -eq 0 ]; then
    log "all Debian packages present"
    return 0
  fi
  log "missing: ${missing[*]}"
  if [ "$CAN_ROOT" -ne 1 ]; then
    warn "not root and no sudo: cannot install: ${missing[*]}"
    warn "install them by hand: apt-get install --no-install-recommends ${missing[*]}"
    warn "(the executor reports the missing toolchains itself; continuing)"
    return 0
  fi
  log "apt-get update"
  retry_once "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  log "apt-get install --no-install-recommends ${missing[*]}"
  retry_once "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Run a command; on failure wait a little and try once more (transient mirror errors).
retry_once() {
  "$@" </dev/null && return 0
  warn "failed: $*; retrying in 10s"
  sleep 10
  "$@" </dev/null
}

# ---------------------------------------------------------------------------
# 2. npm tools under $NPM_DIR (readable by the sandbox)
# ---------------------------------------------------------------------------
npm_installed_ok() {
  # True when every NPM_PKGS entry is installed at its exact version.
  [ -d "$NPM_DIR/node_modules" ] || return 1
  local entry name spec want got
  for entry in "${NPM_PKGS[@]}"; do
    name="${entry%%=*}"; spec="${entry#*=}"
    want="${spec##*@}"             # "npm:typescript@5.9.3" -> "5.9.3"
    [ -f "$NPM_DIR/node_modules/$name/package.json" ] || return 1
    got="$(node -p "require(process.argv[1]).version" \
             "$NPM_DIR/node_modules/$name/package.json" 2>/dev/null)" || return 1
    [ "$got" = "$want" ] || return 1
  done
}

npm_step() {
  step "2/4 npm tools in $NPM_DIR"
  if [ "${OORL_SKIP_NPM:-0}" = "1" ]; then
    log "OORL_SKIP_NPM=1: skipping"
    return 0
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    warn "node/npm not available: skipping npm tools (TypeScript will be reported missing)"
    return 0
  fi
  if npm_installed_ok; then
    log "already installed: ${NPM_PKGS[*]}"
    return 0
  fi

  local run=()
  if ! mkdir -p "$NPM_DIR" 2>/dev/null || [ ! -w "$NPM_DIR" ]; then
    if [ "$CAN_ROOT" -eq 1 ] && [ "${#SUDO[@]}" -gt 0 ]; then
      run=(sudo)
      sudo mkdir -p "$NPM_DIR"
    else
      warn "$NPM_DIR is not writable and no sudo: skipping npm tools"
      warn "(set OORL_TOOLS_DIR to a writable folder the sandbox can read)"
      return 0
    fi
  fi

  local deps="" entry
  for entry in "${NPM_PKGS[@]}"; do
    deps+="${deps:+,}\"${entry%%=*}\": \"${entry#*=}\""
  done
  local pj="{\"name\": \"oorl-tools\", \"private\": true, \"dependencies\": {${deps}}}"
  log "npm install ${NPM_PKGS[*]}"
  printf '%s\n' "$pj" | "${run[@]}" tee "$NPM_DIR/package.json" >/dev/null
  (
    umask 022
    cd "$NPM_DIR"
    "${run[@]}" npm install --no-audit --no-fund --loglevel=error </dev/null
  )
  "${run[@]}" chmod -R a+rX "$NPM_DIR"
  if ! npm_installed_ok; then
    echo "[setup] ERROR: npm tools not at the pinned versions after install" >&2
    return 1
  fi
  log "typescript: $("$NPM_DIR/node_modules/.bin/tsc" --version 2>&1 || echo '?')," \
      "typescript5: $(node "$NPM_DIR/node_modules/typescript5/bin/tsc" --version 2>&1 || echo '?')"
}

# ---------------------------------------------------------------------------
# 3. virtualenv
# ---------------------------------------------------------------------------
# pip with the noise from absent local-index folders (user pip config) dropped;
# the exit status is pip's (pipefail; sed always succeeds).
pip_filtered() {
  { "$@" 2>&1 1>&3 3>&- | sed -u '/is ignored: it is neither a file nor a directory/d' >&2; } 3>&1
}

stamp_value() {
  {
    echo "setup=$SETUP_STAMP_VERSION"
    echo "torch=$TORCH_PIN"
    "$VENV/bin/python" -c 'import sys; print(sys.version)'
    cat pyproject.toml
  } | sha256sum | cut -d' ' -f1
}

venv_step() {
  step "3/4 virtualenv $VENV"
  if [ ! -f pyproject.toml ]; then
    echo "[setup] ERROR: $ROOT/pyproject.toml not found" >&2
    return 1
  fi

  local fresh=0
  if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    log "venv exists ($("$VENV/bin/python" --version 2>&1))"
  else
    if [ -e "$VENV" ]; then
      warn "$VENV is broken: recreating it"
      rm -rf "$VENV"
    fi
    log "creating venv with $PY ($("$PY" --version 2>&1))"
    "$PY" -m venv "$VENV"
    fresh=1
  fi

  local want
  want="$(stamp_value)"
  if [ "${OORL_FORCE_PIP:-0}" != "1" ] && [ "$fresh" -eq 0 ] && [ -f "$STAMP" ] \
     && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/oorl" ]; then
    log "python packages up to date (stamp matches)"
    return 0
  fi
  rm -f "$STAMP"

  local pip=(pip_filtered "$VENV/bin/python" -m pip)
  local pip_opts=(--no-input)
  if [ -d "$WHEELS_DIR" ]; then pip_opts+=(--find-links "$WHEELS_DIR"); fi

  if [ "$fresh" -eq 1 ]; then
    log "pip install --upgrade pip"
    "${pip[@]}" install -q "${pip_opts[@]}" --upgrade pip </dev/null
  fi

  # torch FIRST and pinned: the CPU wheel from the local wheels folder.  A bare
  # `torch` requirement would pull the newest CUDA build (several GB).
  log "pip install $TORCH_PIN"
  "${pip[@]}" install -q "${pip_opts[@]}" "$TORCH_PIN" </dev/null
  # The constraint keeps the resolver from ever replacing torch below.
  local constraints="$VENV/.oorl-constraints.txt"
  echo "$TORCH_PIN" >"$constraints"

  log "pip install -e '.[dev]'"
  "${pip[@]}" install -q "${pip_opts[@]}" -c "$constraints" -e '.[dev]' </dev/null

  if [ ! -x "$VENV/bin/oorl" ]; then
    echo "[setup] ERROR: $VENV/bin/oorl missing after pip install -e '.[dev]'" \
         "(does pyproject.toml declare [project.scripts] oorl?)" >&2
    return 1
  fi
  log "torch $("$VENV/bin/python" -c 'import torch; print(torch.__version__)' 2>&1)"
  echo "$want" >"$STAMP"
}

# ---------------------------------------------------------------------------
# 4. toolchain warm-up artefacts (C++ PCH for bits/stdc++.h, Java CDS archive, ...)
#    Built by the executor itself: `oorl exec doctor --warm`.
# ---------------------------------------------------------------------------
warm_step() {
  step "4/4 toolchain warm-up (oorl exec doctor --warm)"
  if [ "${OORL_SKIP_WARM:-0}" = "1" ]; then
    log "OORL_SKIP_WARM=1: skipping"
    return 0
  fi
  local oorl="$VENV/bin/oorl"
  # Only a missing command is skipped silently; a failing warm-up is reported.
  if [ ! -x "$oorl" ] || ! "$oorl" exec doctor --help 2>/dev/null </dev/null | grep -q -- '--warm'; then
    log "'oorl exec doctor --warm' not available yet: skipping"
    return 0
  fi
  local rc=0
  "$oorl" exec doctor --warm </dev/null || rc=$?
  if [ "$rc" -ne 0 ]; then
    warn "'oorl exec doctor --warm' failed (exit $rc): toolchain warm-up artefacts may be missing;"
    warn "the executor still works, but the first compiles will be slower. Run 'make doctor' for details."
  fi
}

for s in apt_step npm_step venv_step warm_step; do
  t=$SECONDS
  "$s"
  log "($s took $((SECONDS - t))s)"
done

log "done in $((SECONDS - T0))s"
