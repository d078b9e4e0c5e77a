using System.Text.Json;
using Eligibility.Core.Determinations;
using Microsoft.SemanticKernel;

namespace Eligibility.Infrastructure.Anthropic.Drafting.Kernel;

/// <summary>
/// The functions a draft may call, as one Semantic Kernel plugin: the income calculator (its JSON schema passed
/// through unchanged, its field-naming errors kept) and, when drafting offers it, the lookup of policy in effect in
/// the benefit month. Functions return JSON text; bad input comes back as an error object, never an exception.
/// </summary>
internal static class DraftingFunctions
{
    public const string PluginName = "drafting";

    /// <summary>The calculator as the model sees it: Semantic Kernel names a function "plugin_function".</summary>
    public const string CalculatorToolName = PluginName + "_" + IncomeCalculatorTool.Name;

    /// <summary>The policy lookup as the model sees it.</summary>
    public const string LookupToolName = PluginName + "_" + PolicyLookup.Name;

    public static KernelPlugin Plugin(DraftingRequest request)
    {
        var functions = new List<KernelFunction> { Calculator(request.Calculator) };
        if (request.Lookup is { } lookup)
        {
            functions.Add(Lookup(lookup));
        }

        return KernelPluginFactory.CreateFromFunctions(PluginName, functions);
    }

    private static KernelFunction Calculator(IncomeCalculatorTool calculator)
    {
        var schema = IncomeCalculatorTool.InputSchema;
        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
        var parameters = schema.GetProperty("properties").EnumerateObject()
            .Select(p => new KernelParameterMetadata(p.Name)
            {
                Description = p.Value.TryGetProperty("description", out var d) ? d.GetString() : null,
                IsRequired = required.Contains(p.Name),
                Schema = KernelJsonSchema.Parse(p.Value.GetRawText()),
            })
            .ToList();

        // The arguments are read as the JSON the model wrote, so the calculator names each bad field itself.
        return KernelFunctionFactory.CreateFromMethod(
            (KernelArguments arguments) => calculator.Invoke(ArgumentsJson(arguments)),
            new KernelFunctionFromMethodOptions
            {
                FunctionName = IncomeCalculatorTool.Name,
                Description = IncomeCalculatorTool.Description,
                Parameters = parameters,
                ReturnParameter = new KernelReturnParameterMetadata { Description = "The calculator's figures and steps as JSON, or {\"error\": ...}.", ParameterType = typeof(string) },
            });
    }

    private static KernelFunction Lookup(PolicyLookup lookup) =>
        KernelFunctionFactory.CreateFromMethod(
            (KernelArguments arguments, CancellationToken ct) => lookup.FindAsync(Text(arguments, "question"), ct),
            new KernelFunctionFromMethodOptions
            {
                FunctionName = PolicyLookup.Name,
                Description = PolicyLookup.Description,
                Parameters =
                [
                    new KernelParameterMetadata("question")
                    {
                        Description = "A policy question about these facts, in plain words",
                        IsRequired = true,
                        Schema = KernelJsonSchema.Parse($$"""{ "type": "string", "maxLength": {{PolicyLookup.MaxQuestionLength}} }"""),
                    },
                ],
                ReturnParameter = new KernelReturnParameterMetadata { Description = "The passages as JSON, or {\"error\": ...}.", ParameterType = typeof(string) },
            });

    /// <summary>The arguments as one JSON object, values as the model wrote them.</summary>
    internal static string ArgumentsJson(KernelArguments arguments) =>
        JsonSerializer.Serialize(arguments.ToDictionary(a => a.Key, a => a.Value));

    private static string? Text(KernelArguments arguments, string name) =>
        arguments.TryGetValue(name, out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } s => s.GetString(),
            JsonElement other => other.GetRawText(),
            null => null,
            _ => value.ToString(),
        } : null;
}
