using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Determinations and the audit log. One provider-neutral model and migration set serves SQLite and PostgreSQL:
/// no column types, no provider annotations, keys assigned by the application.
/// </summary>
internal sealed class RecordsDbContext(DbContextOptions<RecordsDbContext> options) : DbContext(options)
{
    public DbSet<DeterminationRow> Determinations => Set<DeterminationRow>();

    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DeterminationRow>(d =>
        {
            d.ToTable("determinations");
            d.HasKey(r => r.Id).HasName("pk_determinations");
            d.HasIndex(r => new { r.CreatedAt, r.Id }).HasDatabaseName("ix_determinations_created_at");
            d.HasIndex(r => new { r.CreatedBy, r.CreatedAt }).HasDatabaseName("ix_determinations_created_by");
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
