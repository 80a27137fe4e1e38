// BlueprintKit is the library's façade: its API speaks in these modules' types.
@_exported import Analysis
@_exported import Diagnostics
@_exported import Model
@_exported import Reporters
@_exported import Rules
