namespace Eligibility.Tests.Readers;

/// <summary>A temporary folder for reader inputs, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eligibility-readers-");

    public async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        return path;
    }

    public async Task<string> WriteBytesAsync(string name, byte[] content)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);
        return path;
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind is harmless
        }
    }
}
