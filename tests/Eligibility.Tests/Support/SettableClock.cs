namespace Eligibility.Tests.Support;

/// <summary>A clock a test moves forward by hand (back-offs, lockouts) instead of waiting.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
