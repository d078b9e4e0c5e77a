using System.Text.Json;
using System.Text.Json.Serialization;

namespace Eligibility.Tests.Records;

/// <summary>
/// Compares values as JSON written by plain System.Text.Json (not the store's own options), so a field the store
/// dropped or changed shows up as a difference instead of being dropped on both sides.
/// </summary>
internal static class RoundTrip
{
    private static readonly JsonSerializerOptions Plain = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    public static void Same<T>(T expected, T actual) => Assert.Equal(JsonSerializer.Serialize(expected, Plain), JsonSerializer.Serialize(actual, Plain));
}
