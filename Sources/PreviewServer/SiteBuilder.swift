import BlueprintKit
import BlueprintEmitters
import Foundation

/// Builds the served site from a check result: the static report, with a banner listing the
/// errors when there are any (so a half-saved file shows what is wrong instead of a blank page)
/// and a small script that reloads the page when the workspace changes.
public enum SiteBuilder {
    /// Where every served page loads `reloadJS` from: a file, not inline, so the pages' CSP can
    /// say `script-src 'self'`. The static report has none; this is the only script the preview adds.
    public static let reloadPath = "/_preview/reload.js"
    static let reloadScript = "<script src=\"\(reloadPath)\"></script>"

    /// Listens to `/events` and reloads the page on a new version.
    public static let reloadJS = """
    (function () {
      var seen = null;
      var source = new EventSource("/events");
      source.addEventListener("version", function (event) {
        if (seen !== null && event.data !== seen) { window.location.reload(); }
        seen = event.data;
      });
    })();

    """

    /// The served site: the report's files, pages with the banner and the reload script. A page
    /// the errors made disappear (a blueprint that no longer parses) is taken from `lastGood`, the
    /// report of the last save without errors, so an open page shows what is wrong instead of
    /// "not found".
    public static func site(report: [String: [UInt8]], of result: CheckResult, lastGood: [String: [UInt8]] = [:]) -> [String: [UInt8]] {
        site(report: report, banner: banner(for: result), lastGood: lastGood)
    }

    /// The served site with `banner` (nil for none) on every page.
    public static func site(report: [String: [UInt8]], banner: String?, lastGood: [String: [UInt8]] = [:]) -> [String: [UInt8]] {
        var files = report
        if banner != nil {
            for (path, bytes) in lastGood where files[path] == nil { files[path] = bytes }
        }
        var site: [String: [UInt8]] = [:]
        for (path, bytes) in files {
            site[path] = path.hasSuffix(".html") ? Array(page(String(decoding: bytes, as: UTF8.self), banner: banner).utf8) : bytes
        }
        return site
    }

    /// The report's own files, without banner or script: what `lastGood` keeps.
    public static func reportFiles(for result: CheckResult) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in ReportSite(result).files { files[file.path] = file.bytes }
        return files
    }

    /// A report page as served: the banner under `<main>`, the reload script before `</body>`.
    static func page(_ html: String, banner: String?) -> String {
        var page = html
        if let banner, let main = page.range(of: "<main>\n") { page.insert(contentsOf: banner, at: main.upperBound) }
        if let end = page.range(of: "</body>", options: .backwards) { page.insert(contentsOf: reloadScript + "\n", at: end.lowerBound) }
        return page
    }

    /// The page for a path the report does not have: a link home, and the reload script, so it
    /// comes back by itself when a save brings the page back.
    public static func notFound(_ path: String) -> String {
        page(HTML.page(title: "Not in the report", depth: 0, body: "<h1>Not in the report</h1>\n<p>The report has no page <code>\(Escape.html(path))</code>. <a href=\"/index.html\">Back to the overview</a>.</p>\n"), banner: nil)
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
        return section(id: "check-errors", title: "The workspace has \(counted(errors.count, "error"))",
                       text: "The page shows what could still be read. Fix these and save: the page reloads by itself.",
                       extra: "\n<ul>\n\(shown)\n</ul>\(more)")
    }

    /// The banner while the workspace's manifest is gone: the last report stays up, but says so.
    public static func manifestMissingBanner() -> String {
        section(id: "manifest-missing", title: "\(WorkspaceFiles.manifestName) was deleted or moved: showing the last report; restore it to resume",
                text: "Put it back and this page reloads by itself.")
    }

    /// A banner at the top of the page, in the look of the error banner.
    private static func section(id: String, title: String, text: String, extra: String = "") -> String {
        """
        <section class="banner" role="alert" aria-labelledby="\(id)" style="border:2px solid #991B1B;background:#FEF2F2;padding:.5rem 1rem;margin-bottom:1rem">
        <h2 id="\(id)" class="error">\(Escape.html(title))</h2>
        <p>\(Escape.html(text))</p>\(extra)
        </section>

        """
    }
}
