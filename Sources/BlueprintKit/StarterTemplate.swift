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
actors: [service-team]     # who acts besides the personas: teams, roles, systems
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
            evidence: [p01-hold]     # an excerpt ID, or {quote, source}
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
        ("blueprints/stories.yaml", #"""
# User stories: "As a <role> I need <goal> so that <benefit>", each with the pain points or
# needs it addresses and the acceptance criteria that prove it is done.
# Run `blueprint coverage` to see what no tested story covers yet.
kind: stories
id: report-a-problem-stories
epics:
  - id: know-what-happens
    title: Residents know what happens after they report a problem
stories:
  - id: reference-by-text
    epic: know-what-happens
    text: As a resident I need a text message that tells me when my problem will be fixed so that I do not have to call again
    persona: customer
    addresses: [long-hold, customer-know-what-happens-next]
    priority: must
    acceptance:
      - given: a resident has reported a problem by phone
        when: the agent logs the request
        then: the resident receives a text message with a reference number and the expected date
  - id: agent-sees-status
    epic: know-what-happens
    text: As a contact centre agent I need to see the status of a request so that I can answer a resident on the first call
    persona: contact-centre-agent
    priority: should

"""#),
        ("research/codebook.yaml", #"""
# Tags to code excerpts with, grouped into themes. `blueprint research summary` counts them.
kind: codebook
id: discovery-codebook
themes:
  - id: communication
    name: Communication
    colour: "#1f77b4"
    tags:
      - id: waiting
        name: Waiting without knowing
      - id: no-status
        name: No status to give

"""#),
        ("research/insights.yaml", #"""
# What the research means (with its evidence and the pain points it explains), and what to do
# about it. `blueprint trace insight-hold` follows it to the stories that deliver it.
kind: insights
id: discovery-insights
study: discovery
insights:
  - id: insight-hold
    statement: Residents call again because nobody tells them what happens next
    evidence: [p01-hold, p02-no-status]
    themes: [communication]
    pains: [long-hold]
recommendations:
  - id: rec-reference-by-text
    insights: [insight-hold]
    text: Send every resident a reference and the expected date as soon as a request is logged
    measures: [Share of requests with a repeat contact]

"""#),
        ("research/notes.yaml", #"""
# One document per session: who took part, and the excerpts worth keeping, tagged.
kind: notes
id: session-p01
study: discovery
participants: [P01]
method: phone interview
excerpts:
  - id: p01-hold
    text: I was on hold for twenty minutes and nobody told me how long it would be.
    tags: [waiting]
    sentiment: negative
    step: calls
---
kind: notes
id: session-p02
study: discovery
participants: [P02]
method: shadowing
excerpts:
  - id: p02-no-status
    text: When people ring back I can't see what the service team has done.
    tags: [no-status]
    sentiment: negative
    step: logs-request

"""#),
        ("research/study.yaml", #"""
# A study, its participants (pseudonyms only, never names) and what each agreed to:
# `consent: quote` may be quoted; `paraphrase` is never shown word for word.
kind: study
id: discovery
title: Discovery interviews
method: 45-minute semi-structured interviews
questions:
  - What happens when a resident reports a problem?
---
kind: participants
study: discovery
participants:
  - {id: P01, segment: citizen, consent: quote, persona: customer}
  - {id: P02, segment: staff, consent: paraphrase, persona: contact-centre-agent}

"""#),
        ("workspace.yaml", #"""
# A new workspace. Copy this folder, rename it, and run `blueprint check` inside it.
kind: workspace
name: My service
include: [blueprints, research]

"""#),
    ]

    /// What `blueprint init --empty` writes: the manifest and the starter's folders, nothing else.
    public static let emptyManifest = (path: "workspace.yaml", text: #"""
# A new, empty workspace: blueprints and personas go in blueprints/, research in research/.
# Run `blueprint check` inside it; `blueprint init` without --empty writes a worked example.
kind: workspace
name: My service
include: [blueprints, research]

"""#)
    public static let emptyFolders = ["blueprints", "blueprints/personas", "research"]

    /// The files `blueprint init` writes, or with `empty` `blueprint init --empty`.
    public static func files(empty: Bool) -> [(path: String, text: String)] { empty ? [emptyManifest] : files }

    /// Writes the starter workspace (or, with `empty`, only its manifest and folders) into
    /// `directory`, which must be new or empty (hidden entries such as `.git` aside), so no file
    /// of the user's is overwritten or mixed in.
    public static func write(into directory: URL, empty: Bool = false) throws(WorkspaceError) {
        let files = files(empty: empty)
        let real = OutputPolicy.resolve(directory.standardizedFileURL.path)
        var info = stat()
        if stat(real, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw WorkspaceError.outputRefused("\(directory.path) is a file, not a folder; name a new or empty folder for the workspace")
            }
            let visible = ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            if !visible.isEmpty {
                let shown = visible.prefix(3).joined(separator: ", ") + (visible.count > 3 ? " …" : "")
                throw WorkspaceError.outputRefused("\(directory.path) is not empty (\(shown)); name a new or empty folder for the workspace")
            }
        }
        let existing = files.map { directory.appendingPathComponent($0.path) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard existing.isEmpty else {
            throw WorkspaceError.outputRefused("not overwriting \(existing.map(\.path).joined(separator: ", ")); choose an empty folder")
        }
        for file in files {
            try OutputFile.write(Array(file.text.utf8), to: directory.appendingPathComponent(file.path).path)
        }
        for folder in emptyFolders {
            let path = directory.appendingPathComponent(folder).path
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw WorkspaceError.cannotWrite(path: path, reason: error.localizedDescription)
            }
        }
    }
}
