using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Eligibility.Core.Determinations;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Determinations.Api;

/// <summary>Signed-in HTTP clients and the determination calls, as the panel makes them.</summary>
internal static class DeterminationClient
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpClient> SignedInAsync(EligibilityApp app, string user)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { name = user, password = $"{user}-demo" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>A cookie-keeping client signed in to a server started on a real port.</summary>
    public static async Task<HttpClient> SignedInAsync(string baseUrl, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { name = user, password = $"{user}-demo" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    public static HttpRequestMessage Post(string path, object? body, string? bearer = null, bool panelHeader = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (panelHeader)
        {
            request.Headers.Add("X-Requested-With", "eligibility-panel");
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 || !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('[') ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> DraftAsync(HttpClient client, CaseFactsForm form)
    {
        var (status, body) = await SendAsync(client, Post("/api/determinations", form));
        Assert.True(status == HttpStatusCode.Created, $"drafting answered {(int)status}: {body}");
        return body;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string id)
    {
        var (status, body) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, $"/api/determinations/{id}"));
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }
}
