/// The report's diagrams, drawn before its pages are written: the pages stay pure text, and
/// only the caller (BlueprintKit's `ReportSite`) ever calls Graphviz.
public struct ReportDiagrams: Sendable, Hashable {
    /// A drawn diagram, or why it could not be drawn.
    public enum Diagram: Sendable, Hashable {
        /// The SVG file's bytes, written beside the page that shows it.
        case svg([UInt8])
        /// The reason, shown on the page instead of the diagram, so one bad diagram does not lose
        /// the report.
        case unavailable(String)
    }

    /// By blueprint ID.
    public var blueprints: [String: Diagram]
    /// Trace diagrams, by insight ID.
    public var traces: [String: Diagram]
    /// Each drawn trace's first line of `blueprint trace` text, the diagram's alternative text,
    /// by insight ID: taken from the trace that was drawn, so the page does not trace it again.
    public var traceSummaries: [String: String]

    public init(blueprints: [String: Diagram] = [:], traces: [String: Diagram] = [:], traceSummaries: [String: String] = [:]) {
        self.blueprints = blueprints
        self.traces = traces
        self.traceSummaries = traceSummaries
    }
}
