namespace Eligibility.Server.PersonalData;

/// <summary>
/// Marks an endpoint or hub method whose response carries personal data (case facts, identifiers, a caseworker's
/// questions): every successful call leaves an audit entry of this kind saying who read what, and when.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadsPersonalDataAttribute(string kind) : Attribute
{
    public string Kind { get; } = kind;
}
