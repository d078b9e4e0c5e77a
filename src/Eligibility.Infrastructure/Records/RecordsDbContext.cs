using System.Text;
using Eligibility.Infrastructure.Records.Conversations;
using Eligibility.Infrastructure.Records.Manuals;
using Eligibility.Infrastructure.Records.Publishing;
using Eligibility.Infrastructure.Records.SignIn;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Everything the product keeps: manuals, versions, pages, passages (and their vectors in the embedded mode),
/// original files, conversations, answers, feedback, determinations, sign-in lockouts, uploads and their jobs, notices and the audit log. One provider-neutral model
/// and migration set serves SQLite and PostgreSQL: no column types, no provider annotations, keys assigned by the
/// application.
/// </summary>
internal sealed partial class RecordsDbContext(DbContextOptions<RecordsDbContext> options) : DbContext(options)
{
    public DbSet<DeterminationRow> Determinations => Set<DeterminationRow>();

    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();

    public DbSet<ManualVersionRow> ManualVersions => Set<ManualVersionRow>();

    public DbSet<PageRow> Pages => Set<PageRow>();

    public DbSet<PassageRow> Passages => Set<PassageRow>();

    public DbSet<SourceRow> Sources => Set<SourceRow>();

    public DbSet<PassageVectorRow> PassageVectors => Set<PassageVectorRow>();

    public DbSet<ConversationRow> Conversations => Set<ConversationRow>();

    public DbSet<AnswerRow> Answers => Set<AnswerRow>();

    public DbSet<FeedbackRow> Feedback => Set<FeedbackRow>();

    public DbSet<SignInLockoutRow> SignInLockouts => Set<SignInLockoutRow>();

    public DbSet<UploadRow> Uploads => Set<UploadRow>();

    public DbSet<UploadContentRow> UploadContents => Set<UploadContentRow>();

    public DbSet<NoticeRow> Notices => Set<NoticeRow>();

    public DbSet<GateRunRow> GateRuns => Set<GateRunRow>();

    public DbSet<Keys.DataProtectionKeyRow> DataProtectionKeys => Set<Keys.DataProtectionKeyRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DeterminationRow>(d =>
        {
            d.ToTable("determinations");
            d.HasKey(r => r.Id).HasName("pk_determinations");
            d.HasIndex(r => new { r.CreatedAt, r.Id }).HasDatabaseName("ix_determinations_created_at");
            d.HasIndex(r => new { r.CreatedBy, r.CreatedAt }).HasDatabaseName("ix_determinations_created_by");
            d.HasIndex(r => new { r.Owner, r.CreatedAt }).HasDatabaseName("ix_determinations_owner");
            d.HasIndex(r => r.Corrects).HasDatabaseName("ix_determinations_corrects");
            d.HasOne<DeterminationRow>().WithMany().HasForeignKey(r => r.Corrects)
                .HasConstraintName("fk_determinations_corrects").OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AuditEntryRow>(a =>
        {
            a.ToTable("audit_entries");
            a.HasKey(r => r.Sequence).HasName("pk_audit_entries");
            a.Property(r => r.Sequence).ValueGeneratedNever();
            a.HasIndex(r => new { r.Subject, r.Sequence }).HasDatabaseName("ix_audit_entries_subject");
        });

        ConfigureManuals(modelBuilder);
        ConfigureConversations(modelBuilder);
        ConfigurePublishing(modelBuilder);
        modelBuilder.Entity<Keys.DataProtectionKeyRow>(k =>
        {
            k.ToTable("data_protection_keys");
            k.HasKey(r => r.Id).HasName("pk_data_protection_keys");
        });
        modelBuilder.Entity<SignInLockoutRow>(l =>
        {
            l.ToTable("sign_in_lockouts");
            l.HasKey(r => r.Account).HasName("pk_sign_in_lockouts");
        });
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(SnakeCase(property.Name));
        }
    }

    internal static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
