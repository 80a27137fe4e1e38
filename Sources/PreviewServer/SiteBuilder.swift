import BlueprintKit
import Emitters
import Foundation

/// Builds the served site from a check result: the static report, with a banner listing the
/// errors when there are any (so a half-saved file shows what is wrong instead of a blank page)
/// and a small script that reloads the page when the workspace changes.
public enum SiteBuilder {
    /// The script every served page gets: it listens to `/events` and reloads on a new version.
    /// The static report has none; this is the only script the preview adds.
    static let reloadScript = """
    <script>
    (function () {
      var seen = null;
      var source = new EventSource("/events");
      source.addEventListener("version", function (event) {
        if (seen !== null && event.data !== seen) { window.location.reload(); }
        seen = event.data;
      });
    })();
    </script>
    """

    public static func site(for result: CheckResult) -> [String: [UInt8]] {
        let report = ReportSite(result)
        let banner = banner(for: result)
        var site: [String: [UInt8]] = [:]
        for file in report.files {
            if file.path.hasSuffix(".html") {
                var page = String(decoding: file.bytes, as: UTF8.self)
                if let banner, let main = page.range(of: "<main>\n") { page.insert(contentsOf: banner, at: main.upperBound) }
                if let end = page.range(of: "</body>", options: .backwards) { page.insert(contentsOf: reloadScript + "\n", at: end.lowerBound) }
                site[file.path] = Array(page.utf8)
            } else {
                site[file.path] = file.bytes
            }
        }
        return site
    }

    /// The errors of the last save, at the top of every page; nil when there are none.
    static func banner(for result: CheckResult) -> String? {
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        let shown = errors.prefix(20).map { diagnostic in
            "<li><code>\(Escape.html(diagnostic.range.file)):\(diagnostic.range.start.line):\(diagnostic.range.start.column)</code> \(Escape.html(diagnostic.message)) [\(diagnostic.ruleID)]"
                + (diagnostic.help.map { " — \(Escape.html($0))" } ?? "") + "</li>"
        }.joined(separator: "\n")
        let more = errors.count > 20 ? "<p>… and \(errors.count - 20) more.</p>" : ""
        return """
        <section class="banner" role="alert" aria-labelledby="check-errors" style="border:2px solid #991B1B;background:#FEF2F2;padding:.5rem 1rem;margin-bottom:1rem">
        <h2 id="check-errors" class="error">The workspace has \(errors.count) error\(errors.count == 1 ? "" : "s")</h2>
        <p>The page shows what could still be read. Fix these and save: the page reloads by itself.</p>
        <ul>
        \(shown)
        </ul>\(more)
        </section>

        """
    }
}
