public import DGLintThai

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Today's date in the local time zone, as a Buddhist Era date, for waivers' `expires`.
public enum Today {
    public static func date() -> ThaiDate? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        return ThaiDate(year: Int(parts.tm_year) + 1900 + 543, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
