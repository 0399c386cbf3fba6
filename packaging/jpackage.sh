#!/usr/bin/env bash
# Packages the studio as a native app image (and, with --deb, a Debian package) with a trimmed Java runtime.
#
#   ./mvnw -B -pl app -am package -DskipTests    # builds app/target/asset-studio.jar
#   packaging/jpackage.sh                        # → packaging/out/Asset Studio/ (bin/Asset Studio to start it)
#   packaging/jpackage.sh --deb                  # also → packaging/out/asset-studio_<version>_amd64.deb
#
# Needs a JDK 17+ with jpackage, jdeps and jlink; a .deb also needs fakeroot and dpkg-deb. Not run by CI.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/app/target/asset-studio.jar"
OUT="$ROOT/packaging/out"
VERSION="${APP_VERSION:-0.1.0}"          # jpackage wants digits and dots only, no -SNAPSHOT
NAME="Asset Studio"
DEB=false
for arg in "$@"; do
  case "$arg" in
    --deb) DEB=true ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B -pl app -am package -DskipTests first" >&2; exit 1; }
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JDEPS="$JAVA_HOME/bin/jdeps"; JPACKAGE="$JAVA_HOME/bin/jpackage"

# jpackage copies the whole input folder into the image: give it the jar alone.
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/input"
cp "$JAR" "$WORK/input/"

# The JDK modules the jar needs (JavaFX is inside the shaded jar, on the classpath). The studio formats
# with Locale.US/ROOT, so jdk.localedata (~30 MB) stays out; EXTRA_MODULES adds what a project jar needs.
MODULES="$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 "$JAR")${EXTRA_MODULES:+,$EXTRA_MODULES}"
echo "runtime modules: $MODULES"

rm -rf "$OUT/$NAME"
mkdir -p "$OUT"
common=(
  --name "$NAME"
  --app-version "$VERSION"
  --vendor "Asset Studio"
  --description "A desktop studio for software-defined data assets"
  --input "$WORK/input"
  --main-jar asset-studio.jar
  --main-class dev.assetstudio.app.Launcher
  --icon "$ROOT/icons/asset-studio-256.png"
  --add-modules "$MODULES"
  # no --strip-native-commands: the runtime's bin/java starts each project's worker process
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
  --dest "$OUT"
)

start=$(date +%s)
"$JPACKAGE" --type app-image "${common[@]}"
echo "app image: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1)) in $(( $(date +%s) - start )) s"

if $DEB; then
  start=$(date +%s)
  "$JPACKAGE" --type deb "${common[@]}" \
    --linux-package-name asset-studio --linux-shortcut --linux-menu-group Development \
    --linux-package-deps libgtk-3-0
  deb="$(ls -t "$OUT"/asset-studio_*.deb | head -1)"
  echo "deb: $deb ($(du -h "$deb" | cut -f1)) in $(( $(date +%s) - start )) s"
fi
