using System.Xml.Linq;
using Eligibility.Infrastructure.Records.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.ScaleOut;

/// <summary>Data protection's key ring in the records database (<see cref="IDataProtectionKeyStore"/>), for every instance alike.</summary>
internal sealed class RecordsKeyRing(IDataProtectionKeyStore keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.All().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName) => keys.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));

    /// <summary>One application name and the shared key ring: cookies made by any instance are read by every other.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("eligibility");
        services.AddSingleton<RecordsKeyRing>();
        services.AddOptions<KeyManagementOptions>().Configure<RecordsKeyRing>((options, ring) => options.XmlRepository = ring);
    }
}
