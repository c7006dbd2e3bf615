extension QualificationCategory {
    /// The category a teacher grows into next (Педагог → модератор → сарапшы → зерттеуші → шебер);
    /// none after Педагог-шебер, the highest.
    public var nextCategory: QualificationCategory? {
        let all = Self.allCases
        let position = all.firstIndex(of: self)!
        return position + 1 < all.count ? all[position + 1] : nil
    }
}
