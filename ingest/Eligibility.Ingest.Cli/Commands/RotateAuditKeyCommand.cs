using System.CommandLine;
using Eligibility.Infrastructure.Audit;
using Eligibility.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>
/// <c>rotate-audit-key</c>: adds a new key to the embedded default's key file; new entries are tagged with it and
/// the older keys stay to verify what they tagged. Keys from configuration are rotated there instead.
/// </summary>
internal static class RotateAuditKeyCommand
{
    public static Command Create()
    {
        var command = new Command("rotate-audit-key", "Add a new audit key to the key file (older keys stay, to verify older entries)");
        command.SetAction(result =>
        {
            using var host = CliHost.CreateBuilder(result.GetRequiredValue(CliOptions.Data)).Build();
            var audit = host.Services.GetRequiredService<IOptions<AuditOptions>>().Value;
            if (audit.Keys.Count > 0)
            {
                return Output.Error("the audit keys come from configuration (Audit:Keys); rotate there: append a new {Id, Secret} and keep the older ones");
            }

            var file = Path.GetFullPath(audit.KeyFile, host.Services.GetRequiredService<IOptions<DataOptions>>().Value.Directory);
            var key = AuditKeyFile.Rotate(file);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(new { KeyId = key.Id, KeyFile = file });
            }
            else
            {
                Output.Line($"new audit key {key.Id} in {file}; entries from now on are tagged with it, older keys stay to verify older entries");
            }

            return 0;
        });
        return command;
    }
}
