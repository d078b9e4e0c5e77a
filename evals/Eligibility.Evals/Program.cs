using System.CommandLine;
using Eligibility.Evals;

var root = new RootCommand("Eligibility evals: grounded-answer suites, metrics and reports") { RunCommand.Create() };
return await root.Parse(args).InvokeAsync();
