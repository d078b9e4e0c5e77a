using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Eligibility.Evals.Suites;

/// <summary>
/// Reads a suite strictly: unknown keys, missing or duplicate ids, bad dates, wrong types and sources on an
/// unanswerable case are errors naming the file and line.
/// </summary>
public static class SuiteLoader
{
    private static readonly HashSet<string> SuiteKeys = ["suite", "description", "cases"];
    private static readonly HashSet<string> CaseKeys = ["id", "question", "as_of", "answerable", "sources", "facts", "category"];
    private static readonly HashSet<string> SourceKeys = ["manual", "section"];

    public static EvalSuite Load(string path)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new SuiteFormatException(file, 0, "suite file not found");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new SuiteFormatException(file, e.Start.Line, $"not valid YAML ({e.Message})");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SuiteFormatException(file, 1, "a suite is a mapping with 'suite', 'description' and 'cases'");
        }

        var reading = new Reading(file);
        reading.CheckKeys(root, SuiteKeys, "suite");
        var name = reading.RequiredString(root, "suite");
        var description = reading.OptionalString(root, "description") ?? "";
        if (Reading.Child(root, "cases") is not YamlSequenceNode cases || cases.Children.Count == 0)
        {
            throw new SuiteFormatException(file, root.Start.Line, "'cases' must be a non-empty list");
        }

        var ids = new Dictionary<string, long>();
        var list = new List<EvalCase>();
        foreach (var node in cases.Children)
        {
            var c = reading.Case(node);
            if (ids.TryGetValue(c.Id, out var first))
            {
                throw new SuiteFormatException(file, node.Start.Line, $"duplicate case id '{c.Id}' (first at line {first})");
            }

            ids[c.Id] = node.Start.Line;
            list.Add(c);
        }

        return new EvalSuite(name, description, path, list);
    }

    private sealed class Reading(string file)
    {
        public EvalCase Case(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                throw Error(node, "each case must be a mapping");
            }

            CheckKeys(map, CaseKeys, "case");
            var id = RequiredString(map, "id");
            var question = RequiredString(map, "question");
            var answerable = Child(map, "answerable") is { } a
                ? Scalar(a, "answerable") switch
                {
                    "true" => true,
                    "false" => false,
                    var other => throw Error(a, $"case '{id}': answerable must be true or false, not '{other}'"),
                }
                : throw Error(map, $"case '{id}' has no 'answerable'");

            DateOnly? asOf = null;
            if (Child(map, "as_of") is { } dateNode)
            {
                var text = Scalar(dateNode, "as_of");
                asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw Error(dateNode, $"case '{id}': as_of '{text}' is not a date YYYY-MM-DD");
            }

            var sources = new List<ExpectedSource>();
            if (Child(map, "sources") is { } sourcesNode)
            {
                if (!answerable)
                {
                    throw Error(sourcesNode, $"case '{id}' is unanswerable but lists sources");
                }

                if (sourcesNode is not YamlSequenceNode seq)
                {
                    throw Error(sourcesNode, $"case '{id}': sources must be a list");
                }

                foreach (var s in seq.Children)
                {
                    if (s is not YamlMappingNode source)
                    {
                        throw Error(s, $"case '{id}': each source is a mapping of manual and section");
                    }

                    CheckKeys(source, SourceKeys, "source");
                    sources.Add(new ExpectedSource(RequiredString(source, "manual"), RequiredString(source, "section")));
                }
            }

            if (answerable && sources.Count == 0)
            {
                throw Error(map, $"case '{id}' is answerable but lists no sources");
            }

            var facts = new List<string>();
            if (Child(map, "facts") is { } factsNode)
            {
                facts = factsNode is YamlSequenceNode f
                    ? f.Children.Select(x => Scalar(x, "facts")).ToList()
                    : throw Error(factsNode, $"case '{id}': facts must be a list of strings");
            }

            return new EvalCase(id, question, asOf, answerable, sources, facts, OptionalString(map, "category"));
        }

        public void CheckKeys(YamlMappingNode map, HashSet<string> allowed, string what)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(name))
                {
                    throw Error(key, $"unknown {what} key '{name}' (allowed: {string.Join(", ", allowed)})");
                }
            }
        }

        public static YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        public string RequiredString(YamlMappingNode map, string key)
        {
            var node = Child(map, key) ?? throw Error(map, $"'{key}' is missing");
            var value = Scalar(node, key);
            return string.IsNullOrWhiteSpace(value) ? throw Error(node, $"'{key}' is empty") : value;
        }

        public string? OptionalString(YamlMappingNode map, string key) => Child(map, key) is { } node ? Scalar(node, key) : null;

        private string Scalar(YamlNode node, string key) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"'{key}' must be a single value");

        private SuiteFormatException Error(YamlNode node, string reason) => new(file, node.Start.Line, reason);
    }
}
