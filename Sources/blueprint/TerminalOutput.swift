import BlueprintKit
import Foundation

/// The one way commands write to standard output and standard error, so no command can print
/// user text a terminal would act on (docs/OUTPUT-SAFETY.md). Text for people has its control
/// characters shown as `\u{1B}` (`TerminalText.safe`) wherever it goes; data formats (JSON,
/// SARIF, CSV, Markdown, DOT) stay byte for byte when piped or redirected, and are escaped the
/// same way only when the stream is a terminal.
enum TerminalOutput {
    enum Stream {
        case standardOutput, standardError

        var handle: FileHandle { self == .standardOutput ? .standardOutput : .standardError }
        var isTerminal: Bool { isatty(self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) != 0 }
    }

    /// Text for a person: line breaks and tabs kept, every other control character escaped.
    static func text(_ text: String, to stream: Stream = .standardOutput) {
        stream.handle.write(Data(TerminalText.safe(text).utf8))
    }

    /// An error or warning line on standard error.
    static func error(_ text: String) { self.text(text, to: .standardError) }

    /// A data format: exact unless the stream is a terminal (CRLF line ends then shown as LF).
    static func data(_ text: String, to stream: Stream = .standardOutput) {
        let shown = stream.isTerminal ? TerminalText.safe(text.replacingOccurrences(of: "\r\n", with: "\n")) : text
        stream.handle.write(Data(shown.utf8))
    }

    /// The text reporter's output with its own colour escapes: it has escaped every piece of
    /// user text itself (messages, notes, help, source lines), so it is written as it is.
    static func painted(_ text: String, to stream: Stream = .standardOutput) {
        stream.handle.write(Data(text.utf8))
    }
}
