// BlueprintKit is the library's façade. A client speaks in the workspace's own types (the
// model), its findings (diagnostics) and the importers that make workspace documents, so those
// modules are re-exported whole; of the other stages only what the façade's API hands out is,
// so a client cannot come to depend on a rule, a reporter's internals or an analysis the
// façade does not offer.
@_exported import BlueprintDiagnostics
@_exported import BlueprintImport
@_exported import BlueprintModel
@_exported import struct BlueprintAnalysis.Comparison
@_exported import struct BlueprintAnalysis.Coverage
@_exported import struct BlueprintAnalysis.CoverageMinimum
@_exported import struct BlueprintAnalysis.Trace
@_exported import struct BlueprintAnalysis.TraceError
@_exported import enum BlueprintReporters.ReportFormat
@_exported import enum BlueprintRules.RuleCatalog
@_exported import struct BlueprintRules.RuleDescription
