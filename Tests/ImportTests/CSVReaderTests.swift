import BlueprintImport
import BlueprintEmitters
import Testing

@Suite("Reading CSV (RFC 4180 and what exports really write)")
struct CSVReaderTests {
    @Test func plainRows() {
        #expect(CSVReader.rows("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(CSVReader.rows("a,b\n1,2") == [["a", "b"], ["1", "2"]], "no final line end")
        #expect(CSVReader.rows("a,,c\n,,\n") == [["a", "", "c"], ["", "", ""]], "empty fields are kept")
    }

    @Test("quoted fields: commas, doubled quotes, line breaks (LF and CRLF) inside")
    func quoted() {
        let text = "text,tags\r\n\"Things, just \"\"go\"\" into\r\na hole\",\"a;b\"\r\n\"\",x\r\n"
        #expect(CSVReader.rows(text) == [["text", "tags"], ["Things, just \"go\" into\r\na hole", "a;b"], ["", "x"]])
    }

    @Test("CRLF, CR-only and LF line ends; blank lines skipped; a byte-order mark dropped")
    func lineEnds() {
        #expect(CSVReader.rows("\u{FEFF}a,b\r\n1,2\r\n\r\n3,4\r5,6\n") == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test("lenient where exports are sloppy: a quote inside an unquoted field, an unclosed quote")
    func sloppy() {
        #expect(CSVReader.rows("say 5\" wide,x\n") == [["say 5\" wide", "x"]])
        #expect(CSVReader.rows("\"unclosed,x\ny") == [["unclosed,x\ny"]])
        #expect(CSVReader.rows("\"a\"b,c") == [["ab", "c"]])
    }

    @Test("non-ASCII text and other separators")
    func separators() {
        #expect(CSVReader.rows("naïve;café\n\"a;b\";ü\n", separator: ";") == [["naïve", "café"], ["a;b", "ü"]])
        #expect(CSVReader.likelySeparator(of: "text;tags;participant\na,b;c;d") == ";")
        #expect(CSVReader.likelySeparator(of: "text\ttags\n") == "\t")
        #expect(CSVReader.likelySeparator(of: "text,tags\n") == ",")
        #expect(CSVReader.likelySeparator(of: "text\n") == ",")
    }

    @Test("what CSV.document writes reads back as the same rows")
    func roundTrip() {
        let rows = [["a, b", "say \"hi\"", " padded "], ["line\nbreak", "", "é"]]
        #expect(CSVReader.rows(CSV.document(header: ["x", "y", "z"], rows: rows)) == [["x", "y", "z"]] + rows)
    }
}
