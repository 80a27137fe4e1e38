import Foundation

/// The starter workspace `blueprint init` writes: the files of `templates/starter/`, embedded so
/// the installed command needs no repository. A test keeps the two identical.
public enum StarterTemplate {
    /// Relative path and contents of each file.
    public static let files: [(path: String, text: String)] = [
        ("blueprints/personas/agent.yaml", #"""
kind: persona
id: contact-centre-agent
name: Contact Centre Agent
role: staff
summary: Answers calls and e-mails, and logs requests for the service teams.
needs: [To see the status of a request without calling the service team]

"""#),
        ("blueprints/personas/customer.yaml", #"""
kind: persona
id: customer
name: A resident
role: customer
title: Uses the service a few times a year
summary: Replace this with what your research says about the people who use the service.
needs:
  - id: customer-know-what-happens-next
    text: To know what will happen next, and when
positives: [Friendly, helpful staff]
negatives: [Having to chase for updates]
quote: "I just want to know someone is dealing with it."
attributes:
  digital confidence: medium
  preferred channel: phone

"""#),
        ("blueprints/report-a-problem.yaml", #"""
# Stages are columns, lanes are rows; every step sits in one stage and one lane.
# Run `blueprint render report-a-problem -o report-a-problem.svg` to see it drawn.
kind: blueprint
id: report-a-problem
title: Report a problem
state: current
persona: customer
stages:
  - id: issue
    name: Issue
    steps:
      - id: notices-problem
        lane: customer
        text: Notices the problem
        emotion: -1
  - id: contact
    name: Contact
    steps:
      - id: calls
        lane: customer
        channel: phone
        text: Calls to report it
        after: [notices-problem]
        wait: 10m
        pains:
          - id: long-hold
            text: Waits on hold with no idea how long it will take
            severity: medium
            evidence:
              - quote: Replace with a quote from your research.
                source: Interview
      - id: logs-request
        lane: frontstage
        actor: contact-centre-agent
        text: Logs the request and gives a reference
        after: [calls]
      - id: creates-case
        lane: support
        text: Case created in the case management system
        after: [logs-request]
  - id: resolution
    name: Resolution
    steps:
      - id: fixes
        lane: backstage
        actor: service-team
        text: Service team fixes the problem
        after: [logs-request]
      - id: sees-fixed
        lane: customer
        text: Sees the problem fixed
        after: [fixes]
        emotion: 1
    measures:
      - id: repeat-contacts
        text: Share of requests with a repeat contact

"""#),
        ("workspace.yaml", #"""
# A new workspace. Copy this folder, rename it, and run `blueprint check` inside it.
kind: workspace
name: My service
include: [blueprints]

"""#),
    ]

    /// Writes the starter workspace into `directory`, refusing to overwrite any file.
    public static func write(into directory: URL) throws(WorkspaceError) {
        let existing = files.map { directory.appendingPathComponent($0.path) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard existing.isEmpty else {
            throw WorkspaceError("not overwriting \(existing.map(\.path).joined(separator: ", ")); choose an empty folder")
        }
        for file in files {
            try OutputFile.write(Array(file.text.utf8), to: directory.appendingPathComponent(file.path).path)
        }
    }
}
