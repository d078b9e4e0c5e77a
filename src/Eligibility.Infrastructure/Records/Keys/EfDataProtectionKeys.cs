using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Keys;

/// <summary>
/// The key ring that protects sign-in cookies, kept in the records database so every instance reads the same keys:
/// a cookie issued by one instance is honoured by the others and by a restarted one.
/// </summary>
public interface IDataProtectionKeyStore
{
    IReadOnlyList<string> All();

    void Add(string friendlyName, string xml);
}

internal sealed class EfDataProtectionKeys(RecordsDatabase database, TimeProvider clock) : IDataProtectionKeyStore
{
    // The framework's repository interface is synchronous; keys are read once per key-ring refresh (about daily) and written once per key.
    public IReadOnlyList<string> All()
    {
        using var db = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.Xml).ToList();
    }

    public void Add(string friendlyName, string xml)
    {
        using var db = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { Id = Guid.NewGuid().ToString("n"), FriendlyName = friendlyName, Xml = xml, CreatedAt = StoredTime.ToColumn(clock.GetUtcNow()) });
        db.SaveChanges();
    }
}
