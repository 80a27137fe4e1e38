import Foundation
import BlueprintModel

/// Sizes in points, chosen so that wrapped 10-point text fits the cell width.
enum Metrics {
    static let cellWidth = 200
    static let headerWidth = 130
    static let contentWidth = 190
    static let wrapColumns = 34
    static let lineHeight = 13
    static let smallLineHeight = 11
    static let cellPadding = 10
}

enum Palette {
    static func fill(_ kind: Lane.Kind) -> String {
        switch kind {
        case .evidence: "#F4F4F5"
        case .customer: "#FFF4CC"
        case .frontstage: "#DCEBFF"
        case .backstage: "#E2F3E0"
        case .support: "#ECE8F5"
        case .custom: "#F1F3F5"
        }
    }

    static func band(_ kind: Lane.Kind) -> String {
        switch kind {
        case .evidence: "#FAFAFA"
        case .customer: "#FFFBEB"
        case .frontstage: "#F1F7FF"
        case .backstage: "#F3FAF2"
        case .support: "#F7F5FB"
        case .custom: "#F8F9FA"
        }
    }

    static func severity(_ severity: PainPoint.Severity) -> String {
        switch severity {
        case .low: "#6B7280"
        case .medium: "#C2410C"
        case .high: "#B91C1C"
        case .critical: "#7F1D1D"
        }
    }

    static let changes = "#FFEDD5"
    static let measures = "#E0F2F1"
    static let header = "#1F2937"
    static let text = "#111827"
    static let muted = "#4B5563"
    static let flow = "#4B5563"
    static let handOff = "#D9480F"
    static let line = "#374151"
}

/// The three lines a service blueprint draws between its zones.
enum Boundary: Int, CaseIterable {
    case interaction = 1, visibility, internalInteraction

    var name: String {
        switch self {
        case .interaction: "Line of interaction"
        case .visibility: "Line of visibility"
        case .internalInteraction: "Line of internal interaction"
        }
    }
}

enum Row {
    case stageHeader
    case emotion
    case lane(Lane)
    case line(Boundary)
    case changes
    case measures
}
