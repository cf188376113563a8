#!/usr/bin/env bash
# Provision the tools the editor end-to-end tests need: code-server (VS Code
# as a server, since desktop VS Code cannot be downloaded here), playwright-core
# driving Debian's Chromium, and Neovim as a third-party LSP client.
# Everything npm-installed lives OUTSIDE the repo, in $REPORT_LINT_E2E_HOME.
# Idempotent: a re-run with everything present only checks and rewrites env.json.
set -euo pipefail

E2E_HOME="${REPORT_LINT_E2E_HOME:-$HOME/.cache/report-lint-e2e}"
CODE_SERVER_VERSION="4.100.3"    # last one whose postinstall accepts Node 20
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.65.1}"
RIPGREP_VERSION="1.15.11"         # @vscode/ripgrep pulled in by code-server 4.100.3
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config
              ripgrep chromium neovim fonts-noto-cjk)

log() { printf '[provision-e2e] %s\n' "$*"; }
start_s=$SECONDS

# --- Debian packages --------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  log "apt: missing ${missing[*]}; running apt-get update + install"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${APT_PACKAGES[@]}" >/dev/null
else
  log "apt: all ${#APT_PACKAGES[@]} packages already installed"
fi

# --- LibreOffice (the .docx checks open the annotated copy in a real office suite) ---
if ! command -v soffice >/dev/null 2>&1; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  log "apt: installing libreoffice-writer-nogui"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
else
  log "LibreOffice: $(command -v soffice)"
fi

# --- npm packages outside the repo -----------------------------------------
CS_DIR="$E2E_HOME/code-server"
PW_DIR="$E2E_HOME/playwright"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_RG="$CS_PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
PW_PKG="$PW_DIR/node_modules/playwright-core"
mkdir -p "$CS_DIR" "$PW_DIR"

pkg_version() { node -p "require('$1/package.json').version" 2>/dev/null || true; }

if [[ "$(pkg_version "$CS_PKG")" == "$CODE_SERVER_VERSION" && -x "$CS_BIN" && -x "$CS_RG" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in $CS_DIR"
else
  # @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here);
  # it looks in its cache first, so put Debian's rg there under the expected name.
  rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RIPGREP_VERSION"
  if [[ ! -s "$rg_cache/$RIPGREP_ASSET" ]]; then
    log "ripgrep: caching /usr/bin/rg as $rg_cache/$RIPGREP_ASSET"
    mkdir -p "$rg_cache"
    tar -czf "$rg_cache/$RIPGREP_ASSET" -C /usr/bin rg
  fi
  log "npm: installing code-server@$CODE_SERVER_VERSION into $CS_DIR (takes a few minutes)"
  [[ -f "$CS_DIR/package.json" ]] || echo '{"private":true}' >"$CS_DIR/package.json"
  # unsafe_perm: as root the postinstall refuses to run otherwise;
  # yes: node-pty's postinstall calls npx, which must not prompt.
  (cd "$CS_DIR" && npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  [[ -x "$CS_RG" ]] || { log "ERROR: $CS_RG missing after install"; exit 1; }
fi

if [[ "$(pkg_version "$PW_PKG")" == "$PLAYWRIGHT_CORE_VERSION" ]]; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION already installed in $PW_DIR"
else
  log "npm: installing playwright-core@$PLAYWRIGHT_CORE_VERSION into $PW_DIR"
  [[ -f "$PW_DIR/package.json" ]] || echo '{"private":true}' >"$PW_DIR/package.json"
  (cd "$PW_DIR" && npm install --no-audit --no-fund --loglevel=error \
    "playwright-core@$PLAYWRIGHT_CORE_VERSION")
fi

# --- report + env.json ------------------------------------------------------
CHROMIUM="$(command -v chromium)"
NVIM="$(command -v nvim)"
# (not `code-server --version`: it writes a config file into ~/.config)
log "code-server:     $CS_BIN ($(pkg_version "$CS_PKG"))"
log "playwright-core: $PW_PKG ($(pkg_version "$PW_PKG"))"
log "chromium:        $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null | head -1))"
log "nvim:            $NVIM ($(dpkg-query -W -f='${Version}' neovim))"  # `nvim --version` writes ~/.cache/nvim/log

E2E_HOME="$E2E_HOME" CS_BIN="$CS_BIN" CS_VERSION="$CODE_SERVER_VERSION" PW_PKG="$PW_PKG" \
CHROMIUM="$CHROMIUM" NVIM="$NVIM" node -e '
  const e = process.env;
  const out = { home: e.E2E_HOME, codeServer: e.CS_BIN, codeServerVersion: e.CS_VERSION,
    playwrightCore: e.PW_PKG, chromium: e.CHROMIUM, nvim: e.NVIM,
    writtenAt: new Date().toISOString() };
  require("fs").writeFileSync(e.E2E_HOME + "/env.json", JSON.stringify(out, null, 2) + "\n");'
log "wrote $E2E_HOME/env.json"
log "done in $((SECONDS - start_s)) s"
