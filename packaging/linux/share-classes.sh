#!/bin/sh
# Makes the class-data archive that lets Career Routes start faster: the classes it loads while
# starting, read once from its jars and kept in a file the JVM maps in (AppCDS). The archive
# records where the jars are, so it is made where the app is installed: by the packaging build
# for the app image it builds, and by the .deb's post-install step for /opt/career-routes.
# Usage: share-classes.sh APP_DIR (the folder with bin/ and lib/). Never fails an install: if the
# archive cannot be made, the app starts as it would without one.
app=$(readlink -f "${1:?usage: share-classes.sh APP_DIR}")   # as the launcher names it: no .., no links
lib="$app/lib/app"
cfg=$(ls "$lib"/*.cfg 2>/dev/null | head -1)
list="$lib/career-routes.classlist"
archive="$lib/career-routes.jsa"
[ -f "$cfg" ] && [ -f "$list" ] || { echo "share-classes: no launcher settings or class list in $lib; skipped" >&2; exit 0; }
# The class path exactly as the launcher gives it, in its order.
cp=$(sed -n 's|^app.classpath=\$APPDIR|'"$lib"'|p' "$cfg" | paste -sd: -)
rm -f "$archive"
if "$app/lib/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr \
     -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$cp" >/dev/null; then
  chmod 644 "$archive"
else
  rm -f "$archive"
  echo "share-classes: the archive could not be made; the app starts without it" >&2
fi
exit 0
