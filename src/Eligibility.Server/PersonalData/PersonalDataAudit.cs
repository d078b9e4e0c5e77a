using Eligibility.Core.Audit;
using Microsoft.AspNetCore.SignalR;

namespace Eligibility.Server.PersonalData;

/// <summary>Writes the audit entry for a read of personal data, for endpoints (a filter) and hub methods (a hub filter).</summary>
internal static class PersonalDataAudit
{
    /// <summary>Marks the endpoint and records each successful (2xx) call: who, the kind of read, the id read (route <c>id</c>), the path.</summary>
    public static RouteHandlerBuilder ReadsPersonalData(this RouteHandlerBuilder endpoint, string kind) =>
        endpoint.WithMetadata(new ReadsPersonalDataAttribute(kind)).AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : context.HttpContext.Response.StatusCode;
            if (status is >= 200 and < 300)
            {
                var http = context.HttpContext;
                var subject = http.Request.RouteValues.TryGetValue("id", out var id) && id is string text ? text : http.Request.Path.Value ?? "";
                await http.RequestServices.GetRequiredService<IAuditLog>().AppendAsync(
                    new AuditRecord(http.User.Identity?.Name ?? "unknown", kind, subject, new { method = http.Request.Method, path = http.Request.Path.Value }), http.RequestAborted);
            }

            return result;
        });

    /// <summary>Records each completed call of a hub method marked <see cref="ReadsPersonalDataAttribute"/>.</summary>
    internal sealed class HubFilter(IAuditLog audit) : IHubFilter
    {
        public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
        {
            var result = await next(invocation);
            if (invocation.HubMethod.GetCustomAttributes(typeof(ReadsPersonalDataAttribute), inherit: false) is [ReadsPersonalDataAttribute read])
            {
                var subject = invocation.HubMethodArguments.OfType<string>().FirstOrDefault() ?? invocation.HubMethodName;
                await audit.AppendAsync(new AuditRecord(invocation.Context.User?.Identity?.Name ?? "unknown", read.Kind, subject,
                    new { hub = invocation.Hub.GetType().Name, method = invocation.HubMethodName }), invocation.Context.ConnectionAborted);
            }

            return result;
        }
    }
}
