# Acceptance criteria of the stories without an epic, exported by 'blueprint export backlog --format gherkin'.
# Stories are in priority order. Edit the stories, not this file: the next export replaces it.
Feature: Stories without an epic

  Scenario: cafe-signs — checklist
    Given story cafe-signs is delivered
    When a resident checks it
    Then The sign says the day, e.g. Tuesday {weekly} [not fortnightly] | and ~this~ -that-
