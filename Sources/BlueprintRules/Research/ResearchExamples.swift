/// Documents the research rules' examples share: a study and its participants, so each example
/// shows only the part its rule is about and stays a valid workspace otherwise.
enum ResearchExamples {
    /// A study with two citizen participants, P01 and P02, who agreed to be quoted.
    static let study = """
        kind: study
        id: discovery
        title: Discovery
        ---
        kind: participants
        study: discovery
        participants:
          - {id: P01, segment: citizen, consent: quote}
          - {id: P02, segment: citizen, consent: quote}

        """

    /// The study, and a one-to-one session with P01 holding the excerpt `q-black-hole`.
    static let session = study + """
        ---
        kind: notes
        id: session-p01
        study: discovery
        participants: [P01]
        excerpts:
          - id: q-black-hole
            text: Things just go into a big black hole

        """
}
