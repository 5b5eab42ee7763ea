/// What the catalogue says of one kind of diagnostic: its severity, where it arises, a one-line summary, a
/// paragraph explaining it and an example of input that raises it.
public struct DiagnosticEntry: Sendable {
    /// The part of Enact that raises a diagnostic.
    public enum Area: String, CaseIterable, Sendable {
        case files, source, templates, checks, xml, formats, comparison, amendments
    }

    public var severity: Severity
    public var area: Area
    /// What the problem is, in one line.
    public var summary: String
    /// Why it is a problem and how to resolve it.
    public var explanation: String
    /// Input or a command that raises it, and what Enact prints.
    public var example: String
}

extension DiagnosticID {
    /// The catalogue entry of this kind of diagnostic.
    public var entry: DiagnosticEntry {
        switch self {
        case .amendmentFailure:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentAmbiguous:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentCheck:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentCollision:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentFrontMatter:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentInexpressible:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentInstruction:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentLabel:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentQuotation:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentTarget:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .amendmentText:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .byteOrderMark:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .crlfLineEnd:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .danglingCorrespondence:
            DiagnosticEntry(
                severity: .warning, area: .comparison,
                summary: "",
                explanation: "",
                example: "")
        case .danglingReference:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .duplicateDefinition:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .duplicateLabel:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .duplicateNumber:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .emptyDivision:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .emptyDocument:
            DiagnosticEntry(
                severity: .error, area: .comparison,
                summary: "",
                explanation: "",
                example: "")
        case .fileTooLarge:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .frontMatter:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .importLoss:
            DiagnosticEntry(
                severity: .warning, area: .formats,
                summary: "",
                explanation: "",
                example: "")
        case .invalidAnnotation:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidDate:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidDirective:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidEscape:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidLabel:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidMetadata:
            DiagnosticEntry(
                severity: .error, area: .formats,
                summary: "",
                explanation: "",
                example: "")
        case .invalidNesting:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .invalidNumber:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .invalidParameter:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .invalidUtf8:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .isADirectory:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .limitDepth:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .limitDivisions:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .misplacedAnnotation:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .misplacedDivision:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .misplacedEnactingFormula:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .misplacedPreamble:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .misplacedSupplementaryProvisions:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .missingFrontMatter:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .missingMetadata:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .missingParameter:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .mixedLanguages:
            DiagnosticEntry(
                severity: .error, area: .comparison,
                summary: "",
                explanation: "",
                example: "")
        case .nestedMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .noProfile:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .noSchema:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .noSuchFile:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .noSuchSchema:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .notARegularFile:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .nulByte:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .numberGap:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .numberOrder:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .parallelLabel:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .parallelMissing:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .parallelNumbering:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .parallelWork:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .parameterFile:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .profile:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .repealedWithText:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .schema:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .schematron:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .strayText:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .styleLanguage:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "",
                explanation: "",
                example: "")
        case .templateDeclaration:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .templateSyntax:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .templateTag:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .undefinedTerm:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .unknownKeyword:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .unknownMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .unknownMetadata:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .unknownParameter:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .unknownTemplate:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .unknownXmlFormat:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .unmatchedBrace:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .unreadableFile:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .unreadableTemplate:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "",
                explanation: "",
                example: "")
        case .unsupportedTradition:
            DiagnosticEntry(
                severity: .error, area: .formats,
                summary: "",
                explanation: "",
                example: "")
        case .unterminatedFrontMatter:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .unterminatedMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "",
                explanation: "",
                example: "")
        case .unusedDefinition:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "",
                explanation: "",
                example: "")
        case .unwritableOutput:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .usage:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .wouldOverwrite:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "",
                explanation: "",
                example: "")
        case .xml:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .xmlEntityDeclaration:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .xmlExternalDtd:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .xmlNamespace:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .xmlTooDeep:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .xmlTooLarge:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        case .xmlXinclude:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "",
                explanation: "",
                example: "")
        }
    }
}
