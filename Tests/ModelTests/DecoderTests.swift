import BlueprintDiagnostics
import Testing
@testable import BlueprintModel
@testable import BlueprintSyntax

/// Decoders read what is right and report everything that is wrong, in one pass.
@Suite("Decoders")
struct DecoderTests {
    func decode(_ yaml: String) -> (element: Element?, diagnostics: [Diagnostic]) {
        let parsed = YAMLParser.parse(yaml, file: "t.yaml")
        #expect(parsed.diagnostics.isEmpty)
        let decoded = DocumentDecoder.decode(parsed.documents[0])
        return (decoded.element, decoded.diagnostics)
    }

    @Test("a blueprint decodes with defaults: current state, the five standard lanes, medium severity")
    func blueprintDefaults() throws {
        let (element, diagnostics) = decode("""
        kind: blueprint
        id: b
        title: Missed bin
        persona: mr-hamid
        stages:
          - id: issue
            name: Issue
            steps:
              - {id: s1, lane: customer, text: Notices, emotion: -1, wait: 20 minutes}
            pains:
              - {id: p1, text: Nobody calls back, evidence: [insight-2, {quote: "No one rang", source: Interview}]}

        """)
        #expect(diagnostics.isEmpty)
        guard case .blueprint(let blueprint)? = element else { Issue.record("not a blueprint"); return }
        #expect(blueprint.state == .current)
        #expect(blueprint.lanes.map(\.id.value) == ["evidence", "customer", "frontstage", "backstage", "support"])
        #expect(blueprint.personas.map(\.value) == ["mr-hamid"])
        let step = try #require(blueprint.steps.first)
        #expect(step.emotion?.value == -1)
        #expect(step.wait?.value.seconds == 1_200)
        let pain = try #require(blueprint.painPoints.first)
        #expect(pain.severity == .medium)
        #expect(pain.evidence.count == 2)
    }

    @Test("every problem in a document is reported, not just the first")
    func collectsEverything() {
        let (_, diagnostics) = decode("""
        kind: blueprint
        id: b
        stages:
          - id: issue
            name: Issue
            steps:
              - {id: s1, lane: customer, text: Notices, emotion: high}
              - {id: s 2, lane: customer}
            colour: red

        """)
        #expect(diagnostics.map(\.ruleID) == ["BP011", "BP012", "BP014", "BP011", "BP013"])
        #expect(diagnostics.first?.message == "a blueprint needs 'title'")
        #expect(diagnostics.last?.help == "the keys of a stage are: 'id', 'name', 'description', 'steps', 'pains', 'changes', 'measures'")
    }

    @Test("custom lanes take their type from the id or from 'type'")
    func customLanes() {
        let (element, diagnostics) = decode("""
        kind: blueprint
        id: b
        title: B
        lanes: [customer, {id: frontstage, name: Council front stage}, {id: crew, type: backstage}, {id: changes-row, name: Changes}]
        stages: [{id: issue, name: Issue}]

        """)
        #expect(diagnostics.isEmpty)
        guard case .blueprint(let blueprint)? = element else { Issue.record("not a blueprint"); return }
        #expect(blueprint.lanes.map(\.kind) == [.customer, .frontstage, .backstage, .custom])
        #expect(blueprint.lanes.map(\.name) == ["Customer actions", "Council front stage", "Back stage", "Changes"])
    }

    @Test("a standard lane name that is not standard gets a did-you-mean")
    func unknownStandardLane() {
        let (_, diagnostics) = decode("kind: blueprint\nid: b\ntitle: B\nlanes: [customer, frontstag]\nstages: []\n")
        #expect(diagnostics.map(\.ruleID) == ["BP014"])
        #expect(diagnostics.first?.help == "did you mean 'frontstage'?")
    }

    @Test("personas: role, needs with and without IDs, attributes in order")
    func persona() {
        let (element, diagnostics) = decode("""
        kind: persona
        id: mr-hamid
        name: Mr Hamid
        role: customer
        needs: [To be kept informed, {id: mh-call-back, text: A call back}]
        attributes: {age band: 65+, digital confidence: low}

        """)
        #expect(diagnostics.isEmpty)
        guard case .persona(let persona)? = element else { Issue.record("not a persona"); return }
        #expect(persona.needs.map(\.id?.value) == [nil, "mh-call-back"])
        #expect(persona.attributes.map(\.name.value) == ["age band", "digital confidence"])
    }

    @Test("durations", arguments: [("30s", 30), ("5m", 300), ("2 hours", 7_200), ("1.5d", 129_600), ("2w", 1_209_600)])
    func durations(_ text: String, _ seconds: Int) {
        #expect(Duration(text)?.seconds == seconds)
    }

    @Test("not durations", arguments: ["soon", "5", "m5", "-3d", "3 fortnights"])
    func notDurations(_ text: String) {
        #expect(Duration(text) == nil)
    }

    @Test("ID syntax and suggestions")
    func ids() {
        #expect(IDSyntax.isValid("P01"))
        #expect(IDSyntax.isValid("missed-bin.v2_current"))
        #expect(!IDSyntax.isValid("-leading"))
        #expect(!IDSyntax.isValid("has space"))
        #expect(IDSyntax.suggestion(for: "Hayley Smith!") == "hayley-smith")
    }

    @Test("a required key written with no value is reported at the key")
    func emptyRequiredValue() {
        let (_, diagnostics) = decode("kind: persona\nid: h\nname:\nrole: customer\n")
        #expect(diagnostics.map(\.message) == ["'name' of this persona has no value"])
        #expect(diagnostics.first?.range.start.line == 3)
    }
}
