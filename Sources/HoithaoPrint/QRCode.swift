import CQRencode

/// A QR code's modules, made by libqrencode (error correction M, the whole address as bytes).
struct QRCode {
    /// Modules per side.
    let size: Int
    /// Row by row, true for a dark module.
    let modules: [Bool]

    init?(_ text: String) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        size = Int(code.pointee.width)
        modules = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
    }

    func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }
}
