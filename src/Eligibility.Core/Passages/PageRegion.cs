namespace Eligibility.Core.Passages;

/// <summary>Where part of a passage sits on a page, in PDF points from the top-left corner.</summary>
public sealed record PageRegion(int Page, double Left, double Top, double Right, double Bottom);
