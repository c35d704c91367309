/// What one kind of problem is called and what it says, in every language at once: each
/// stage's errors give one per case, so a new case cannot be added without all three texts.
public struct Explanation: Sendable, Hashable {
    /// The stable English code (`unknown-key`), listed in docs/guide.md.
    public let code: String
    public let message: Localized
    public let hint: Localized?

    public init(_ code: String, _ message: Localized, hint: Localized?) {
        self.code = code
        self.message = message
        self.hint = hint
    }
}
