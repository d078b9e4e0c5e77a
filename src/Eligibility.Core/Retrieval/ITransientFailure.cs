namespace Eligibility.Core.Retrieval;

/// <summary>
/// An adapter's failure that says whether trying again later may succeed (a service unavailable or overloaded), so
/// callers that retry (the upload jobs) can tell it from a request that will never succeed.
/// </summary>
public interface ITransientFailure
{
    bool IsTransient { get; }
}
