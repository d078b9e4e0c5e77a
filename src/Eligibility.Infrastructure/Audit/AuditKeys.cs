using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace Eligibility.Infrastructure.Audit;

/// <summary>The key ring: the configured keys when there are any, else the embedded default's key file.</summary>
internal static class AuditKeys
{
    public static AuditKeyRing Load(AuditOptions audit, DataOptions data)
    {
        if (audit.Keys.Count > 0)
        {
            return new AuditKeyRing(audit.Keys.Select((k, i) =>
            {
                var secret = Convert.TryFromBase64String(k.Secret ?? "", new byte[k.Secret?.Length ?? 0], out _) ? Convert.FromBase64String(k.Secret!) : [];
                return string.IsNullOrWhiteSpace(k.Id) || secret.Length < AuditKey.Bytes
                    ? throw new OptionsValidationException(AuditOptions.SectionName, typeof(AuditOptions),
                        [$"Audit:Keys:{i} needs an Id and a base64 Secret of at least {AuditKey.Bytes} bytes"])
                    : new AuditKey(k.Id, secret);
            }).ToList());
        }

        return new AuditKeyRing(AuditKeyFile.ReadOrCreate(Path.GetFullPath(audit.KeyFile, data.Directory)));
    }
}
