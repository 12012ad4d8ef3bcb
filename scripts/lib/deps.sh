# shellcheck shell=bash
# Debian package installation for the project's scripts. Source this file.
#
#   hanse_install_packages PKG...   installs the missing ones (idempotent):
#       dpkg-query tells what is missing; `apt-get update` runs at most once
#       per process, and only when something has to be installed.
#   hanse_install_build_deps / hanse_install_test_deps / hanse_install_bench_deps
#   hanse_install_plot_deps

HANSE_BUILD_PACKAGES=(
  build-essential cmake pkg-config g++ libboost-dev libsqlite3-dev libpq-dev
  libsodium-dev nlohmann-json3-dev libtomlplusplus-dev libfmt-dev libspdlog-dev
  libgtest-dev libgmock-dev libbenchmark-dev libctemplate-dev libzip-dev libpng-dev libvips-dev
  # libGeoIP and Debian's GeoIP country database: the country of a visit in
  # the statistics (stats/country.h)
  libgeoip-dev geoip-database
)
HANSE_TEST_PACKAGES=(
  postgresql python3-aiosmtpd iproute2 chromium clang libclang-rt-14-dev
  # nginx in front of several instances (scripts/cluster, tests/cluster/)
  nginx-light
  nodejs npm openjdk-17-jre-headless
  # Fonts for every demo language in browser screenshots: Chinese and
  # Japanese (fonts-noto-cjk), Arabic (fonts-noto-core: Noto Sans/Naskh/Kufi Arabic).
  fonts-noto-cjk fonts-noto-core
)
HANSE_BENCH_PACKAGES=(wrk nginx-light curl util-linux)
# Charts of benchmark figures (bench/connections): gnuplot without X.
HANSE_PLOT_PACKAGES=(gnuplot-nox)

hanse_apt_updated=0

hanse_log() { printf '[hanse] %s\n' "$*" >&2; }

# Prints each argument that dpkg does not report as installed.
hanse_missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ $status == installed ]] || printf '%s\n' "$pkg"
  done
}

# True when a Java runtime of version 17 or newer is on PATH (it may come
# from outside dpkg).
hanse_have_java17() {
  command -v java >/dev/null 2>&1 || return 1
  local version major
  version=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  major=${version%%.*}
  [[ $major =~ ^[0-9]+$ ]] && ((major >= 17))
}

# Drops packages whose command is already provided outside dpkg
# (a Node.js from another source ships its own npm, for example).
hanse_filter_provided() {
  local pkg
  for pkg in "$@"; do
    case $pkg in
      nodejs) command -v node >/dev/null 2>&1 && continue ;;
      npm) command -v npm >/dev/null 2>&1 && continue ;;
      openjdk-17-jre-headless) hanse_have_java17 && continue ;;
      chromium) [[ -x /usr/bin/chromium ]] && continue ;;
    esac
    printf '%s\n' "$pkg"
  done
}

hanse_install_packages() {
  local missing=() provided=()
  mapfile -t missing < <(hanse_missing_packages "$@")
  ((${#missing[@]})) || return 0
  mapfile -t provided < <(hanse_filter_provided "${missing[@]}")
  ((${#provided[@]})) || return 0
  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      hanse_log "missing packages: ${provided[*]} (run as root or install them)"
      return 1
    fi
  fi
  hanse_log "installing: ${provided[*]}"
  if ((hanse_apt_updated == 0)); then
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
    hanse_apt_updated=1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${provided[@]}"
}

hanse_install_build_deps() { hanse_install_packages "${HANSE_BUILD_PACKAGES[@]}"; }
hanse_install_test_deps() { hanse_install_packages "${HANSE_TEST_PACKAGES[@]}"; }
hanse_install_bench_deps() { hanse_install_packages "${HANSE_BENCH_PACKAGES[@]}"; }
hanse_install_plot_deps() { hanse_install_packages "${HANSE_PLOT_PACKAGES[@]}"; }
