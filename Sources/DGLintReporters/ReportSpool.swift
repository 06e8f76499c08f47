/// Where a reporter whose document starts with its totals keeps each file's section until the end.
///
/// JUnit, Markdown and HTML begin with what is known only after the last file: the root's counts, the
/// summary and its charts. A reader — a committee, a printer — must see those first, yet holding every
/// section in memory until then makes memory grow with the number of files. So these reporters write each
/// file's section to a spool as the file arrives and keep only counters and small aggregates (counts by
/// pack, severity, agency and rule). At ``Reporter/end(_:into:)`` the reporter writes the head (totals,
/// summary, charts) to its output, then ``drain(into:)``s the spool after it, then the few closing lines.
/// The document is byte for byte what it would be if it had been built in memory.
///
/// The reporter appends the spool itself, rather than leaving it to its caller, so that every caller
/// drives every format the same way through ``Reporter`` and cannot put the sections before the head.
/// ``MemorySpool``, the default, keeps the sections in a string: simple, but memory grows with the report.
/// `dglint check` gives each such reporter a spool on a temporary file (see ``makeReporter(_:options:spool:)``
/// and ``ReportFormat/spools``), so memory stays flat however many files a batch has.
public protocol ReportSpool: TextOutputStream {
    /// Writes everything written to the spool so far to `out`, in order, and leaves the spool empty.
    mutating func drain(into out: inout some TextOutputStream)
}

/// A spool in memory: the sections are kept in a string until they are drained.
///
/// Good for tests and small runs; memory grows with the size of the report.
public struct MemorySpool: ReportSpool {
    /// What has been written and not yet drained.
    public private(set) var text = ""

    /// An empty spool.
    public init() {}

    public mutating func write(_ string: String) {
        text += string
    }

    public mutating func drain(into out: inout some TextOutputStream) {
        out.write(text)
        text = ""
    }
}
