import BlueprintDiagnostics
import BlueprintModel

/// A blueprint follows a customer's journey; staff appear as actors, not as its persona.
struct BlueprintPersonaRoleRule: Rule {
    static let description = RuleDescription(
        id: "BP036", name: "blueprint-persona-is-staff", stage: .design, severity: .warning,
        summary: "A blueprint's persona is a member of staff.",
        rationale: "A service blueprint maps the journey of the person the service is for; its persona is a customer. Staff take part through the front-stage and back-stage steps: name them as a step's `actor`. For a staff journey, make the staff member a customer of an internal service in their persona, or leave `persona` out.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\npersona: ↓agent\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - {id: s1, lane: customer, text: Notices}\n---\nkind: persona\nid: agent\nname: Contact Centre Agent\nrole: staff\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\npersona: hayley\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - {id: s1, lane: customer, text: Notices}\n---\nkind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            blueprint.personas.compactMap { reference -> Diagnostic? in
                guard let persona = workspace.persona(reference.value), persona.role?.value == .staff else { return nil }
                return finding("persona '\(reference.value)' of blueprint '\(blueprint.id.value)' is a member of staff",
                               at: reference.range, notes: [.init("'\(reference.value)' has 'role: staff' here", at: persona.role?.range)],
                               help: "name the customer whose journey this is, and make '\(reference.value)' the actor of their steps")
            }
        }
    }
}
