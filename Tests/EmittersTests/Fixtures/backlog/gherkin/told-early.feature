# Acceptance criteria of the epic told-early, exported by 'blueprint export backlog --format gherkin'.
# Stories are in priority order. Edit the stories, not this file: the next export replaces it.
Feature: Residents are told, not chasing
  Goal: Nobody has to call to find out: "when", "why", and what next

  # Stories without acceptance criteria:
  #   hold-music (could): As a resident I need shorter waits on the phone so that I can get on with my day

  Scenario: say-why — the reason is one of [not out, blocked, wrong items] & shown <b>in bold</b>
    Given a crew could not empty a bin
    When I want to know why my bin was missed
    Then the reason is one of [not out, blocked, wrong items] & shown <b>in bold</b>

  Scenario: confirm-report — the resident gets a message with the reference, and the new date
    Given a resident reports a missed bin, "online" or by phone
    When the report is saved
    Then the resident gets a message with the reference, and the new date
    And the message says "we'll be back", in their language
    And the date is shown in their account

  Scenario: confirm-report — the text reads """ as a doc string # and a comment
    Given a report | with a table-like line
    When it is confirmed
    Then the text reads """ as a doc string # and a comment

  Scenario: confirm-report — checklist
    Given story confirm-report is delivered
    When a resident checks it
    Then The message is under 160 characters, a text's length
