// BlueprintKit is the library's façade: its API speaks in these modules' types.
@_exported import BlueprintAnalysis
@_exported import BlueprintDiagnostics
@_exported import BlueprintImport
@_exported import BlueprintModel
@_exported import BlueprintReporters
@_exported import BlueprintRules
