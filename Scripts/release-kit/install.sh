#!/bin/sh
# Installs this copy of Hoithao: PREFIX/bin/hoithao and PREFIX/share/hoithao/Themes/default.
#   sudo ./install.sh [--prefix /usr/local]
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
prefix=/usr/local
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "error: --prefix needs a folder, e.g. --prefix /usr/local" >&2; exit 2; }
                  prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        *) echo "error: unknown option '$1'; the only option is --prefix FOLDER" >&2; exit 2 ;;
    esac
done
mkdir -p "$prefix/bin" "$prefix/share/hoithao/Themes"
# The theme is replaced whole, so a file removed from a newer theme does not linger.
rm -rf "$prefix/share/hoithao/Themes/default.new"
cp -R "$here/share/hoithao/Themes/default" "$prefix/share/hoithao/Themes/default.new"
rm -rf "$prefix/share/hoithao/Themes/default"
mv "$prefix/share/hoithao/Themes/default.new" "$prefix/share/hoithao/Themes/default"
cp "$here/bin/hoithao" "$prefix/bin/hoithao.new"
chmod 755 "$prefix/bin/hoithao.new"
mv "$prefix/bin/hoithao.new" "$prefix/bin/hoithao"
echo "Installed $prefix/bin/hoithao ($("$prefix/bin/hoithao" --version)) and its theme in $prefix/share/hoithao/Themes/default."
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "Add $prefix/bin to your PATH, e.g.: echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
