#if canImport(Glibc)
    import Glibc
#endif

/// The time a run started, ISO 8601 in UTC, for the audit stamp of reports. `SOURCE_DATE_EPOCH` (seconds
/// since 1970, the reproducible-builds convention) fixes it, so two runs can give byte-identical reports.
enum Timestamp {
    static func now() -> String {
        var seconds = time(nil)
        if let fixed = Environment.value("SOURCE_DATE_EPOCH").flatMap(Int.init) { seconds = time_t(fixed) }
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "" }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
