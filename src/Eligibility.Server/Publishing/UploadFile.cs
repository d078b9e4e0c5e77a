namespace Eligibility.Server.Publishing;

/// <summary>One file offered for upload, with the manual version it is to become.</summary>
public sealed record UploadFile(string FileName, byte[] Content, string? ManualId, string? Title, string? Version, string? Effective);

/// <summary>What became of one offered file: the upload that will ingest it, or why it was refused (nothing of it kept).</summary>
public sealed record UploadReceipt(string FileName, string? UploadId, string? Error);
