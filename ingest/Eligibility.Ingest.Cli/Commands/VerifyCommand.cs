using System.CommandLine;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>verify</c>: walks the audit log's hash chain; exit 1 and the first broken entry when it does not hold.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Verify the tamper-evident audit log");
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var verification = await services.Audit.VerifyAsync(ct);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(verification);
            }
            else
            {
                var checkpoint = verification.Checkpoint is { } c ? $", latest checkpoint entry {c.Sequence} at {c.At:yyyy-MM-dd HH:mm:ss}Z" : "";
                Output.Line(verification.Intact
                    ? $"audit log intact: {verification.Entries} entries{checkpoint}"
                    : verification.FirstBroken is { } entry
                        ? $"audit log BROKEN at entry {entry}: {verification.Reason}"
                        : $"audit log BROKEN: {verification.Reason}");
            }

            return verification.Intact ? 0 : 1;
        });
        return command;
    }
}
