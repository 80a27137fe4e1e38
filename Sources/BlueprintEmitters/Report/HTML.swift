/// Small helpers for the report's HTML: every piece of user text goes through `Escape.html`.
public enum HTML {
    /// A whole page: one stylesheet inline, no scripts, fonts or files from elsewhere, so the
    /// site works offline from `file://`.
    public static func page(title: String, depth: Int, body: String) -> String {
        let root = depth == 0 ? "" : String(repeating: "../", count: depth)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escape.html(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><nav aria-label="Report"><a href="\(root)index.html">Overview</a> · <a href="\(root)personas.html">Personas</a> · <a href="\(root)stories.html">Stories</a> · <a href="\(root)research.html">Research</a> · <a href="\(root)traces.html">Traces</a> · <a href="\(root)diagnostics.html">Diagnostics</a></nav></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#111827;background:#fff;margin:0;line-height:1.5}\
    header{background:#1F2937;padding:.6rem 1.5rem}header a{color:#fff}main{padding:1rem 1.5rem;max-width:100rem}\
    a{color:#1D4ED8}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #D1D5DB;padding:.35rem .6rem;text-align:left;vertical-align:top}\
    th{background:#F3F4F6}.diagram{overflow:auto;border:1px solid #D1D5DB;padding:.5rem}.diagram img{max-width:none}\
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1rem}.card{border:1px solid #D1D5DB;border-radius:.5rem;padding:1rem}\
    .critical,.high{color:#991B1B;font-weight:600}.medium{color:#9A3412}.low{color:#374151}.error{color:#991B1B}.warning{color:#92400E}\
    blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #9CA3AF;color:#374151}\
    figure{margin:1rem 0}figcaption{color:#374151;font-size:.9rem}svg{max-width:100%;height:auto}caption{text-align:left;font-weight:600;padding:.3rem 0}
    """

    /// A table with a header row; cells are HTML already.
    public static func table(caption: String, headers: [String], rows: [[String]]) -> String {
        var out = "<table>\n<caption>\(Escape.html(caption))</caption>\n<thead><tr>"
        out += headers.map { "<th scope=\"col\">\(Escape.html($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }

    /// A bulleted list of escaped text; nothing for no items.
    public static func list(_ items: [String]) -> String {
        items.isEmpty ? "" : "<ul>" + items.map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul>"
    }
}
