// Written by hand in the shape `dotnet ef` generates (Microsoft.EntityFrameworkCore.Design is not on the package
// mirror). Keep it equal to RecordsDbContext's model: a test fails while HasPendingModelChanges() is true.
using System;
using Eligibility.Infrastructure.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations
{
    [DbContext(typeof(RecordsDbContext))]
    internal partial class RecordsDbContextModelSnapshot : ModelSnapshot
    {
        protected override void BuildModel(ModelBuilder modelBuilder)
        {
#pragma warning disable 612, 618
            modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

            modelBuilder.Entity("Eligibility.Infrastructure.Records.AuditEntryRow", b =>
                {
                    b.Property<long>("Sequence")
                        .HasColumnName("sequence");

                    b.Property<string>("Actor")
                        .IsRequired()
                        .HasColumnName("actor");

                    b.Property<DateTime>("At")
                        .HasColumnName("at");

                    b.Property<string>("Hash")
                        .IsRequired()
                        .HasColumnName("hash");

                    b.Property<string>("Kind")
                        .IsRequired()
                        .HasColumnName("kind");

                    b.Property<string>("Payload")
                        .IsRequired()
                        .HasColumnName("payload");

                    b.Property<string>("PreviousHash")
                        .IsRequired()
                        .HasColumnName("previous_hash");

                    b.Property<string>("Subject")
                        .IsRequired()
                        .HasColumnName("subject");

                    b.HasKey("Sequence")
                        .HasName("pk_audit_entries");

                    b.HasIndex("Subject", "Sequence")
                        .HasDatabaseName("ix_audit_entries_subject");

                    b.ToTable("audit_entries");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.DeterminationRow", b =>
                {
                    b.Property<string>("Id")
                        .HasColumnName("id");

                    b.Property<string>("Amendments")
                        .HasColumnName("amendments");

                    b.Property<string>("Corrects")
                        .HasColumnName("corrects");

                    b.Property<DateTime>("CreatedAt")
                        .HasColumnName("created_at");

                    b.Property<string>("CreatedBy")
                        .IsRequired()
                        .HasColumnName("created_by");

                    b.Property<DateTime?>("DecidedAt")
                        .HasColumnName("decided_at");

                    b.Property<string>("DecidedBy")
                        .HasColumnName("decided_by");

                    b.Property<string>("Draft")
                        .IsRequired()
                        .HasColumnName("draft");

                    b.Property<string>("Facts")
                        .IsRequired()
                        .HasColumnName("facts");

                    b.Property<string>("FinalOutcome")
                        .HasColumnName("final_outcome");

                    b.Property<string>("FinalSummary")
                        .HasColumnName("final_summary");

                    b.Property<string>("Reason")
                        .HasColumnName("reason");

                    b.Property<string>("State")
                        .IsRequired()
                        .HasColumnName("state");

                    b.HasKey("Id")
                        .HasName("pk_determinations");

                    b.HasIndex("Corrects")
                        .HasDatabaseName("ix_determinations_corrects");

                    b.HasIndex("CreatedAt", "Id")
                        .HasDatabaseName("ix_determinations_created_at");

                    b.HasIndex("CreatedBy", "CreatedAt")
                        .HasDatabaseName("ix_determinations_created_by");

                    b.ToTable("determinations");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.DeterminationRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.DeterminationRow", null)
                        .WithMany()
                        .HasForeignKey("Corrects")
                        .OnDelete(DeleteBehavior.Restrict)
                        .HasConstraintName("fk_determinations_corrects");
                });
#pragma warning restore 612, 618
        }
    }
}
