using System.Globalization;
using Eligibility.Ingest.Pipeline;
using Microsoft.AspNetCore.Http.Features;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Reads an upload's multipart form: its files, and for each the manual version it is to become, from the
/// <c>manual</c>, <c>title</c>, <c>version</c> and <c>effective</c> fields given in the files' order, or from a
/// <c>manifest.json</c> among the files that names them.
/// </summary>
internal static class UploadForm
{
    public const string ManifestName = "manifest.json";

    public static async Task<(IReadOnlyList<UploadFile> Files, string? Problem)> ReadAsync(HttpRequest request, PublishingOptions options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return ([], "Send the files as multipart/form-data.");
        }

        // Room for the most files allowed at the largest size allowed; a larger body is refused before it is read.
        var limit = (options.MaxUploadBytes + 64 * 1024) * options.MaxFilesPerUpload;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return ([], $"The upload could not be read: {e.Message} (at most {options.MaxFilesPerUpload} files of {options.MaxUploadBytes / 1024 / 1024} MB each).");
        }

        var manifest = form.Files.FirstOrDefault(f => string.Equals(Path.GetFileName(f.FileName), ManifestName, StringComparison.OrdinalIgnoreCase));
        var files = form.Files.Where(f => f != manifest).ToList();
        if (files.Count == 0)
        {
            return ([], "Choose at least one file to upload.");
        }

        if (files.Count > options.MaxFilesPerUpload)
        {
            return ([], $"{files.Count} files is more than one upload takes ({options.MaxFilesPerUpload}, Publishing:MaxFilesPerUpload).");
        }

        if (manifest is not null)
        {
            return await FromManifestAsync(manifest, files, ct);
        }

        var result = new List<UploadFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            result.Add(new UploadFile(files[i].FileName, await ContentAsync(files[i], ct), At(form, "manual", i), At(form, "title", i), At(form, "version", i), At(form, "effective", i)));
        }

        return (result, null);
    }

    private static async Task<(IReadOnlyList<UploadFile>, string?)> FromManifestAsync(IFormFile manifest, List<IFormFile> files, CancellationToken ct)
    {
        IReadOnlyList<IngestRequest> entries;
        try
        {
            using var reader = new StreamReader(manifest.OpenReadStream());
            entries = Manifest.Parse(await reader.ReadToEndAsync(ct), ManifestName, "/");
        }
        catch (FormatException e)
        {
            return ([], e.Message);
        }

        var byName = entries.ToDictionary(e => Path.GetFileName(e.File), StringComparer.OrdinalIgnoreCase);
        var result = new List<UploadFile>(files.Count);
        foreach (var file in files)
        {
            var entry = byName.GetValueOrDefault(Path.GetFileName(file.FileName));
            result.Add(new UploadFile(file.FileName, await ContentAsync(file, ct), entry?.ManualId ?? "", entry?.Title,
                entry?.Version ?? "", entry?.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return (result, null);
    }

    private static string? At(IFormCollection form, string field, int index) =>
        form.TryGetValue(field, out var values) && index < values.Count ? values[index] : null;

    private static async Task<byte[]> ContentAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, 64L * 1024 * 1024));
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
