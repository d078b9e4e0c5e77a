using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Infrastructure.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Records;

/// <summary>The database's stores as one instance of the application resolves them.</summary>
public sealed class OpenedRecords(IServiceProvider services)
{
    public IAuditLog Audit => services.GetRequiredService<IAuditLog>();

    public AuditKeyRing Keys => services.GetRequiredService<AuditKeyRing>();

    public IDeterminationStore Determinations => services.GetRequiredService<IDeterminationStore>();

    public IManualStore Manuals => services.GetRequiredService<IManualStore>();

    public IConversationStore Conversations => services.GetRequiredService<IConversationStore>();

    internal RecordsDatabase Database => services.GetRequiredService<RecordsDatabase>();

    public string Provider => Database.Provider;

    public Task MigrateAsync(CancellationToken ct) => Database.MigrateAsync(ct);
}
