namespace Eligibility.Server.Identity;

/// <summary>The four roles, and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Caseworker = "caseworker";
    public const string PolicyStaff = "policy-staff";
    public const string Evaluator = "evaluator";
    public const string Admin = "admin";

    /// <summary>Asking, reading passages, feedback: caseworkers (and admins).</summary>
    public const string CaseworkerPolicy = "Caseworker";

    /// <summary>Whole answers over HTTP (evaluation runs): evaluators, caseworkers and admins.</summary>
    public const string AnswersPolicy = "Answers";

    /// <summary>
    /// Moving a draft determination to APPROVED, AMENDED or REJECTED: a caseworker (not an admin, not any other
    /// role) in a human session (see <see cref="HumanSession"/>).
    /// </summary>
    public const string DecidePolicy = "Decide";

    /// <summary>Uploading, reviewing, publishing and rolling back manuals, and resolving feedback: policy staff and admins.</summary>
    public const string PublishingPolicy = "Publishing";

    /// <summary>Administration (audit verification, the jobs dashboard, overriding a publish gate): admins only.</summary>
    public const string AdminPolicy = "Admin";
}
