using Eligibility.Infrastructure.Records.Conversations;
using Eligibility.Infrastructure.Records.Manuals;
using Eligibility.Infrastructure.Records.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

internal sealed partial class RecordsDbContext
{
    private static void ConfigureManuals(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ManualVersionRow>(v =>
        {
            v.ToTable("manual_versions");
            v.HasKey(r => new { r.ManualId, r.Version }).HasName("pk_manual_versions");
            v.HasIndex(r => new { r.Status, r.EffectiveDate }).HasDatabaseName("ix_manual_versions_status");
        });

        modelBuilder.Entity<PageRow>(p =>
        {
            p.ToTable("pages");
            p.HasKey(r => new { r.ManualId, r.Version, r.Page }).HasName("pk_pages");
            p.HasOne<ManualVersionRow>().WithMany().HasForeignKey(r => new { r.ManualId, r.Version })
                .HasConstraintName("fk_pages_manual_versions").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PassageRow>(p =>
        {
            p.ToTable("passages");
            p.HasKey(r => r.Id).HasName("pk_passages");
            p.HasIndex(r => new { r.ManualId, r.Version, r.Ordinal }).HasDatabaseName("ix_passages_version");
            p.HasOne<ManualVersionRow>().WithMany().HasForeignKey(r => new { r.ManualId, r.Version })
                .HasConstraintName("fk_passages_manual_versions").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SourceRow>(s =>
        {
            s.ToTable("sources");
            s.HasKey(r => new { r.ManualId, r.Version }).HasName("pk_sources");
            s.HasOne<ManualVersionRow>().WithOne().HasForeignKey<SourceRow>(r => new { r.ManualId, r.Version })
                .HasConstraintName("fk_sources_manual_versions").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PassageVectorRow>(v =>
        {
            v.ToTable("passage_vectors");
            v.HasKey(r => r.PassageId).HasName("pk_passage_vectors");
            v.HasIndex(r => new { r.ManualId, r.Version }).HasDatabaseName("ix_passage_vectors_version");
        });
    }

    private static void ConfigureConversations(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConversationRow>(c =>
        {
            c.ToTable("conversations");
            c.HasKey(r => r.Id).HasName("pk_conversations");
            c.HasIndex(r => new { r.UserName, r.UpdatedAt }).HasDatabaseName("ix_conversations_user");
        });

        modelBuilder.Entity<AnswerRow>(a =>
        {
            a.ToTable("answers");
            a.HasKey(r => r.Id).HasName("pk_answers");
            a.HasIndex(r => new { r.ConversationId, r.CreatedAt }).HasDatabaseName("ix_answers_conversation");
            a.HasOne<ConversationRow>().WithMany().HasForeignKey(r => r.ConversationId)
                .HasConstraintName("fk_answers_conversations").OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<FeedbackRow>(f =>
        {
            f.ToTable("answer_feedback");
            f.HasKey(r => r.Id).HasName("pk_answer_feedback");
            f.HasIndex(r => r.AnswerId).HasDatabaseName("ix_answer_feedback_answer");
            f.HasIndex(r => new { r.Status, r.CreatedAt }).HasDatabaseName("ix_answer_feedback_status");
            f.HasOne<AnswerRow>().WithMany().HasForeignKey(r => r.AnswerId)
                .HasConstraintName("fk_answer_feedback_answers").OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void ConfigurePublishing(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UploadRow>(u =>
        {
            u.ToTable("uploads");
            u.HasKey(r => r.Id).HasName("pk_uploads");
            u.HasIndex(r => r.UploadedAt).HasDatabaseName("ix_uploads_uploaded_at");
            u.HasIndex(r => r.Status).HasDatabaseName("ix_uploads_status");
        });

        modelBuilder.Entity<UploadContentRow>(c =>
        {
            c.ToTable("upload_contents");
            c.HasKey(r => r.UploadId).HasName("pk_upload_contents");
            c.HasOne<UploadRow>().WithOne().HasForeignKey<UploadContentRow>(r => r.UploadId)
                .HasConstraintName("fk_upload_contents_uploads").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<NoticeRow>(n =>
        {
            n.ToTable("notices");
            n.HasKey(r => r.Id).HasName("pk_notices");
            n.HasIndex(r => new { r.Recipient, r.ReadAt }).HasDatabaseName("ix_notices_recipient");
            n.HasIndex(r => r.Subject).HasDatabaseName("ix_notices_subject");
        });

        modelBuilder.Entity<GateRunRow>(g =>
        {
            g.ToTable("gate_runs");
            g.HasKey(r => r.Id).HasName("pk_gate_runs");
            g.HasIndex(r => new { r.ManualId, r.Version, r.RequestedAt }).HasDatabaseName("ix_gate_runs_version");
        });
    }
}
