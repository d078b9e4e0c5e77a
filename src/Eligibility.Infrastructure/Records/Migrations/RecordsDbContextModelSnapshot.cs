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

                    b.Property<string>("KeyId")
                        .HasColumnName("key_id");

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

            modelBuilder.Entity("Eligibility.Infrastructure.Records.SignIn.SignInLockoutRow", b =>
                {
                    b.Property<string>("Account")
                        .HasColumnName("account");

                    b.Property<int>("Failures")
                        .HasColumnName("failures");

                    b.Property<DateTime>("LastFailureAt")
                        .HasColumnName("last_failure_at");

                    b.Property<DateTime?>("LockedUntil")
                        .HasColumnName("locked_until");

                    b.HasKey("Account")
                        .HasName("pk_sign_in_lockouts");

                    b.ToTable("sign_in_lockouts");
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

                    b.Property<string>("Owner")
                        .IsRequired()
                        .HasColumnName("owner");

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

                    b.HasIndex("Owner", "CreatedAt")
                        .HasDatabaseName("ix_determinations_owner");

                    b.ToTable("determinations");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Conversations.AnswerRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<bool>("Abstained")
                        .HasColumnName("abstained");

                    b.Property<DateOnly>("AsOf")
                        .HasColumnName("as_of");

                    b.Property<string>("Citations")
                        .IsRequired()
                        .HasColumnName("citations");

                    b.Property<string>("ConversationId")
                        .IsRequired()
                        .HasColumnName("conversation_id");

                    b.Property<DateTime>("CreatedAt")
                        .HasColumnName("created_at");

                    b.Property<string>("Mode")
                        .IsRequired()
                        .HasColumnName("mode");

                    b.Property<string>("ModelId")
                        .HasColumnName("model_id");

                    b.Property<string>("Question")
                        .IsRequired()
                        .HasColumnName("question");

                    b.Property<string>("StandaloneQuestion")
                        .IsRequired()
                        .HasColumnName("standalone_question");

                    b.Property<string>("Text")
                        .IsRequired()
                        .HasColumnName("text");

                    b.HasKey("Id")
                        .HasName("pk_answers");

                    b.HasIndex("ConversationId", "CreatedAt")
                        .HasDatabaseName("ix_answers_conversation");

                    b.ToTable("answers");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Conversations.ConversationRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<DateTime>("CreatedAt")
                        .HasColumnName("created_at");

                    b.Property<string>("Title")
                        .IsRequired()
                        .HasColumnName("title");

                    b.Property<DateTime>("UpdatedAt")
                        .HasColumnName("updated_at");

                    b.Property<string>("UserName")
                        .IsRequired()
                        .HasColumnName("user_name");

                    b.HasKey("Id")
                        .HasName("pk_conversations");

                    b.HasIndex("UserName", "UpdatedAt")
                        .HasDatabaseName("ix_conversations_user");

                    b.ToTable("conversations");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Conversations.FeedbackRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<string>("AnswerId")
                        .IsRequired()
                        .HasColumnName("answer_id");

                    b.Property<string>("Comment")
                        .HasColumnName("comment");

                    b.Property<DateTime>("CreatedAt")
                        .HasColumnName("created_at");

                    b.Property<string>("Kind")
                        .IsRequired()
                        .HasColumnName("kind");

                    b.Property<string>("UserName")
                        .IsRequired()
                        .HasColumnName("user_name");

                    b.Property<string>("Status")
                        .IsRequired()
                        .HasColumnName("status");

                    b.Property<string>("ResolvedBy")
                        .HasColumnName("resolved_by");

                    b.Property<DateTime?>("ResolvedAt")
                        .HasColumnName("resolved_at");

                    b.Property<string>("ResolutionNote")
                        .HasColumnName("resolution_note");

                    b.Property<string>("FixedByVersion")
                        .HasColumnName("fixed_by_version");

                    b.HasKey("Id")
                        .HasName("pk_answer_feedback");

                    b.HasIndex("AnswerId")
                        .HasDatabaseName("ix_answer_feedback_answer");

                    b.HasIndex("Status", "CreatedAt")
                        .HasDatabaseName("ix_answer_feedback_status");

                    b.ToTable("answer_feedback");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.ManualVersionRow", b =>
                {
                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.Property<string>("ContentHash")
                        .IsRequired()
                        .HasColumnName("content_hash");

                    b.Property<DateOnly>("EffectiveDate")
                        .HasColumnName("effective_date");

                    b.Property<DateTime>("IngestedAt")
                        .HasColumnName("ingested_at");

                    b.Property<int>("PageCount")
                        .HasColumnName("page_count");

                    b.Property<int>("PassageCount")
                        .HasColumnName("passage_count");

                    b.Property<DateTime?>("PublishedAt")
                        .HasColumnName("published_at");

                    b.Property<string>("SourceFile")
                        .IsRequired()
                        .HasColumnName("source_file");

                    b.Property<string>("SourceSha256")
                        .IsRequired()
                        .HasColumnName("source_sha256");

                    b.Property<string>("Status")
                        .IsRequired()
                        .HasColumnName("status");

                    b.Property<string>("Title")
                        .IsRequired()
                        .HasColumnName("title");

                    b.Property<string>("Warnings")
                        .IsRequired()
                        .HasColumnName("warnings");

                    b.HasKey("ManualId", "Version")
                        .HasName("pk_manual_versions");

                    b.HasIndex("Status", "EffectiveDate")
                        .HasDatabaseName("ix_manual_versions_status");

                    b.ToTable("manual_versions");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.PageRow", b =>
                {
                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.Property<int>("Page")
                        .HasColumnName("page");

                    b.Property<bool>("FromOcr")
                        .HasColumnName("from_ocr");

                    b.Property<string>("Text")
                        .IsRequired()
                        .HasColumnName("text");

                    b.HasKey("ManualId", "Version", "Page")
                        .HasName("pk_pages");

                    b.ToTable("pages");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.PassageRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<bool>("ContainsTable")
                        .HasColumnName("contains_table");

                    b.Property<string>("ContentHash")
                        .IsRequired()
                        .HasColumnName("content_hash");

                    b.Property<string>("ContextHeader")
                        .IsRequired()
                        .HasColumnName("context_header");

                    b.Property<int>("EndOffset")
                        .HasColumnName("end_offset");

                    b.Property<bool>("FromOcr")
                        .HasColumnName("from_ocr");

                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<int>("Ordinal")
                        .HasColumnName("ordinal");

                    b.Property<int>("PageEnd")
                        .HasColumnName("page_end");

                    b.Property<int>("PageStart")
                        .HasColumnName("page_start");

                    b.Property<string>("Regions")
                        .IsRequired()
                        .HasColumnName("regions");

                    b.Property<string>("SectionNumber")
                        .HasColumnName("section_number");

                    b.Property<string>("SectionPath")
                        .IsRequired()
                        .HasColumnName("section_path");

                    b.Property<int>("StartOffset")
                        .HasColumnName("start_offset");

                    b.Property<string>("Text")
                        .IsRequired()
                        .HasColumnName("text");

                    b.Property<int>("TokenEstimate")
                        .HasColumnName("token_estimate");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.HasKey("Id")
                        .HasName("pk_passages");

                    b.HasIndex("ManualId", "Version", "Ordinal")
                        .HasDatabaseName("ix_passages_version");

                    b.ToTable("passages");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.PassageVectorRow", b =>
                {
                    b.Property<string>("PassageId")
                        .IsRequired()
                        .HasColumnName("passage_id");

                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<byte[]>("Vector")
                        .IsRequired()
                        .HasColumnName("vector");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.HasKey("PassageId")
                        .HasName("pk_passage_vectors");

                    b.HasIndex("ManualId", "Version")
                        .HasDatabaseName("ix_passage_vectors_version");

                    b.ToTable("passage_vectors");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.SourceRow", b =>
                {
                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.Property<byte[]>("Content")
                        .IsRequired()
                        .HasColumnName("content");

                    b.Property<string>("FileName")
                        .IsRequired()
                        .HasColumnName("file_name");

                    b.HasKey("ManualId", "Version")
                        .HasName("pk_sources");

                    b.ToTable("sources");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Publishing.UploadRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<int>("Attempts")
                        .HasColumnName("attempts");

                    b.Property<string>("JobId")
                        .HasColumnName("job_id");

                    b.Property<long>("Bytes")
                        .HasColumnName("bytes");

                    b.Property<DateOnly>("EffectiveDate")
                        .HasColumnName("effective_date");

                    b.Property<string>("Error")
                        .HasColumnName("error");

                    b.Property<string>("FileName")
                        .IsRequired()
                        .HasColumnName("file_name");

                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<int>("Pages")
                        .HasColumnName("pages");

                    b.Property<int>("Passages")
                        .HasColumnName("passages");

                    b.Property<string>("Sha256")
                        .IsRequired()
                        .HasColumnName("sha256");

                    b.Property<string>("Stage")
                        .IsRequired()
                        .HasColumnName("stage");

                    b.Property<string>("Status")
                        .IsRequired()
                        .HasColumnName("status");

                    b.Property<string>("Title")
                        .IsRequired()
                        .HasColumnName("title");

                    b.Property<DateTime>("UpdatedAt")
                        .HasColumnName("updated_at");

                    b.Property<DateTime>("UploadedAt")
                        .HasColumnName("uploaded_at");

                    b.Property<string>("UploadedBy")
                        .IsRequired()
                        .HasColumnName("uploaded_by");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.Property<string>("Warnings")
                        .IsRequired()
                        .HasColumnName("warnings");

                    b.HasKey("Id")
                        .HasName("pk_uploads");

                    b.HasIndex("Status")
                        .HasDatabaseName("ix_uploads_status");

                    b.HasIndex("UploadedAt")
                        .HasDatabaseName("ix_uploads_uploaded_at");

                    b.ToTable("uploads");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Publishing.UploadContentRow", b =>
                {
                    b.Property<string>("UploadId")
                        .IsRequired()
                        .HasColumnName("upload_id");

                    b.Property<byte[]>("Content")
                        .IsRequired()
                        .HasColumnName("content");

                    b.HasKey("UploadId")
                        .HasName("pk_upload_contents");

                    b.ToTable("upload_contents");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Keys.DataProtectionKeyRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<DateTime>("CreatedAt")
                        .HasColumnName("created_at");

                    b.Property<string>("FriendlyName")
                        .IsRequired()
                        .HasColumnName("friendly_name");

                    b.Property<string>("Xml")
                        .IsRequired()
                        .HasColumnName("xml");

                    b.HasKey("Id")
                        .HasName("pk_data_protection_keys");

                    b.ToTable("data_protection_keys");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Publishing.GateRunRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<string>("Active")
                        .IsRequired()
                        .HasColumnName("active");

                    b.Property<string>("Error")
                        .HasColumnName("error");

                    b.Property<string>("Failures")
                        .IsRequired()
                        .HasColumnName("failures");

                    b.Property<DateTime?>("FinishedAt")
                        .HasColumnName("finished_at");

                    b.Property<string>("Floors")
                        .IsRequired()
                        .HasColumnName("floors");

                    b.Property<string>("ManualId")
                        .IsRequired()
                        .HasColumnName("manual_id");

                    b.Property<DateTime>("RequestedAt")
                        .HasColumnName("requested_at");

                    b.Property<string>("RequestedBy")
                        .IsRequired()
                        .HasColumnName("requested_by");

                    b.Property<string>("Staged")
                        .IsRequired()
                        .HasColumnName("staged");

                    b.Property<string>("Status")
                        .IsRequired()
                        .HasColumnName("status");

                    b.Property<string>("Suite")
                        .IsRequired()
                        .HasColumnName("suite");

                    b.Property<string>("Version")
                        .IsRequired()
                        .HasColumnName("version");

                    b.HasKey("Id")
                        .HasName("pk_gate_runs");

                    b.HasIndex("ManualId", "Version", "RequestedAt")
                        .HasDatabaseName("ix_gate_runs_version");

                    b.ToTable("gate_runs");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Publishing.NoticeRow", b =>
                {
                    b.Property<string>("Id")
                        .IsRequired()
                        .HasColumnName("id");

                    b.Property<DateTime>("CreatedAt")
                        .HasColumnName("created_at");

                    b.Property<string>("Kind")
                        .IsRequired()
                        .HasColumnName("kind");

                    b.Property<DateTime?>("ReadAt")
                        .HasColumnName("read_at");

                    b.Property<string>("Recipient")
                        .IsRequired()
                        .HasColumnName("recipient");

                    b.Property<string>("Subject")
                        .IsRequired()
                        .HasColumnName("subject");

                    b.Property<string>("Text")
                        .IsRequired()
                        .HasColumnName("text");

                    b.HasKey("Id")
                        .HasName("pk_notices");

                    b.HasIndex("Subject")
                        .HasDatabaseName("ix_notices_subject");

                    b.HasIndex("Recipient", "ReadAt")
                        .HasDatabaseName("ix_notices_recipient");

                    b.ToTable("notices");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Conversations.AnswerRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.Conversations.ConversationRow", null)
                        .WithMany()
                        .HasForeignKey("ConversationId")
                        .OnDelete(DeleteBehavior.Restrict)
                        .IsRequired()
                        .HasConstraintName("fk_answers_conversations");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Conversations.FeedbackRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.Conversations.AnswerRow", null)
                        .WithMany()
                        .HasForeignKey("AnswerId")
                        .OnDelete(DeleteBehavior.Restrict)
                        .IsRequired()
                        .HasConstraintName("fk_answer_feedback_answers");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.PageRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.Manuals.ManualVersionRow", null)
                        .WithMany()
                        .HasForeignKey("ManualId", "Version")
                        .OnDelete(DeleteBehavior.Cascade)
                        .IsRequired()
                        .HasConstraintName("fk_pages_manual_versions");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.PassageRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.Manuals.ManualVersionRow", null)
                        .WithMany()
                        .HasForeignKey("ManualId", "Version")
                        .OnDelete(DeleteBehavior.Cascade)
                        .IsRequired()
                        .HasConstraintName("fk_passages_manual_versions");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Publishing.UploadContentRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.Publishing.UploadRow", null)
                        .WithOne()
                        .HasForeignKey("Eligibility.Infrastructure.Records.Publishing.UploadContentRow", "UploadId")
                        .OnDelete(DeleteBehavior.Cascade)
                        .IsRequired()
                        .HasConstraintName("fk_upload_contents_uploads");
                });

            modelBuilder.Entity("Eligibility.Infrastructure.Records.Manuals.SourceRow", b =>
                {
                    b.HasOne("Eligibility.Infrastructure.Records.Manuals.ManualVersionRow", null)
                        .WithOne()
                        .HasForeignKey("Eligibility.Infrastructure.Records.Manuals.SourceRow", "ManualId", "Version")
                        .OnDelete(DeleteBehavior.Cascade)
                        .IsRequired()
                        .HasConstraintName("fk_sources_manual_versions");
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
