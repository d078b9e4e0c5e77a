using System.Text;
using Eligibility.Core.Audit;

namespace Eligibility.Infrastructure.Audit;

/// <summary>
/// The embedded default's audit keys: a file outside the database, one key per line (<c>id base64-secret</c>),
/// oldest first, created with owner-only permissions. Rotating appends a new key; the old ones stay to verify the
/// entries they tagged.
/// </summary>
public static class AuditKeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static IReadOnlyList<AuditKey> Read(string path)
    {
        var keys = new List<AuditKey>();
        foreach (var (line, number) in File.ReadAllLines(path).Select((l, i) => (l.Trim(), i + 1)).Where(l => l.Item1.Length > 0 && !l.Item1.StartsWith('#')))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !TryBase64(parts[1], out var secret) || secret.Length < AuditKey.Bytes)
            {
                throw new InvalidDataException($"{path}:{number}: not an audit key (expected 'id base64-secret' with at least {AuditKey.Bytes} bytes)");
            }

            keys.Add(new AuditKey(parts[0], secret));
        }

        return keys.Count > 0 ? keys : throw new InvalidDataException($"{path} holds no audit key");
    }

    /// <summary>The keys in the file, creating it with a first key when it does not exist (safe against a concurrent creator).</summary>
    public static IReadOnlyList<AuditKey> ReadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
            Write(temporary, FileMode.CreateNew, AuditKey.Generate(NewId()));
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        return Read(path);
    }

    /// <summary>Adds a new key, which tags entries from now on; returns it.</summary>
    public static AuditKey Rotate(string path)
    {
        var existing = ReadOrCreate(path);
        var key = AuditKey.Generate(NewId());
        if (existing.Any(k => k.Id == key.Id))
        {
            key = AuditKey.Generate(NewId() + "-" + existing.Count);
        }

        Write(path, FileMode.Append, key);
        return key;
    }

    private static void Write(string path, FileMode mode, AuditKey key)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var stream = new FileStream(path, options);
        stream.Write(Encoding.ASCII.GetBytes($"{key.Id} {Convert.ToBase64String(key.Secret)}\n"));
        stream.Flush(flushToDisk: true);
    }

    private static string NewId() => DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
