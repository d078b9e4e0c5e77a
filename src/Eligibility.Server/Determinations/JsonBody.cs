using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Eligibility.Core.Determinations;

namespace Eligibility.Server.Determinations;

/// <summary>
/// Reads a JSON request body, turning anything unreadable into a problem that names the thing, where in the
/// JSON it went wrong and why, instead of the framework's empty 400 or a type name from the server.
/// </summary>
internal static class JsonBody
{
    public const long MaxBytes = 256 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, string what, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, Results.Problem($"The {what} are {request.ContentLength:N0} bytes; the limit is {MaxBytes:N0}.", statusCode: 413, title: $"Too large"));
        }

        try
        {
            await using var limited = new LimitedStream(request.Body, MaxBytes);
            var value = await JsonSerializer.DeserializeAsync<T>(limited, options, ct);
            return value is null
                ? (null, Results.Problem($"The {what} are empty.", statusCode: 400, title: $"Unreadable {what}"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var at = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path[2..]}";
            var reason = e.InnerException is null && e.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? "a value has the wrong type (a number where text is expected, or the reverse)"
                : "the JSON is malformed or a value has the wrong type";
            // The form's fields are numbered from 1 ("household[1].age"); JSON paths from 0.
            var field = string.IsNullOrEmpty(at) ? null : Regex.Replace(e.Path![2..], @"\[(\d+)\]", m => $"[{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1}]");
            var problems = field is null ? null : new Dictionary<string, object?> { ["problems"] = new[] { new FactProblem(field, reason) } };
            return (null, Results.Problem($"The {what} are not valid JSON{at} (line {(e.LineNumber ?? 0) + 1}): {reason}.", statusCode: 400, title: $"Unreadable {what}", extensions: problems));
        }
        catch (LimitedStream.TooLargeException)
        {
            return (null, Results.Problem($"The {what} are larger than {MaxBytes:N0} bytes.", statusCode: 413, title: "Too large"));
        }
    }

    /// <summary>A read-only view of a stream that refuses to read past a limit (bodies sent without a length).</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new TooLargeException() : read;
        }

        public sealed class TooLargeException : Exception;
    }
}
