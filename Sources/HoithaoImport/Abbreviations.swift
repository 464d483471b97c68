/// The abbreviations Vietnamese administrative and scientific documents write (UBND, HĐND, KH&CN, XNK, QLKH …), cut
/// at their `&` and `-` into the runs of letters the lattice reads ("KH&CN" is "KH" and "CN"): such a run is
/// taken as written, and one that lost a letter ("XN" of "XNK") is read as the abbreviation, not as syllables.
enum Abbreviations {
    static let written = """
        UBND HĐND MTTQ TW TƯ BCH BCĐ BTC BCS BTV TT&TT KH&CN KHCN KH&KT KHKT KH&ĐT KHĐT NN&PTNT TN&MT GD&ĐT LĐ-TB&XH
        VH-TT&DL GTVT XD CT PCT KT TM TL TUQ VT VP QĐ NĐ-CP TTg NQ CV BC TB TTr HD KL QLNN QLKH KHTC XNK HTX TNHH CP
        DNNVV HĐQT LHH THPT THCS PTTH ĐHQG ĐH CĐ TP TX CN KS BS NCS PGS GS TS ThS XHCN CHXHCN ATTP VSATTP BHXH BHYT
        PCCC CNTT SHTT ĐMST KCN CCN KCX DN ODA FDI GDP USD VNĐ VND ISO OCOP VietGAP GlobalGAP ASEAN WTO FAO PDF USB QR
        """
    /// The runs of letters of every abbreviation.
    static let runs: Set<String> = Set(written.split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 })
}
