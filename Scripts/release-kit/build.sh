# Sourced by Scripts/install and Scripts/release: builds the release binary and lays out what is installed.

# stage_release FOLDER: FOLDER/bin/hoithao (stripped, Swift libraries linked in), FOLDER/share/hoithao/Themes/default,
# LICENSE, INSTALL.md and install.sh.
stage_release() {
    local stage="$1" flags=(-c release --static-swift-stdlib --product hoithao)
    bash Scripts/install-deps
    swift build "${flags[@]}"
    local binary
    binary="$(swift build "${flags[@]}" --show-bin-path)/hoithao"
    if ldd "$binary" | grep -q libswift; then
        echo "error: $binary still needs the Swift libraries at run time" >&2
        exit 1
    fi
    mkdir -p "$stage/bin" "$stage/share/hoithao/Themes"
    install -m 755 "$binary" "$stage/bin/hoithao"
    strip "$stage/bin/hoithao"
    cp -R Themes/default "$stage/share/hoithao/Themes/default"
    cp LICENSE Scripts/release-kit/INSTALL.md "$stage/"
    install -m 755 Scripts/release-kit/install.sh "$stage/install.sh"
}
