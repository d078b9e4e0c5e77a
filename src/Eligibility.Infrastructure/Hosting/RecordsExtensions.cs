using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Core.Determinations;
using Eligibility.Core.Feedback;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Eligibility.Core.SignIn;
using Eligibility.Infrastructure.Audit;
using Eligibility.Infrastructure.Records;
using Eligibility.Infrastructure.Records.Conversations;
using Eligibility.Infrastructure.Records.Manuals;
using Eligibility.Infrastructure.Records.Publishing;
using Eligibility.Infrastructure.Records.SignIn;
using Eligibility.Infrastructure.Search;
using Eligibility.Infrastructure.Vectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Eligibility.Infrastructure.Hosting;

public static class RecordsExtensions
{
    /// <summary>
    /// The one database (configuration "Records": SQLite <c>records.db</c> in the data folder by default, or
    /// PostgreSQL) and everything kept in it: manuals and passages, conversations, determinations, the audit log,
    /// and the embedded search index built from it.
    /// </summary>
    public static IHostApplicationBuilder AddRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Data:Directory must name a folder").ValidateOnStart()
            .PostConfigure<IHostEnvironment>((data, host) => data.Directory = Path.GetFullPath(data.Directory, host.ContentRootPath));
        builder.Services.AddOptions<RecordsOptions>().BindConfiguration(RecordsOptions.SectionName)
            .Validate(o => o.Problem is null, "Records: Provider must be 'sqlite' or 'postgres', and 'postgres' needs a ConnectionString").ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName);
        builder.Services.AddSingleton(sp => AuditKeys.Load(sp.GetRequiredService<IOptions<AuditOptions>>().Value, sp.GetRequiredService<IOptions<DataOptions>>().Value));
        builder.Services.AddSingleton<IAuditCheckpoints, FileAuditCheckpoints>();
        builder.Services.AddSingleton<RecordsDatabase>();
        builder.Services.AddSingleton<EfAuditLog>();
        builder.Services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<EfAuditLog>());
        builder.Services.AddSingleton<IDeterminationStore, EfDeterminationStore>();
        builder.Services.AddSingleton<IManualStore, EfManualStore>();
        builder.Services.AddSingleton<IConversationStore, EfConversationStore>();
        builder.Services.AddSingleton<IImpactQuery, EfImpactQuery>();
        builder.Services.AddSingleton<ISignInLockouts, EfSignInLockouts>();
        builder.Services.AddSingleton<IUploadStore, EfUploadStore>();
        builder.Services.AddSingleton<INoticeStore, EfNoticeStore>();
        builder.Services.AddSingleton<IFeedbackInbox, EfFeedbackInbox>();
        builder.Services.AddSingleton<IGateRunStore, EfGateRunStore>();
        builder.Services.AddSingleton<Records.Keys.IDataProtectionKeyStore, Records.Keys.EfDataProtectionKeys>();
        builder.Services.AddSingleton<VectorCache>();
        builder.Services.AddSingleton<EmbeddedPassageIndex>();
        builder.Services.AddHostedService<RecordsMigrator>();
        return builder;
    }
}

