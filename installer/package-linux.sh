#!/usr/bin/env bash
# Builds a Linux installer (.deb) or app image of Trial Workbench with the JDK's jpackage.
# Usage: installer/package-linux.sh [deb|app-image]   (run from the project root)
# The shaded jar carries the JavaFX natives of the OS it was built on, so build on Linux for Linux.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-deb}"
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || echo 0.1.0)

mvn -B -ntp -DskipTests package
rm -rf target/installer-input target/installer
mkdir -p target/installer-input
cp target/trial-workbench.jar target/installer-input/

args=(
  --type "$type"
  --name trial-workbench
  --app-version "${version%%-*}"
  --vendor "Trial Workbench"
  --description "Side-by-side review of clinical trial registry records"
  --input target/installer-input
  --main-jar trial-workbench.jar
  --main-class org.trialworkbench.app.Launcher
  --icon icons/trial-workbench-256.png
  --java-options "-Xmx1g"
  --dest target/installer
)
if [ "$type" = deb ]; then
  # jpackage does not list GTK, which JavaFX needs for its window.
  args+=(--linux-shortcut --linux-menu-group Science --linux-package-deps libgtk-3-0)
fi
jpackage "${args[@]}"
ls -la target/installer
