# Acceptance criteria of the epic crews-log, exported by 'blueprint export backlog --format gherkin'.
# Stories are in priority order. Edit the stories, not this file: the next export replaces it.
Feature: Crews log problems, on the spot
  Goal: Scenario: every problem is logged # before the crew leaves the street

  # Stories without acceptance criteria:
  #   postcode-once (wont): As a resident I need to enter my postcode once

  Scenario: tablet-log — the address is logged with the time
    Given the crew is on the round
    When the driver taps "missed"
    Then the address is logged with the time

  Scenario: tablet-log — checklist
    Given story tablet-log is delivered
    When a crew driver checks it
    Then Scenario: the tablet works offline
    And 1. It has a big "missed" button — one tap
